"""dechaff: a saved web page in, a clean article out.

>>> import dechaff
>>> from pathlib import Path
>>> article = dechaff.clean(Path("page.html"))           # doctest: +SKIP
>>> article.title, article.published, article.paragraphs[:1]  # doctest: +SKIP
"""

from .api import clean
from .article import Article, Boilerplate, Comment, Link, PageType, Removed
from .batch import Result, clean_many
from .errors import (
    ArgumentError,
    DechaffError,
    DecodeError,
    NotAPageError,
    PageTooLargeError,
    RecordError,
    SourceError,
)
from .render.audit import audit

__version__ = "0.1.0"

__all__ = [
    "ArgumentError",
    "Article",
    "Boilerplate",
    "Comment",
    "DechaffError",
    "DecodeError",
    "Link",
    "NotAPageError",
    "PageTooLargeError",
    "PageType",
    "RecordError",
    "Removed",
    "Result",
    "SourceError",
    "__version__",
    "audit",
    "clean",
    "clean_many",
]
