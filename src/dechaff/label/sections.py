"""Related and comments sections: where they end the article, which boxes sit inside it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.dates import find_dates
from ..core.features import reads_as_prose, reads_as_sentences
from ..core.tree import Tree
from .contents import contents_lines
from .lexicon import NO_KINDS, Lexicon, ZoneKinds
from .recipe import beside_fact
from .settings import (
    BOX_TAGS,
    BYLINE_MAX_UNITS,
    COMMENT_RUN_LINES,
    COMMENTS_MIN_BEFORE,
    HEADINGS,
    LINE_LABEL_MAX_CHARS,
    LINK_DENSITY_MAX,
    LINKED_LINE_MIN_UNITS,
    MENU_MIN_LINES,
    PROSE_PER_LINK,
    RELATED_LABEL_WORDS,
    RELATED_WINDOW,
    REPEATED_RELATED,
    TEASER_LINK_SHARE,
    TEASER_MIN_LINKS,
    TEASER_WINDOW,
)


def _reads_as_teasers(blocks: Sequence[Block]) -> bool:
    """True when a run of blocks is a list of linked headlines with summaries, not an article."""
    linked = sum(1 for b in blocks if b.link_density > LINK_DENSITY_MAX)
    prose = sum(1 for b in blocks if reads_as_prose(b.shape) and b.link_density <= LINK_DENSITY_MAX)
    return linked >= TEASER_MIN_LINKS and linked >= prose


def _teasers_below(blocks: Sequence[Block], label: int, end: int, toc: set[int]) -> bool:
    """Whether the TEASER_WINDOW lines below a related label read as teasers, a table of
    contents' entries (``toc``, linking the headings below) left out: the linked lines
    further down (a plan box, a product card) tell nothing of the label."""
    below = [b for b in blocks[label + 1 : end] if b.index not in toc]
    return _reads_as_teasers(below[:TEASER_WINDOW])


def _opens_content(below: Sequence[Block]) -> bool:
    """True when the blocks right below a related label are the page's own text, not teasers:
    at least TEASER_MIN_LINKS lines that are not a third linked and fewer that are (a plan's
    "Recommended" badge, a "Top savings" title over terms, "Top picks" over a table). A
    related section is a list of links; a text dump has none to tell, so only HTML asks."""
    window = below[:RELATED_WINDOW]
    linked = sum(1 for b in window if b.link_density >= TEASER_LINK_SHARE)
    unlinked = sum(1 for b in window if b.link_density < TEASER_LINK_SHARE)
    return linked < TEASER_MIN_LINKS and unlinked >= TEASER_MIN_LINKS


def _box_of(blocks: Sequence[Block], tree: Tree | None, index: int) -> range | None:
    """The blocks of the box that holds a heading or a "Read more" line (its parent element).

    The box starts before the line when the line closes it: a teaser card's headline and
    summary come before the card's own "Read more".
    """
    if tree is None:
        return None
    node = blocks[index].node
    # a heading or a line opens its parent's box; a box element (aside, div) is its own
    parent = node if blocks[index].tag in BOX_TAGS else tree.parent_of(node)
    if parent < 0:
        return None
    last = tree.last_descendant(parent)
    first = index
    while first > 0 and parent <= blocks[first - 1].node <= last:
        first -= 1
    end = index + 1
    while end < len(blocks) and parent <= blocks[end].node <= last:
        end += 1
    return range(first, end)


def _article_goes_on(
    blocks: Sequence[Block], tree: Tree, start: int, box: int, box_end: int, end: int
) -> bool:
    """True when the article's prose goes on below a box: in the same container as the
    prose above it (see _continues_in), or in a sibling container that is no teaser list
    (with COMMENTS_MIN_BEFORE words of prose)."""
    before = next((b for b in reversed(blocks[start:box]) if reads_as_prose(b.shape)), None)
    if before is None:
        return False
    if _continues_in(blocks[box_end:end], before.group):
        return True
    after = [b for b in blocks[box_end:end] if reads_as_prose(b.shape)]
    if not after or sum(b.units for b in after) < COMMENTS_MIN_BEFORE:
        return False
    above = tree.parent_of(tree.parent_of(before.node))
    below = tree.parent_of(tree.parent_of(after[0].node))
    return above >= 0 and above == below and not _reads_as_teasers(blocks[box_end:end])


def _links_one_story(line: Block) -> bool:
    """True for a related line that names its story after a label and a colon ("SEE MORE:
    Hong Kong protests ..."), not a bare label ("Read more"), a heading or a section title."""
    label, colon, story = line.text.partition(":")
    if not colon:
        label, colon, story = line.text.partition("：")
    return (
        bool(colon)
        and line.tag not in HEADINGS
        and line.units >= LINKED_LINE_MIN_UNITS
        and len(label) <= LINE_LABEL_MAX_CHARS
        and bool(story.strip())
    )


def _label_of(line: Block) -> str:
    """A related line's label: its first words, lowercased ("more on" of "More on Foetus")."""
    return " ".join(line.text.lower().split()[:RELATED_LABEL_WORDS])


def _prose_below(blocks: Sequence[Block], index: int, end: int) -> bool:
    """True when a paragraph of prose follows the line before the region ends."""
    return any(
        reads_as_prose(b.shape) and b.link_density <= LINK_DENSITY_MAX
        for b in blocks[index + 1 : end]
    )


def _heading_section(
    blocks: Sequence[Block], tree: Tree | None, index: int, end: int
) -> range | None:
    """The section a related heading opens inside the article's own container, when the
    article goes on after it: the heading and the teaser links under it, up to the first
    paragraph of prose or the next heading of its level or above ("More great recipes",
    its links, then the recipe card). None when it is not such a section."""
    heading = blocks[index]
    if tree is None or heading.tag not in HEADINGS:
        return None
    stop = index + 1
    while stop < end:
        block = blocks[stop]
        if block.tag in HEADINGS and block.tag <= heading.tag:
            break
        if block.link_density <= LINK_DENSITY_MAX and reads_as_prose(block.shape):
            break
        stop += 1
    if stop >= end or not _reads_as_teasers(blocks[index + 1 : stop]):
        return None
    container = tree.parent_of(heading.node)
    if container < 0:
        return None
    last = tree.last_descendant(container)
    after = [b for b in blocks[stop:end] if container <= b.node <= last]
    prose = [b for b in after if b.link_density <= LINK_DENSITY_MAX and reads_as_prose(b.shape)]
    linked = sum(1 for b in after if b.link_density > LINK_DENSITY_MAX)
    if linked >= TEASER_MIN_LINKS and linked * PROSE_PER_LINK >= len(prose):
        return None  # more headlines with their summaries
    return range(index, stop) if sum(b.units for b in prose) >= COMMENTS_MIN_BEFORE else None


def _line_goes_on(blocks: Sequence[Block], start: int, index: int, end: int) -> bool:
    """True when a related line ("Related: ...", "READ MORE: ...") sits between paragraphs
    of its own container: the prose just above it and the prose below it are its siblings."""
    line = blocks[index]
    before = next((b for b in reversed(blocks[start:index]) if reads_as_prose(b.shape)), None)
    return (
        before is not None
        and before.group == line.group
        and _continues_in(blocks[index + 1 : end], line.group)
        and not _reads_as_teasers(blocks[index + 1 : end])
    )


def _continues_in(below: Sequence[Block], group: int) -> bool:
    """True when the first paragraph below a box or line is in ``group`` and either finishes
    a sentence (a last one may be sparsely punctuated: "... while the crew -- padded with
    extra fat -- sleeps.") or opens COMMENTS_MIN_BEFORE words of prose."""
    first = next((b for b in below if reads_as_prose(b.shape) or reads_as_sentences(b.shape)), None)
    if first is None or first.group != group:
        return False
    if reads_as_sentences(first.shape):
        return True
    return sum(b.units for b in below if reads_as_prose(b.shape)) >= COMMENTS_MIN_BEFORE


def _inline_box(
    blocks: Sequence[Block],
    tree: Tree | None,
    labels: Counter[str],
    region: range,
    i: int,
) -> range | None:
    """The blocks to cut out for the related line at ``i`` when the article goes on past
    it, or None when it may end the article: one item's own link of a list of items
    ("More on <artist>" under each review), its teaser box, the section of links its
    heading opens, or the line alone between paragraphs of its container."""
    start, end = region.start, region.stop
    if (
        tree is not None
        and labels[_label_of(blocks[i])] >= REPEATED_RELATED
        and _prose_below(blocks, i, end)
    ):
        return range(i, i + 1)
    box = _box_of(blocks, tree, i)
    if (
        box is not None
        and tree is not None
        and box.start >= start
        and _article_goes_on(blocks, tree, start, box.start, box.stop, end)
    ):
        # a line that closes no teaser card takes none of the paragraphs above it
        return range(i, i + 1) if _links_one_story(blocks[i]) and box.stop == i + 1 else box
    section = _heading_section(blocks, tree, i, end)
    if section is not None:
        return section
    return range(i, i + 1) if _line_goes_on(blocks, start, i, end) else None


def _jumps_to_comments(blocks: Sequence[Block], index: int, before: int, total: int) -> bool:
    """True for a comments label that is a link (a byline's "Comments" or "12 comments")
    above most of the region's text, with no dated line (a comment's "Name, date") before
    the next paragraph: it points down to the comments, it heads none."""
    if blocks[index].link_density <= LINK_DENSITY_MAX or before >= total - before:
        return False
    for block in blocks[index + 1 :]:
        if reads_as_prose(block.shape):
            return True
        if block.units <= BYLINE_MAX_UNITS and find_dates(block.text):
            return False
    return False


def cut_at_section(
    blocks: Sequence[Block],
    hits: Sequence[Boilerplate | None],
    start: int,
    end: int,
    tree: Tree | None = None,
    named: tuple[Sequence[ZoneKinds], Lexicon] | None = None,
) -> tuple[int, list[range]]:
    """End the region at a comments heading after some prose, or at a related heading.

    A linked comments label above most of the prose (a byline's jump link) ends nothing.
    With ``named`` (the kinds after the containers' hints, the lexicon), so do a run of
    lines named comments and, below most of the prose, a post's closing data (a line of
    ``field.post_end``).

    A related heading ends the article when most of the prose came before it, or
    when what follows is a teaser list (a headline link above each summary). A
    related heading whose own box (its parent element) closes before article
    prose goes on is an inline box: the box is cut out, the article goes on. So is
    a related line between two paragraphs of its own container, alone.
    Returns the new end and the inline boxes.
    """
    if named is not None:
        end = _before_comments(blocks, named[0], start, end)
        end = _before_post_end(blocks, named[1], start, end)
    before = 0
    total = sum(b.units for b in blocks[start:end])
    boxes: list[range] = []
    labels = Counter(
        _label_of(blocks[k]) for k in range(start, end) if hits[k] is Boilerplate.RELATED
    )
    # a table of contents' entries link the headings below: no teasers of other pages
    toc = set(contents_lines(blocks, start, end))
    i = start
    while i < end:
        if (
            hits[i] is Boilerplate.COMMENTS
            and before >= COMMENTS_MIN_BEFORE
            and not _jumps_to_comments(blocks, i, before, total)
        ):
            return i, boxes
        if hits[i] is Boilerplate.RELATED:
            box = _inline_box(blocks, tree, labels, range(start, end), i)
            if box is not None:
                boxes.append(box)
                before += sum(b.units for b in blocks[i : box.stop])
                i = box.stop
                continue
            if tree is not None and _opens_content(blocks[i + 1 :]):
                before += blocks[i].units
                i += 1
                continue
            if before >= total - before or (
                before >= COMMENTS_MIN_BEFORE and _teasers_below(blocks, i, end, toc)
            ):
                return i, boxes
        before += blocks[i].units
        i += 1
    return end, boxes


def _before_post_end(blocks: Sequence[Block], lexicon: Lexicon, start: int, end: int) -> int:
    """The region's end at a post's closing data ("Tags: ...", ``field.post_end``) below
    most of its prose: what follows is another box (a game's description, a profile); not
    beside a recipe card's detail line (recipe.beside_fact)."""
    may_close = lexicon.any_field("post_end")
    closing = [
        i
        for i in range(start, end)
        if blocks[i].units <= BYLINE_MAX_UNITS and may_close(blocks[i].text)
    ]
    if not closing:
        return end
    patterns = lexicon.field("post_end")
    prose = [b.units if reads_as_prose(b.shape) else 0 for b in blocks[start:end]]
    total = sum(prose)
    for i in closing:
        before = sum(prose[: i - start])
        if (
            before >= max(COMMENTS_MIN_BEFORE, total - before)
            and any(p.match(blocks[i].text) for p in patterns)
            and not beside_fact(blocks, i, lexicon, (start, end))
        ):
            return i
    return end


def _before_comments(
    blocks: Sequence[Block], zone_kinds: Sequence[ZoneKinds], start: int, end: int
) -> int:
    """The region's end at a run of COMMENT_RUN_LINES lines named comments (by a rule or by
    their container's hint) once COMMENTS_MIN_BEFORE units came before: a thread of comments
    with no heading a rule knows ("{ 20 comments... read them below }"), which one long
    comment further down would otherwise pull into the article."""
    before = run = 0
    for i in range(start, end):
        if zone_kinds[i].body is Boilerplate.COMMENTS:
            run += 1
            if run >= COMMENT_RUN_LINES and before >= COMMENTS_MIN_BEFORE:
                return i + 1 - run
            continue
        before += blocks[i].units + sum(b.units for b in blocks[i - run : i])
        run = 0
    return end


def menu_entries(blocks: Sequence[Block], tree: Tree, zone_kinds: Sequence[ZoneKinds]) -> list[int]:
    """The related lines that are one linked entry of a list of links ("More Training 8"
    among "5K Training 4", "10K Training 4"): an item of a list with at least
    MENU_MIN_LINES other linked items that no rule names. Such a line heads no section."""
    items: Counter[int] = Counter()
    related: list[int] = []
    for block, kinds in zip(blocks, zone_kinds, strict=True):
        if block.tag != "li" or block.link_density <= LINK_DENSITY_MAX:
            continue
        if kinds.body is Boilerplate.RELATED or kinds.tail is Boilerplate.RELATED:
            related.append(block.index)
        elif kinds == NO_KINDS:
            items[tree.parent_of(block.node)] += 1
    return [i for i in related if items[tree.parent_of(blocks[i].node)] >= MENU_MIN_LINES]


def wrapped_links(
    blocks: Sequence[Block], tree: Tree, kinds: Sequence[Boilerplate | None], region: range
) -> list[int]:
    """The linked lines of a related label's box inside the article, when the article goes on
    below it: the label's element, or its parent when the element holds the label alone
    ("<div class=heading><h3>Related</h3></div><div class=body>links</div>"), adding below
    the label only linked lines no rule named, at most RELATED_WINDOW."""
    found: list[int] = []
    for i in region:
        label = blocks[i]
        if kinds[i] is not Boilerplate.RELATED or label.link_density >= TEASER_LINK_SHARE:
            continue
        box = label.node if label.tag in BOX_TAGS else tree.parent_of(label.node)
        if box >= 0 and not _holds(tree, box, blocks, i + 1):
            box = tree.parent_of(box)
        if box < 0 or (i > 0 and _holds(tree, box, blocks, i - 1)):
            continue
        stop = i + 1
        while stop < region.stop and _holds(tree, box, blocks, stop):
            stop += 1
        added = range(i + 1, stop)
        if (
            0 < len(added) <= RELATED_WINDOW
            and stop < region.stop
            and all(kinds[j] is None and blocks[j].link_density >= TEASER_LINK_SHARE for j in added)
        ):
            found.extend(added)
    return found


def _holds(tree: Tree, box: int, blocks: Sequence[Block], index: int) -> bool:
    """True when the block at ``index`` exists and sits inside the element ``box``."""
    return 0 <= index < len(blocks) and box <= blocks[index].node <= tree.last_descendant(box)
