"""Render: an Article as a document for people or other programs.

The last layer of the pipeline; it reads only the result types (:mod:`dechaff.article`).

- ``plain``: the title and the body as plain text.
- ``markdown``: the title, a line of facts and the paragraphs as Markdown.

JSON is the Article's own ``to_dict`` and ``to_json``.
"""

from __future__ import annotations

from .markdown import to_markdown
from .plain import to_text

__all__ = ["to_markdown", "to_text"]
