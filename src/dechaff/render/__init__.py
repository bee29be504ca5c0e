"""Render: an Article as a document for people or other programs.

The last layer: renderers take the result types of :mod:`dechaff.article` and return a
document; they read no pages, run no batch and import nothing else from dechaff.

- ``plain``: the title and the body as plain text.
- ``audit``: the audit report, one self-contained HTML file showing every block of each
  page in page order, body and removed alike, each marked by its kind.
- ``audit_style``: the report's colours, one per kind, and its CSS.

JSON, Markdown and HTML are the Article's own ``to_json``, ``to_markdown`` and
``to_html`` (built by :mod:`dechaff.document`).
"""

from __future__ import annotations

from .plain import to_text

__all__ = ["to_text"]
