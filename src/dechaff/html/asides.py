"""An ``<aside>`` set among the article's own paragraphs is a box of the article, no sidebar.

HTML's ``<aside>`` is a sidebar when it stands beside the article, and a box of the article
(an infobox of data about its subject, a pull quote) when it stands inside it: Fandom's
portable infobox is ``<aside class="portable-infobox">`` in ``mw-parser-output``, among the
lead's paragraphs. Only the tag says sidebar, so only an aside whose class, id and role say
nothing loses that hint, and only when it holds rows of data (at least DATA_MIN_ROWS
elements of two short lines, a label over its value: "Species" / "Human") and its parent
holds a paragraph of prose of its own (at least PARAGRAPH_MIN_UNITS): a page's sidebar stands
beside the article's container, not among its paragraphs, and a photo, a video or a share bar
set in the article as an aside holds no such rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core.features import shape_of
from ..core.tree import Tree
from .parse import Element, text_of

PARAGRAPH_MIN_UNITS = 20
DATA_MIN_ROWS = 3
LABEL_MAX_UNITS = 4
VALUE_MAX_UNITS = 12


def boxes_of_article(tree: Tree, bare: Sequence[int]) -> list[int]:
    """The ``bare`` asides (nodes whose hint is their tag's alone) that hold rows of data and
    whose parent element holds a paragraph of prose."""
    element = tree.element
    if element is None:
        return []
    found: list[int] = []
    for node in bare:
        aside: Element = element(node)
        parent = aside.getparent()
        if parent is not None and _data_rows(aside) >= DATA_MIN_ROWS and _holds_paragraph(parent):
            found.append(node)
    return found


def _holds_paragraph(parent: Element) -> bool:
    """Whether one of the element's own children is a paragraph of prose."""
    for child in parent:
        if child.tag == "p":
            text = " ".join(text_of(child).split())
            if shape_of(text).units >= PARAGRAPH_MIN_UNITS:
                return True
    return False


def _data_rows(aside: Element) -> int:
    """How many of the aside's elements are a row of data: two child elements, a short
    label and its short value."""
    rows = 0
    for row in aside.iter():
        children = [child for child in row if isinstance(child.tag, str)]
        if len(children) != 2:
            continue
        label, value = (shape_of(" ".join(text_of(c).split())).units for c in children)
        if 0 < label <= LABEL_MAX_UNITS and 0 < value <= VALUE_MAX_UNITS:
            rows += 1
    return rows
