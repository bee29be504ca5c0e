"""Walk an HTML tree once and cut its visible text into blocks.

A block ends wherever a browser would break the line: at block-level elements
and at <br>. Each block records the element that holds it, the share of its
text inside links, and its container in a structure.Tree with the hint its
class, id, role or tag gives.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import lxml.html

from ..blocks import Block
from ..structure import ROLE_HINTS, TAG_HINTS, Hint, HintRules, Tree, load_hints
from ..text.segment import clean_line
from .parse import parse

SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "select", "option", "textarea", "button", "input", "head",
        "map", "audio", "video", "source", "picture",
    }
)  # fmt: skip
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul", "caption", "legend", "br",
    }
)  # fmt: skip


@dataclass(slots=True)
class _Pending:
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    tag: str = ""
    node: int = -1
    group: int = 0


def _hint(element: lxml.html.HtmlElement, rules: HintRules) -> Hint:
    """What an element's class, id, itemprop, role and tag say it holds."""
    names = " ".join(value for attr in ("class", "id", "itemprop") if (value := element.get(attr)))
    if names:
        found = rules.hint_of(names.lower())
        if found is not None:
            return found
    role = element.get("role")
    if role and role.lower() in ROLE_HINTS:
        return ROLE_HINTS[role.lower()]
    return TAG_HINTS.get(str(element.tag))


def _walk(
    root: lxml.html.HtmlElement,
) -> Iterator[tuple[str, str | None, lxml.html.HtmlElement, bool]]:
    """Yield ("open", None, el, in_link), ("text", text, el, in_link) and ("close", None, el, _)."""
    stack: list[tuple[lxml.html.HtmlElement, bool, bool]] = [(root, False, False)]
    while stack:
        element, in_link, closing = stack.pop()
        if closing:
            yield "close", None, element, in_link
            if element.tail:
                yield "text", element.tail, element, in_link
            continue
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag in SKIP_TAGS:
            if element.tail:
                yield "text", element.tail, element, in_link
            continue
        link = in_link or tag == "a"
        yield "open", None, element, link
        if element.text:
            yield "text", element.text, element, link
        stack.append((element, in_link, True))
        for child in reversed(element):
            stack.append((child, link, False))


def _title(root: lxml.html.HtmlElement) -> str | None:
    title = root.find(".//title")
    if title is None:
        return None
    text = clean_line(title.text_content())
    return text or None


def segment(markup: str) -> tuple[list[Block], Tree]:
    """Cut an HTML page into blocks and their containers; the page <title> comes first."""
    root = parse(markup)
    return ([], Tree()) if root is None else segment_tree(root)


def segment_tree(root: lxml.html.HtmlElement) -> tuple[list[Block], Tree]:
    """Cut a parsed page into blocks and their containers; the page <title> comes first."""
    rules = load_hints()
    tree = Tree()
    blocks: list[Block] = []
    title = _title(root)
    if title:
        blocks.append(Block(text=title, index=0, group=0, tag="title"))
    pending = _Pending()
    containers: dict[int, int] = {}

    def flush() -> None:
        text = clean_line(" ".join(pending.parts))
        if text:
            density = min(1.0, pending.link_chars / max(1, len(text)))
            blocks.append(
                Block(
                    text=text,
                    index=len(blocks),
                    group=pending.group,
                    tag=pending.tag,
                    link_density=density,
                    node=pending.node,
                )
            )
        pending.parts.clear()
        pending.link_chars = 0
        pending.tag = ""

    current: list[lxml.html.HtmlElement] = [root]
    nodes: list[int] = [tree.add(-1, _hint(root, rules))]
    for event, text, element, in_link in _walk(root):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "open" and tag in BLOCK_TAGS:
            flush()
            current.append(element)
            nodes.append(tree.add(nodes[-1], _hint(element, rules)))
        elif event == "close" and tag in BLOCK_TAGS:
            flush()
            if len(current) > 1:
                current.pop()
                nodes.pop()
        elif event == "text" and text:
            if not pending.parts:
                holder = current[-1]
                pending.tag = holder.tag if isinstance(holder.tag, str) else ""
                pending.node = nodes[-1]
                parent = holder.getparent()
                key = id(parent if parent is not None else holder)
                pending.group = containers.setdefault(key, len(containers) + 1)
            pending.parts.append(text)
            if in_link:
                pending.link_chars += len(text.strip())
    flush()
    return blocks, tree
