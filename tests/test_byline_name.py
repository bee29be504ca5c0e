"""The writer's name alone on a line under the headline is the byline's, not article text."""

from __future__ import annotations

import dechaff
from dechaff import Boilerplate

PROSE = (
    "<p>The first paragraph of the post explains why the team rewrote its release checklist "
    "after a long weekend of failed deploys and missed alerts.</p>"
    "<p>The second paragraph goes on to say what changed, and which steps were dropped because "
    "nobody could remember why they were there in the first place.</p>"
)
JSONLD = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",'
    '"headline":"Our release checklist","author":{"@type":"Person","name":"Odile Marchetti"}}'
    "</script>"
)


def _page(card: str, tail: str = "") -> str:
    return (
        f"<html><head><title>Our release checklist</title>{JSONLD}</head><body><main><article>"
        f"<h1>Our release checklist</h1>{card}{PROSE}{tail}</article></main></body></html>"
    )


def test_the_authors_name_above_the_first_paragraph_is_metadata() -> None:
    card = '<div class="flex"><img src="/a.jpg" alt=""><p>Odile Marchetti</p></div>'
    article = dechaff.clean(_page(card))
    assert article.author == "Odile Marchetti"
    assert "Odile Marchetti" not in article.body
    assert "Odile Marchetti" in article.removed_of(Boilerplate.METADATA)
    assert article.body.startswith("The first paragraph")


def test_the_name_below_the_first_paragraph_stays() -> None:
    tail = "<p>Odile Marchetti</p><p>The post closes on a note signed by the writer.</p>"
    article = dechaff.clean(_page("", tail))
    assert "Odile Marchetti" in article.body.splitlines()


def test_a_line_that_only_mentions_the_name_stays() -> None:
    card = "<h2>Odile Marchetti on checklists</h2>"
    article = dechaff.clean(_page(card))
    assert "Odile Marchetti on checklists" in article.body
