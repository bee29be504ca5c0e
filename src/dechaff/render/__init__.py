"""Turn cleaned pages (:class:`~dechaff.article.Article`) into documents for people to read.

Renderers take the result types of :mod:`dechaff.article` and return a document; they read
no pages, run no batch and import nothing from the rest of dechaff.

- :mod:`dechaff.render.audit`: the audit report, one self-contained HTML file showing every
  block of each page in page order, body and removed alike, each marked by its kind.
- :mod:`dechaff.render.audit_style`: the report's colours, one per kind, and its CSS.
"""
