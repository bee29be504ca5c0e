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


def test_a_related_line_between_paragraphs_of_one_container_is_cut_out_alone() -> None:
    page = (
        "<html><head><title>The study</title></head><body><article><h1>The study</h1>"
        f"<div class='body'>{''.join(_paragraph(n) for n in range(1, 5))}"
        '<p>Related: <a href="/other">The fifteen strangest committees in the world</a></p>'
        f"{''.join(_paragraph(n) for n in range(5, 9))}</div></article>"
        "<footer><p>Join our free newsletter for the latest stories every day.</p></footer>"
        "</body></html>"
    )
    article = dechaff.clean(page)
    assert [p.split(".")[0] for p in article.paragraphs] == [f"Paragraph {n}" for n in range(1, 9)]
    assert [(r.kind, r.text) for r in article.removed] == [
        (Boilerplate.HEADER, "The study"),  # the headline; the <title> is the title
        (Boilerplate.RELATED, "Related: The fifteen strangest committees in the world"),
        (Boilerplate.AD, "Join our free newsletter for the latest stories every day."),
    ]


def test_a_related_box_before_the_last_paragraph_of_the_container_keeps_that_paragraph() -> None:
    # One sparsely punctuated closing paragraph below a "Related links" box, in the
    # container of the paragraphs above it, is still the article's.
    last = (
        "Challenges include designing the spacecraft to operate largely on its own while "
        "the crew -- padded with extra body fat in advance of their trip -- sleep through "
        "much of the long cruise to a distant planet."
    )
    page = (
        "<html><head><title>The study</title></head><body><article><h1>The study</h1>"
        f"<div class='body'>{''.join(_paragraph(n) for n in range(1, 5))}"
        '<div><h2>Related Links</h2><div><a href="/agency">The agency website</a></div></div>'
        f"<p>{last}</p></div></article></body></html>"
    )
    article = dechaff.clean(page)
    assert article.paragraphs[-1] == last
    assert [(r.kind, r.text) for r in article.removed][1:] == [
        (Boilerplate.RELATED, "Related Links"),
        (Boilerplate.RELATED, "The agency website"),
    ]


def test_a_related_line_before_one_short_closing_paragraph_keeps_that_paragraph() -> None:
    last = "Of the total paid, 79 percent went to the private sector, the report said."
    page = (
        "<html><head><title>The study</title></head><body><article><h1>The study</h1>"
        f"<div class='body'>{''.join(_paragraph(n) for n in range(1, 5))}"
        '<p>Read also: <a href="/other">The committee met again on Friday</a></p>'
        f"<p>{last}</p></div></article></body></html>"
    )
    article = dechaff.clean(page)
    assert article.paragraphs[-1] == last
    assert (Boilerplate.RELATED, "Read also: The committee met again on Friday") in [
        (r.kind, r.text) for r in article.removed
    ]
