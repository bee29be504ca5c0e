"""Walk an HTML tree once and cut its visible text into blocks.

A block ends wherever a browser would break the line: at block-level elements
and at <br>. Each block records the element that holds it, the share of its
text inside links, and its container in a structure.Tree with the hint its
class, id, role or tag gives.
"""

from __future__ import annotations

import lxml.etree

from ..blocks import Block
from ..structure import ROLE_HINTS, TAG_HINTS, Hint, HintRules, Tree, load_hints
from ..text.segment import clean_line
from .parse import Element, parse, text_of

SKIP_TAGS = frozenset(
    {
        "script", "style", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "select", "option", "textarea", "button", "input", "head",
        "map", "audio", "video", "source", "picture", "rt", "rp",
    }
)  # fmt: skip
# Class, id and itemprop values are read this far: names are short, a 10 MB
# class attribute is an attack or a bug.
MAX_NAMES_CHARS = 500
# Inline elements whose text sticks to the text before it.
GLUED_TAGS = frozenset({"sup", "sub"})
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul", "caption", "legend", "br",
    }
)  # fmt: skip


def _hint(element: Element, rules: HintRules) -> Hint:
    """What an element's class, id, itemprop, role and tag say it holds."""
    names = [
        name
        for attr in ("class", "id", "itemprop")
        if (value := element.get(attr))
        for name in value[:MAX_NAMES_CHARS].lower().split()
    ]
    if names:
        found = rules.hint_of_all(names)
        if found is not None:
            return found
    role = element.get("role")
    if role and role.lower() in ROLE_HINTS:
        return ROLE_HINTS[role.lower()]
    return TAG_HINTS.get(str(element.tag))


def _title(root: Element) -> str | None:
    title = root.find(".//title")
    if title is None:
        return None
    text = clean_line(text_of(title))
    return text or None


def segment(markup: str) -> tuple[list[Block], Tree]:
    """Cut an HTML page into blocks and their containers; the page <title> comes first."""
    root = parse(markup)
    return ([], Tree()) if root is None else segment_tree(root)


def segment_tree(root: Element) -> tuple[list[Block], Tree]:
    """Cut a parsed page into blocks and their containers; the page <title> comes first."""
    cutter = _Cutter(load_hints())
    title = _title(root)
    if title:
        cutter.blocks.append(Block(text=title, index=0, group=0, tag="title"))
    parts = cutter.parts
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str) or tag in SKIP_TAGS:
            if event == "start":
                walker.skip_subtree()
            elif element.tail:
                cutter.add(element.tail)
            continue
        if event == "start":
            if tag in BLOCK_TAGS:
                if parts:
                    cutter.flush()
                if tag != "br":
                    cutter.open(element)
            elif tag == "a":
                cutter.links += 1
            elif tag in GLUED_TAGS and element.text:  # m², H₂O
                cutter.add(element.text, glued=True)
                continue
            text = element.text
        else:
            if tag in BLOCK_TAGS:
                if parts:
                    cutter.flush()
                if tag != "br":
                    cutter.close()
            elif tag == "a":
                cutter.links -= 1
            text = element.tail
        if text:
            cutter.add(text)
    cutter.flush()
    return cutter.blocks, cutter.tree


class _Cutter:
    """Collects the text of the walk into blocks, one per run between block boundaries."""

    def __init__(self, rules: HintRules) -> None:
        self.rules = rules
        self.tree = Tree()
        self.blocks: list[Block] = []
        self.hints: dict[tuple[str | None, ...], Hint] = {}  # elements repeat their classes
        self.nodes: list[int] = []
        self.tags: list[str] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.links = 0  # depth of <a> elements around the walk

    def open(self, element: Element) -> None:
        """A block-level element starts: enter its node."""
        get = element.get
        key = (get("class"), get("id"), get("itemprop"), get("role"), element.tag)
        hints = self.hints
        if key in hints:
            hint = hints[key]
        else:
            hint = hints[key] = _hint(element, self.rules)
        nodes = self.nodes
        nodes.append(self.tree.add(nodes[-1] if nodes else -1, hint))
        self.tags.append(str(element.tag))

    def close(self) -> None:
        """A block-level element ends: leave its node."""
        if len(self.nodes) > 1:
            self.nodes.pop()
            self.tags.pop()

    def add(self, text: str, glued: bool = False) -> None:
        """Text in the current block; inline elements join without a space, as browsers do.

        Each call is a new text node, so an element boundary lies before it. A number
        that starts right after a Latin word or number across one gets a space:
        bylines and date widgets print "Jane Doe" and "3.11.2023", "Apr 04" and
        "2013" in separate elements that styles set apart.
        """
        parts = self.parts
        if text.isspace():
            if parts and parts[-1] != " ":
                parts.append(" ")
            return
        if parts and not glued and text[0].isdigit():
            last = parts[-1][-1]
            if last.isascii() and last.isalnum():
                parts.append(" ")
        parts.append(text)
        if self.links:
            self.link_chars += len(text.strip())

    def flush(self) -> None:
        """Turn the collected text into a block, when it holds any."""
        if not self.parts:
            return
        text = clean_line("".join(self.parts))
        if text and self.nodes:
            node = self.nodes[-1]
            self.blocks.append(
                Block(
                    text=text,
                    index=len(self.blocks),
                    group=self.tree.parent[node] + 1,
                    tag=self.tags[-1],
                    link_density=min(1.0, self.link_chars / max(1, len(text))),
                    node=node,
                )
            )
        self.parts.clear()
        self.link_chars = 0
