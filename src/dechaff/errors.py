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


class ArgumentError(DechaffError, ValueError, TypeError):
    """An argument of :func:`~dechaff.clean` or :func:`~dechaff.clean_many` has a wrong
    type or value; the message names the argument and what was given. It is also a
    ValueError and a TypeError, what such a mistake raised before."""


class RecordError(DechaffError, ValueError):
    """A record given to ``from_dict`` or ``from_json`` is not one that ``to_dict`` writes;
    the message names the field."""
