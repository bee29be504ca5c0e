"""The HTML front end: a page's markup to blocks."""

from .segment import segment

__all__ = ["segment"]
