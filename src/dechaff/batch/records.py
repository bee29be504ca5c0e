"""A batch's Result as the text of one output record: JSON, plain text, Markdown or HTML."""

from __future__ import annotations

from typing import Literal

from ..render import to_text
from .result import Result

__all__ = ["FORMATS", "Format", "render"]

Format = Literal["jsonl", "json", "txt", "md", "html"]
FORMATS: tuple[Format, ...] = ("jsonl", "json", "txt", "md", "html")


def render(result: Result, form: Format, *, indent: int | None = None) -> str:
    """One result as text in a format; empty for a failure in txt, md or html, which hold
    articles. A Markdown record is the article's :meth:`~dechaff.article.Article.to_markdown`
    between an ``<!-- input: ... -->`` line and a ``---`` line; an HTML record its
    :meth:`~dechaff.article.Article.to_html` after an ``<!-- input: ... -->`` line.

    A result that a worker already wrote out (its ``record``) is that text.
    """
    if result.record is not None:
        return result.record
    if form in ("jsonl", "json"):
        return result.to_json(indent=indent)
    article = result.article
    if article is None:
        return ""
    if form == "txt":
        return f"==> {result.input} <==\n{to_text(article)}\n"
    comment = f"<!-- input: {_in_comment(result.input)} -->\n"
    if form == "html":
        return comment + article.to_html()
    document = article.to_markdown()
    if document:
        document += "\n"
    return f"{comment}{document}---\n"


def _in_comment(name: str) -> str:
    """An input's name as the text of an HTML comment, which "--" would end or break."""
    return name.replace("--", "%2D%2D")
