"""Document: the article's body as typed blocks in reading order, and its renderings.

Below the result types: :mod:`dechaff.article` imports it, it imports nothing else of
dechaff.

- ``model``: :class:`BodyBlock` (one record type with a :class:`BlockRole`), ``Cell``,
  ``Span``.
"""

from __future__ import annotations

from .model import BlockRole, BodyBlock, Cell, Span, SpanKind

__all__ = ["BlockRole", "BodyBlock", "Cell", "Span", "SpanKind"]
