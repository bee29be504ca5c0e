"""The title's check: the candidate a headline source gives, without what names the site.

A page names its site in its ``<title>`` around the headline ("Headline | Site",
"Site - Headline"), in its logo's line (an h1 that is the site's name) and in its host;
this check cuts those names off a candidate and drops one that is nothing else.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ..label.language import function_words
from ..label.lexicon import Lexicon
from .checks import HOST_NAME, folded
from .trail import split_site_prefix, split_site_suffix

# A host's site label this long that a title's suffix holds names the site there
# ("… | Bridgestone Tires" on tires.bridgestone.com); shorter labels are too often words.
MIN_HOST_IN_SUFFIX = 4
# A chapter's number opening a heading: "3.1 Git Branching", "2.4.1. Setup"
_SECTION_NUMBER = re.compile(r"(\d+(?:\.\d+)+)\.?\s+(?=\w)")
# A title ending in a separator: its template left the headline's slot empty.
_EMPTY_SLOT = re.compile(r"\s[|–—:-]$|^[|–—:-]\s")
# A word that may name a subject: three letters or more of a script written with spaces
# (CJK titles name no words to share: the check stays off there).
_LETTERS = re.compile(r"(?:(?![\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])[^\W\d_]){3,}")
# A page title with fewer subject words than this cannot tell a headline from a heading.
MIN_TITLE_SUBJECT_WORDS = 2
SUBJECT_STEM = 4
# A page with at least this many h1 sets them as a mega-menu's column headings too.
MANY_H1 = 3
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def title(
    text: str,
    lexicon: Lexicon,
    sites: Sequence[str],
    trail: Sequence[str],
    told: Sequence[str],
    *,
    host: str = "",
    named: Sequence[str] = (),
) -> str | None:
    """The headline: none when the page title's headline slot is empty ("Site -"); without
    a bracketed promo prefix (【独家】, [Video]), a site suffix
    (" | Site", "_新浪网") or prefix ("Site - ") or a section number the markup's titles do not
    carry ("3.1 "); None for the home page's word (``field.home``), for the site's name
    (unless the markup's whole headline or page title, ``named``, is that name: a home page),
    for an organisation's (``field.organisation``: its legal form closes it) and for a
    section's (a breadcrumb item) when the markup gives other headlines (``told``: the forms
    of its headline, h1 and page title).
    ``sites``: the markup's site names; ``host``: the site's label of the page's host
    (:func:`.addresses.host_name`)."""
    text = " ".join(text.split())
    for pattern in lexicon.field("title_promo"):
        text = pattern.sub("", text, count=1)
    text = _without_section_number(_without_site_affixes(text, lexicon, sites, trail, host), named)
    name = folded(text)
    if _EMPTY_SLOT.search(text):
        return None  # "Example Enquiries -": the site's name, the headline left out
    if not name or any(p.fullmatch(text) for p in lexicon.field("home")):
        return None  # "Home", "首页": the page's place in the site, never a headline
    if is_site_name(text, sites, host) and not any(name == folded(n) for n in named):
        return None  # the logo's or the banner's line
    if any(p.fullmatch(text) for p in lexicon.field("organisation")):
        return None  # a firm's or a club's name ("bumm film GmbH"): whose site it is
    if not told or any(name == folded(t) for t in told):
        return text
    if any(name == folded(k) for k in [*sites, *trail]):
        return None
    return text


def is_site_name(text: str, sites: Sequence[str], host: str) -> bool:
    """Whether a title or a piece of one is the site's name: one of ``sites``, the site's
    label of the host (7 Cups of 7cups.com) or a host name itself (EXAMPLE.NET)."""
    name = folded(text)
    return bool(name) and (
        (bool(host) and host in _host_spellings(name))
        or any(name == folded(s) for s in sites)
        or HOST_NAME.fullmatch(text) is not None
    )


def _host_spellings(name: str) -> tuple[str, ...]:
    """A folded name as a host may spell it: as it is, with umlauts written out (Löwen as
    loewen) and without accents (Café as cafe)."""
    if name.isascii():
        return (name,)
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return (name, name.translate(_UMLAUTS), plain)


def _without_site_affixes(
    text: str, lexicon: Lexicon, sites: Sequence[str], trail: Sequence[str], host: str
) -> str:
    """The title without a suffix naming the site or an outlet (or when the trail ends in
    the headline without it), and without a prefix that is the site's name."""
    headline, site = split_site_suffix(text)
    if site is not None and (
        any(p.fullmatch(site) for p in lexicon.field("not_person"))
        or any(_same_site(site, s) for s in sites)
        or is_site_name(site, (), host)
        or (len(host) >= MIN_HOST_IN_SUFFIX and host in folded(site))
        or (trail and folded(trail[-1]) == folded(headline))
    ):
        text = headline
    site, rest = split_site_prefix(text)
    if site is not None and is_site_name(site, sites, host):
        text = rest
    return text


def _without_section_number(text: str, named: Sequence[str]) -> str:
    """The title without a leading section number ("3.1 ") that the markup's titles do not
    open with."""
    number = _SECTION_NUMBER.match(text)
    if number is None or any(n.startswith(number.group(1)) for n in named):
        return text
    return text[number.end() :]


def _same_site(one: str, other: str) -> bool:
    one, other = folded(one), folded(other)
    return bool(one and other) and (one in other or other in one)


def subject_words(text: str) -> frozenset[str]:
    """The words of a title that may name its subject (not function words, nor CJK), each
    by its first SUBJECT_STEM letters: "walk" and "walks" name one subject."""
    words = _LETTERS.findall(text.casefold())
    return frozenset(w[:SUBJECT_STEM] for w in words if w not in function_words())


def echoes(text: str, page_title: str | None) -> bool:
    """Whether a heading no markup names the headline may be it: it shares a subject word
    with the page title, or the page title has too few to tell ("Top Stories" under a page
    titled "Actor cast in sequel - Site" is a section's heading)."""
    told = subject_words(page_title or "")
    return len(told) < MIN_TITLE_SUBJECT_WORDS or bool(told & subject_words(text))


def best_echoes(texts: Sequence[str], page_title: str | None) -> list[str]:
    """The headings that :func:`echoes` keeps; of MANY_H1 or more, those sharing the most
    subject words with the page title (a mega-menu's column headings set as h1, "Planning"
    under "Your Wedding Checklist: A Wedding Planning Guide", share a word with it at most)."""
    kept = [t for t in texts if echoes(t, page_title)]
    told = subject_words(page_title or "")
    if len(texts) < MANY_H1 or len(kept) < 2 or len(told) < MIN_TITLE_SUBJECT_WORDS:
        return kept
    shared = {t: len(told & subject_words(t)) for t in kept}
    most = max(shared.values())
    return [t for t in kept if shared[t] == most]
