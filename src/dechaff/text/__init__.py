"""Text-dump front end: a plain-text rendering of a page to blocks.

The second stage for text dumps: one block a non-empty line, blank lines separating
groups (``segment``); once the body is labelled, its lines as typed blocks: list items,
headings (``structure``).
"""

from .segment import segment

__all__ = ["segment"]
