"""HTML front end: a page's markup to blocks, one per visual line or paragraph.

The second stage for HTML pages (text dumps go to :mod:`dechaff.text`).

- ``parse``: lxml's parse, made safe against hostile markup, and the text of an element.
- ``hints``: what an element's class, id, role and tag say it holds.
- ``toggles``: on a product's page, before the walk, the accordion buttons that are all a
  heading holds made text (the panels' titles).
- ``edit_links``: before the walk, a wiki heading's section-edit control ("[edit]") hidden.
- ``templates``: before the walk, an empty shell's prose ``<template>`` (a client-rendered
  page's content) read.
- ``asides``: an ``<aside>`` of data rows among the article's paragraphs, no sidebar.
- ``segment``: one walk over the tree: the blocks and the container tree.
- ``select``: one pass that picks the elements the metadata's markup reader looks at.
- ``fallback``: readability-lxml's article, asked as a second opinion.
- ``repeats``: after labelling, the body's quotations of words it already holds (a reply's
  quote of an earlier post, a pull quote), made duplicates.
- ``structure``: after labelling, the body lines grouped into typed blocks (headings,
  lists, code, tables, quotes, figures) from the markup around them.
- ``inline``: a body line's links, emphasis and inline code as spans; urls resolved.
- ``tables``: tables of data told from layout tables, their rows; code listings' text and
  language.
- ``figures``: the article's pictures, their urls, alt texts and captions.
- ``speedups``: loads ``_speedups.pyx`` and ``_select.pyx``, the C twins of the walk and the
  selection.
"""

from .parse import parse, parse_page
from .segment import segment, segment_tree

__all__ = ["parse", "parse_page", "segment", "segment_tree"]
