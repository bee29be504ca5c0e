"""The checks a candidate value passes before it becomes a field: one small function a field.

Each takes a candidate and what the page says besides (title, site name, page url,
lexicon) and returns the value to keep, or None: a wrong value is worse than none, so
anything doubtful is dropped. The words they look for are data, in ``lexicons/*.lex``
(``field.license``, ``field.not_lead_image``) and the boilerplate kinds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

from ..article import Boilerplate
from ..html.inline import is_plain_absolute
from ..label.lexicon import Lexicon
from .markup_text import MAX_TEXT

MIN_DESCRIPTION = 20
"""Shortest summary, in characters; a CJK character counts as two."""
MAX_DESCRIPTION = 500
MIN_DESCRIPTION_LEFT = 12
"""What a summary must say beyond the title and the site name (same measure)."""
MAX_TAG = 50
MAX_TAGS = 30
# , ; ， ； 、 | outside brackets: "Card (PCIe 4.0, 16GB)" is one keyword, cut in two by a comma
TAG_SEPARATORS = re.compile(r"[,;，；、|](?![^()（）]*[)）])")
MIN_TITLE_PIECE_WORDS = 4
MIN_TITLE_PIECE_CJK = 6
# a tracking code (channel_other, @lll) or an entity left over (&quot), not a keyword
NOT_TAG = re.compile(r"_|^@|^&\w+$|^[\W\d]+$")
# Boilerplate kinds whose text is never a page's summary (cookie notices, subscribe calls).
NOT_SUMMARY_KINDS = frozenset({Boilerplate.AD, Boilerplate.SPAM, Boilerplate.SHARE})
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WEB = frozenset({"http", "https"})
_FOLD = re.compile(r"[\W_]+")


def _size(text: str) -> int:
    """Characters, a CJK one counting as two (it says about as much as a short word)."""
    return len(text) + len(_CJK.findall(text))


def _folded(text: str | None) -> str:
    return _FOLD.sub("", (text or "").casefold())


def web_url(href: str | None, base: str | None) -> str | None:
    """``href`` made absolute against ``base``; None unless it is an http(s) address."""
    if not href:
        return None
    href = "".join(href.split())  # browsers drop the whitespace inside a url
    if is_plain_absolute(href):  # what urljoin and the checks below would give
        return href
    try:
        resolved = urljoin(base, href) if base else href
        parts = urlsplit(resolved)
    except ValueError:  # "http://[bad" is not a url
        return None
    if parts.scheme.lower() not in _WEB or not parts.netloc:
        return None
    return resolved


def description(
    text: str, title: str | None, site_name: str | None, lexicon: Lexicon
) -> str | None:
    """A summary: long enough, not the title or site name again, not a notice or a call."""
    if len(text) > MAX_DESCRIPTION or len(text) == MAX_TEXT:  # MAX_TEXT: cut by a reader
        return None
    if _size(text) < MIN_DESCRIPTION:
        return None
    left = _folded(text)
    for known in (title, site_name):
        if known and _folded(known):
            left = left.replace(_folded(known), "")
    if _size(left) < MIN_DESCRIPTION_LEFT:
        return None
    if any(r.kind in NOT_SUMMARY_KINDS and r.hit(text) for r in lexicon.rules):
        return None
    return text


def _title_piece(tag: str, title: str) -> bool:
    """A long piece of the headline put among the keywords is not a keyword."""
    long = (
        len(tag.split()) >= MIN_TITLE_PIECE_WORDS or len(_CJK.findall(tag)) >= MIN_TITLE_PIECE_CJK
    )
    return long and tag.casefold() in title


def tags(values: Iterable[str], site_name: str | None, title: str | None) -> tuple[str, ...]:
    """Keywords split on , ; ， 、 |, trimmed, each once (case-insensitively), at most
    MAX_TAGS; not the site name, a tracking code or a long piece of the headline."""
    seen: dict[str, str] = {}
    site = (site_name or "").casefold()
    headline = (title or "").casefold()
    for value in values:
        for part in TAG_SEPARATORS.split(value):
            tag = " ".join(part.split()).strip("#")
            key = tag.casefold()
            if not tag or len(tag) > MAX_TAG or key == site or key in seen or NOT_TAG.search(tag):
                continue
            if _title_piece(tag, headline):
                continue
            seen[key] = tag
            if len(seen) == MAX_TAGS:
                return tuple(seen.values())
    return tuple(seen.values())


def image(href: str, base: str | None, lexicon: Lexicon) -> str | None:
    """A lead image url: http(s) once resolved, not a logo, an icon or a tracking pixel."""
    url = web_url(href, base)
    if url is None:
        return None
    parts = urlsplit(url)
    # the host names an avatar service (secure.gravatar.com); a resizer's query names the file
    where = f"{parts.netloc}{parts.path}?{parts.query}".casefold()
    if any(p.search(where) for p in lexicon.field("not_lead_image")):
        return None
    return url


def canonical_url(href: str, base: str | None, has_article: bool) -> str | None:
    """The page's own address: http(s), resolved, without a fragment; a canonical that
    points at the site's home page from an article is a template error."""
    url = web_url(href, base)
    if url is None:
        return None
    parts = urlsplit(url)
    url = urlunsplit(parts._replace(fragment=""))
    at_root = parts.path in ("", "/") and not parts.query
    if at_root and has_article and not _is_root(base):
        return None
    return url


def _is_root(url: str | None) -> bool:
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query


def modified(
    value: datetime, published: datetime | None, reference: datetime | None
) -> datetime | None:
    """A last-updated time: not after the reference (or now), not before the publication."""
    latest = reference or datetime.now()
    if _before(latest, value):
        return None
    if published is not None and _before(value, published):
        return None
    return value


def _before(one: datetime, other: datetime) -> bool:
    """Whether ``one`` is earlier; a naive time and an aware one compare as wall-clock
    times (pages mix the two for times of one zone)."""
    if (one.tzinfo is None) != (other.tzinfo is None):
        return one.replace(tzinfo=None) < other.replace(tzinfo=None)
    return one < other


def license(value: str, base: str | None, lexicon: Lexicon) -> str | None:
    """A licence: an http(s) url, or a licence name the lexicon knows (CC BY 4.0, MIT ...)."""
    text = " ".join(value.split())
    if text.lower().startswith(("http://", "https://", "//", "/")):
        return web_url(text, base)
    if any(p.fullmatch(text) for p in lexicon.field("license")):
        return text
    return None


def first(values: Sequence[str | None]) -> str | None:
    """The first value that passed its check."""
    return next((v for v in values if v), None)
