#!/usr/bin/env python3
"""Write the text-dump twin of each HTML fixture page of a set: the page's visible text in
document order, one line per block, as the text bench set's dumps (../shared/bench/data/text)
show it.

    python3 benchmarks/text_twins.py zhsites zhsites-text

The dump's form, as in the bench set's dumps: the ``<title>`` first, then a blank line; a
paragraph, heading, list or table stands between blank lines, a ``div``, list item or table
row starts a new line; a table row's cells are separated by a tab; a block holding nothing
but links (a menu, a list of links) gives one link a line. Scripts, styles, forms' inputs,
images (their ``alt`` is not visible) and elements hidden by ``display:none`` give nothing.

Each twin gets the HTML page's ``.gold.txt`` and ``.meta.json``; a field the visible text
cannot carry is overridden by ``TEXT_META`` below, written by hand: a ``site_name`` that
only the markup gave (a ``<meta name="SiteName">``, a logo's ``alt``) becomes what the text
shows, or null when it shows none.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

from lxml import html

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

SKIP = {"script", "style", "noscript", "template", "head", "input", "select", "textarea", "img"}
# Blocks that stand between blank lines (a browser draws them with margins).
SPACED = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre"}
BLOCKS = SPACED | {
    "div", "li", "tr", "section", "article", "main", "header", "footer", "nav", "aside",
    "form", "dl", "dt", "dd", "figure", "figcaption", "address", "center", "body",
}  # fmt: skip
SEPARATORS = re.compile(r"[\s|｜·/]*")
BLANK, BREAK = "\x00blank", "\x00break"

# Fields a text dump cannot carry, per twin: what the visible text shows instead. The
# notice's site name is its <meta name="SiteName">; its text names the site nowhere (its
# <title> is the headline alone, its logo an image) but as the holder of the copyright, and a
# copyright's holder is no site name (南岭县融媒体中心 版权所有 on the site 南岭融媒): null.
# Every other twin's text shows its site name (the <title>'s suffix or prefix).
TEXT_META: dict[str, dict[str, object]] = {"gov-hanweb-notice": {"site_name": None}}


def _hidden(el: html.HtmlElement) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or el.get("hidden") is not None


def _only_links(el: html.HtmlElement) -> bool:
    """A block of two or more links and nothing else but separators."""
    kids = [k for k in el if isinstance(k.tag, str)]
    if len(kids) < 2 or any(k.tag != "a" or len(k) for k in kids):
        return False
    loose = (el.text or "") + "".join(k.tail or "" for k in kids)
    return SEPARATORS.fullmatch(loose) is not None


def _walk(el: html.HtmlElement, out: list[str]) -> None:
    if not isinstance(el.tag, str) or el.tag in SKIP or _hidden(el):
        return
    tag = el.tag
    block = tag in BLOCKS
    mark = BLANK if tag in SPACED else BREAK
    if block:
        out.append(mark)
    if block and _only_links(el):
        for link in el:
            out.append(link.text_content())
            out.append(BREAK)
    elif tag == "tr":
        cells = [c for c in el if isinstance(c.tag, str) and c.tag in ("td", "th")]
        nested = any(d.tag in BLOCKS for c in cells for d in c.iterdescendants())
        for i, cell in enumerate(cells):
            if nested:
                out.append(BREAK)
            elif i:
                out.append("\t")
            _inline(cell, out)
    else:
        _inline(el, out)
    if block:
        out.append(mark)


def _inline(el: html.HtmlElement, out: list[str]) -> None:
    if el.text:
        out.append(el.text)
    for kid in el:
        if isinstance(kid.tag, str) and kid.tag == "br":
            out.append(BREAK)
        else:
            _walk(kid, out)
        if kid.tail:
            out.append(kid.tail)


def dump(page: bytes) -> str:
    """The visible text of an HTML page, one line per block."""
    root = html.fromstring(page)
    title = root.findtext(".//title") or ""
    out: list[str] = [title.strip(), BLANK]
    body = root.find("body")
    _walk(body if body is not None else root, out)
    lines: list[str] = []
    current = ""
    blank = False
    for piece in [*out, BREAK]:
        if piece in (BLANK, BREAK):
            text = re.sub(r"[ \n\r\f\v]+", " ", current).strip(" \t")
            if text:
                if blank and lines:
                    lines.append("")
                lines.append(text)
                blank = False
            current = ""
            blank = blank or piece == BLANK
        else:
            current += piece
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="the HTML fixture set, e.g. zhsites")
    parser.add_argument("target", help="the text fixture set to write, e.g. zhsites-text")
    args = parser.parse_args()
    src, dst = FIXTURES / args.source, FIXTURES / args.target
    dst.mkdir(exist_ok=True)
    for page in sorted(src.glob("*.html")):
        name = page.stem
        (dst / f"{name}.txt").write_text(dump(page.read_bytes()), encoding="utf-8")
        shutil.copyfile(src / f"{name}.gold.txt", dst / f"{name}.gold.txt")
        meta_file = src / f"{name}.meta.json"
        if meta_file.exists():
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
            meta.update(TEXT_META.get(name, {}))
            text = json.dumps(meta, ensure_ascii=False) + "\n"
            (dst / f"{name}.meta.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
