"""The HTML front end: a page's markup to a tree, and the tree to blocks."""

from .parse import parse, parse_page
from .segment import segment, segment_tree

__all__ = ["parse", "parse_page", "segment", "segment_tree"]
