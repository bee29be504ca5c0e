"""List pages written in the markup of CMS and site-generator templates (tests/fixtures/lists/).

Each fixture is a page of our own text in one template's archive, tag, search or section
markup (WordPress, Ghost, Hugo, Jekyll, Drupal views, DedeCMS, a news river); ``NAME.gold.txt``
beside each page holds what wcxb's convention keeps: each entry's title and summary.
"""

from __future__ import annotations

from pathlib import Path

import dechaff
from dechaff.article import Boilerplate
from dechaff.html.segment import segment
from dechaff.label.entries import take_articles

LISTS = Path(__file__).parent / "fixtures" / "lists"

_TITLES = (
    "Raised Beds on a Budget",
    "Why Our Tomatoes Split After the Rain",
    "Saving Bean Seed for Next Year",
    "Compost That Does Not Smell",
    "Growing Garlic in Heavy Clay",
)


def _body(name: str) -> str:
    return dechaff.clean((LISTS / f"{name}.html").read_bytes(), url="https://blog.example/").body


def _lines(body: str) -> set[str]:
    return {line.strip() for line in body.splitlines()}


def test_a_blog_archive_keeps_every_entry_title_and_summary() -> None:
    body = _body("wp-archive")
    lines = _lines(body)
    for title in _TITLES:
        assert title in lines  # the linked entry title, on its own line
    assert "Plant on a ridge of grit and leaf mould" in body  # the last entry's summary
    assert "Recent Posts" not in body
    assert "Older posts" not in body
    assert "Categorized as Vegetables" not in lines


def test_search_results_keep_the_entries_past_the_region() -> None:
    body = _body("wp-search")
    assert "Raised Beds on a Budget" in _lines(body)
    assert "Take out the oldest wood at the base each winter" in body  # the sixth entry
    assert "Archives" not in body


def _page(entries: str, after: str = "") -> bytes:
    return (
        "<html><head><title>Notes</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/about'>About</a> <a href='/tags'>Tags</a></nav>"
        f"<main><h1>Notes</h1>{entries}{after}</main>"
        "<footer><a href='/privacy'>Privacy policy</a> <a href='/terms'>Terms of use</a></footer>"
        "</body></html>"
    ).encode()


_SUMMARIES = (
    "A walk along the old canal towpath from the lock to the mill, with the birds we saw.",
    "How the village hall got its new roof, paid for by three summers of jumble sales.",
    "The bakery on the corner now opens at six, and the first loaves sell out by seven.",
    "Notes from the allotment meeting: water butts, a new shed and the autumn show.",
)


def _entries(count: int) -> str:
    return "".join(
        f"<article class='entry'><h2><a href='/n/{i}'>Entry number {i} of the notes</a></h2>"
        f"<p>{_SUMMARIES[i % len(_SUMMARIES)]}</p>"
        f"<footer class='entry-footer'><a href='/n/{i}#c'>Leave a comment</a></footer></article>"
        for i in range(count)
    )


def test_sibling_articles_with_headings_join_as_entries() -> None:
    body = dechaff.clean(_page(_entries(4))).body
    for i in range(4):
        assert f"Entry number {i} of the notes" in body
    for summary in _SUMMARIES:
        assert summary in body
    assert "Privacy policy" not in body


def _joined(count: int) -> tuple[int, int]:
    """The region take_articles gives from the first entry's summary alone."""
    blocks, tree = segment(_page(_entries(count)).decode())
    first = next(b.index for b in blocks if b.text.startswith("A walk along"))
    kinds: list[Boilerplate | None] = [Boilerplate.NAVIGATION] * len(blocks)
    kinds[first] = None
    return take_articles(blocks, tree, [None] * len(blocks), kinds, (first, first + 1))[0]


def test_three_sibling_articles_are_a_list_and_two_are_not() -> None:
    first = _joined(2)[0]
    assert _joined(2) == (first, first + 1)
    start, end = _joined(3)
    assert start < first  # the title above
    assert end > first + 6  # the other entries below


def test_a_long_post_does_not_take_in_its_sibling_cards() -> None:
    post = "".join(
        f"<p>{s} It rained all afternoon, so we stayed and wrote it all down in the book "
        "that lives on the shelf by the door, next to the kettle and the spare keys.</p>"
        for s in _SUMMARIES * 3
    )
    page = _page(f"<article class='entry'><h2>The long post</h2>{post}</article>", _entries(3))
    blocks, tree = segment(page.decode())
    region = [b.index for b in blocks if "It rained all afternoon" in b.text]
    start, end = region[0], region[-1] + 1
    kinds: list[Boilerplate | None] = [Boilerplate.NAVIGATION] * len(blocks)
    kinds[start:end] = [None] * (end - start)
    taken = take_articles(blocks, tree, [None] * len(blocks), kinds, (start, end))
    assert taken == ((start, end), [])


def test_a_categorized_as_line_is_post_data() -> None:
    article = dechaff.clean(_page(_entries(4).replace("Leave a comment", "Categorized as Walks")))
    assert "Categorized as Walks" not in article.body


def test_a_job_board_keeps_its_card_links() -> None:
    body = _body("wp-jobs")
    for line in ("Allotment Site Warden", "Green Minds", "Norwich", "Seasonal"):
        assert line in body  # a card's title, company, place and type, all inside one link
    assert "Recent Posts" not in body


def test_card_links_are_entries_below_a_short_introduction() -> None:
    cards = "".join(
        f"<li><a href='/e/{i}'><h3>Evening talk number {i}</h3>"
        f"<div class='venue'>Room {i}, the old library</div><div>Thursday at seven</div></a></li>"
        for i in range(6)
    )
    page = _page(f"<p>Talks this season, all free and open to everyone.</p><ul>{cards}</ul>")
    body = dechaff.clean(page).body
    assert "Evening talk number 5" in body
    assert "Room 3, the old library" in body
    assert "Privacy policy" not in body


def test_a_tag_page_of_card_links_keeps_its_cards() -> None:
    body = _body("ghost-tag")
    for title in _TITLES:
        assert title in _lines(body)  # each card's title, inside the card's one link
    assert "Plant on a ridge of grit and leaf mould" in body  # the last card's excerpt
    assert "Powered by Ghost" not in body


def test_card_links_below_a_description_outside_their_container_join() -> None:
    cards = "".join(
        f"<article class='card'><a href='/p/{i}'><h2>Walk number {i} on the hills</h2>"
        f"<div class='excerpt'>{_SUMMARIES[i % len(_SUMMARIES)]}</div></a></article>"
        for i in range(5)
    )
    head = (
        "<section class='card-large'><div><div><h2>Walks</h2><p>Every route we walked this "
        "year, from the short loops by the river to the long days on the high ridges.</p>"
        "</div></div></section>"
    )
    body = dechaff.clean(_page(f"<div class='feed'>{head}{cards}</div>")).body
    assert "Walk number 4 on the hills" in body
    assert "The bakery on the corner now opens at six" in body
    assert "Privacy policy" not in body


def test_a_column_page_of_dated_titles_keeps_its_titles() -> None:
    body = _body("phpcms-list")
    assert "市区新增三处社区图书馆" in body
    assert "便民服务热线春节期间正常接听" in body  # the last of fifteen
    assert "下一页" not in body
    assert "点击排行" not in body


def _links_page(items: list[str]) -> bytes:
    links = "".join(f"<li><a href='/{i}'>{text}</a></li>" for i, text in enumerate(items))
    return f"<html><head><title>Index</title></head><body><ul>{links}</ul></body></html>".encode()


def test_a_list_of_linked_titles_is_the_body_of_a_page_without_article() -> None:
    titles = [f"The parish council meets on Tuesday about the bridge, item {i}" for i in range(12)]
    body = dechaff.clean(_links_page(titles)).body
    assert titles[0] in body
    assert titles[11] in body


def test_a_menu_of_short_entries_is_no_column() -> None:
    body = dechaff.clean(_links_page([f"Section {i}" for i in range(12)])).body
    assert "Section 3" not in body
