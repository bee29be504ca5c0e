"""A navigation hint inside an article is void on a box of prose the article goes on after."""

from __future__ import annotations

import dechaff
from dechaff import Boilerplate

INTRO = [
    f"Intro paragraph {n} says how the team tested every appliance in its own lab this "
    "year, with the same loads of dishes and laundry, and how it weighed price and repairs."
    for n in range(1, 4)
]
BOX = [
    "Best Dishwasher",
    "The dishwasher cleaned every stubborn stain in our tests, dried plastic better than any "
    "other model and ran quietly enough to talk beside it while it worked through the load.",
    "Its app adds a half-load cycle and a rinse reminder, and the racks fold flat for tall "
    "pans, so it suits families who cook a lot and want fewer pots washed by hand each night.",
    "It costs more than most, but it has lasted longest of all the dishwashers we have had "
    "in the lab, and the brand's repair network is the largest of the ones we looked at too.",
]
OUTRO = (
    "The closing paragraph says which appliances we will test next year, how readers can "
    "suggest models, and when the next round of results will be published on this page."
)


def _page(box_then_prose: bool) -> str:
    box = "".join(f"<p>{line}</p>" for line in BOX)
    intro = "".join(f"<p>{line}</p>" for line in INTRO)
    flow = f'<div class="product-widget">{box}</div><p>{OUTRO}</p>'
    if not box_then_prose:
        flow = f'<p>{OUTRO}</p><div class="product-widget">{box}</div>'
    menu = "".join(f'<li><a href="/s{n}">Section {n}</a></li>' for n in range(12))
    return f"""<html><head><title>The best appliances</title></head><body>
<nav><ul>{menu}</ul></nav>
<article><h1>The best appliances</h1>{intro}{flow}</article>
<footer><a href="/privacy">Privacy</a></footer></body></html>"""


def test_a_box_of_prose_in_the_article_flow_is_article_text() -> None:
    article = dechaff.clean(_page(box_then_prose=True))
    assert list(article.paragraphs) == [*INTRO, *BOX, OUTRO]


def test_the_same_box_after_the_article_stays_what_its_hint_says() -> None:
    article = dechaff.clean(_page(box_then_prose=False))
    assert list(article.paragraphs) == [*INTRO, OUTRO]
    assert list(article.removed_of(Boilerplate.NAVIGATION))[-len(BOX) :] == BOX
