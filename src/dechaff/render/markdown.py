"""An Article as Markdown: :meth:`Article.to_markdown <dechaff.article.Article.to_markdown>`
under the name this package has always given it."""

from __future__ import annotations

from ..article import Article

__all__ = ["to_markdown"]


def to_markdown(article: Article, *, links: bool = True, images: bool = True) -> str:
    """The title as the level-1 heading, author, time and url in italics, then the body;
    "" for an article with none of these. See docs/renderers.md."""
    return article.to_markdown(links=links, images=images)
