"""An Article as plain text: the title, a blank line, then the body a paragraph a line."""

from __future__ import annotations

from ..article import Article

__all__ = ["to_text"]


def to_text(article: Article) -> str:
    """The title (when there is one) and a blank line, then the paragraphs, one a line."""
    title = f"{article.title}\n\n" if article.title else ""
    return f"{title}{article.body}"
