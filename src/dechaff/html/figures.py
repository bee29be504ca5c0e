"""The article's pictures: the images between its first and last body line.

An ``<img>`` inside the article's container, after some body line and before the last,
becomes a figure at its place: its url resolved against the page's (a lazy-loading
placeholder gives way to ``data-src`` or the first ``srcset`` candidate), its alt text,
and the text of its ``<figcaption>``. Icons, logos, avatars and tracking pixels are
passed over, and so are images in a box the markup names as boilerplate (related
stories, ads, share bars).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..article import Boilerplate
from ..document import BlockRole, BodyBlock
from .inline import resolve
from .parse import Element
from .tables import plain_text

IMAGE_SCHEMES = frozenset({"http", "https"})
# Attributes that lazy-loading scripts move the real url to, in the order they are read.
LAZY_SOURCES = ("data-src", "data-original", "data-lazy-src", "data-url", "data-actualsrc")
# A src that only holds the place of the picture until a script loads it.
PLACEHOLDER = re.compile(
    r"^data:|(?:^|[/_.-])(?:blank|placeholder|lazy|spacer|grey|gray)[._-]", re.I
)
# Words of a file name or path that say the image is page furniture, not a picture.
FURNITURE_WORDS = ("logo", "icon", "sprite", "avatar", "pixel", "spacer", "emoji", "badge")
_FURNITURE = re.compile(
    r"(?:^|[/_.=-])(?:" + "|".join(FURNITURE_WORDS) + r")(?:s|[/_.=-]|\d|$)", re.I
)
# Width or height at most this (pixels): a tracking pixel or a rule.
MAX_PIXEL_SIZE = 2
# Hints of a box that holds no picture of the article; captions and credits do.
PICTURE_HINTS = frozenset({Boilerplate.CAPTION, Boilerplate.CREDIT})


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure and where it goes: before body line ``at``; ``box`` is its <figure>."""

    at: int
    block: BodyBlock
    box: Element | None


def figures(
    container: Element,
    line_elements: Sequence[Element],
    base: str | None,
    hint_of: Callable[[Element], object],
) -> list[Figure]:
    """The figures among the body lines, whose elements are ``line_elements`` in order;
    ``hint_of`` gives what an element's class names say it holds."""
    if next(container.iter("img"), None) is None:
        return []
    last_line: dict[Element, int] = {}
    for index, element in enumerate(line_elements):
        last_line[element] = index
    tags = {str(element.tag) for element in last_line}
    found: list[Figure] = []
    after = 0
    for element in container.iter("img", *tags):
        if element in last_line:
            after = max(after, last_line[element] + 1)
        elif element.tag == "img" and 0 < after < len(line_elements):
            figure = _figure(element, container, base, hint_of)
            if figure is not None and not (found and found[-1].block.src == figure[0].src):
                found.append(Figure(after, *figure))
    return found


def _figure(
    img: Element, container: Element, base: str | None, hint_of: Callable[[Element], object]
) -> tuple[BodyBlock, Element | None] | None:
    src = _source(img, base)
    if src is None or _FURNITURE.search(src.split("?", 1)[0]) or _tiny(img):
        return None
    box = None
    parent = img.getparent()
    while parent is not None and parent is not container:
        hint = hint_of(parent)
        if isinstance(hint, Boilerplate) and hint not in PICTURE_HINTS:
            return None
        if box is None and parent.tag == "figure":
            box = parent
        parent = parent.getparent()
    caption = None
    if box is not None:
        for child in box.iter("figcaption"):
            caption = plain_text(child) or None
            break
    alt = " ".join((img.get("alt") or "").split()) or None
    return BodyBlock(BlockRole.FIGURE, caption or "", src=src, alt=alt, caption=caption), box


def _source(img: Element, base: str | None) -> str | None:
    """The image's url: src, else a lazy loader's attribute, else srcset's first."""
    candidates = [img.get("src")]
    if not candidates[0] or PLACEHOLDER.search(candidates[0]):
        candidates = [img.get(name) for name in LAZY_SOURCES]
        srcset = img.get("srcset") or img.get("data-srcset")
        if srcset and srcset.strip():
            candidates.append(srcset.strip().split(",")[0].split()[0])
    for candidate in candidates:
        if candidate and not PLACEHOLDER.search(candidate):
            url = resolve(base, candidate, IMAGE_SCHEMES)
            if url is not None:
                return url
    return None


def _tiny(img: Element) -> bool:
    for name in ("width", "height"):
        value = (img.get(name) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) <= MAX_PIXEL_SIZE:
            return True
    return False
