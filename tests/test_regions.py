"""Where the article starts and ends on pages built to hold one hard case each."""

from __future__ import annotations

import dechaff
from dechaff import Boilerplate

_SENTENCES = (
    "The committee met on Tuesday to review the findings of the two-year study, "
    "and its members agreed that the results deserve a closer look before any decision. "
)


def _paragraph(number: int) -> str:
    return f"<p>Paragraph {number}. {_SENTENCES * 2}</p>"


def test_a_teaser_card_that_closes_with_read_more_is_cut_out_and_the_article_goes_on() -> None:
    # The card's own "Read more" comes after its headline and summary; the article's
    # paragraphs go on below it in the same container.
    card = (
        '<div class="card"><h6><a href="/other">A different story about something else</a></h6>'
        "<p>In recent months, many readers have written in about a different subject.</p>"
        "Read more</div>"
    )
    page = (
        "<html><head><title>The study</title></head><body><article><h1>The study</h1>"
        f"<div class='body'>{''.join(_paragraph(n) for n in range(1, 5))}{card}"
        f"{''.join(_paragraph(n) for n in range(5, 9))}</div></article></body></html>"
    )
    article = dechaff.clean(page)
    assert [p.split(".")[0] for p in article.paragraphs] == [f"Paragraph {n}" for n in range(1, 9)]
    related = [r.text for r in article.removed if r.kind is Boilerplate.RELATED]
    assert related == [
        "A different story about something else",
        "In recent months, many readers have written in about a different subject.",
        "Read more",
    ]
