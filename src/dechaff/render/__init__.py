"""Render: an Article as a document for people or other programs.

The last layer: renderers take the result types of :mod:`dechaff.article` and return a
document; they read no pages, run no batch and import nothing else from dechaff.

- ``plain``: the title and the body as plain text.
- ``markdown``: the title, a line of facts and the body as Markdown (the renderer itself
  is :mod:`dechaff.document.markdown`, behind ``Article.to_markdown``; HTML is
  ``Article.to_html``).
- ``audit``: the audit report, one self-contained HTML file showing every block of each
  page in page order, body and removed alike, each marked by its kind.
- ``audit_style``: the report's colours, one per kind, and its CSS.

JSON is the Article's own ``to_dict`` and ``to_json``.
"""

from __future__ import annotations

from .markdown import to_markdown
from .plain import to_text

__all__ = ["to_markdown", "to_text"]
