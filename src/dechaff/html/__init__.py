"""The HTML front end: a page's markup to a tree, and the tree to blocks."""

from .parse import parse
from .segment import segment, segment_tree

__all__ = ["parse", "segment", "segment_tree"]
