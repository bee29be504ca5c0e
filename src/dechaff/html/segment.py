"""Walk an HTML tree once and cut its visible text into blocks.

A block ends wherever a browser would break the line: at block-level elements
and at <br>. Each block records the element that holds it, the share of its
text inside links, and its container in a structure.Tree with the hint its
class, id, role or tag gives.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

import lxml.etree

from ..article import Boilerplate
from ..core.blocks import Block, clean_line
from ..core.features import shape_of
from ..core.tree import Hint, Tree
from . import speedups
from .asides import boxes_of_article
from .hints import ROLE_HINTS, TAG_HINTS, HintRules, load_hints
from .parse import Element, parse, text_of

SKIP_TAGS = frozenset(
    {
        "script", "style", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "textarea", "input", "head",
        "map", "audio", "video", "source", "picture", "rt", "rp",
    }
)  # fmt: skip
# Form controls: their labels are not page text, so they are skipped like SKIP_TAGS, unless
# one is a parse artifact. libxml2 nests the rest of the page inside a control when a <div>
# opened in it is never closed: it ignores the control's end tag. A control's own content is
# a few elements (an icon, a label, an accordion's question, at most a <div> or a heading),
# never a landmark of the page. One holding a PAGE_TAGS element, or more than
# CONTROL_MAX_ELEMENTS elements with a block-level one, among its first
# CONTROL_MAX_ELEMENTS + 1, holds the page: it is walked as inline markup.
CONTROL_TAGS = frozenset({"button", "select", "option"})
PAGE_TAGS = frozenset({"article", "aside", "footer", "header", "main", "nav", "section"})
CONTROL_MAX_ELEMENTS = 64
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

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A table cell whose one paragraph holds its text: the paragraph takes the cell's tag.
CELL_TAGS = frozenset({"td", "th"})
# The first <title> in page order. Not root.find(".//title"): lxml's iterators look ahead
# for the next match, so find walks the whole page past the title to see there is none.
_FIRST_TITLE = lxml.etree.XPath("descendant::title[1]")

# What each tag does to the walk; tags not named here are inline (their text joins the line).
_INLINE, _BLOCK, _SKIP, _LINK, _BREAK, _GLUED, _CONTROL = range(7)
_ROLES: dict[object, int] = {
    **dict.fromkeys(BLOCK_TAGS, _BLOCK),
    **dict.fromkeys(SKIP_TAGS, _SKIP),
    **dict.fromkeys(GLUED_TAGS, _GLUED),
    **dict.fromkeys(CONTROL_TAGS, _CONTROL),
    "a": _LINK,
    "br": _BREAK,
    # comments, processing instructions and entities: their text is never shown
    lxml.etree.Comment: _SKIP,
    lxml.etree.ProcessingInstruction: _SKIP,
    lxml.etree.Entity: _SKIP,
}


# What a container's hint is read from: its class, id, itemprop, role and tag.
Key = tuple[str | None, str | None, str | None, str | None, str]
_UNKNOWN = "?"  # no hint is this string: a key not seen yet
# the kinds a heading's slug of an id may say by chance ("...-is-time", "nav-...")
_ANCHOR_WORDS = (Boilerplate.NAVIGATION, Boilerplate.METADATA)


def _hint(key: Key, rules: HintRules) -> Hint:
    """What an element's class, id, itemprop, role and tag (its key, in that order) say it holds."""
    cls, ident, itemprop, role, tag = key
    names = _names(cls) if cls else []
    if ident:
        id_names = _names(ident)
        # a heading's id that says navigation or metadata is the anchor a table of contents
        # jumps to, the heading's words ("nav_nur_die_folie", "heading-width-is-time"), not
        # a menu or a post's data
        if tag not in _HEADINGS or rules.hint_of_all(id_names) not in _ANCHOR_WORDS:
            names += id_names
    if itemprop:
        names += _names(itemprop)
    if names:
        found = rules.hint_of_all(names)
        if found is not None:
            return found
    if role and role.lower() in ROLE_HINTS:
        return ROLE_HINTS[role.lower()]
    return TAG_HINTS.get(str(tag))


def hint_of_element(element: Element) -> Hint:
    """What an element's class, id, itemprop, role and tag say it holds."""
    get = element.get
    key = (get("class"), get("id"), get("itemprop"), get("role"), str(element.tag))
    return _hint(key, load_hints())


def _names(value: str | None) -> list[str]:
    """The lowercased names of one class, id or itemprop value, without utility classes."""
    if not value:
        return []
    names = value[:MAX_NAMES_CHARS].lower().split()
    if "[" in value or ":" in value:
        # a utility class with a variant or an arbitrary value ("lg:pt-[calc(--banner-h)]",
        # "hover:underline") styles the element and says nothing of what it holds
        return [name for name in names if "[" not in name and ":" not in name]
    return names


def _title(root: Element) -> str | None:
    found = _FIRST_TITLE(root)
    title = found[0] if isinstance(found, list) and found else None
    if not isinstance(title, Element):
        return None
    text = clean_line(text_of(title))
    return text or None


def segment(markup: str) -> tuple[list[Block], Tree]:
    """Cut an HTML page into blocks and their containers; the page <title> comes first."""
    root = parse(markup)
    return ([], Tree()) if root is None else segment_tree(root)


def _element_of(elements: list[Element]) -> Callable[[int], Element]:
    """Node n's element, raising IndexError off the list as the C walk does (a list would
    read node -1, a block with no element, as the page's last element)."""

    def element(node: int) -> Element:
        if not 0 <= node < len(elements):
            raise IndexError(node)
        return elements[node]

    return element


def segment_tree(root: Element) -> tuple[list[Block], Tree]:
    """Cut a parsed page into blocks and their containers; the page <title> comes first."""
    blocks: list[Block] = []
    tree = Tree()
    title = _title(root)
    if title:
        blocks.append(Block(text=title, index=0, group=0, tag="title"))
    ctree = speedups.ctree
    if ctree is not None:
        walked = ctree.walk(root, _ROLES, clean_line, Block, shape_of, blocks, tree.parent)
        keys = walked.keys(blocks, tree.parent)
        tree.element = walked.element
    else:
        elements: list[Element] = []
        keys = walk_python(root, blocks, tree.parent, elements)
        tree.element = _element_of(elements)
    rules = load_hints()
    tree.hint.extend(_hints(keys, rules))
    for node in boxes_of_article(tree, _bare_asides(keys, rules)):
        tree.hint[node] = None
    _cell_paragraphs(blocks, tree)
    return blocks, tree


def _cell_paragraphs(blocks: list[Block], tree: Tree) -> None:
    """Give a table cell's one paragraph the cell's tag (``<td><p>KiB</p></td>``).

    Documentation generators wrap each cell's text in a paragraph; read as a ``p`` the
    table's short lines would cost a short line's score each, not a data table's. Only in a
    table with a head (``thead``): a shop's table of specifications is read as it was.
    """
    element, parent_of = tree.element, tree.parent_of
    if element is None:
        return
    for block in blocks:
        if block.tag != "p":
            continue
        parent = parent_of(block.node)
        cell = element(parent) if parent >= 0 else None
        if cell is not None and cell.tag in CELL_TAGS and len(cell) == 1 and _headed(cell):
            block.tag = cell.tag


def _headed(cell: Element) -> bool:
    """Whether the cell's table has a head (``thead``): a table of data, not of layout."""
    table = cell.getparent()
    for _ in range(2):
        if table is None or table.tag == "table":
            break
        table = table.getparent()
    return table is not None and table.tag == "table" and table.find("thead") is not None


def walk_python(
    root: Element, blocks: list[Block], parents: list[int], elements: list[Element] | None = None
) -> list[Key | None]:
    """Cut the tree into blocks, appended to blocks; each container's parent goes to parents
    and, when given, its element to ``elements`` (the C walk's ``Walk.element``).

    Returns each container's (class, id, itemprop, role, tag), read only for the
    containers that hold a block: no block inherits a hint from a container without one
    (structure.block_hints passes them over), and reading class names costs. The C
    extension's walk (speedups.ctree) does the same on libxml2's nodes.
    """
    cutter = _Cutter(blocks, parents)
    cutter.walk(root)
    if elements is not None:
        elements.extend(cutter.elements)
    holds = [False] * len(parents)
    for block in blocks:
        node = block.node
        while node >= 0 and not holds[node]:  # up to the first container already marked
            holds[node] = True
            node = parents[node]
    keys: list[Key | None] = []
    for element, held in zip(cutter.elements, holds, strict=True):
        if held:
            get = element.get
            keys.append((get("class"), get("id"), get("itemprop"), get("role"), str(element.tag)))
        else:
            keys.append(None)
    return keys


def _hints(keys: list[Key | None], rules: HintRules) -> list[Hint]:
    """Each container's hint from its key; None for a container without one."""
    known: dict[Key, Hint] = {}  # elements repeat their classes
    hints: list[Hint] = []
    add = hints.append
    for key in keys:
        if key is None:
            add(None)
            continue
        hint = known.get(key, _UNKNOWN)  # one lookup: a tuple's hash is not kept
        if hint is _UNKNOWN:
            hint = known[key] = _hint(key, rules)
        add(hint)
    return hints


def _bare_asides(keys: list[Key | None], rules: HintRules) -> list[int]:
    """The nodes of asides whose class, id, itemprop and role give no hint: their tag's
    hint alone says sidebar (asides.boxes_of_article)."""
    return [
        node
        for node, key in enumerate(keys)
        if key is not None and key[4] == "aside" and _hint((*key[:4], ""), rules) is None
    ]


def holds_page(control: Element) -> bool:
    """True when a form control is the parse artifact CONTROL_TAGS describes."""
    seen = 0
    block = False
    for element in islice(control.iterdescendants(lxml.etree.Element), CONTROL_MAX_ELEMENTS + 1):
        tag = element.tag
        if tag in PAGE_TAGS:
            return True
        seen += 1
        block = block or _ROLES.get(tag) is _BLOCK
    return block and seen > CONTROL_MAX_ELEMENTS


class _Cutter:
    """Collects the text of the walk into blocks, one per run between block boundaries."""

    __slots__ = ("blocks", "elements", "link_chars", "nodes", "parts", "tags", "tree_parent")

    def __init__(self, blocks: list[Block], tree_parent: list[int]) -> None:
        self.tree_parent = tree_parent
        self.blocks = blocks
        self.elements: list[Element] = []  # each node's element, read once the walk is done
        self.nodes: list[int] = []  # the open block-level elements' nodes, innermost last
        self.tags: list[str] = []  # and their tags
        self.parts: list[str] = []
        self.link_chars = 0

    def walk(self, root: Element) -> None:
        """Walk the tree once, in document order, cutting blocks at block-level elements.

        One loop with its state in locals: this runs for every element of every page.
        Each text is a new text node, so an element boundary lies before it: inline
        elements join without a space, as browsers do, but a number that starts right
        after a Latin word or number gets one (bylines and date widgets print
        "Jane Doe" and "3.11.2023", "Apr 04" and "2013" in elements that styles set apart).
        """
        parts = self.parts
        add_part = parts.append
        flush, open_block, add_text = self.flush, self.open_block, self.add_text
        roles = _ROLES
        nodes, tags = self.nodes, self.tags  # the open block-level elements
        links = 0  # depth of <a> elements around the walk
        walker = lxml.etree.iterwalk(root, events=("start", "end"))
        for event, element in walker:
            tag = element.tag
            role = roles.get(tag, _INLINE)
            if event == "start":
                if role is _INLINE:
                    text = element.text
                elif role is _BLOCK:
                    open_block(element, tag)
                    text = element.text
                elif role is _SKIP:
                    walker.skip_subtree()
                    continue
                elif role is _LINK:
                    links += 1
                    text = element.text
                elif role is _BREAK:
                    if parts:
                        flush()
                    continue
                elif role is _CONTROL:
                    if not holds_page(element):
                        walker.skip_subtree()
                        continue
                    text = element.text
                else:  # _GLUED: m², H₂O
                    text = element.text
                    if text and not text.isspace():
                        add_part(text)
                        if links:
                            self.link_chars += len(text.strip())
                        continue
            else:
                if role is _BLOCK:
                    if parts:
                        flush()
                    if len(nodes) > 1:  # the root's node stays open for stray text
                        nodes.pop()
                        tags.pop()
                elif role is _LINK:
                    links -= 1
                text = element.tail
            if text:
                add_text(text, links)
        flush()

    def open_block(self, element: Element, tag: str) -> None:
        """Start a block-level element: end the block before it, and make it a node."""
        if self.parts:
            self.flush()
        tree_parent = self.tree_parent
        tree_parent.append(self.nodes[-1] if self.nodes else -1)
        self.elements.append(element)
        self.nodes.append(len(tree_parent) - 1)
        self.tags.append(tag)

    def add_text(self, text: str, links: int) -> None:
        """Add one text (an element's text or tail) to the collected parts."""
        parts = self.parts
        if text.isspace():
            if parts and parts[-1] != " ":
                parts.append(" ")
            return
        if parts and text[0].isdigit():
            last = parts[-1][-1]
            if last.isascii() and last.isalnum():
                parts.append(" ")
        parts.append(text)
        if links:
            self.link_chars += len(text.strip())

    def flush(self) -> None:
        """Turn the collected text into a block, when it holds any."""
        parts = self.parts
        text = clean_line("".join(parts))
        parts.clear()
        nodes = self.nodes
        if text and nodes:
            blocks = self.blocks
            node = nodes[-1]
            blocks.append(
                Block(
                    text,
                    len(blocks),
                    self.tree_parent[node] + 1,
                    self.tags[-1],
                    min(1.0, self.link_chars / len(text)),
                    node,
                )
            )
        self.link_chars = 0
