"""Documentation pages in the markup of the docs generators' default templates.

The fixtures (tests/fixtures/docs/) are pages of our own text in the markup of Sphinx's Read
the Docs theme, MkDocs Material, Docusaurus, VitePress, rustdoc and Javadoc; each
``NAME.gold.txt`` holds what wcxb's convention keeps.
"""

from __future__ import annotations

from pathlib import Path

import dechaff
from dechaff import Boilerplate
from dechaff.core.features import shape_of
from dechaff.html.segment import segment
from dechaff.label.lexicon import load

DOCS = Path(__file__).parent / "fixtures" / "docs"

PROSE = (
    "<p>The cache keeps the results of expensive lookups so that a worker restarted after a "
    "crash does not fetch every record again from the upstream store.</p>"
)
CELLS = "".join(
    f"<tr><td><p>{unit}</p></td><td><p>{size}</p></td></tr>"
    for unit, size in (("KiB", "1024 bytes"), ("MiB", "1024 kibibytes"), ("GiB", "1024 mebibytes"))
)
TABLE = (
    '<table class="docutils"><thead><tr><th><p>Unit</p></th><th><p>Meaning</p></th></tr>'
    f"</thead><tbody>{CELLS}</tbody></table>"
)


def test_a_cells_one_paragraph_takes_the_cells_tag() -> None:
    blocks, _ = segment(f"<html><body>{PROSE}{TABLE}</body></html>")
    tags = {b.text: b.tag for b in blocks}
    assert tags["Unit"] == "th"
    assert tags["KiB"] == "td"
    assert tags[blocks[0].text] == "p"


def test_a_cell_of_two_paragraphs_keeps_them_paragraphs() -> None:
    blocks, _ = segment("<html><body><table><tr><td><p>One.</p><p>Two.</p></td></tr></table>")
    assert [b.tag for b in blocks] == ["p", "p"]


def test_a_table_of_paragraph_cells_at_the_end_of_a_docs_page_is_kept() -> None:
    page = (
        "<html><body><nav><ul><li><a href='/a'>Install</a></li><li><a href='/b'>Cache</a></li>"
        "<li><a href='/c'>Workers</a></li></ul></nav><main><h1>Configuring the cache</h1>"
        f"{PROSE}{PROSE.replace('cache', 'store')}<p>Sizes accept the following units:</p>"
        f"{TABLE}</main><footer><p>Copyright 2024, the authors.</p></footer></body></html>"
    )
    body = dechaff.clean(page).body
    assert "GiB" in body
    assert "1024 mebibytes" in body
    assert "Copyright" not in body


def test_a_heading_with_a_sticky_bar_offset_class_is_kept() -> None:
    heading = (
        '<h2 class="anchor anchorWithStickyNavbar_x1" id="hooks">Hooks<a href="#hooks">#</a></h2>'
    )
    page = (
        f"<html><body><main><article><h1>Writing plugins</h1>{PROSE}{heading}"
        f"{PROSE.replace('cache', 'store')}</article></main></body></html>"
    )
    assert "Hooks#" in dechaff.clean(page).body.splitlines()


def test_a_docs_pages_controls_alone_on_their_line_are_navigation() -> None:
    lexicon = load()
    for line in ("Copy", "Copied!", "Copy to clipboard", "Edit this page on GitHub"):
        assert lexicon.kind_of(line, shape_of(line)) is Boilerplate.NAVIGATION, line
    for line in ("Copy the file to the cache folder.", "Copyright", "Source"):
        assert lexicon.kind_of(line, shape_of(line)) is not Boilerplate.NAVIGATION, line


def _lines(name: str) -> list[str]:
    return dechaff.clean((DOCS / f"{name}.html").read_bytes()).body.splitlines()


def test_a_sphinx_pages_table_of_paragraph_cells_is_kept() -> None:
    lines = _lines("sphinx-rtd")
    assert "1024 mebibytes" in lines
    assert not any("Previous" in line or "View page source" in line for line in lines)


def test_a_docusaurus_pages_section_headings_are_kept() -> None:
    lines = _lines("docusaurus")
    assert "Hooks" in lines
    assert "A first plugin" in lines
    assert "Copy" not in lines


def test_a_javadoc_pages_signatures_are_kept() -> None:
    lines = _lines("javadoc")
    assert "public final class RateLimiter extends Object" in lines
    assert "public void acquire()" in lines
