"""A listing's count of what it shows ("Showing 1-24 of 156 results") is navigation."""

from __future__ import annotations

import dechaff
from dechaff import Boilerplate

INTRO = (
    "Bake your own loaves at home with a machine that kneads, proves and bakes the dough "
    "while you sleep, and wake up to fresh bread for breakfast every morning of the week."
)
MORE = (
    "Each of our machines offers several crust colours and loaf sizes, and more than a "
    "hundred programmes for bread, dough, cake and jam, gluten-free recipes among them."
)


def test_a_showing_count_leaves_the_listing() -> None:
    page = f"""<html><body><main><h1>Bread makers</h1><p>{INTRO}</p>
<div>Showing 1–24 of 156 results</div><p>{MORE}</p></main></body></html>"""
    article = dechaff.clean(page)
    assert INTRO in article.body
    assert MORE in article.body
    assert "Showing 1–24 of 156 results" not in article.body
    navigation = {r.text for r in article.removed if r.kind is Boilerplate.NAVIGATION}
    assert "Showing 1–24 of 156 results" in navigation


def test_a_sentence_that_shows_a_count_stays() -> None:
    text = (
        "Showing 3 of the 12 paintings for the first time, the museum reopened its east wing "
        "after a long restoration of the roof and the windows."
    )
    page = f"""<html><body><article><h1>Museum</h1><p>{INTRO}</p><p>{text}</p>
<p>{MORE}</p></article></body></html>"""
    assert text in dechaff.clean(page).body
