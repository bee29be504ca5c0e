"""Article.blocks: the body as typed blocks, tied to ``paragraphs`` by their ``lines``."""

from __future__ import annotations

from pathlib import Path

import pytest

import dechaff
from dechaff.document import BlockRole, BodyBlock, SpanKind

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted(
    p
    for pattern in ("samples/*.txt", "tests/golden/*.html", "tests/golden/*.txt")
    for p in ROOT.glob(pattern)
) + sorted(ROOT.glob("tests/fixtures/**/*.html"))
URL = "https://example.org/news/story.html"


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_paragraphs_are_the_blocks_lines(path: Path) -> None:
    article = dechaff.clean(path)
    assert article.paragraphs == tuple(line for b in article.blocks for line in b.lines)
    assert all(b.lines or b.role is BlockRole.FIGURE for b in article.blocks)


def _page(body: str) -> str:
    prose = " ".join(["The council met on Tuesday and agreed the plan after a long debate."] * 3)
    return (
        "<html><head><title>Story</title></head><body><article><h1>Story</h1>"
        f"<p>{prose}</p>{body}<p>{prose}</p></article></body></html>"
    )


def _blocks(body: str, url: str | None = URL) -> tuple[BodyBlock, ...]:
    return dechaff.clean(_page(body), url=url, kind="html").blocks


def _role(blocks: tuple[BodyBlock, ...], role: BlockRole) -> list[BodyBlock]:
    return [b for b in blocks if b.role is role]


def test_code_keeps_tabs_line_breaks_and_its_language() -> None:
    body = "<pre><code class='language-go'>func f() {\n\treturn 1\n}\n</code></pre>"
    (code,) = _role(_blocks(body), BlockRole.CODE)
    assert code.text == "func f() {\n\treturn 1\n}"
    assert code.language == "go"


def test_single_column_and_single_row_tables_lay_out_the_page() -> None:
    one_column = (
        "<table><tr><td>Alpha beta gamma.</td></tr><tr><td>Delta epsilon.</td></tr></table>"
    )
    one_row = "<table><tr><td>Alpha beta gamma.</td><td>Delta epsilon.</td></tr></table>"
    for body in (one_column, one_row):
        blocks = _blocks(body)
        assert not _role(blocks, BlockRole.TABLE)
        assert "Alpha beta gamma." in [b.text for b in blocks]


def test_a_table_with_paragraphs_in_a_cell_lays_out_the_page() -> None:
    body = (
        "<table><tr><td><p>One line here.</p><p>Another line.</p></td><td>x</td></tr>"
        "<tr><td>a</td><td>b</td></tr></table>"
    )
    assert not _role(_blocks(body), BlockRole.TABLE)


def test_figures_resolve_lazy_sources_and_skip_icons() -> None:
    body = (
        "<p><img src='data:image/gif;base64,R0lGOD' data-src='/img/photo.jpg' alt=' A  photo '>"
        "<img src='/static/logo.png'><img src='/px.gif' width='1' height='1'></p>"
    )
    (figure,) = _role(_blocks(body), BlockRole.FIGURE)
    assert figure.src == "https://example.org/img/photo.jpg"
    assert figure.alt == "A photo"
    assert figure.lines == ()


def test_links_are_resolved_and_only_web_and_mail_kept() -> None:
    body = (
        "<p>Read <a href='report.pdf'>the report</a>, <a href='javascript:void(0)'>this</a> "
        "or <a href='mailto:desk@example.org'>write</a> with <em>care</em> and "
        "<a href='/x'><b>bold links</b></a> in it.</p>"
    )
    (paragraph,) = [b for b in _blocks(body) if b.text.startswith("Read")]
    found = {(s.kind, paragraph.text[s.start : s.end], s.url) for s in paragraph.spans}
    assert found == {
        (SpanKind.LINK, "the report", "https://example.org/news/report.pdf"),
        (SpanKind.LINK, "write", "mailto:desk@example.org"),
        (SpanKind.EMPHASIS, "care", None),
        (SpanKind.LINK, "bold links", "https://example.org/x"),
        (SpanKind.STRONG, "bold links", None),
    }


def test_a_list_item_of_many_lines_is_a_box_not_an_item() -> None:
    lines = "".join(f"<p>Paragraph number {n} of the story goes on here.</p>" for n in range(10))
    blocks = _blocks(f"<ul><li>{lines}</li></ul>")
    assert not _role(blocks, BlockRole.LIST_ITEM)


def _dump(*lines: str) -> tuple[BodyBlock, ...]:
    prose = "The council met on Tuesday and agreed the plan after a long and heated debate."
    return dechaff.clean("\n".join([prose, *lines, prose]), kind="text").blocks


def test_a_lone_number_or_bullet_is_not_a_list() -> None:
    blocks = _dump("12. Juni wurde der Plan vorgestellt, sagte der Rat nach der Sitzung am Abend.")
    assert not _role(blocks, BlockRole.LIST_ITEM)


def test_numbered_and_bulleted_dump_lines_are_items_without_their_marker() -> None:
    blocks = _dump("1) First of the steps.", "2) Second of the steps.", "• one", "• two")
    items = _role(blocks, BlockRole.LIST_ITEM)
    assert [(b.text, b.ordered, b.list_id) for b in items] == [
        ("First of the steps.", True, 0),
        ("Second of the steps.", True, 0),
        ("one", False, 1),
        ("two", False, 1),
    ]
    assert items[0].lines == ("1) First of the steps.",)


def test_hashtags_are_not_headings() -> None:
    assert not _role(_dump("# news # space # moon"), BlockRole.HEADING)
    (heading,) = _role(_dump("### Three marks"), BlockRole.HEADING)
    assert (heading.text, heading.level) == ("Three marks", 3)
