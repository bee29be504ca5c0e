"""The audit report: page order, legend counts, escaping of hostile pages, size, the CLI."""

from __future__ import annotations

import io
import json
import re
import tarfile
import time
from collections import Counter
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from lxml import html

import dechaff
from dechaff import Article, Boilerplate, Link, Removed
from dechaff.batch.sampling import reservoir
from dechaff.cli import main
from dechaff.document import BlockRole, BodyBlock, Cell, Span, SpanKind
from dechaff.render.audit import LONG_RUN, Entry, block_places, page_order
from dechaff.render.audit_style import css

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "zh-seed-000_b337f5190e90a83a.txt"
PAGES = sorted(SAMPLES.glob("*.txt"))

# What a report may hold: its own elements, and only links within itself.
ALLOWED_TAGS = {
    *("html", "head", "meta", "title", "style", "body", "div", "h1", "h2", "p", "nav", "ol"),
    *("li", "a", "span", "section", "dl", "dt", "dd", "ul", "details", "summary"),
    *("h3", "h4", "h5", "h6", "pre", "code", "em", "strong", "br", "blockquote"),
    *("table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption"),
}
HOSTILE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</style><script>alert(2)</script>",
    '"><iframe src="https://evil.example/"></iframe>',
    "</details></section><svg onload=alert(3)>",
    '<a href="javascript:alert(4)">click</a>',
    "<!-- --><style>body{background:url(https://evil.example/x)}</style>",
    "&lt;b&gt; &amp; <b>bold</b>",
)


def tree(report: str) -> html.HtmlElement:
    return html.document_fromstring(report)


def blocks(report: str, page: int = 1) -> list[tuple[str, str]]:
    """(kind or 'body', text) of a page's blocks, in document order."""
    section = tree(report).get_element_by_id(f"page-{page}")
    out = []
    for element in section.find_class("blk"):
        if "body" in element.classes:
            out.append(("body", element.text_content()))
        else:
            (tag,) = element.find_class("tag")
            out.append((tag.text_content(), (tag.tail or "")))
    return out


def test_seed_report_shows_every_block_in_page_order() -> None:
    article = dechaff.clean(SEED)
    got = blocks(dechaff.audit([article]))
    assert [kind for kind, _ in got[:4]] == ["header", "breadcrumb", "metadata", "body"]
    assert got[3][1] == article.paragraphs[0]
    assert got[1][1].startswith("当前位置:")
    assert [kind for kind, _ in got[-7:]] == [
        *("body", "author_bio", "copyright", "credit", "spam", "navigation", "navigation"),
    ]
    assert [text for kind, text in got if kind == "body"] == list(article.paragraphs)
    assert [(k, t) for k, t in got if k != "body"] == [
        (r.kind.value, r.text) for r in article.removed
    ]
    assert len(got) == len(article.paragraphs) + len(article.removed)


def test_a_caption_between_two_paragraphs_stays_between_them() -> None:
    article = dechaff.clean(ROOT / "examples" / "pages" / "library-en.html")
    got = blocks(dechaff.audit([article]))
    at = [kind for kind, _ in got].index("caption")
    assert got[at - 2] == ("body", article.paragraphs[0])
    assert got[at - 1][1].startswith("image")  # the figure, then the caption cut from it
    assert got[at + 1] == ("body", article.paragraphs[1])


def order(report: str) -> list[str]:
    """Page 1's blocks in document order: each body element's tag, each removed block's kind."""
    (div,) = tree(report).get_element_by_id("page-1").find_class("blocks")
    out = []
    for element in div:
        if element.tag == "details":
            out += [rm.find_class("tag")[0].text for rm in element.find_class("rm")]
        else:
            out.append("table" if "tbl" in element.classes else element.tag)
    return out


def own_text(item: html.HtmlElement) -> str:
    """A list item's text without its nested lists and removed runs."""
    return (item.text or "") + "".join(
        child.text_content() + (child.tail or "")
        for child in item
        if child.tag not in ("ul", "ol", "details")
    )


STRUCTURE_ORDER = {
    "en": [
        *("header", "header", "navigation", "navigation", "navigation", "metadata"),
        *("p", "h2", "p", "ul", "h3", "p", "table", "figure", "caption", "p", "pre"),
        *("blockquote", "p", "related", "navigation", "navigation", "copyright"),
    ],
    "zh": [
        *("header", "navigation", "metadata", "p", "h2", "p", "table", "h2", "p", "ol"),
        *("figure", "caption", "p", "blockquote", "p", "copyright"),
    ],
}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_structured_body_reads_as_the_article(lang: str) -> None:
    article = dechaff.clean(GOLDEN / f"{lang}-structure.html")
    report = dechaff.audit([article])
    assert order(report) == STRUCTURE_ORDER[lang]
    (div,) = assert_inert(report).get_element_by_id("page-1").find_class("blocks")
    by_role = {role: [b for b in article.blocks if b.role is role] for role in BlockRole}
    headings = div.xpath("h2 | h3 | h4 | h5 | h6")
    assert [(h.tag, h.text_content()) for h in headings] == [
        (f"h{b.level}", b.text) for b in by_role[BlockRole.HEADING]
    ]
    items = div.xpath(".//li")
    assert [(own_text(li), len(li.xpath("ancestor::ul | ancestor::ol")) - 1) for li in items] == [
        (b.text, b.depth) for b in by_role[BlockRole.LIST_ITEM]
    ]
    assert [li.getparent().tag for li in items] == [
        "ol" if b.ordered else "ul" for b in by_role[BlockRole.LIST_ITEM]
    ]
    codes = [b.text for b in by_role[BlockRole.CODE]]
    assert [pre.text_content() for pre in div.iter("pre")] == codes  # exactly, white space too
    (table,) = by_role[BlockRole.TABLE]
    rows = [[cell.text_content() for cell in tr.xpath("th | td")] for tr in div.iter("tr")]
    assert rows == [[cell.text for cell in row] for row in table.rows]
    (quote,) = by_role[BlockRole.QUOTE]
    assert [q.text_content() for q in div.iter("blockquote")] == [quote.text]
    (figure,) = by_role[BlockRole.FIGURE]
    (shown,) = div.iter("figure")
    assert shown.find("figcaption").text_content() == figure.caption
    assert shown.text_content().startswith(f"image{figure.alt}")
    assert shown.find_class("url")[0].text_content() == figure.src
    section = tree(report).get_element_by_id("page-1")
    assert len(section.find_class("rm")) == len(article.removed)


def structured(removed: tuple[Removed, ...]) -> Article:
    """Paragraph (1 line), table (3 lines), two list items (1 line each), paragraph."""
    rows = tuple((Cell(f"r{i}"), Cell(f"v{i}")) for i in range(3))
    blocks = (
        BodyBlock(BlockRole.PARAGRAPH, "one", ("one",)),
        BodyBlock(
            BlockRole.TABLE,
            "\n".join(f"r{i} | v{i}" for i in range(3)),
            ("r0", "v0", "r1"),
            rows=rows,
        ),
        BodyBlock(BlockRole.LIST_ITEM, "a", ("a",), list_id=0),
        BodyBlock(BlockRole.LIST_ITEM, "b", ("b",), list_id=0),
        BodyBlock(BlockRole.PARAGRAPH, "two", ("two",)),
    )
    paragraphs = tuple(line for block in blocks for line in block.lines)
    return Article("html", paragraphs=paragraphs, removed=removed, blocks=blocks)


def test_a_removed_block_inside_a_block_goes_right_after_it() -> None:
    removed = (
        Removed(Boilerplate.HEADER, "top", 0),
        Removed(Boilerplate.AD, "before the table", 1),
        Removed(Boilerplate.CAPTION, "between two rows", 2),
        Removed(Boilerplate.SHARE, "after the second row", 3),
        Removed(Boilerplate.RELATED, "between the items", 5),
        Removed(Boilerplate.FOOTER, "end", 99),
    )
    article = structured(removed)
    assert block_places(article) == {
        0: [removed[0]],
        1: [removed[1]],
        2: list(removed[2:4]),
        3: [removed[4]],
        5: [removed[5]],
    }
    report = dechaff.audit([article])
    assert order(report) == [
        *("header", "p", "ad", "table", "caption", "share", "ul", "p", "footer"),
    ]
    (ul,) = tree(report).get_element_by_id("page-1").find_class("blocks")[0].iter("ul")
    # a block cut between two items stays in the list, at the end of the item before it
    assert [own_text(li) for li in ul] == ["a", "b"]
    assert ul[0].find_class("rm")[0].text_content() == "relatedbetween the items"
    assert len(blocks(report)) == len(article.blocks) + len(removed) - 1  # one element per list


def test_an_article_without_blocks_shows_its_paragraphs() -> None:
    article = structured(())
    plain = Article.from_dict({k: v for k, v in article.to_dict().items() if k != "blocks"})
    assert plain.blocks == ()
    report = dechaff.audit([plain])
    assert order(report) == ["p"] * len(article.paragraphs)
    assert blocks(report) == [("body", line) for line in article.paragraphs]


@pytest.mark.parametrize("page", [*PAGES, *GOLDEN.glob("*-structure.html")], ids=lambda p: p.stem)
def test_legend_counts_are_the_articles(page: Path) -> None:
    article = dechaff.clean(page)
    section = tree(dechaff.audit([article])).get_element_by_id("page-1")
    (legend,) = section.find_class("legend")
    shown = {}
    for item in legend.iter("li"):
        name, count = item.text_content().rsplit(maxsplit=1)
        shown[name] = int(count)
    expected = {k.value: n for k, n in Counter(r.kind for r in article.removed).items()}
    assert shown == {"body": len(article.paragraphs), **expected}


def test_every_removed_block_has_its_kind_as_text_and_class() -> None:
    article = dechaff.clean(SAMPLES / "en-sports-news.txt")
    section = tree(dechaff.audit([article])).get_element_by_id("page-1")
    removed = section.find_class("rm")
    assert len(removed) == len(article.removed)
    for element, block in zip(removed, article.removed, strict=True):
        assert f"k-{block.kind.value.replace('_', '-')}" in element.classes
        assert element.find_class("tag")[0].text == block.kind.value


def hostile_article() -> Article:
    text = " ".join(HOSTILE)
    return Article(
        kind="html",
        title="</title></style><script>alert(0)</script>",
        site_name='<iframe src="javascript:alert(5)">',
        breadcrumbs=("<b onmouseover=alert(6)>home</b>", "</a>"),
        category="<style>*{display:none}</style>",
        published=datetime(2024, 5, 8, 9, 30),
        author="<script src=https://evil.example/a.js></script>",
        source="\x00\x07 control \ud800 characters",
        prev=Link("previous <script>", "javascript:alert(7)"),
        next=Link("next", "data:text/html,<script>alert(8)</script>"),
        language='zh" onload="alert(9)',
        url="javascript:alert(10)",
        encoding="utf-8<script>",
        paragraphs=(*HOSTILE, text),
        removed=tuple(Removed(Boilerplate.SHARE, t, i) for i, t in enumerate(HOSTILE)),
        warnings=("<script>warn()</script>",),
    )


def assert_inert(report: str) -> html.HtmlElement:
    assert "<script" not in report.lower()
    root = tree(report)
    for element in root.iter():
        assert isinstance(element.tag, str), element  # no comments or processing instructions
        assert element.tag in ALLOWED_TAGS, element.tag
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            assert name not in ("src", "srcdoc", "action", "formaction", "style"), name
            if name == "href":
                assert re.fullmatch(r"#(top|page-\d+)", value), value
    (style,) = root.iter("style")
    assert style.text == css()
    return root


def test_hostile_markup_in_every_field_stays_text() -> None:
    article = hostile_article()
    root = assert_inert(dechaff.audit([Entry("<script>name</script>", article)]))
    shown = root.text_content()
    for text in (*HOSTILE, article.title, article.site_name, article.author, "javascript:alert(7)"):
        assert text is not None
        assert text in shown, text
    assert "data:text/html,<script>alert(8)</script>" in shown
    assert "\ufffd\ufffd control \ufffd characters" in shown
    assert root.get_element_by_id("page-1").get("lang") is None  # a bad language code is left out


def hostile_blocks() -> tuple[BodyBlock, ...]:
    text = " ".join(HOSTILE)
    link = Span(SpanKind.LINK, 0, 8, "javascript:alert(13)")
    page = Span(SpanKind.LINK, 9, 20, "https://evil.example/x")
    return (
        BodyBlock(BlockRole.HEADING, HOSTILE[0], level=1, spans=(link,)),
        BodyBlock(BlockRole.PARAGRAPH, text, spans=(link, page, Span(SpanKind.CODE, 2, 9))),
        BodyBlock(BlockRole.LIST_ITEM, HOSTILE[1], list_id=1, spans=(page,)),
        BodyBlock(BlockRole.LIST_ITEM, HOSTILE[3], depth=1, ordered=True, list_id=2),
        BodyBlock(BlockRole.CODE, "<script>alert(14)</script>\n\t</pre><script>x()</script>"),
        BodyBlock(
            BlockRole.TABLE, text, rows=tuple((Cell(h, i == 0),) for i, h in enumerate(HOSTILE))
        ),
        BodyBlock(BlockRole.QUOTE, HOSTILE[4] + "\n" + HOSTILE[2]),
        BodyBlock(
            BlockRole.FIGURE,
            HOSTILE[5],
            src="javascript:alert(15)",
            alt=HOSTILE[1],
            caption=HOSTILE[5],
        ),
        BodyBlock(
            BlockRole.FIGURE, src="https://evil.example/track.png", alt='" onerror="alert(16)'
        ),
    )


def test_hostile_markup_in_every_role_stays_text() -> None:
    article = hostile_article()
    body = hostile_blocks()
    lines = tuple(f"line {i}" for i in range(len(body)))
    body = tuple(replace(block, lines=(line,)) for block, line in zip(body, lines, strict=True))
    article = replace(article, paragraphs=lines, blocks=body)
    root = assert_inert(dechaff.audit([article]))
    (div,) = root.find_class("blocks")
    shown = div.text_content()
    for text in HOSTILE:
        assert text in shown
    for text in ("javascript:alert(15)", "https://evil.example/track.png", '" onerror="alert(16)'):
        assert text in shown
    assert [pre.text_content() for pre in div.iter("pre")] == [body[4].text]
    assert not list(div.iter("a"))  # no link from the page, not even an https one
    assert not div.xpath("//@src")
    assert len(div.find_class("rm")) == len(article.removed)


def test_hostile_text_dump_cleaned_and_reported() -> None:
    page = "\n".join(
        [
            "Hostile page for the audit",
            *(
                f"{line} This line is long enough to be a paragraph of the article body here."
                for line in HOSTILE
            ),
            "上一篇:<script>alert(11)</script>",
            "Copyright 2024 <img src=x onerror=alert(12)> All rights reserved.",
        ]
    )
    article = dechaff.clean(page, kind="text")
    report = dechaff.audit([article, Entry("<b>bad</b>", None, "failed", "<script>x</script>")])
    root = assert_inert(report)
    shown = root.text_content()
    for line in HOSTILE:
        assert line in shown
    assert "<script>x</script>" in shown


def test_no_pages_give_a_report_that_says_so() -> None:
    report = dechaff.audit([])
    root = assert_inert(report)
    assert root.find_class("page") == []
    assert root.find_class("toc") == []
    assert "No pages" in root.text_content()
    assert "0 pages" in root.text_content()


def test_failed_and_skipped_pages_are_listed_with_why() -> None:
    article = dechaff.clean(SEED)
    report = dechaff.audit(
        [
            Entry("a.html", article),
            Entry("logo.png", None, "skipped", "not a page: PNG image data"),
            Entry("gone.html", None, "failed", "SourceError: no such file"),
        ]
    )
    root = tree(report)
    toc = [a.get("href") for a in root.find_class("toc")[0].iter("a")]
    assert toc == ["#page-1", "#page-2", "#page-3"]
    assert "skipped: not a page: PNG image data" in root.get_element_by_id("page-2").text_content()
    assert "failed: SourceError: no such file" in root.get_element_by_id("page-3").text_content()
    assert "3 pages: 1 cleaned, 1 skipped, 1 failed." in root.text_content()


def test_a_2000_block_page_builds_and_collapses_its_long_runs() -> None:
    kinds = list(Boilerplate)
    removed = []
    for run in range(200):  # 200 runs: even ones long, odd ones short (2 blocks)
        size = LONG_RUN + 1 if run % 2 == 0 else 2
        removed += [
            Removed(kinds[(run + i) % len(kinds)], f"cut {run}.{i}", run) for i in range(size)
        ]
    paragraphs = tuple(f"Paragraph {i} of a very long page." for i in range(2000 - len(removed)))
    article = Article(kind="html", title="Long", paragraphs=paragraphs, removed=tuple(removed))
    start = time.perf_counter()
    report = dechaff.audit([article])
    assert time.perf_counter() - start < 2.0
    root = tree(report)
    runs = root.find_class("run")
    assert len(runs) == 200
    assert [run.get("open") is not None for run in runs] == [i % 2 == 1 for i in range(200)]
    assert (
        runs[0]
        .find("summary")
        .text.startswith(f"{LONG_RUN + 1} removed blocks: 1 header, 1 footer")
    )
    assert len(blocks(report)) == 2000


def test_blocks_placed_past_the_end_come_last() -> None:
    article = Article(
        kind="text",
        paragraphs=("one", "two"),
        removed=(Removed(Boilerplate.AD, "ad", 1), Removed(Boilerplate.FOOTER, "end", 99)),
    )
    parts = list(page_order(article))
    assert parts == ["one", [article.removed[0]], "two", [article.removed[1]]]


def test_reservoir_is_seeded_ordered_and_bounded() -> None:
    items = list(range(1000))
    first = reservoir(iter(items), 20, seed=3)
    assert first == reservoir(iter(items), 20, seed=3)
    assert first != reservoir(iter(items), 20, seed=4)
    assert first == sorted(first)
    assert len(set(first)) == 20
    assert reservoir(iter(range(5)), 20) == [0, 1, 2, 3, 4]
    # uniform: over many draws every item is picked about as often
    counts = Counter(i for seed in range(500) for i in reservoir(range(10), 3, seed=seed))
    assert min(counts.values()) > 500 * 3 / 10 * 0.7
    with pytest.raises(ValueError, match="cannot have -1"):
        reservoir(items, -1)


def report_names(path: Path) -> list[str]:
    return [e.text_content() for e in tree(path.read_text(encoding="utf-8")).find_class("name")]


def test_cli_writes_a_report_of_every_input(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert main(["audit", str(SEED), str(tmp_path / "gone.html"), "-o", str(out), "-q"]) == 1
    assert report_names(out) == [str(SEED), str(tmp_path / "gone.html")]
    text = out.read_text(encoding="utf-8")
    assert "failed: SourceError" in tree(text).get_element_by_id("page-2").text_content()
    assert main(["audit", str(SEED), "-o", str(out), "-q", "--workers", "0"]) == 0
    assert blocks(out.read_text(encoding="utf-8")) == blocks(
        dechaff.audit([Entry(str(SEED), dechaff.clean(SEED))])
    )


def test_cli_samples_deterministically_from_an_archive_and_jsonl(tmp_path: Path) -> None:
    archive = tmp_path / "pages.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for page in PAGES:
            tar.add(page, arcname=f"dump/{page.name}")
    lines = [
        json.dumps({"url": f"https://example.com/{i}", "text": SEED.read_text()}) for i in range(5)
    ]
    jsonl = tmp_path / "pages.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "r.html"
    argv = ["audit", str(archive), str(jsonl), "--sample", "4", "-o", str(out), "-q"]
    assert main([*argv, "--seed", "7", "--workers", "0"]) == 0
    first = report_names(out)
    assert len(first) == 4
    everything = [f"{archive}!dump/{p.name}" for p in PAGES] + [
        f"{jsonl}#{i + 1}" for i in range(5)
    ]
    assert all(name in everything for name in first)
    assert first == sorted(first, key=everything.index)  # in input order
    assert main([*argv, "--seed", "7", "--workers", "0"]) == 0
    assert report_names(out) == first
    samples = set()
    for seed in range(5):
        assert main([*argv, "--seed", str(seed), "--workers", "0"]) == 0
        samples.add(tuple(report_names(out)))
    assert len(samples) > 1


def test_cli_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (
        ["audit", str(SEED)],
        ["audit", "-o", "x.html"],
        ["audit", str(SEED), "-o", "x", "--sample", "0"],
    ):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2
    assert main(["audit", str(SEED), "-o", str(tmp_path / "no" / "dir.html"), "-q"]) == 3
    assert "cannot write the report" in capsys.readouterr().err


def test_cli_report_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(SEED), "-o", "-", "--workers", "0"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("<!DOCTYPE html>")
    assert "standard output" in captured.err
    assert io.StringIO(captured.out).read().count('class="page"') == 1
