"""What became of one input of a batch: the :class:`Result` record."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from ..article import Article
from .inputs import Item

__all__ = ["STATUSES", "Result", "Status", "cleaned", "failed"]

# "empty": cleaned, but the article is empty or near-empty (Article.confidence is 0: under
# 10 words or CJK characters of body); the record holds the Article all the same.
Status = Literal["ok", "empty", "skipped", "failed"]
STATUSES: tuple[Status, ...] = ("ok", "empty", "skipped", "failed")


@dataclass(frozen=True, slots=True)
class Result:
    """What became of one input: an Article (``ok``, or ``empty`` when it holds next to no
    body), a ``skipped`` non-page, or a failure.

    ``input`` names the input stably (``path``, ``archive!member``, ``file.warc#record-id``,
    ``dump.jsonl#line``); ``reason`` says why it was skipped; ``error`` (the exception's
    type name) and ``message`` why it failed. ``record`` is the cleaned page already written
    out in an output format, in place of ``article``, when clean_many was asked to
    ``render`` it.
    """

    input: str
    status: Status
    url: str | None = None
    article: Article | None = None
    reason: str | None = None
    error: str | None = None
    message: str | None = None
    record: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON Lines record: input, status, url, then the article's fields or the why."""
        record: dict[str, Any] = {"input": self.input, "status": self.status, "url": self.url}
        if self.article is not None:
            record.update(self.article.to_dict())
        if self.reason is not None:
            record["reason"] = self.reason
        if self.error is not None:
            record["error"] = self.error
            record["message"] = self.message
        return record

    def to_json(self, *, indent: int | None = None) -> str:
        """Return :meth:`to_dict` as JSON, non-ASCII characters kept as they are."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def cleaned(item: Item, article: Article) -> Result:
    """The record of a cleaned page: ``ok``, or ``empty`` when its confidence is 0."""
    status: Status = "empty" if article.confidence == 0.0 else "ok"
    return Result(item.input, status, url=article.url, article=article)


def failed(item: Item, error: str, message: str) -> Result:
    """A failure record for an item."""
    return Result(item.input, "failed", url=item.url, error=error, message=message)
