"""Article.to_markdown(): parsed back with markdown-it-py (CommonMark, raw HTML on, and
GitHub tables), every block comes back as what it was, and no text turns into markup."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from markdown_it import MarkdownIt

import dechaff
from dechaff import Article
from dechaff.document import BlockRole, BodyBlock, Cell, Span, SpanKind, to_markdown

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
# Text that Markdown would read as markup if it were not escaped.
HOSTILE = [
    "*a* _b_ **c** __d__",
    "# not a heading",
    "## not one either ##",
    "a | b | c",
    "<b>bold</b> <!-- comment --> <https://example.com>",
    "[x](y) ![i](j) [ref][1] [^1]",
    "[x]: /url",
    "1. not a list",
    "1) nor this",
    "> not a quote",
    "- not an item",
    "+ nor this",
    "* nor this",
    "---",
    "===",
    "***",
    "`code` ``more``",
    "~~strike~~ ~~~",
    "&amp; &#38; &#x26; &copy",
    "back\\slash\\",
    "a_b_c snake_case_name 2*3*4",
    "    four spaces",
    "\tand a tab",
    "www.example.com http://example.com",
]


def parse(markdown: str) -> etree._Element:
    """Markdown as CommonMark with GitHub tables (raw HTML allowed, as CommonMark says),
    rendered to HTML and parsed into a tree under a div."""
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    return lxml.html.fragment_fromstring(html, create_parent="div")


def tags(root: etree._Element) -> list[str]:
    return [str(e.tag) for e in root.iter() if e is not root]


def own_text(item: etree._Element) -> str:
    """An li's text without the lists nested in it."""
    return flat("".join(item.xpath("text() | *[not(self::ul or self::ol)]//text()")))


def flat(text: str) -> str:
    return " ".join(text.split())


def test_every_role_comes_back(every_role: Article) -> None:
    root = parse(every_role.to_markdown())
    assert [h.text_content() for h in root.iter("h1")] == ["A guide to dechaff"]
    # Level 1 in the body goes down to 2, so level 2 to 3.
    assert [(h.tag, h.text_content()) for h in root.iter("h2", "h3", "h4")] == [
        ("h2", "Getting started"),
        ("h3", "Usage"),
    ]
    facts = root.xpath("p[1]")[0]
    assert [e.text for e in facts.iter("em")] == [
        "Mary Stone",
        "2024-05-08T09:30:00",
        "https://example.com/a/1",
    ]
    paragraph = root.xpath("p[2]")[0]
    assert paragraph.text_content() == "Read the guide, then this and that now."
    assert paragraph.xpath("a/@href") == ["https://example.com/guide"]
    assert paragraph.xpath("a")[0].text == "guide"
    assert paragraph.xpath("strong/em")[0].text == "this"
    assert paragraph.xpath("strong/code")[0].text == "that"
    (outer,) = root.xpath("ul")
    assert [own_text(li) for li in outer.xpath("li")] == ["Install it", "Run it"]
    assert outer.xpath("li[1]/strong")[0].text == "Install"
    assert outer.xpath("li[1]/ol/li/text()") == ["from a clone", "from an index"]
    (code,) = root.xpath("pre/code")
    assert code.text == "def f():\n    return '```'\n\n  # done\n"
    assert code.get("class") == "language-python"
    rows = [[c.text_content() for c in tr] for tr in root.iter("tr")]
    assert rows == [["name", "value"], ["a|b", "1"]]
    assert root.xpath("table/thead/tr/th/text()") == ["name", "value"]
    (quote,) = root.xpath("blockquote")
    assert flat(quote.text_content()) == "To be, or not to be: that is the question."
    assert quote.xpath(".//br")
    assert root.xpath("p/img/@src") == ["https://example.com/night.jpg"]
    assert root.xpath("p/img/@alt") == ["A lit window"]
    assert root.xpath("p[img]/em/text()") == ["The library at night"]


def test_links_and_images_off(every_role: Article) -> None:
    root = parse(every_role.to_markdown(links=False, images=False))
    assert not root.xpath("//img")
    assert root.xpath("//a") == []
    assert "Read the guide, then" in root.text_content()
    assert root.xpath("//em/text()")[-1] == "The library at night"


@pytest.mark.parametrize("text", HOSTILE)
def test_text_never_becomes_markup(text: str) -> None:
    article = Article("text", title=text, paragraphs=(text,))
    root = parse(article.to_markdown())
    assert tags(root) == ["h1", "p"], article.to_markdown()
    h1, p = root
    assert h1.text_content() == flat(text)
    assert p.text_content() == text.strip()


@pytest.mark.parametrize("text", HOSTILE)
def test_text_in_every_role_stays_text(text: str) -> None:
    blocks = (
        BodyBlock(BlockRole.HEADING, text, level=2),
        BodyBlock(BlockRole.LIST_ITEM, text),
        BodyBlock(BlockRole.QUOTE, text),
        BodyBlock(BlockRole.TABLE, text, rows=((Cell(text, True),), (Cell(text),))),
        BodyBlock(BlockRole.FIGURE, text, src="a.png", alt=text, caption=text),
    )
    root = parse(to_markdown(None, blocks))
    assert root.xpath("h2")[0].text_content() == flat(text)
    assert root.xpath("ul/li")[0].text_content() == text.strip()
    assert root.xpath("blockquote/p")[0].text_content() == text.strip()
    assert [c.text_content() for c in root.iter("th", "td")] == [flat(text)] * 2
    assert root.xpath("p/img/@alt") == [flat(text)]
    assert root.xpath("p/em")[0].text_content() == text.strip()
    allowed = {"h2", "ul", "li", "blockquote", "p", "table", "thead", "tbody", "tr", "th", "td"}
    assert set(tags(root)) <= allowed | {"img", "br", "em"}


def test_lines_that_would_start_blocks_stay_in_the_paragraph() -> None:
    text = "first\n# two\n- three\n1. four\n> five\n===\n---\n```\n    six"
    root = parse(to_markdown(None, [BodyBlock(BlockRole.PARAGRAPH, text)]))
    assert tags(root) == ["p"] + ["br"] * 8
    assert [line.strip() for line in root[0].text_content().split("\n")] == [
        line.strip() for line in text.split("\n")
    ]


@pytest.mark.parametrize(
    "code", ["a = '```'\n", "````\nx\n`````", "~~~\nno\n~~~", "  indented\n\ttab\n\n", ""]
)
def test_code_comes_back_exactly(code: str) -> None:
    root = parse(to_markdown(None, [BodyBlock(BlockRole.CODE, code, language="py thon`")]))
    (element,) = root.xpath("pre/code")
    assert (element.text or "") == (code if not code or code.endswith("\n") else code + "\n")
    assert element.get("class") == "language-py"


def test_lists_number_nest_and_stay_apart() -> None:
    items = [
        *(BodyBlock(BlockRole.LIST_ITEM, f"n{i}", ordered=True, list_id=1) for i in range(1, 11)),
        BodyBlock(BlockRole.LIST_ITEM, "under ten", depth=1, list_id=2),
        BodyBlock(BlockRole.LIST_ITEM, "deeper", ordered=True, depth=2, list_id=3),
        BodyBlock(BlockRole.LIST_ITEM, "again", ordered=True, list_id=4),  # another list
        BodyBlock(BlockRole.LIST_ITEM, "b1", list_id=5),
        BodyBlock(BlockRole.LIST_ITEM, "b2", list_id=6),  # another bulleted list
        BodyBlock(BlockRole.LIST_ITEM, "jump", depth=5, list_id=7),  # too deep: one level down
    ]
    markdown = to_markdown(None, items)
    assert "10. n10\n    - under ten\n      1. deeper\n" in markdown
    root = parse(markdown)
    assert [e.tag for e in root] == ["ol", "ol", "ul", "ul"]
    assert [own_text(li) for li in root[0].xpath("li")] == [f"n{i}" for i in range(1, 11)]
    assert root[0].xpath("li[10]/ul/li/ol/li/text()") == ["deeper"]
    assert root[1].xpath("li/text()") == ["again"]
    assert root[3].xpath("li/ul/li/text()") == ["jump"]


def test_hostile_urls_are_never_links() -> None:
    urls = ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:x", "data:text/html,x"]
    blocks = [
        BodyBlock(BlockRole.PARAGRAPH, "click", spans=(Span(SpanKind.LINK, 0, 5, url),))
        for url in urls
    ]
    blocks.append(BodyBlock(BlockRole.FIGURE, "cap", src="vbscript:x", caption="cap"))
    markdown = to_markdown(None, blocks)
    assert "script" not in markdown.lower()
    assert "data:" not in markdown
    assert parse(markdown).xpath("//a | //img") == []


def test_urls_with_parentheses_spaces_and_entities_survive() -> None:
    url = "https://example.com/a_(b) c?x=1&amp;y=<2>"
    block = BodyBlock(BlockRole.PARAGRAPH, "see", spans=(Span(SpanKind.LINK, 0, 3, url),))
    (href,) = parse(to_markdown(None, [block])).xpath("//a/@href")
    assert href == "https://example.com/a_(b)%20c?x=1&amp;y=%3C2%3E"


def test_emphasis_that_markdown_cannot_hold_is_left_plain() -> None:
    text = 'word"quoted"word and ** stars'
    spans = (Span(SpanKind.EMPHASIS, 4, 12), Span(SpanKind.STRONG, 22, 24))
    root = parse(to_markdown(None, [BodyBlock(BlockRole.PARAGRAPH, text, spans=spans)]))
    assert root[0].text_content() == text


def test_paragraphs_stand_in_for_blocks() -> None:
    article = Article("text", title="T", paragraphs=("one *1*", "two"))
    assert article.to_markdown() == "# T\n\none \\*1\\*\n\ntwo\n"
    assert Article("text").to_markdown() == ""


def test_a_first_heading_that_repeats_the_title_is_left_out() -> None:
    blocks = (
        BodyBlock(BlockRole.HEADING, "The  Title", level=1),
        BodyBlock(BlockRole.PARAGRAPH, "x"),
    )
    assert Article("html", title="the title", blocks=blocks).to_markdown() == "# the title\n\nx\n"


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_samples(path: Path) -> None:
    article = dechaff.clean(path)
    root = parse(article.to_markdown())
    assert [h.text_content() for h in root.iter("h1")] == [flat(article.title or "")]
    body = [p.text_content() for p in root.xpath("p")][1:]  # after the facts line
    assert body == list(article.paragraphs)


_TEXT = st.text(st.sampled_from("ab 中\n*_`[]()<>&#;|~!\\-+=.1)>:"), max_size=40)


@st.composite
def _spanned(draw: st.DrawFn) -> BodyBlock:
    text = draw(_TEXT)
    spans = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        kind = draw(st.sampled_from(list(SpanKind)))
        spans.append(
            Span(kind, start, end, "https://x.example/" if kind is SpanKind.LINK else None)
        )
    roles = [BlockRole.PARAGRAPH, BlockRole.HEADING, BlockRole.LIST_ITEM, BlockRole.QUOTE]
    return BodyBlock(draw(st.sampled_from(roles)), text, level=2, spans=tuple(spans))


@settings(max_examples=400, deadline=None)
@given(_spanned())
def test_any_text_and_spans_come_back_as_the_same_text(block: BodyBlock) -> None:
    """No character of the text is lost or added, and only the spans' elements appear."""
    root = parse(to_markdown(None, [block]))
    assert flat(root.text_content()) == flat(block.text)
    assert set(tags(root)) <= {"p", "br", "em", "strong", "code", "a", "h2", "ul", "li"} | {
        "blockquote"
    }
    assert len(root) <= 1


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # code in link text holding "]": the line would read as a link reference definition
        ("1]:", (Span(SpanKind.LINK, 0, 3, "https://x.example/"), Span(SpanKind.CODE, 0, 3))),
        # two code spans that end up touching once the emphasis between them is dropped
        (
            "11111",
            (
                Span(SpanKind.CODE, 4, 5),
                Span(SpanKind.CODE, 0, 4),
                Span(SpanKind.EMPHASIS, 0, 4),
            ),
        ),
        # a number and an emphasis-less ")" that would start an ordered list together
        ("1)", (Span(SpanKind.EMPHASIS, 1, 2),)),
    ],
)
def test_spans_that_markdown_would_read_otherwise_keep_the_text(
    text: str, spans: tuple[Span, ...]
) -> None:
    root = parse(to_markdown(None, [BodyBlock(BlockRole.PARAGRAPH, text, spans=spans)]))
    assert flat(root.text_content()) == text


def test_code_spans_that_touch_once_a_mark_is_dropped_are_one_span() -> None:
    """An emphasis that cannot open between two code spans leaves them touching: one span."""
    spans = (
        Span(SpanKind.EMPHASIS, 0, 4),
        Span(SpanKind.STRONG, 3, 4),
        Span(SpanKind.CODE, 3, 4),
        Span(SpanKind.CODE, 0, 3),
    )
    block = BodyBlock(BlockRole.PARAGRAPH, "1111", level=2, spans=spans)
    root = parse(to_markdown(None, [block]))
    assert flat(root.text_content()) == "1111"
    assert [code.text for code in root.iter("code")] == ["1111"]
