"""An Article as Markdown: the title as a heading, a line of facts, then the paragraphs."""

from __future__ import annotations

from ..article import Article

__all__ = ["to_markdown"]


def to_markdown(article: Article) -> str:
    """The title as a level-1 heading, author, time and url in italics, then the paragraphs,
    each followed by a blank line; empty for an article with none of these."""
    lines: list[str] = []
    if article.title:
        lines += [f"# {article.title}", ""]
    facts = [article.author, article.published and article.published.isoformat(), article.url]
    if any(facts):
        lines += [" · ".join(f"*{fact}*" for fact in facts if fact), ""]
    for paragraph in article.paragraphs:
        lines += [paragraph, ""]
    return "\n".join(lines)
