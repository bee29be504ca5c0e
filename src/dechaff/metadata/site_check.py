"""The check a site name passes before it becomes the field (the other fields' are in
:mod:`.checks`): a wrong value is worse than none."""

from __future__ import annotations

import re

from ..label.lexicon import Lexicon
from .checks import HOST_NAME, LETTER, MARKUP, PIECES

_WEB_LINK = re.compile(r"https?:", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)")
# A page title of this many pieces may hold a site's name and a section after it.
MIN_SECTION_PIECES = 3


def site_name(value: str | None, page_title: str | None, lexicon: Lexicon) -> str | None:
    """The site's name: of a suffix that joins a section and the site (股票频道-和讯网), or of
    a host name (cjn.cn) when the page title names an outlet too (…_长江网_cjn.cn), the
    last piece that names an outlet (``field.not_person``); of a page title's section after
    a host-shaped piece ("… - NHL.com - News"), that piece; None for markup, a url, a date
    or a home link (``field.home``)."""
    if not value:
        return None
    text = value.strip()
    if MARKUP.search(text) or _WEB_LINK.match(text) or _NUMERIC_DATE.search(text):
        return None  # a comment form's hint ("Allowed tags: <a"), a url, a date (Monday 11.12.12)
    if any(p.fullmatch(text) for p in lexicon.field("home")):
        return None  # a trail's home link (Главная, Top)
    section_of = _host_before_section(text, page_title)
    if section_of:
        return section_of
    pieces = PIECES.split(value)
    if len(pieces) == 1 and HOST_NAME.fullmatch(value) and page_title:
        pieces = PIECES.split(page_title)
    named = lexicon.field("not_person")
    outlets = [p for p in pieces if LETTER.search(p) and any(o.fullmatch(p.strip()) for o in named)]
    if len(pieces) > 1 and outlets:
        return outlets[-1].strip()
    return value


def _host_before_section(value: str, page_title: str | None) -> str | None:
    """The host-shaped piece of a page title ending "Headline - NHL.com - News", when the
    value is its last piece: a section after the site's name, not the site."""
    if not page_title:
        return None
    pieces = [p.strip() for p in PIECES.split(page_title)]
    if len(pieces) < MIN_SECTION_PIECES or pieces[-1] != value:
        return None
    hosts = [p for p in pieces[1:-1] if HOST_NAME.fullmatch(p)]
    return hosts[-1] if hosts else None
