"""The checks a candidate value passes before it becomes a field: one small function a field.

Each takes a candidate and what the page says besides (title, site name, page url,
lexicon) and returns the value to keep, or None: a wrong value is worse than none, so
anything doubtful is dropped. The words they look for are data, in ``lexicons/*.lex``
(``field.license``, ``field.not_lead_image``, ``field.author_label`` ...) and the
boilerplate kinds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

from ..article import Boilerplate
from ..html.inline import is_plain_absolute
from ..label.lexicon import Lexicon
from .markup_text import MAX_TEXT
from .page import NOT_MID_SPACES

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
# A name part longer than this (CJK characters, or words of a spaced script) is a phrase.
MAX_NAME_CJK = 10
MAX_NAME_WORDS = 5
# Lowercase words (besides the particles) that make a part a phrase when half its words are.
MIN_LOWER_WORDS = 2
MAX_LOWER_NAME = 2
"""A name written all in lowercase has at most this many words."""
# Sentence marks a name never holds; an email, a url, a host; a letter of any script.
# "data processors.", "Futurism. Read the original"; not "Schneider." nor "Prof. Dr. Roe"
_SENTENCE = re.compile(r"[。！？!?；;]|\b[a-z]{3,}\.$|[a-z]{4,}\.\s+\S")
_ADDRESS = re.compile(r"@\w|https?:|www\.|\.(?:com|net|org|cn|de|co\.uk)\b", re.IGNORECASE)
PIECES = re.compile(r"\s*[_|｜]+\s*|\s+[-–—]\s+|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff])")
HOST_NAME = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
_URL = re.compile(r"https?:|//|www\.", re.IGNORECASE)
MARKUP = re.compile(r"[<>=\"]")
_NUMBER_FIRST = re.compile(r"\d[\d,.]*\s")  # "152 Fans": a name opens with no number
LETTER = re.compile(r"[^\W\d_]")
_WRAPPED = re.compile(r"^[\[【（(〔](.*)[\]】）)〕]$")
# a sentence's full stop after a byline's last name ("Post written by Leo Babauta."); not an
# initial's ("Jimmy M."), a suffix's ("Jr.") nor a dateline's state ("WESTPORT, Wash.")
_FULL_STOP = re.compile(r"^([^,]*\b[A-Z][a-z]{2,})\.$")
_NAME_EDGES = " ,，、:：;；|/-–—·•"
_NAME_SEPARATORS = re.compile(NOT_MID_SPACES + r"(\s*[、,，&/;；]\s*|\s+(?:and|und)\s+|\s+)")
_PART_SEPARATORS = re.compile(r"\s*(?:[、,，&/;；]|\s(?i:and|und|et)\s)\s*")
_NAME_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "la", "le", "del", "bin", "y", "al", "el", "ibn"}
    | {"bint", "dos", "do", "du", "des", "della", "di", "ter", "ten", "zu", "af", "av"}
)
# a login where the name would be ("andrew.keaveney"): no byline prints that
_LOGIN = re.compile(r"[a-z]+(?:\.[a-z]+)+")
_FOLD = re.compile(r"[\W_]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_PERSON_SEPARATORS = re.compile(r"\s*[、,，&/;；]\s*|\s+")


def _size(text: str) -> int:
    """Characters, a CJK one counting as two (it says about as much as a short word)."""
    return len(text) + len(_CJK.findall(text))


@functools.lru_cache(maxsize=1024)
def folded(text: str | None) -> str:
    """The text's letters and digits alone, case-folded: how names are compared (cached:
    a page's site names are held against each of its title's forms)."""
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
    left = folded(text)
    for known in (title, site_name):
        if known and folded(known):
            left = left.replace(folded(known), "")
    if _size(left) < MIN_DESCRIPTION_LEFT:
        return None
    if lexicon.any_hit(NOT_SUMMARY_KINDS, text):
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


def author(value: str | None, lexicon: Lexicon, others: Sequence[str] = ()) -> str | None:
    """A byline's name(s) as printed: the role label and a glued tail (a date, a job title,
    a button) cut off, and the words from the first one that is no name (整合, "CNN", "dpa";
    a team's word after one word is kept: "Marketing Team"); None for an editor's line, a
    number, a date (``field.author_date``), an email, url or login, a placeholder, an
    organisation (``field.organisation``), a phrase ("Tunis nach Teheran"), or the site's or
    the outlet's name (``others``)."""
    text = " ".join((value or "").split())
    wrapped = _WRAPPED.match(text)
    if wrapped:  # [责任编辑：韩保林]
        text = wrapped.group(1).strip()
    if any(p.match(text) for p in lexicon.field("author_editor")):
        return None
    text = _strip_labels(text, lexicon.field("author_label"))
    for pattern in (*lexicon.field("author_tail"), *lexicon.field("relative_time")):
        text = pattern.split(text, maxsplit=1)[0]
    text = _after_unit(text, lexicon)
    if _facets_only(text, lexicon.field("facet")):
        return None
    not_person = lexicon.field("not_person")
    # before the cut too, which may leave a phrase's or a placeholder's first words
    if _phrase(text, not_person) or any(p.fullmatch(text) for p in not_person):
        return None
    if any(p.fullmatch(text) for p in lexicon.field("organisation")):
        return None
    team = lexicon.field("author_team")
    text = _names_only(_before_outlet(text, others), not_person, {folded(o) for o in others}, team)
    text = "" if _runs_on(text, value or "", lexicon.field("author_date")) else text
    text = _FULL_STOP.sub(r"\1", text)
    if not LETTER.search(text) or _ADDRESS.search(text) or _SENTENCE.search(text):
        return None
    if MARKUP.search(text) or _LOGIN.fullmatch(text):  # size="20": a template's leftover
        return None
    if _NUMBER_FIRST.match(text) or any(p.search(text) for p in lexicon.field("author_date")):
        return None
    if any(p.fullmatch(text) for p in not_person):
        return None
    if _phrase(text, not_person) or _lower_inside(text) or _names_outlet(text, others):
        return None
    return text


def _after_unit(text: str, lexicon: Lexicon) -> str:
    """The names after a unit's name that opens a byline ("宣传科 王芳", "计算机学院 刘洋 张敏"
    give the names; ``field.author_unit``) when they read as personal names, else nothing
    ("宣传科 工作动态", a unit's name alone: 医务科); the text when no unit opens it."""
    units = lexicon.field("author_unit")
    unit, _, rest = text.partition(" ")
    rest = rest.strip()
    if not rest:  # a unit's name alone (医务科, 化工系), unless it reads as a person's (王科)
        alone = any(p.fullmatch(text) for p in units) and not person_shaped(text, lexicon)
        return "" if alone else text
    if not any(p.fullmatch(unit) for p in units):
        return text
    return rest if person_shaped(rest, lexicon) else ""


def person_shaped(text: str, lexicon: Lexicon) -> bool:
    """Whether a name that no byline label vouches for (an element or a meta tag naming the
    author) reads as persons' names: false for Han text other than personal names
    (``field.person_name``: 体育教科书, IT之家, a channel's or an account's name), true
    for other scripts, which the other checks cover."""
    if not _HAN.search(text):
        return True
    shapes = lexicon.field("person_name")
    parts = [p for p in _PERSON_SEPARATORS.split(text) if p]
    return bool(parts) and all(any(s.fullmatch(p) for s in shapes) for p in parts)


def has_han(text: str) -> bool:
    """Whether the text holds a Han character."""
    return bool(_HAN.search(text))


def _before_outlet(text: str, others: Sequence[str]) -> str:
    """The text before an outlet named after a separator ("Meg Kinnard, Associated Press")."""
    lowered = text.casefold()
    for other in others:
        at = lowered.find(other.casefold()) if len(other) >= 2 else -1
        if at > 0 and text[:at].rstrip().endswith((",", "，", "、", ";", "/", "|", "-")):
            text, lowered = text[:at], lowered[:at]
    return text


def _names_only(
    text: str,
    not_person: Sequence[re.Pattern[str]],
    others: set[str],
    team: Sequence[re.Pattern[str]] = (),
) -> str:
    """The text up to its first word that is no name: a word of ``not_person`` or an
    outlet's name ("陈智 整合" gives "陈智", "Rob Picheta, CNN" gives "Rob Picheta"); a
    team's word second is a team's byline, kept whole ("Marketing Team", "HLNF Staff
    Report": "Marketing" alone is no one's name)."""
    kept: list[str] = []
    for number, part in enumerate(_NAME_SEPARATORS.split(text)):
        if number % 2:  # a separator
            kept.append(part)
            continue
        if number == 2 and kept[1].strip() == "" and any(t.fullmatch(part) for t in team):
            kept.append(part)
            continue
        if not part or any(p.fullmatch(part) for p in not_person) or folded(part) in others:
            break
        kept.append(part)
    if len(kept) % 2 == 0 and kept:  # cut after a separator: "Jane Roe and" the Board
        kept.pop()
    return "".join(kept).strip(_NAME_EDGES)


def _runs_on(name: str, value: str, dates: Sequence[re.Pattern[str]]) -> bool:
    """Whether a one-word name was cut at "on" or "for" that a capitalised word, no date's,
    follows: the name runs on ("by White on Rice Couple on October 28" cut to "White": a
    blog's name; "Center for Drug Evaluation", an office; not "X in Category", a post's
    filing)."""
    if not name or " " in name:
        return False
    after = re.search(rf"(?<!\w){re.escape(name)}\s+(?:on|for)\s+(\S.*)", value)
    if after is None or not after.group(1)[:1].isupper():
        return False
    return not any(d.match(after.group(1)) for d in dates)


def _strip_labels(text: str, labels: Sequence[re.Pattern[str]]) -> str:
    """The text without its leading role labels ("作者：", "Text by", "Post author By")."""
    for _ in range(3):
        before = text
        for pattern in labels:
            text = pattern.sub("", text, count=1).lstrip(_NAME_EDGES)
        if text == before:
            break
    return text


def _facets_only(text: str, facets: Sequence[re.Pattern[str]]) -> bool:
    """Whether every part of the text is a shop's filter name ("Gender & Age")."""
    parts = [p for p in _PART_SEPARATORS.split(text) if p]
    return bool(parts) and all(any(f.fullmatch(p) for f in facets) for p in parts)


def _phrase(text: str, not_person: Sequence[re.Pattern[str]]) -> bool:
    """Whether a part reads as a phrase, not a name: too long, or half its words lowercase
    ("you accept the Privacy"; a one- or two-word handle may be lowercase, and the words
    that end a byline, "timothy on Tuesday", do not count)."""
    for part in _PART_SEPARATORS.split(text):
        if len(_CJK.findall(part)) > MAX_NAME_CJK:
            return True
        words = [w for w in part.split() if not _CJK.match(w)]
        if len(words) > MAX_NAME_WORDS:
            return True
        lower = [
            w
            for w in words
            if w[:1].islower()
            and w not in _NAME_PARTICLES
            and not any(p.fullmatch(w) for p in not_person)
        ]
        handle = len(lower) == len(words) <= MAX_LOWER_NAME  # "giampiero maggio"
        if len(lower) >= MIN_LOWER_WORDS and 2 * len(lower) >= len(words) and not handle:
            return True
    return False


def _lower_inside(text: str) -> bool:
    """Whether a lowercase word that is no particle stands between two capitalised ones, or
    ends a part after one: a phrase, not a name ("Tunis nach Teheran", "Physio bis Fango", a
    heading's verb: "Barzahler-Rabatten profitieren"; not "Ursula von der Leyen")."""
    for part in _PART_SEPARATORS.split(text):
        words = part.split()
        last = words[-1] if words else ""
        lower_last = last.isalpha() and last.islower() and last not in _NAME_PARTICLES
        if lower_last and len(words) > 1 and words[-2][:1].isupper():
            return True
        for before, word, after in zip(words, words[1:], words[2:], strict=False):
            inner = word[:1].islower() and word not in _NAME_PARTICLES
            if inner and before[:1].isupper() and after[:1].isupper():
                return True
    return False


def _names_outlet(text: str, others: Sequence[str]) -> bool:
    """Whether the name is the site's or the outlet's: equal to one, holding one, or (CJK)
    a piece of one (网易 of 网易新闻)."""
    name = folded(text)
    for other in others:
        known = folded(other)
        if len(known) < 2:
            continue
        if name == known or known in name:
            return True
        if _CJK.match(name) and len(name) >= 2 and known.startswith(name):
            return True
    return False


def source(value: str | None, lexicon: Lexicon) -> str | None:
    """An outlet's name: a role label glued after it cut off (证券时报网作者); None for a url,
    a markup leftover (size="20") or a placeholder (``field.not_source``: 未知, 本站); a name
    styled as a host (lokalo.de) stays."""
    text = " ".join((value or "").split())
    for pattern in lexicon.field("source_tail"):
        text = pattern.split(text, maxsplit=1)[0]
    text = text.strip(_NAME_EDGES)
    if not LETTER.search(text) or _URL.search(text) or MARKUP.search(text):
        return None
    if any(p.match(text) for p in lexicon.field("not_source")):
        return None
    return text


def first(values: Sequence[str | None]) -> str | None:
    """The first value that passed its check."""
    return next((v for v in values if v), None)
