"""Text-dump front end: a plain-text rendering of a page to blocks.

The second stage for text dumps: one block a non-empty line, blank lines separating
groups (``segment``).
"""

from .segment import segment

__all__ = ["segment"]
