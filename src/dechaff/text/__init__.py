"""The text-dump front end: a plain-text rendering of a page to blocks."""

from .segment import segment

__all__ = ["segment"]
