"""Metadata: the article's fields, from the page's markup and from its labelled lines.

The fourth stage, after the labeller.

What the markup says (HTML pages):

- ``markup``: the :class:`~.markup.Markup` record and ``read()``, which gathers the sources below.
- ``markup_text``: the text kept from elements and attributes: collapsed, cut short, each once.
- ``jsonld``: JSON-LD (schema.org ``Article`` and its kin, ``@graph`` and lists).
- ``meta_tags``: ``<meta>`` tags: OpenGraph, Twitter, Dublin Core and the rest, by name.
- ``microdata``: ``itemprop`` microdata and RDFa schema.org properties.
- ``markup_dates``: ``<time>`` elements and the dates inline scripts assign.
- ``markup_elements``: the ``<title>``, the ``<h1>`` headings, elements naming the author.
- ``markup_trail``: breadcrumb trails marked up as such.
- ``markup_links``: ``rel=prev/next`` links, and a link's href found by its text.

The fields:

- ``fields``: title, site, breadcrumbs, category, time, author, source, views, prev/next.
"""

from __future__ import annotations

from .fields import Fields, extract

__all__ = ["Fields", "extract"]
