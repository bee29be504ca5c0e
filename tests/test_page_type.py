"""Article.page_type: from markup types, from the url, and from the page's structure alone."""

from __future__ import annotations

import json

import pytest

import dechaff
from dechaff import PageType

PROSE = " ".join(
    f"The council met on Tuesday to discuss the library budget for the coming year, part {n}."
    for n in range(15)
)


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>A page</title>{head}</head><body>{body}</body></html>"


def ld(kind: str) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@type": kind})}</script>'


ARTICLE_BODY = (
    "<article><h1>Library hours</h1><p>By Mary Stone, May 8, 2024</p>"
    f"<p>{PROSE}</p><p>{PROSE}</p></article>"
)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("NewsArticle", PageType.ARTICLE),
        ("DiscussionForumPosting", PageType.FORUM),
        ("Product", PageType.PRODUCT),
        ("TechArticle", PageType.DOCUMENTATION),
        ("CollectionPage", PageType.LISTING),
    ],
)
def test_type_from_json_ld(kind: str, expected: PageType) -> None:
    body = f"<div><p>{PROSE}</p></div>"
    found = dechaff.clean(page(body, ld(kind)), url="https://example.org/x")
    assert found.page_type is expected


def test_other_needs_a_second_cue() -> None:
    body = f"<div><p>{PROSE}</p></div>"
    url = "https://example.org/services/"
    assert (
        dechaff.clean(page(body, ld("LocalBusiness")), url="https://example.org/x").page_type
        is None
    )
    assert dechaff.clean(page(body, ld("LocalBusiness")), url=url).page_type is PageType.OTHER


def test_microdata_itemtype_and_og_type() -> None:
    body = f'<div itemscope itemtype="https://schema.org/Product"><p>{PROSE}</p></div>'
    og = '<meta property="og:type" content="product">'
    assert dechaff.clean(page(body, og)).page_type is PageType.PRODUCT


def test_article_from_structure_alone() -> None:
    assert dechaff.clean(page(ARTICLE_BODY)).page_type is PageType.ARTICLE


def test_listing_from_structure_alone() -> None:
    teasers = "".join(
        f'<div class="card"><h3><a href="/p/{n}">Story number {n} of the week</a></h3>'
        f"<p>A short summary of story {n}, told in a sentence or two for the reader.</p></div>"
        for n in range(12)
    )
    found = dechaff.clean(page(f"<div class='grid'>{teasers}</div>"))
    assert found.page_type is PageType.LISTING


def test_product_grid_of_prices_is_a_listing() -> None:
    cards = "".join(
        f'<li><a href="/item/{n}">Trail shoe model {n}</a><span>${n + 40}.99</span></li>'
        for n in range(30)
    )
    body = f"<h1>Trail shoes</h1><ul>{cards}</ul>"
    assert dechaff.clean(page(body), url="https://shop.example/category/shoes").page_type is (
        PageType.LISTING
    )


def test_documentation_from_url_and_code() -> None:
    code = "".join(f"<pre>client.call({n})</pre><p>{PROSE[:200]}</p>" for n in range(6))
    found = dechaff.clean(page(f"<main>{code}</main>"), url="https://example.org/docs/client")
    assert found.page_type is PageType.DOCUMENTATION


def test_forum_from_url_and_posts() -> None:
    posts = "".join(
        f'<div class="post"><div>user{n}</div><div>May {n + 1}, 2024</div>'
        "<p>I had the same problem with the driver after the update, and reinstalling "
        f"it {n} times did not help at all.</p></div>"
        for n in range(6)
    )
    found = dechaff.clean(page(f"<div>{posts}</div>"), url="https://example.org/threads/driver")
    assert found.page_type is PageType.FORUM


def test_weak_or_conflicting_evidence_gives_none() -> None:
    assert dechaff.clean(page("<p>Hello.</p>")).page_type is None
    both = ld("NewsArticle") + ld("Product")
    found = dechaff.clean(page(f"<p>{PROSE}</p>", both), url="https://example.org/x")
    assert found.page_type is None


def test_text_dump_prose_is_an_article_and_to_dict_names_it() -> None:
    dump = f"Library hours\n\nMay 8, 2024\n\n{PROSE}\n\n{PROSE}"
    found = dechaff.clean(dump, kind="text")
    assert found.page_type is PageType.ARTICLE
    assert found.to_dict()["page_type"] == "article"


@pytest.mark.parametrize(
    "line",
    ["Add to Cart", "ADD TO BASKET", "Buy it now", "buy now", "In stock", "Out of Stock",
     "Add to Wishlist", "加入购物车", "立即购买", "立即抢购"],
)  # fmt: skip
def test_every_buy_match_holds_a_screening_word(line: str) -> None:
    from dechaff.metadata.page_cues import BUY, BUY_WORDS

    assert BUY.search(line)
    assert any(word in line.lower() for word in BUY_WORDS)


@pytest.mark.parametrize(
    "line", ["$19.99", "€ 5", "£3", "¥100", "￥100", "100元", "12,50 €", "20 EUR", "US$5", "C$ 9"]
)
def test_every_price_match_holds_a_currency_mark(line: str) -> None:
    from dechaff.metadata.page_cues import PRICE, PRICE_MARKS

    assert PRICE.search(line)
    assert any(mark in line for mark in PRICE_MARKS)


@pytest.mark.parametrize(
    "line",
    ["On this page", "TABLE OF CONTENTS", "Contents", "contentſ", "In this article", "目录",
     "本页目录", "contents\n"],
)  # fmt: skip
def test_every_contents_match_holds_a_screening_word(line: str) -> None:
    from dechaff.core.screen import fold
    from dechaff.metadata.page_cues import CONTENTS, CONTENTS_WORDS

    assert CONTENTS.match(line)
    assert any(word in fold(line) for word in CONTENTS_WORDS)
