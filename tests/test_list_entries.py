"""A list page's other entries, built like the one the region found, join it
(label/thread.py); teasers beside an article do not."""

from __future__ import annotations

import dechaff
from dechaff import pipeline
from dechaff.label import lexicon
from dechaff.label.labeller import label
from dechaff.read.source import load

SUMMARIES = (
    "Purolator worked with its partners on a roadmap to move its whole delivery fleet to "
    "electric vans, with chargers at every depot by the end of the decade.",
    "A regional bank moved its branches to a new booking system, so that customers can see "
    "an adviser on the day they ask for one.",
    "The city's water board replaced its paper maintenance logs with tablets, which cut the "
    "time to fix a burst main by a third.",
    "A chain of bakeries now plans its morning bake from the sales of the week before.",
    "A hospital group moved its rosters online, and nurses swap shifts from their phones.",
    "A ferry company rebuilt its booking site, and most tickets are now sold on a phone.",
)


# a card's tags and links: more short lines than the region search crosses
TAGS = "".join(
    f'<div class="chip"><a href="/t/{t}">{t}</a></div>'
    for t in ("Energy", "Fleet", "Strategy", "Operations", "Technology", "Logistics", "Canada")
)


def _page(head: str = "", related: str = "") -> str:
    cards = "".join(
        f'<div class="card"><h3><a href="/c/{n}">Case {n}</a></h3>'
        f'<div class="card-body"><p class="summary">{text}</p></div>{TAGS}</div>'
        for n, text in enumerate(SUMMARIES)
    )
    return f"""<html><head><title>Case studies</title>{head}</head><body>
<nav><a href="/">Home</a> <a href="/work">Work</a></nav>
<main><h1>Case studies</h1>{related}<div class="grid">{cards}</div></main>
<footer><p>Terms of use</p></footer></body></html>"""


def _labelled(page: str, *, one_article: bool = False) -> dict[str, bool]:
    """Whether the labeller keeps each summary as body (before any second opinion)."""
    blocks, tree, _, _ = pipeline.segment(load(page))
    labels = label(blocks, lexicon.for_language("en"), tree, one_article=one_article)
    return {b.text: labels.kinds[b.index] is None for b in blocks if b.text in SUMMARIES}


def test_every_entry_of_a_list_page_is_body() -> None:
    kept = _labelled(_page())
    assert all(kept[text] for text in SUMMARIES)


def test_teasers_beside_a_declared_article_are_not_joined() -> None:
    kept = _labelled(_page(), one_article=True)
    assert not all(kept[text] for text in SUMMARIES)


def test_a_list_page_reads_every_entry() -> None:
    body = dechaff.clean(_page()).body
    for text in SUMMARIES:
        assert text in body
