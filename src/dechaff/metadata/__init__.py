"""Metadata: the article's fields, from the page's markup and from its labelled lines.

The fourth stage, after the labeller.

- ``markup``: what the markup says: JSON-LD, OpenGraph, meta tags, ``<time>``, links.
- ``fields``: title, site, breadcrumbs, category, time, author, source, views, prev/next.
"""

from __future__ import annotations

from .fields import Fields, extract

__all__ = ["Fields", "extract"]
