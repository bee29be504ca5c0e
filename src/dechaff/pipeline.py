"""The cleaning pipeline: page text -> blocks -> labels -> Article."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from . import confidence as model
from .article import Article, Boilerplate, PageType, Removed, removed_block
from .core.blocks import Block
from .core.tree import Tree
from .document import BodyBlock
from .html.parse import Element
from .label import language, lexicon
from .label.byline import byline_names
from .label.columns import column_list
from .label.labeller import Labels, label
from .metadata import fields as metadata
from .metadata.comments import comments
from .metadata.markup import Markup
from .metadata.markup import read as read_markup
from .metadata.page_type import declares_product, declares_thread, page_type, product_page
from .read.source import Page
from .text import segment as segment_text
from .text import structure as text_structure

# Blocks this long (in units) are sentences enough to tell a page's language.
SAMPLE_MIN_UNITS = 8
NO_ARTICLE = "no article text found on the page"
# Kinds a block gets only from where it sits, before or after the article; the headings
# that may title a run readability adds (_second_opinion).
PLACE_KINDS = frozenset({Boilerplate.HEADER, Boilerplate.FOOTER})
SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
HEADINGS = SUBHEADINGS | {"h1"}
# Kinds a block gets from what it says (a "Comments" heading, a share bar), not from where
# it sits: readability, which reads containers, does not make those article text.
NAMED_KINDS = frozenset({Boilerplate.COMMENTS, Boilerplate.SHARE, Boilerplate.AD, Boilerplate.SPAM})
SECOND_OPINION = "short article: blocks that readability-lxml keeps were added to it"
LARGER_ELSEWHERE = "short article: readability-lxml finds {:.1f} times as much text on the page"
# An article shorter than this (in units: words, or CJK characters) is near-empty: its
# confidence is 0 and a batch records it as "empty".
NEAR_EMPTY_UNITS = 10
HINTS_IGNORED = "the container hints left no article text: labelled without them"
NEAR_EMPTY = "near-empty article: under 10 words (or CJK characters) of body"
# (A few bytes replaced with U+FFFD, at most one in a thousand, are no doubt for the
# confidence: the decoder tolerates them, and such pages score as well as others.)
_LARGER = LARGER_ELSEWHERE.split("{", 1)[0]
_OVERRULED = (SECOND_OPINION, HINTS_IGNORED)
_DECODING_DOUBTS = ("could not tell the encoding", "nests elements too deep")


def segment(
    page: Page,
) -> tuple[list[Block], Tree | None, Element | None, Markup | None, tuple[str, ...]]:
    """Cut a page into blocks with the front end of its kind; HTML also gives its trees and
    its markup's metadata, read before the walk (a product page's heading toggles are text, a
    wiki heading's edit control is hidden, an empty shell's prose template is read).

    The last item is what parsing had to warn about (a page nested too deep).
    """
    if page.kind == "html":
        from . import html
        from .html.edit_links import hide_edit_controls
        from .html.templates import read_templates
        from .html.toggles import read_heading_toggles

        root, notes = html.parse_page(page.text, page.utf8)
        if root is None:
            return [], None, None, None, notes
        markup = read_markup(root)
        if declares_product(markup):
            read_heading_toggles(root)
        read_templates(root)  # before the edit controls are hidden as templates
        hide_edit_controls(root)
        blocks, tree = html.segment_tree(root)
        return blocks, tree, root, markup, notes
    return segment_text(page.text), None, None, None, ()


def assemble(
    page: Page,
    blocks: Sequence[Block],
    labels: Labels,
    fields: metadata.Fields,
    url: str | None,
    *,
    tree: Tree | None = None,
    root: Element | None = None,
    known_words: dict[str, list[str] | None] | None = None,
) -> Article:
    """Put the body, the removed blocks and the fields together; ``known_words`` is what
    telling the page's language found in its lines (language.detect_lines), if told."""
    kept: list[Block] = []
    cut: list[Removed] = []
    for b in blocks:
        kind = labels.kinds[b.index]
        if kind is None:
            kept.append(b)
        elif b.index != fields.title_block:
            cut.append(removed_block(kind, b.text, len(kept)))  # at: the paragraphs before it
    removed = tuple(cut)
    warnings = list(page.warnings) + fields.warnings
    body = "\n".join(b.text for b in kept)
    if body:
        lang = language.detect_lines(
            [b.text for b in kept], {} if known_words is None else known_words
        )
    else:
        lang = language.detect(page.text)
    structure = _structure(page, kept, tree, root, url)
    paragraphs = tuple(line for block in structure for line in block.lines)
    units = sum(b.units for b in kept)
    if not paragraphs:
        warnings.append(NO_ARTICLE)
    elif units < NEAR_EMPTY_UNITS:
        warnings.append(NEAR_EMPTY)
    return Article(
        **fields.article_values(),
        kind=page.kind,
        language=lang,
        url=url,
        encoding=page.encoding,
        paragraphs=paragraphs,
        removed=removed,
        warnings=tuple(warnings),
        blocks=structure,
        confidence=confidence(units if paragraphs else 0, warnings, fields.page_type),
    )


def confidence(units: int, warnings: Sequence[str], kind: PageType | None) -> float:
    """How much to trust the body, 0-1 (:mod:`dechaff.confidence`): 0 under
    NEAR_EMPTY_UNITS units of body; else the fitted model over the body's length and its
    :func:`doubts`."""
    if units < NEAR_EMPTY_UNITS:
        return 0.0
    return model.confidence(units, **doubts(warnings, kind))


def doubts(warnings: Sequence[str], kind: PageType | None) -> dict[str, bool]:
    """The confidence's doubts, read from the warnings and the page type: readability-lxml's
    second opinion added blocks or found much more text (LARGER_ELSEWHERE) or the container
    hints left no article (HINTS_IGNORED); the encoding was a last-resort guess or the page
    was flattened; the page is not an article page."""
    return {
        "second_opinion": any(w in _OVERRULED or w.startswith(_LARGER) for w in warnings),
        "decoding": any(doubt in warning for warning in warnings for doubt in _DECODING_DOUBTS),
        "not_article": kind is not None and kind is not PageType.ARTICLE,
    }


def _structure(
    page: Page,
    body: Sequence[Block],
    tree: Tree | None,
    root: Element | None,
    url: str | None,
) -> tuple[BodyBlock, ...]:
    """The body lines grouped into BodyBlocks by the front end of the page's kind."""
    if page.kind == "html" and tree is not None:
        from .html.structure import body_blocks

        return body_blocks(body, tree, root, url)
    return text_structure.body_blocks(body)


def run(page: Page, *, url: str | None = None, reference: datetime | None = None) -> Article:
    """Clean one decoded page."""
    blocks, tree, root, markup, parse_notes = segment(page)
    known_words: dict[str, list[str] | None] = {}  # the body's lines are told again
    lex = lexicon.for_language(language.detect_lines(_prose_sample(blocks), known_words))
    labels = label(
        blocks,
        lex,
        tree,
        one_product=declares_product(markup),
        shop=product_page(markup),
        products=markup.products if markup is not None else (),
        thread=declares_thread(markup),
        dated=markup is not None and bool(markup.published),
    )
    notes = list(parse_notes)
    if tree is not None:
        labels = _without_hints_if_empty(blocks, labels, lex, notes)
    if page.kind == "html":
        labels = _second_opinion(page, blocks, labels, notes)
    if tree is not None:
        labels = _without_repeats(page.text, blocks, labels, tree)
        labels = _column_if_empty(blocks, labels, tree)
    kind = page_type(
        blocks, labels.kinds, tree, markup=markup, url=url, reference=reference, grid=labels.grid
    )
    fields = metadata.extract(
        blocks,
        labels,
        lex,
        reference=reference,
        root=root,
        url=url,
        markup=markup,
        thread=kind is PageType.FORUM,
    )
    fields.warnings.extend(notes)
    fields.page_type = kind
    fields.comments = comments(blocks, labels.kinds, tree, reference=reference)
    names = (fields.author, *fields.authors)
    labels = replace(labels, kinds=byline_names(blocks, labels.kinds, names))
    return assemble(
        page, blocks, labels, fields, url, tree=tree, root=root, known_words=known_words
    )


def _prose_sample(blocks: Sequence[Block]) -> list[str]:
    """The page's longer blocks' texts, enough of them to tell the language."""
    sample: list[str] = []
    size = 0
    for block in blocks:
        if block.units >= SAMPLE_MIN_UNITS:
            sample.append(block.text)
            size += len(block.text)
            if size >= language.SAMPLE_CHARS:
                break
    return sample


def _without_hints_if_empty(
    blocks: Sequence[Block], labels: Labels, lex: lexicon.Lexicon, notes: list[str]
) -> Labels:
    """The labels the blocks get without the container hints, when the hints left no article.

    A template whose vocabulary names its article's boxes (a page builder's "widget"
    containers) gets all its text hinted away; a page's own article is never nothing.
    """
    if any(kind is None and block.units for block, kind in zip(blocks, labels.kinds, strict=True)):
        return labels
    # comments stay comments: a page whose article is a picture or a video has only them
    kinds = tuple(
        Boilerplate.COMMENTS if hinted is Boilerplate.COMMENTS else bare
        for hinted, bare in zip(labels.kinds, label(blocks, lex, None).kinds, strict=True)
    )
    units = sum(b.units for b, kind in zip(blocks, kinds, strict=True) if kind is None)
    if units < model.CONFIDENT_UNITS:
        return labels
    notes.append(HINTS_IGNORED)
    body = [i for i, kind in enumerate(kinds) if kind is None]
    return Labels(kinds, body[0], body[-1] + 1)


def _column_if_empty(blocks: Sequence[Block], labels: Labels, tree: Tree) -> Labels:
    """Labels with a column page's list of linked titles as its body, when it has no other
    (label/columns.py)."""
    items = column_list(blocks, tree, labels.kinds)
    if not items:
        return labels
    kinds = list(labels.kinds)
    for index in items:
        kinds[index] = None
    return Labels(tuple(kinds), items[0], items[-1] + 1)


def _without_repeats(markup: str, blocks: Sequence[Block], labels: Labels, tree: Tree) -> Labels:
    """Labels with the body's quotations of its own words (a reply's quote) as duplicates."""
    from .html.repeats import may_quote, repeated_quotes

    if not may_quote(markup):
        return labels
    repeats = repeated_quotes(blocks, [kind is None for kind in labels.kinds], tree)
    if not repeats:
        return labels
    kinds = list(labels.kinds)
    for index in repeats:
        kinds[index] = Boilerplate.DUPLICATE
    return replace(labels, kinds=tuple(kinds))


def _second_opinion(
    page: Page, blocks: Sequence[Block], labels: Labels, notes: list[str]
) -> Labels:
    """Labels with the blocks readability-lxml adds when the labeller's article is short."""
    from .html import fallback

    # a layout's second copy (label/clones.py) is article text the labeller found, once
    body = [kind is None or kind is Boilerplate.DUPLICATE for kind in labels.kinds]
    for index in labels.joined:  # another post of a thread: the article may still be short
        body[index] = False
    for index in labels.sections:  # a landing page's later sections: asked as before them
        body[index] = False
    if not fallback.needs_second_opinion(blocks, body):
        return labels
    added, gain = fallback.opinion(page.text, blocks, body)
    if not added:
        if gain >= fallback.DOUBT_GAIN:
            notes.append(LARGER_ELSEWHERE.format(gain))
        return labels
    kinds = list(labels.kinds)
    # a thread's region spans its posts: what it named there is their chrome (作者: X 日期)
    named = range(labels.start, labels.end) if labels.joined else range(0)
    for index in added:
        if kinds[index] not in NAMED_KINDS and index not in named:
            kinds[index] = None
    # readability reads the markup, where a heading may be a control (html/toggles.py): the
    # heading right above an added run titles it
    for index in added:
        above = index - 1
        if blocks[index].tag in HEADINGS or above < 0:
            continue
        heading = blocks[above]
        if heading.tag in SUBHEADINGS and kinds[above] in PLACE_KINDS and heading.link_density == 0:
            kinds[above] = None
    notes.append(SECOND_OPINION)
    start = min(labels.start, *added) if labels.start < labels.end else min(added)
    end = max(labels.end, max(added) + 1)
    return replace(labels, kinds=tuple(kinds), start=start, end=end)
