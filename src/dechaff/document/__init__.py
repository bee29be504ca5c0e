"""Document: the article's body as typed blocks in reading order, and its renderings.

Below the result types: :mod:`dechaff.article` imports it, it imports nothing else of
dechaff.

- ``model``: :class:`BodyBlock` (one record type with a :class:`BlockRole`), ``Cell``,
  ``Span``.
- ``markdown``: :func:`to_markdown`, the article as CommonMark with GitHub tables;
  ``md_inline`` its escaping, emphasis, links and code spans.
- ``html``: :func:`to_html`, the article as a safe HTML fragment built with lxml.
- ``body``: what both share: the blocks to render (the paragraphs when there are none),
  heading levels under the title, lists' nesting, the urls kept; ``inline`` a block's
  spans as nested runs.
"""

from __future__ import annotations

from .html import to_html
from .markdown import to_markdown
from .model import BlockRole, BodyBlock, Cell, Span, SpanKind

__all__ = ["BlockRole", "BodyBlock", "Cell", "Span", "SpanKind", "to_html", "to_markdown"]
