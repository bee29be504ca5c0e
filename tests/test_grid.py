"""A shop's grid of priced product cards is the content of a collection page."""

from __future__ import annotations

import dechaff
from dechaff import Article, Boilerplate

_NAMES = [
    "Trail Bottle 24 oz",
    "Summit Flask 32 oz",
    "Canyon Mug 12 oz",
    "River Jug 64 oz",
    "Ridge Tumbler 20 oz",
    "Valley Canteen 40 oz",
    "Forest Cup 8 oz",
    "Meadow Bottle 16 oz",
    "Harbor Flask 18 oz",
    "Glacier Jug 128 oz",
]
_CLOSING = (
    "<p>Staying hydrated on the trail matters more than most hikers think, and a good bottle "
    "keeps your water cold for hours. Read our guide to choosing one before you buy.</p>"
)


def _card(n: int, name: str) -> str:
    return (
        f"<li class='product-card'><h3><a href='/p/{n}'>{name}</a></h3>"
        f"<a href='/p/{n}'>{name}</a><div class='price'>${10 + n}.95</div>"
        f"<div>Cap Type:</div><div>Screw Cap</div><div>Quick Shop</div></li>"
    )


def _collection(head: str = "") -> Article:
    cards = "".join(_card(n, name) for n, name in enumerate(_NAMES))
    return dechaff.clean(
        f"<html><head><title>Water Bottles | Outdoor Shop</title>{head}</head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/hike'>Hiking</a></li></ul></nav>"
        f"<main><h1>Water Bottles</h1><div class='results'><ul class='grid'>{cards}</ul></div>"
        f"<section>{_CLOSING}</section></main>"
        "<footer><p>Join our free newsletter for the latest deals every day.</p></footer>"
        "</body></html>"
    )


def test_the_priced_cards_of_a_collection_are_its_content() -> None:
    article = _collection()
    body = article.paragraphs
    for n, name in enumerate(_NAMES):
        assert name in body
        assert f"${10 + n}.95" in body
    assert "Cap Type:" in body
    assert "Screw Cap" in body
    assert body[-1].startswith("Staying hydrated")


def test_a_cards_repeated_name_and_the_control_every_card_shows_are_left_out() -> None:
    article = _collection()
    assert article.paragraphs.count(_NAMES[0]) == 1
    assert "Quick Shop" not in article.paragraphs
    assert "Quick Shop" in article.removed_of(Boilerplate.NAVIGATION)


def test_a_grid_on_a_page_the_markup_declares_one_product_lists_other_products() -> None:
    declared = '<meta property="og:type" content="product">'
    article = _collection(declared)
    assert all(name not in article.paragraphs for name in _NAMES)
