"""A batch's Result as the text of one output record: JSON, plain text or Markdown."""

from __future__ import annotations

from typing import Literal

from ..render import to_markdown, to_text
from .result import Result

__all__ = ["FORMATS", "Format", "render"]

Format = Literal["jsonl", "json", "txt", "md"]
FORMATS: tuple[Format, ...] = ("jsonl", "json", "txt", "md")


def render(result: Result, form: Format, *, indent: int | None = None) -> str:
    """One result as text in a format; empty for a failure in txt or md, which hold articles.

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
    document = to_markdown(article)
    if document:
        document += "\n"
    return f"<!-- input: {result.input} -->\n{document}---\n"
