"""Every error dechaff raises derives from :class:`DechaffError`."""

from __future__ import annotations


class DechaffError(Exception):
    """Base class of all dechaff errors."""


class SourceError(DechaffError):
    """The source could not be read (a missing or unreadable path, a wrong type)."""


class NotAPageError(DechaffError):
    """The bytes are not a web page or a text dump at all (an image, a PDF, binary data)."""


class DecodeError(DechaffError):
    """The bytes could not be decoded to text in any plausible encoding."""


class PageTooLargeError(DechaffError):
    """The page is larger than the limit the caller set."""
