"""An author's box at the article's edge: a line naming a person, then a paragraph about
that person ("About Jane Doe" over "Jane Doe is a reporter who ...").

Such a paragraph reads as prose, so the region takes it in; and its words ("the founder
and CEO of ...", "a self proclaimed tech addict") are too many for a lexicon to list. What
gives it away is its shape: it opens with the name that the box's title a few blocks above
shows ("Author: Richard Darell", "About Joey Lehto", "John Biggs" over "Biggs is ...").
Only at the region's first or last paragraph, and only once in the region: a page of
profiles names many people the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.features import reads_as_prose
from .lexicon import Lexicon
from .settings import BIO_BOX_LINES, BIO_TITLE_REACH

_WORD = re.compile(r"\w+")


def _first_match(patterns: Sequence[re.Pattern[str]], text: str) -> re.Match[str] | None:
    return next((m for m in (p.match(text) for p in patterns) if m), None)


def _title_above(
    blocks: Sequence[Block], titles: Sequence[re.Pattern[str]], name: str, index: int, floor: int
) -> int | None:
    """The box's title within BIO_TITLE_REACH blocks above ``index`` (not above ``floor``):
    a line of ``titles`` (a person's names, maybe after "About" or "Author:") that ``name``
    calls the person by."""
    wanted = _WORD.findall(name.casefold())
    for j in range(index - 1, max(index - 1 - BIO_TITLE_REACH, floor - 1), -1):
        match = _first_match(titles, blocks[j].text.strip())
        if match is not None and _calls(wanted, match):
            return j
    return None


def _calls(wanted: list[str], title: re.Match[str]) -> bool:
    """True when a bio calls the person of the title by their full name or surname, or by
    the first name when a label vouches for a person or the name has two words ("Golem"
    opens no box titled "Golem Python API")."""
    names = _WORD.findall(title["author"].casefold())
    if wanted == names or wanted == names[-1:]:
        return True
    labelled = title.groupdict().get("label") is not None
    return wanted == names[:1] and (labelled or len(names) == 2)


def _boxes(
    blocks: Sequence[Block],
    patterns: tuple[Sequence[re.Pattern[str]], Sequence[re.Pattern[str]]],
    kinds: Sequence[Boilerplate | None],
    region: tuple[int, int],
    floor: int,
) -> list[tuple[int, int]]:
    """(title, paragraph) of every author's box among the region's paragraphs; none unless
    its first or last paragraph is one (the others are read only then)."""
    opening, titles = patterns

    def box_at(i: int) -> tuple[int, int] | None:
        match = _first_match(opening, blocks[i].text)
        title = None if match is None else _title_above(blocks, titles, match["author"], i, floor)
        return None if title is None else (title, i)

    prose = [i for i in range(*region) if kinds[i] is None and reads_as_prose(blocks[i].shape)]
    if not prose or (box_at(prose[0]) is None and box_at(prose[-1]) is None):
        return []
    return [box for box in map(box_at, prose) if box is not None]


def _headed_box(
    blocks: Sequence[Block],
    headings: Sequence[re.Pattern[str]],
    kinds: Sequence[Boilerplate | None],
    region: tuple[int, int],
) -> tuple[tuple[int, int], range]:
    """The region without a box its heading names a bio ("About the author") at its end:
    the heading within BIO_BOX_LINES of the end, with less prose below it than above."""
    start, end = region
    for i in range(end - 1, max(start, end - 1 - BIO_BOX_LINES), -1):
        if any(p.match(blocks[i].text.strip()) for p in headings):
            below = _prose(blocks, kinds, range(i + 1, end))
            if below and _prose(blocks, kinds, range(start, i)) > below:
                return (start, i), range(i, end)
            break
    return region, range(0)


def _prose(blocks: Sequence[Block], kinds: Sequence[Boilerplate | None], span: range) -> int:
    """The units of the paragraphs of prose in span that are body."""
    return sum(
        blocks[i].units for i in span if kinds[i] is None and reads_as_prose(blocks[i].shape)
    )


def author_box(
    blocks: Sequence[Block],
    lexicon: Lexicon,
    headline: int | None,
    kinds: Sequence[Boilerplate | None],
    region: tuple[int, int],
) -> tuple[tuple[int, int], range]:
    """The region without an author's box at its first or last paragraph, and the box's
    lines. The paragraph opens with a name and "is" (the lexicon's ``bio_author``), the
    title (``bio_title``) lies below the headline, and the article's prose outweighs the
    bio."""
    start, end = region
    floor = 0 if headline is None else headline + 1
    patterns = (lexicon.field("bio_author"), lexicon.field("bio_title"))
    boxes = _boxes(blocks, patterns, kinds, region, floor)
    if not boxes:
        return _headed_box(blocks, lexicon.field("bio_heading"), kinds, region)
    if len(boxes) != 1:
        return region, range(0)
    title, bio = boxes[0]
    units = blocks[bio].units
    if title >= start and not _prose(blocks, kinds, range(bio + 1, end)):
        if _prose(blocks, kinds, range(start, title)) < units:
            return region, range(0)
        return (start, title), range(title, end)
    if not _prose(blocks, kinds, range(start, bio)):
        if _prose(blocks, kinds, range(bio + 1, end)) < units:
            return region, range(0)
        return (bio + 1, end), range(max(start, title), bio + 1)
    return region, range(0)
