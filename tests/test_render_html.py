"""Article.to_html(): parsed back with lxml, every block comes back as what it was, and no
text, url or attribute value, however hostile, makes anything outside the allow lists."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import dechaff
from dechaff import Article
from dechaff.document import BlockRole, BodyBlock, Cell, Span, SpanKind, to_html
from dechaff.document.html import ATTRIBUTES, ELEMENTS, body_elements

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SCRIPT = "<script>alert(1)</script>"
HOSTILE_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "  javascript:alert(1)",
    "\x01\x02 javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\x00script:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
]


def parse(fragment: str) -> etree._Element:
    return lxml.html.fragment_fromstring(fragment, create_parent="div")


def check_safe(fragment: str) -> etree._Element:
    """The fragment parsed back, after asserting that it holds only allowed elements and
    attributes, and urls of allowed schemes."""
    root = parse(fragment)
    for element in root.iter():
        if element is root:
            continue
        assert isinstance(element.tag, str), f"not an element: {element!r}"  # no comment, PI
        assert element.tag in ELEMENTS, element.tag
        assert set(element.attrib) <= ATTRIBUTES, dict(element.attrib)
        for name in ("href", "src"):
            url = element.get(name)
            if url is not None:
                scheme = re.match(r"\s*([A-Za-z][A-Za-z0-9+.-]*):", url)
                assert not scheme or scheme.group(1).lower() in {"http", "https", "mailto"}, url
    assert not root.xpath("//script | //style | //iframe | //object")
    assert "<script" not in fragment.lower()
    return root


def test_every_role_comes_back(every_role: Article) -> None:
    root = check_safe(every_role.to_html())
    assert [e.tag for e in root] == [
        "h1",
        "p",
        "h2",
        "p",
        "ul",
        "h3",
        "pre",
        "table",
        "blockquote",
        "figure",
    ]
    assert {e.get("lang") for e in root} == {"en"}
    assert root[0].text == "A guide to dechaff"
    assert root.xpath("p[1]/em/text()") == ["Mary Stone", "2024-05-08T09:30:00"]
    assert root.xpath("p[1]/em/a/@href") == ["https://example.com/a/1"]
    assert [h.text for h in root.iter("h2", "h3")] == ["Getting started", "Usage"]
    paragraph = root[3]
    assert paragraph.text_content() == "Read the guide, then this and that now."
    assert paragraph.xpath("a/@href") == ["https://example.com/guide"]
    assert paragraph.xpath("strong/em/text()") == ["this"]
    assert paragraph.xpath("strong/code/text()") == ["that"]
    assert root.xpath("ul/li[1]/strong/text()") == ["Install"]
    assert root.xpath("ul/li[1]/ol/li/text()") == ["from a clone", "from an index"]
    assert root.xpath("ul/li[2]/text()") == ["Run it"]
    assert root.xpath("pre/code")[0].text == "def f():\n    return '```'\n\n  # done"
    assert root.xpath("table/thead/tr/th/text()") == ["name", "value"]
    assert root.xpath("table/tbody/tr/td/text()") == ["a|b", "1"]
    assert root.xpath("blockquote/text()") == ["To be, or not to be:", "\nthat is the question."]
    assert root.xpath("blockquote/br")
    assert root.xpath("figure/img/@src") == ["https://example.com/night.jpg"]
    assert root.xpath("figure/img/@alt") == ["A lit window"]
    assert root.xpath("figure/figcaption/text()") == ["The library at night"]


def test_hostile_texts_and_urls_make_no_markup() -> None:
    blocks: list[BodyBlock] = []
    for url in HOSTILE_URLS:
        text = f"{SCRIPT} click"
        blocks.append(
            BodyBlock(BlockRole.PARAGRAPH, text, spans=(Span(SpanKind.LINK, 0, len(text), url),))
        )
        blocks.append(BodyBlock(BlockRole.FIGURE, "", src=url, alt='x" onerror="alert(1)'))
    blocks += [
        BodyBlock(BlockRole.HEADING, SCRIPT, level=3),
        BodyBlock(BlockRole.CODE, f"</code></pre>{SCRIPT}<!--", language='x" onload="y'),
        BodyBlock(BlockRole.TABLE, SCRIPT, rows=((Cell(SCRIPT, True),), (Cell("<td>x</td>"),))),
        BodyBlock(BlockRole.QUOTE, f"{SCRIPT}\n<img src=x onerror=alert(1)>"),
        BodyBlock(BlockRole.LIST_ITEM, "<li>\x00\x0b\ud800</li>"),
        BodyBlock(BlockRole.FIGURE, SCRIPT, src="https://x.example/a.png", alt='" onerror="x'),
    ]
    fragment = to_html(
        SCRIPT,
        blocks,
        author=SCRIPT,
        url="javascript:alert(1)",
        language='en" onload="alert(1)',
    )
    root = check_safe(fragment)
    assert not root.xpath("//a")  # no hostile url was linked
    assert root.xpath("//img/@src") == ["https://x.example/a.png"]
    assert root.xpath("//img/@alt") == ['" onerror="x']
    assert root[0].text == SCRIPT  # as text
    assert root.xpath("//pre/code/text()") == [f"</code></pre>{SCRIPT}<!--"]
    assert not root.xpath("//@lang")


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_a_hostile_url_leaves_the_text(url: str) -> None:
    block = BodyBlock(BlockRole.PARAGRAPH, "see here", spans=(Span(SpanKind.LINK, 4, 8, url),))
    root = check_safe(to_html(None, [block]))
    assert root.xpath("p")[0].text == "see here"


@pytest.mark.parametrize(
    "url", ["https://a.example/x?y=1&z=2", "http://a.example/", "mailto:a@b.example", "/rel/x"]
)
def test_allowed_urls_are_linked(url: str) -> None:
    block = BodyBlock(BlockRole.PARAGRAPH, "see here", spans=(Span(SpanKind.LINK, 4, 8, url),))
    assert check_safe(to_html(None, [block])).xpath("//a/@href") == [url]


def test_paragraphs_stand_in_for_blocks() -> None:
    article = Article("text", title="T", paragraphs=("one <b>", "two"))
    assert article.to_html() == "<h1>T</h1>\n<p>one &lt;b&gt;</p>\n<p>two</p>\n"
    assert Article("text").to_html() == ""


def test_a_table_without_header_cells_has_no_thead() -> None:
    rows = ((Cell("a"), Cell("b")), (Cell("c", True), Cell("d")))
    root = check_safe(to_html(None, [BodyBlock(BlockRole.TABLE, "a | b\nc | d", rows=rows)]))
    assert root.xpath("table/thead") == []
    assert [c.tag for c in root.iter("td", "th")] == ["td", "td", "th", "td"]


def test_attribute_values_stay_one_value() -> None:
    quoted = '" onmouseover="alert(1)'
    blocks = [
        BodyBlock(BlockRole.PARAGRAPH, "see", spans=(Span(SpanKind.LINK, 0, 3, quoted),)),
        BodyBlock(BlockRole.FIGURE, src=f"https://x.example/{quoted}", alt=quoted),
    ]
    root = check_safe(to_html(None, blocks))
    assert root.xpath("//a/@href") == ['"%20onmouseover="alert(1)']
    assert root.xpath("//img/@src") == ['https://x.example/"%20onmouseover="alert(1)']
    assert root.xpath("//img/@alt") == [quoted]


def test_lists_nest_by_depth_and_part_by_list_id() -> None:
    items = [
        BodyBlock(BlockRole.LIST_ITEM, "a", list_id=1),
        BodyBlock(BlockRole.LIST_ITEM, "a.1", ordered=True, depth=1, list_id=2),
        BodyBlock(BlockRole.LIST_ITEM, "a.1.x", depth=4, list_id=3),  # too deep: one down
        BodyBlock(BlockRole.LIST_ITEM, "b", list_id=1),
        BodyBlock(BlockRole.LIST_ITEM, "c", list_id=9),
    ]
    root = check_safe(to_html(None, items))
    assert [e.tag for e in root] == ["ul", "ul"]
    assert root.xpath("ul[1]/li[1]/ol/li/ul/li/text()") == ["a.1.x"]
    assert root.xpath("ul[1]/li/text()") == ["a", "b"]
    assert root.xpath("ul[2]/li/text()") == ["c"]


def test_body_elements_places_other_elements_and_leaves_lists_whole() -> None:
    link = Span(SpanKind.LINK, 0, 4, "https://x.example/")
    blocks = [
        BodyBlock(BlockRole.PARAGRAPH, "see here", spans=(link,)),
        BodyBlock(BlockRole.LIST_ITEM, "a", list_id=1),
        BodyBlock(BlockRole.LIST_ITEM, "a.1", depth=1, list_id=2),
        BodyBlock(BlockRole.LIST_ITEM, "b", list_id=1),
        BodyBlock(BlockRole.FIGURE, "cap", src="https://x.example/a.png", caption="cap"),
    ]

    def mark(name: str) -> list[etree._Element]:
        element = etree.Element("p")
        element.text = name
        return [element]

    before = {i: mark(f"m{i}") for i in range(len(blocks) + 1)}
    caption = etree.Element("figcaption")
    top = body_elements(blocks, links=False, figure=lambda b: caption, before=before)
    assert [e.tag for e in top] == ["p", "p", "p", "ul", "p", "figcaption", "p"]
    assert [e.text for e in top if e.tag == "p"] == ["m0", "see here", "m1", "m4", "m5"]
    (ul,) = [e for e in top if e.tag == "ul"]
    # m2 ends item "a" (before its nested list), m3 ends item "a.1": page order, lists whole
    assert [e.tag for e in ul[0]] == ["p", "ul"]
    assert ul.xpath("li[1]/p/text()") == ["m2"]
    assert ul.xpath("li[1]/ul/li/p/text()") == ["m3"]
    assert ul.xpath("li/text()") == ["a", "b"]
    assert [e.text for e in body_elements(blocks[:1])[0]] == ["see"]  # links on: an <a>


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_samples(path: Path) -> None:
    article = dechaff.clean(path)
    root = check_safe(article.to_html())
    assert root.xpath("h1")[0].text_content() == (article.title or "")
    assert [p.text_content() for p in root.xpath("p")][-len(article.paragraphs) :] == [
        " ".join(p.split("\n")) for p in article.paragraphs
    ]


_TEXT = st.text(st.characters(codec="utf-8"), max_size=30)


@st.composite
def _block(draw: st.DrawFn) -> BodyBlock:
    text = draw(_TEXT)
    spans = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        kind = draw(st.sampled_from(list(SpanKind)))
        url = draw(st.sampled_from([*HOSTILE_URLS, "https://x.example/"]))
        spans.append(Span(kind, start, end, url if kind is SpanKind.LINK else None))
    role = draw(st.sampled_from([BlockRole.PARAGRAPH, BlockRole.QUOTE, BlockRole.LIST_ITEM]))
    return BodyBlock(role, text, spans=tuple(spans))


@settings(max_examples=300, deadline=None)
@given(st.lists(_block(), max_size=4), _TEXT)
def test_any_text_and_spans_stay_safe_and_whole(blocks: list[BodyBlock], title: str) -> None:
    """Only allowed markup, whatever the text, spans and urls; and all of the text."""
    root = check_safe(to_html(title, blocks))
    assert _visible(root.text_content()) == _visible(title + "".join(b.text for b in blocks))


def _visible(text: str) -> str:
    """The characters that show: no white space, no control, no U+FFFD standing for one."""
    return "".join(c for c in text if c.isprintable() and not c.isspace() and c != "\ufffd")
