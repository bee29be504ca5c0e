"""The catalogue of hostile and broken input: each class, how to build it, and its outcome.

Pages are generated, never stored. ``make(scale)`` builds a case's input at ``scale`` times
its full size (1.0: the size the benchmark measures; tests use a small scale for the big
classes). ``expect`` is the error class that must be raised, or ``None`` for an Article, which
must then pass ``check`` (and carry every warning substring in ``warns``).
"""

from __future__ import annotations

import codecs
import gzip
import os
import random
import socket
import tempfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any

from dechaff import Article, errors

SECRET = "SECRET-MARKER-7f3a9c"  # what a local file holds; must never reach the output
PROSE = (
    "The committee met on Tuesday to discuss the new budget, which grows by four percent. "
    "Members said the plan was fair, though several asked for more money for schools."
)
PROSE_ZH = (
    "委员会周二开会讨论新预算，预算增长百分之四。委员们表示计划公平，但也有人要求增加教育经费。"
)
NO_ARTICLE = "no article text found on the page"


def page(body: str, head: str = "<title>A page</title>") -> str:
    """A small HTML page around body."""
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


ARTICLE_EN = page("".join(f"<p>{PROSE}</p>" for _ in range(3)))
ARTICLE = ARTICLE_EN.replace("</body>", f"<p>{PROSE_ZH}</p></body>")


def scaled(n: int, scale: float, least: int = 1) -> int:
    """n times scale, at least ``least``."""
    return max(least, int(n * scale))


Check = Callable[[Article], Any]
Make = Callable[[float, str], tuple[Any, dict[str, Any]]]  # (scale, setup value) -> input


@dataclass(frozen=True)
class Case:
    """One class of bad input."""

    name: str
    what: str  # one line for the catalogue
    make: Make  # (scale, what setup yields) -> (source, keywords)
    expect: type[errors.DechaffError] | None = None
    check: Check | None = None
    warns: tuple[str, ...] = ()
    big: bool = False  # tests build it at a small scale
    setup: Callable[[], AbstractContextManager[str]] | None = None  # yields make()'s env


def _plain(source: Any, **keywords: Any) -> Make:
    return lambda scale, env="": (source, dict(keywords))


def body_has(*needles: str) -> Check:
    """The body holds every needle."""

    def check(article: Article) -> None:
        for needle in needles:
            assert needle in article.body, needle

    return check


def nowhere(*needles: str) -> Check:
    """No needle appears anywhere in the Article's JSON."""

    def check(article: Article) -> None:
        text = article.to_json()
        for needle in needles:
            assert needle not in text, needle

    return check


def all_of(*checks: Check) -> Check:
    """Every check holds."""

    def check(article: Article) -> None:
        for each in checks:
            each(article)

    return check


def encodable(article: Article) -> None:
    """The Article's JSON can be written as UTF-8 (no lone surrogates) and holds no NULs."""
    text = article.to_json()
    text.encode("utf-8")
    assert "\x00" not in text


def no_script_links(article: Article) -> None:
    """prev/next urls are web addresses (or relative), never javascript:, data: or vbscript:."""
    for link in (article.prev, article.next):
        if link is not None and link.url is not None:
            scheme = link.url.split(":", 1)[0].strip().lower() if ":" in link.url else ""
            assert scheme in ("", "http", "https"), link.url


@contextmanager
def secret_file() -> Iterator[str]:
    """A local file holding SECRET; yields its path."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "secret.txt")
        with open(path, "w", encoding="utf-8") as out:
            out.write(SECRET)
        yield path


@contextmanager
def listener() -> Iterator[str]:
    """A local TCP server that nothing may connect to; yields its http:// url.

    On exit, raises AssertionError if a connection is waiting (the kernel completes the
    handshake before accept, so any attempt during the run is seen).
    """
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        server.bind(("127.0.0.1", 0))
        server.listen(16)
        server.setblocking(False)
        yield f"http://127.0.0.1:{server.getsockname()[1]}"
        try:
            connection, _ = server.accept()
        except BlockingIOError:
            return
        connection.close()
        raise AssertionError("page content opened a network connection")
    finally:
        server.close()


def _png(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 64, {}


def _pdf(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 50, {}


def _gzip(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return gzip.compress(ARTICLE.encode()), {}


def _random(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return random.Random(6).randbytes(scaled(1 << 20, scale, 4096)), {}


def _nuls(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return ARTICLE.replace(" ", " \x00").encode(), {}


def _truncated(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    cut = page(f"<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><div class='x' data-a=\"unterm")
    return cut.encode(), {}


def _truncated_script(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return page(f"<p>{PROSE}</p><p>{PROSE}</p><script>var a = '<p>"), {}


def _invalid_utf8(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    data = ARTICLE.encode().replace(b"budget", b"bud\xff\xfeget")
    return data, {}


def _utf16(codec: str, bom: bytes) -> Make:
    return lambda scale, env="": (bom + ARTICLE.encode(codec), {})


def _lying_meta(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    text = ARTICLE.replace("<head>", '<head><meta charset="gb2312">')
    return text.encode("utf-8"), {}


def _lying_header(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return ARTICLE.encode("utf-8"), {"encoding": "shift_jis"}


def _utf7(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    text = ARTICLE_EN.replace("<head>", '<head><meta charset="utf-7">')
    return text.replace("</body>", f"<p>+ADw-b+AD4-{PROSE}</p></body>").encode("ascii"), {}


def _unknown_charset(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    text = ARTICLE.replace("<head>", '<head><meta charset="x-no-such-charset">')
    return text.encode("utf-8"), {}


def _mixed(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    data = ARTICLE.encode("utf-8") + page(f"<p>{PROSE_ZH}</p>").encode("gb18030")
    return data, {}


def _big_page(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    unit = f"<div class='c'><p>{PROSE}</p><p>{PROSE_ZH}</p></div>\n".encode()
    count = scaled(50 * (1 << 20), scale) // len(unit) + 1
    return b"<html><body>" + unit * count, {}


def _over_limit(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return ARTICLE.encode() * 100, {"max_bytes": 10_000}


def _over_default(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    # The default limit is 64 MiB; a smaller max_bytes stands in for it at test scale.
    size = 65 * (1 << 20) if scale >= 1 else 65 * 1024
    limit = {} if scale >= 1 else {"max_bytes": 64 * 1024}
    return b" " * size, limit


def _long_line_text(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    size = scaled(10 * (1 << 20), scale)
    return ((PROSE + " ") * (size // len(PROSE) + 1))[:size], {"kind": "text"}


def _long_line_html(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    size = scaled(10 * (1 << 20), scale)
    return page("<p>" + ((PROSE + " ") * (size // len(PROSE) + 1))[:size]), {}


def _no_breaks_text(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return "home news sport " * scaled(200_000, scale) + PROSE * scaled(20_000, scale), {
        "kind": "text"
    }


def _deep(tag: str, closed: bool) -> Make:
    def make(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
        n = 100_000  # depth is the point: never scaled down
        inner = f"<p>{PROSE}</p><p>{PROSE}</p>"
        close = f"</{tag}>" * n if closed else ""
        return page(f"<{tag}>" * n + inner + close + f"<p>{PROSE_ZH}</p>"), {}

    return make


def _deep_template(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    # A client-rendered shell 1500 elements deep (within libxml2's limit, past Python's
    # recursion limit) whose prose sits in a <template>: the shell's text is measured first.
    n = 1500
    shell = "<div>" * n + "</div>" * n
    return page(shell + f"<template><p>{PROSE}</p><p>{PROSE}</p></template>"), {}


def _siblings(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return page("<span>a</span>" * scaled(1_000_000, scale) + f"<p>{PROSE}</p>"), {}


def _paragraph_siblings(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return page(f"<p>{PROSE}</p>" * scaled(100_000, scale)), {}


def _span_table(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    huge = 2**53
    cells = f"<td rowspan={huge} colspan={huge}>x</td><td colspan=-1 rowspan=99999999999999999999>y"
    return page(f"<table><tr>{cells}</td></tr></table><p>{PROSE}</p>" * 100), {}


def _wide_table(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    row = "<tr>" + "<td>1</td>" * scaled(1000, scale) + "</tr>"
    return page(f"<p>{PROSE}</p><table>" + row * scaled(1000, scale) + "</table>"), {}


def _external_entity(path: str) -> str:
    return (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY secret SYSTEM "file://{path}">'
        f'<!ENTITY % remote SYSTEM "file://{path}"> %remote;]>'
        f"<html><body><p>{PROSE} &secret;</p><p>{PROSE}</p>"
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{path}"'
        ' parse="text"/></body></html>'
    )


def _network(url: str) -> str:
    return (
        f'<?xml version="1.0"?><!DOCTYPE html SYSTEM "{url}/dtd" [<!ENTITY net SYSTEM "{url}/e">'
        f'<!ENTITY % p SYSTEM "{url}/p"> %p;]><html><head><base href="{url}/">'
        f'<link rel="stylesheet" href="{url}/css"><script src="{url}/js"></script></head>'
        f'<body><p>{PROSE} &net;</p><img src="{url}/img"><iframe src="{url}/frame"></iframe>'
        f'<p>{PROSE}</p><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{url}/x"/>'
        "</body></html>"
    )


def _billion_laughs(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    return (
        f'<?xml version="1.0"?><!DOCTYPE lolz [{"".join(levels)}]>'
        f"<html><body><p>{PROSE}</p><p>&lol9;</p><p>{PROSE}</p></body></html>"
    ).encode(), {}


def _parameter_laughs(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    levels = ['<!ENTITY % a0 "lol">'] + [
        f'<!ENTITY % a{i} "{f"%a{i - 1};" * 10}">' for i in range(1, 10)
    ]
    return (
        f'<!DOCTYPE x [{"".join(levels)}<!ENTITY all "%a9;">]>'
        f"<html><body><p>{PROSE}</p><p>&all;</p></body></html>"
    ), {}


def _script_links(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    body = (
        f"<p>{PROSE}</p><p>{PROSE}</p>"
        '<p><a href="javascript:alert(1)">上一篇：第一篇文章</a></p>'
        '<p><a href=" JaVaScRiPt:alert(2)">下一篇：第三篇文章</a></p>'
        '<a rel="prev" href="data:text/html,<script>alert(3)</script>">Previous article</a>'
        '<a rel="next" href="vbscript:msgbox(4)">Next article</a>'
    )
    head = (
        '<title>A page</title><base href="javascript:alert(0)//">'
        '<link rel="next" href="javascript:alert(5)">'
    )
    return page(body, head), {"url": "https://example.org/news/2.html"}


def _script_links_no_url(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    source, _ = _script_links(scale)
    return source, {}


def _frameset(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return (
        '<html><head><title>Frames</title></head><frameset cols="20%,80%">'
        '<frame src="menu.html"><frame src="main.html"><noframes><p>Your browser does not'
        " support frames.</p></noframes></frameset></html>"
    ), {}


def _only_scripts(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    script = f"<script>var s = {PROSE!r}; document.write(s);</script>"
    return "<html><head>" + script * 20 + "</head><body>" + script * 20 + "</body></html>", {}


def _listing(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    items = "".join(
        f'<li><a href="/news/{i}.html">Headline number {i} about the budget</a> 2024-01-{i:02}</li>'
        for i in range(1, 29)
    )
    return page(f"<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><ul>{items}</ul>"), {}


def _lone_surrogates(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    pair = "\ud83d\ude00"
    return page(f"<p>{PROSE} \ud800 lone \udfff end.</p><p>pair {pair} {PROSE}</p>"), {}


def _lone_surrogates_text(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return f"{PROSE} \ud800 lone\n{PROSE}\udfff\n\ud83d\ude00 {PROSE}", {"kind": "text"}


def _controls(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    junk = "".join(chr(c) for c in [*range(1, 9), 11, 12, *range(14, 32), 127])
    return page(f"<p>{PROSE}{junk}</p><p>{junk}{PROSE}</p>"), {}


def _controls_bytes(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    source, _ = _controls(scale)
    return source.encode(), {}


def _bom_str(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return "\ufeff" + ARTICLE, {}


def _double_bom(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return codecs.BOM_UTF8 + codecs.BOM_UTF8 + ARTICLE.encode(), {}


def _deep_json_ld(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    n = 100_000
    ld = '{"@type":"NewsArticle","author":' * n + '"x"' + "}" * n
    arrays = "[" * n + "]" * n
    head = (
        f'<title>A page</title><script type="application/ld+json">{ld}</script>'
        f'<script type="application/ld+json">{arrays}</script>'
    )
    return page(f"<p>{PROSE}</p><p>{PROSE}</p>", head), {}


def _huge_attribute(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    value = "post-" * scaled(2 * (1 << 20), scale)
    return page(f"<div class='{value}' id='{value}'><p>{PROSE}</p><p>{PROSE}</p></div>"), {}


def _many_attributes(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    attrs = " ".join(f"a{i}='{i}'" for i in range(scaled(100_000, scale)))
    return page(f"<p {attrs}>{PROSE}</p><p>{PROSE}</p>"), {}


def _many_br(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return page(f"<p>{PROSE}" + "<br>" * scaled(100_000, scale) + f"{PROSE}</p>"), {}


def _entities(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    refs = "&#0; &#xD800; &#xDFFF; &#99999999999; &#x110000; &#1; &amp;&lt;&gt; &nosuch; &#"
    return page(f"<p>{PROSE} {refs}</p><p>{'&amp;' * scaled(100_000, scale)}</p>"), {}


def _unclosed_comment(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return page(f"<p>{PROSE}</p><p>{PROSE}</p><!-- never closed <p>{SECRET}</p>"), {}


def _unclosed_script_start(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return "<html><head><script>" + ("var x = 1;" * scaled(100_000, scale)) + ARTICLE, {}


def _many_titles(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    titles = f"<title>{'T' * 10_000}</title>" * scaled(1000, scale)
    return page(f"<h1>{'H' * 100_000}</h1><p>{PROSE}</p>", titles), {}


def _xml_not_html(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg">'
        b'<text x="0" y="15">' + PROSE.encode() + b"</text></svg>"
    ), {}


def _xml_declares_wide(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return b'<?xml version="1.0" encoding="UTF-32"?>' + ARTICLE_EN.encode("ascii"), {}


def _zip_bomb_like(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return zlib.compress(b"<p>" + b"a" * scaled(10 * (1 << 20), scale)), {}


def _spaces(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    n = scaled(4 * (1 << 20), scale)
    return f"<p>{' ' * n}{PROSE}{'.' * n}</p><p>{'中' * n}</p>", {"kind": "html"}


def _regex_worst(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    parts = [
        "2019-11-2" * scaled(111_112, scale),
        "Nov 25, 20 " * scaled(90_910, scale),
        "1.2.3.4." * scaled(125_000, scale),
        "三天天前" * scaled(250_000, scale),
        "a " * scaled(500_000, scale),
        "([{" * scaled(100_000, scale),
    ]
    return "\n".join(parts), {"kind": "text"}


def _regex_worst_short_lines(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    # The same runs, cut into lines of every length the lexicon rules admit.
    units = ["2019-11-2 ", "Nov 25, 20 ", "1.2.3.4.", "三天天前", "来源：", "by "]
    lines = [u * k for k in range(1, 60) for u in units]
    return "\n".join(lines * scaled(50, scale)), {"kind": "text"}


def _backtracking_lines(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    # Short lines that once made a lexicon rule backtrack exponentially ("4"*28 + "h": 11 s).
    units = ["4", "4 ", "1.", "a ", "- ", "2019-", "中", ">"]
    return "\n".join(u * k + "h" for u in units for k in (20, 30, 60, 200)), {"kind": "text"}


def _bidi(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    marks = "\u202e\u2066\u200b\u200d\ufeff\u061c\u00ad"
    return page(f"<p>{marks}{PROSE}{marks}</p><p>{PROSE}</p>"), {}


def _nested_items(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    # An item whose name is an item (once an endless recursion), 1500 deep.
    deep = '<span itemscope itemprop="name">' * 1500 + "Ann Lee" + "</span>" * 1500
    return page(
        f'<div itemscope itemprop="author"><span itemscope itemprop="name">Bob Ray</span></div>'
        f'<div itemscope itemprop="publisher">{deep}</div><p>{PROSE}</p><p>{PROSE}</p>'
    ), {}


def _not_a_path(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return 12345, {}


def _bad_kind(scale: float, env: str = "") -> tuple[Any, dict[str, Any]]:
    return ARTICLE, {"kind": "pdf"}


CASES: tuple[Case, ...] = (
    Case("empty-bytes", "zero bytes", _plain(b""), warns=(NO_ARTICLE,)),
    Case("empty-str", "an empty str", _plain(""), warns=(NO_ARTICLE,)),
    Case(
        "whitespace", "only spaces, tabs, newlines", _plain(b" \t\r\n" * 1000), warns=(NO_ARTICLE,)
    ),
    Case("png", "a PNG image", _png, errors.NotAPageError),
    Case("pdf", "a PDF document", _pdf, errors.NotAPageError),
    Case("gzip", "a gzip-compressed page (not decompressed by clean)", _gzip, errors.NotAPageError),
    Case("zlib", "10 MB of zeros deflated (a bomb, never inflated)", _zip_bomb_like,
         errors.NotAPageError),
    Case("random-bytes", "1 MiB of random bytes", _random, errors.NotAPageError, big=True),
    Case("nul-only", "only NUL bytes", _plain(b"\x00" * 4096), errors.NotAPageError),
    Case("nul-bytes", "NUL after every space of a page", _nuls,
         check=all_of(encodable, body_has("The committee met"))),
    Case("truncated-tag", "cut inside an attribute of an unclosed tag", _truncated,
         check=body_has("The committee met")),
    Case("truncated-script", "cut inside a script", _truncated_script,
         check=all_of(body_has("The committee met"), nowhere("var a"))),
    Case("invalid-utf8", "UTF-8 with invalid bytes", _invalid_utf8, warns=("U+FFFD",),
         check=body_has("The committee met")),
    Case("utf16-bom", "UTF-16 LE with a BOM", _utf16("utf-16-le", codecs.BOM_UTF16_LE),
         check=body_has("The committee met", "委员会")),
    Case("utf16be-nobom", "UTF-16 BE without a BOM", _utf16("utf-16-be", b""),
         check=body_has("The committee met", "委员会")),
    Case("utf32-bom", "UTF-32 LE with a BOM", _utf16("utf-32-le", codecs.BOM_UTF32_LE),
         check=body_has("The committee met", "委员会")),
    Case("utf32-nobom", "UTF-32 BE without a BOM", _utf16("utf-32-be", b""),
         check=body_has("The committee met", "委员会")),
    Case("lying-meta", "<meta charset=gb2312> on UTF-8 bytes", _lying_meta,
         warns=("disagrees",), check=body_has("委员会周二开会")),
    Case("lying-header", "an HTTP charset (shift_jis) that lies", _lying_header,
         warns=("disagrees",), check=body_has("委员会周二开会")),
    Case("utf7-declared", "a page declaring UTF-7 (never honoured)", _utf7,
         check=all_of(body_has("+ADw-b+AD4-"), lambda a: a.encoding != "utf-7")),
    Case("unknown-charset", "a charset label nobody knows", _unknown_charset,
         warns=("unknown charset",), check=body_has("委员会周二开会")),
    Case("mixed-encodings", "UTF-8 then GB18030 in one file", _mixed,
         check=all_of(encodable, body_has("The committee met"))),
    Case("xml-declares-utf32", "ASCII bytes whose XML declaration says UTF-32", _xml_declares_wide,
         check=body_has("The committee met")),
    Case("page-50mb", "a 50 MiB page of paragraphs (under the 64 MiB default)", _big_page,
         check=body_has("The committee met"), big=True),
    Case("over-max-bytes", "a page over the caller's max_bytes", _over_limit,
         errors.PageTooLargeError),
    Case("over-default-limit", "65 MiB, over the default max_bytes", _over_default,
         errors.PageTooLargeError, big=True),
    Case("line-10mb-text", "one 10 MiB line of text", _long_line_text, big=True,
         check=encodable),
    Case("line-10mb-html", "one 10 MiB paragraph of HTML", _long_line_html, big=True,
         check=encodable),
    Case("text-no-breaks", "a text dump with no line breaks", _no_breaks_text, big=True,
         check=encodable),
    Case("deep-div", "100,000 nested <div>, closed", _deep("div", True),
         check=body_has("The committee met")),
    Case("deep-unclosed-b", "100,000 unclosed <b>", _deep("b", False),
         check=body_has("The committee met")),
    Case("deep-table", "100,000 nested tables", _deep("table", True), check=encodable),
    Case("deep-template", "a 1,500-deep empty shell and a <template> of prose", _deep_template,
         check=body_has("The committee met")),
    Case("siblings-1m", "a million sibling elements", _siblings, big=True,
         check=body_has("The committee met")),
    Case("paragraphs-100k", "100,000 paragraphs", _paragraph_siblings, big=True,
         check=body_has("The committee met")),
    Case("table-spans", "rowspan/colspan of 2^53, negative and 20 digits", _span_table,
         check=body_has("The committee met")),
    Case("table-1m-cells", "a 1000 x 1000 table", _wide_table, big=True, check=encodable),
    Case("external-entity", "XML external entities and parameter entities naming a local file",
         lambda scale, env: (_external_entity(env), {}), check=nowhere(SECRET),
         setup=secret_file),
    Case("network-entity", "DTD, entities, base, img, script naming a local server",
         lambda scale, env: (_network(env), {}), check=body_has("The committee met"),
         setup=listener),
    Case("billion-laughs", "billion laughs (10^9 'lol' by entity expansion)", _billion_laughs,
         check=nowhere("lollol")),
    Case("parameter-laughs", "billion laughs with parameter entities", _parameter_laughs,
         check=nowhere("lollol")),
    Case("script-links", "javascript:/data:/vbscript: links and <base href=javascript:>",
         _script_links, check=all_of(no_script_links, body_has("The committee met"))),
    Case("script-links-no-url", "the same without a page url", _script_links_no_url,
         check=no_script_links),
    Case("frameset", "a frameset page", _frameset, check=encodable),
    Case("only-scripts", "only scripts", _only_scripts, warns=(NO_ARTICLE,),
         check=nowhere("document.write")),
    Case("listing", "an index page of links, no article", _listing, check=encodable),
    Case("lone-surrogates", "lone surrogates in a str", _lone_surrogates,
         check=all_of(encodable, body_has("The committee met"))),
    Case("lone-surrogates-text", "lone surrogates in a text dump", _lone_surrogates_text,
         warns=("lone surrogate",), check=all_of(encodable, body_has("The committee met"))),
    Case("controls", "C0 control characters in a str", _controls,
         check=all_of(encodable, nowhere("\\u0001", "\\u001f"), body_has("The committee met"))),
    Case("controls-bytes", "C0 control characters in bytes", _controls_bytes,
         check=all_of(encodable, body_has("The committee met"))),
    Case("bom-str", "a str that starts with a BOM", _bom_str,
         check=all_of(nowhere("\ufeff"), body_has("The committee met"))),
    Case("double-bom", "two UTF-8 BOMs", _double_bom, check=body_has("The committee met")),
    Case("deep-json-ld", "JSON-LD nested 100,000 deep", _deep_json_ld,
         check=body_has("The committee met")),
    Case("huge-attribute", "10 MiB class and id values", _huge_attribute, big=True,
         check=body_has("The committee met")),
    Case("many-attributes", "100,000 attributes on one element", _many_attributes, big=True,
         check=body_has("The committee met")),
    Case("br-100k", "100,000 <br> in a paragraph", _many_br, big=True, check=encodable),
    Case("bad-char-refs", "references to NUL, surrogates, beyond U+10FFFF", _entities,
         check=all_of(encodable, body_has("The committee met"))),
    Case("unclosed-comment", "a comment never closed", _unclosed_comment,
         check=all_of(nowhere(SECRET), body_has("The committee met"))),
    Case("unclosed-script-start", "a script opened first and never closed", _unclosed_script_start,
         big=True, check=nowhere("var x")),
    Case("many-titles", "1000 titles of 10,000 characters and a 100,000-character h1",
         _many_titles, big=True, check=encodable),
    Case("xml-svg", "an XML (SVG) document", _xml_not_html, check=encodable),
    Case("long-runs", "4 MiB runs of spaces, dots and one CJK character", _spaces, big=True,
         check=encodable),
    Case("regex-worst", "the regex worst cases as long lines", _regex_worst, big=True,
         check=encodable),
    Case("regex-worst-lines", "the regex worst cases in short lines of every length",
         _regex_worst_short_lines, big=True, check=encodable),
    Case("backtracking-lines", "digit runs ending in a letter, and the like (fuzz find)",
         _backtracking_lines, check=encodable),
    Case("bidi-invisible", "bidi overrides, zero-width and soft hyphens", _bidi,
         check=body_has("The committee met")),
    Case("nested-microdata", "microdata items named by items, 1500 deep", _nested_items,
         check=body_has("The committee met")),
    Case("not-a-source", "an int instead of a page", _not_a_path, errors.SourceError),
    Case("bad-kind", "kind='pdf'", _bad_kind, errors.ArgumentError),
)  # fmt: skip

BY_NAME = {case.name: case for case in CASES}
