"""Read an article's metadata from HTML markup, without looking at the visible lines.

The sources, most trusted first: JSON-LD (schema.org ``Article`` and its kin, ``@graph``
and lists included), OpenGraph and other ``<meta>`` tags, microdata (``itemprop``),
``<time datetime>``, date variables in inline scripts, ``rel=prev/next`` links and
breadcrumb markup. Every function here takes a parsed tree and never raises on
malformed markup; no network is touched. The names each source reads are data, below.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..article import Link
from ..html.parse import Element, text_of
from ..html.select import Selected, select

__all__ = ["Markup", "href_of", "read"]

MAX_JSON_CHARS = 300_000
"""Longest JSON-LD script parsed; a longer one is skipped, not truncated."""
MAX_JSON_NODES = 400
"""JSON objects visited per page, over all JSON-LD scripts."""
MAX_JSON_DEPTH = 8
MAX_TEXT = 300
"""Longest text kept from one element or attribute."""
MAX_TRAIL_CHARS = 400
"""A breadcrumb element with more text than this is a container, not a trail."""
MAX_TRAIL_ITEMS = 12
MAX_TRAIL_CHILDREN = 30
"""An element with more children than this is a container, not a trail (nor a name)."""
MAX_NAME_CHILDREN = 6
MAX_SCRIPT_CHARS = 200_000
MIN_LINK_CHARS = 4

# --- names, as data ------------------------------------------------------------------------------

ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "technewsarticle",
        "askpublicnewsarticle", "satiricalarticle", "techarticle", "scholarlyarticle", "report",
        "liveblogposting", "socialmediaposting", "posting", "review", "medicalwebpage",
    }
)  # fmt: skip
PAGE_TYPES = frozenset({"webpage", "itempage", "aboutpage", "collectionpage", "profilepage"})
ORGANISATION_TYPES = frozenset(
    {"organization", "newsmediaorganization", "corporation", "localbusiness", "website"}
)
TITLE_META = (
    "og:title", "twitter:title", "twitter:text:title", "dc.title", "dcterms.title",
    "sailthru.title", "parsely-title", "headline", "title",
)  # fmt: skip
SITE_META = ("og:site_name", "application-name", "apple-mobile-web-app-title", "publisher")
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "article.published",
    "datepublished", "published_time", "publishdate", "publish-date", "publish_date",
    "pubdate", "pubtime", "publishtime", "publication_date", "parsely-pub-date",
    "sailthru.date", "citation_publication_date", "citation_date", "citation_online_date",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
    "dcterms.created", "datecreated", "og:release_date", "release_date", "date",
    "original-publish-date", "article:post_date", "bt:pubdate", "og:pubdate",
)  # fmt: skip
MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "dateupdate",
    "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "revised",
)  # fmt: skip
AUTHOR_META = (
    "author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author",
    "parsely-author", "citation_author", "byl", "byline",
)  # fmt: skip
SOURCE_META = ("source", "original-source", "og:source", "mediaid")
SECTION_META = ("article:section", "og:section", "section", "parsely-section")
# twitter:labelN / twitter:dataN pairs (WordPress SEO plugins): a label saying "written by"
WRITTEN_BY_LABEL = re.compile(
    r"^(?:written by|author|verfasst von|geschrieben von|auteur|autor)", re.I
)
# class or id words of an element that holds the byline's name (not the author's bio)
AUTHOR_HINT = re.compile(
    r"(?:^|[\s_-])(?:author|byline|autor|auteur|writer)(?:$|[\s_-](?:name|link|url)?)", re.I
)
AUTHOR_HINT_NOT = re.compile(r"bio|desc|about|info|avatar|image|img|photo|box|comment", re.I)
MAX_AUTHOR_CHARS = 60
BYLINE_PREFIX = re.compile(r"^(?:by|von|par|por|door|di|author|autor|auteur)\s*:?\s+", re.I)
BREADCRUMB_HINT = re.compile(r"bread|crumb", re.I)
# pubtime: '2019-09-23 07:48' in an inline script (Chinese portals put it there)
# A date assigned in an inline script (``pubtime: '2019-09-23 07:48'``): the date is
# found first (rare in scripts, so the scan is fast), then the key just before it.
SCRIPT_DATE = re.compile(
    r"""(?P<date>(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}[^"'<>]{0,20})["']"""
)
SCRIPT_DATE_KEY = re.compile(
    r"""(?:pub_?time|publish_?time|publish_?date|pub_?date|date_?published|"""
    r"""release_?time|ptime|create_?time)["']?\s*[:=]\s*["']$""",
    re.I,
)
SCRIPT_KEY_REACH = 40
_TRAIL_SEPARATOR = re.compile(r"^[\s>»›＞→/|·•:：-]*$")


@dataclass(frozen=True, slots=True)
class Markup:
    """What the markup says about the article; each tuple is ordered most trusted first."""

    page_title: str | None = None
    headlines: tuple[str, ...] = ()
    h1: tuple[str, ...] = ()
    site_names: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    modified: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    script_dates: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    meta_authors: tuple[str, ...] = ()
    author_elements: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    section: str | None = None
    breadcrumbs: tuple[str, ...] = ()
    prev: Link | None = None
    next: Link | None = None


def clean_text(text: str | None) -> str:
    """Whitespace collapsed and trimmed, cut to MAX_TEXT characters."""
    return " ".join((text or "").split())[:MAX_TEXT]


def _unique(values: Iterable[str | None]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        text = clean_text(value)
        if text and text not in seen:
            seen[text] = None
    return tuple(seen)


def _text_of(element: Element) -> str:
    try:
        return clean_text(text_of(element))
    except ValueError:
        return ""


# --- JSON-LD -------------------------------------------------------------------------------------


def _load_json(text: str) -> Any:
    if len(text) > MAX_JSON_CHARS:
        return None
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip().rstrip(";")
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return None


def json_ld(scripts: Iterable[Element]) -> list[Any]:
    """The parsed JSON-LD scripts of the page; malformed ones are skipped."""
    found: list[Any] = []
    for script in scripts:
        if "ld+json" in (script.get("type") or "").lower() and script.text:
            data = _load_json(script.text)
            if data is not None:
                found.append(data)
    return found


def _nodes(data: Any, budget: list[int], depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object in data (lists, @graph and nested values), within the budget."""
    if depth > MAX_JSON_DEPTH or budget[0] <= 0:
        return
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item, budget, depth + 1)
    elif isinstance(data, dict):
        budget[0] -= 1
        yield data
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from _nodes(value, budget, depth + 1)


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def _str(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return clean_text(value) if isinstance(value, str) else None


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://", "www.", "/"))


def _people(value: Any, persons: list[str], organisations: list[str]) -> None:
    """Sort an author value into person names and organisation names, in order."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            if item.strip() and not _is_url(item.strip()):
                persons.append(item)
        elif isinstance(item, dict):
            name = _str(item.get("name"))
            if not name or _is_url(name):
                continue
            (organisations if _types(item) & ORGANISATION_TYPES else persons).append(name)


@dataclass(slots=True)
class _LdFields:
    headlines: list[str]
    site_names: list[str]
    published: list[str]
    modified: list[str]
    authors: list[str]
    organisations: list[str]
    breadcrumbs: tuple[str, ...] = ()
    section: str | None = None


def _trail_of(node: dict[str, Any]) -> tuple[str, ...]:
    items = node.get("itemListElement")
    if not isinstance(items, list):
        return ()
    ranked: list[tuple[float, str]] = []
    for number, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        name = _str(item.get("name")) or _str(item.get("item"))
        position = item.get("position")
        rank = float(position) if isinstance(position, (int, float)) else float(number)
        if name and not _is_url(name):
            ranked.append((rank, name))
    return tuple(name for _, name in sorted(ranked, key=lambda r: r[0]))[:MAX_TRAIL_ITEMS]


def _read_ld_node(node: dict[str, Any], out: _LdFields, pages: _LdFields) -> None:
    kinds = _types(node)
    if "breadcrumblist" in kinds and not out.breadcrumbs:
        out.breadcrumbs = _trail_of(node)
        return
    if "website" in kinds:
        out.site_names.extend(filter(None, [_str(node.get("name"))]))
        return
    target = out if kinds & ARTICLE_TYPES else pages if kinds & PAGE_TYPES else None
    if target is None:
        return
    target.headlines.extend(filter(None, [_str(node.get("headline")), _str(node.get("name"))]))
    target.published.extend(filter(None, [_str(node.get("datePublished"))]))
    target.published.extend(filter(None, [_str(node.get("dateCreated"))]))
    target.modified.extend(filter(None, [_str(node.get("dateModified"))]))
    _people(node.get("author"), target.authors, target.organisations)
    _people(node.get("creator"), target.authors, target.organisations)
    publisher = _str(node.get("publisher"))
    if publisher:
        target.site_names.append(publisher)
    if target.section is None:
        target.section = _str(node.get("articleSection"))


def read_json_ld(scripts: Iterable[Element]) -> _LdFields:
    """The article fields of the page's JSON-LD; page-level (WebPage) values come after."""
    out = _LdFields([], [], [], [], [], [])
    pages = _LdFields([], [], [], [], [], [])
    budget = [MAX_JSON_NODES]
    for data in json_ld(scripts):
        for node in _nodes(data, budget):
            _read_ld_node(node, out, pages)
    for name in ("headlines", "site_names", "published", "modified", "organisations"):
        getattr(out, name).extend(getattr(pages, name))
    if not out.authors:
        out.authors.extend(pages.authors)
    return out


# --- meta tags and microdata ---------------------------------------------------------------------


def meta_tags(metas: Iterable[Element]) -> dict[str, list[str]]:
    """``<meta>`` contents by lower-cased name, property or itemprop, in page order."""
    tags: dict[str, list[str]] = {}
    for meta in metas:
        content = clean_text(meta.get("content"))
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key:
                tags.setdefault(key, []).append(content)
    return tags


def _from_tags(tags: dict[str, list[str]], names: Iterable[str]) -> list[str]:
    return [value for name in names for value in tags.get(name, ())]


def _written_by(tags: dict[str, list[str]]) -> list[str]:
    found: list[str] = []
    for number in range(1, 5):
        labels = tags.get(f"twitter:label{number}", [])
        data = tags.get(f"twitter:data{number}", [])
        if labels and data and WRITTEN_BY_LABEL.match(labels[0]):
            found.append(data[0])
    return found


def _itemprop(root: Element, name: str) -> list[Element]:
    return [e for e in root.iter() if isinstance(e.tag, str) and e.get("itemprop") == name]


def _item_value(element: Element) -> str:
    while True:  # down nested items to their name; a loop, as items nest thousands deep
        for attr in ("content", "datetime"):
            value = element.get(attr)
            if value:
                return clean_text(value)
        if element.get("itemscope") is None:
            break
        names = [e for e in _itemprop(element, "name") if e is not element]
        if not names:
            break
        element = names[0]
    return _text_of(element)


def _rdfa_name(value: str) -> str:
    """ "schema:datePublished" and "http://schema.org/datePublished" name datePublished."""
    return value.rsplit("/", 1)[-1].rsplit(":", 1)[-1]


def microdata(root: Element, selected: Selected | None = None) -> dict[str, list[str]]:
    """Values of the microdata (and RDFa schema.org) properties dechaff reads, in order."""
    wanted = ("headline", "datePublished", "dateCreated", "dateModified", "author", "publisher")
    found: dict[str, list[str]] = {name: [] for name in wanted}
    for element in (selected or select(root)).items:
        names = (element.get("itemprop") or "").split()
        names += [_rdfa_name(p) for p in (element.get("property") or "").split()]
        for name in names:
            if name in found:
                value = _item_value(element)
                if value:
                    found[name].append(value)
    return found


# --- <time>, scripts, <h1> -----------------------------------------------------------------------


def _time_rank(element: Element) -> int:
    hints = " ".join(filter(None, [element.get("class"), element.get("itemprop")]))
    if element.get("pubdate") is not None or "datepublished" in hints.lower():
        return 0
    if "pub" in hints.lower():
        return 1
    in_article = any(a.tag == "article" for a in element.iterancestors())
    return 2 if in_article else 3


def times(elements: Iterable[Element]) -> tuple[str, ...]:
    """``<time>`` values (datetime attribute, else text), published-looking and in-article first."""
    ranked: list[tuple[int, int, str]] = []
    for number, element in enumerate(elements):
        value = clean_text(element.get("datetime")) or _text_of(element)
        if value:
            ranked.append((_time_rank(element), number, value))
    return _unique(value for _, _, value in sorted(ranked))


def script_dates(scripts: Iterable[Element]) -> tuple[str, ...]:
    """Publication dates that inline scripts assign (``pubtime: '2019-09-23 07:48'``)."""
    found: list[str] = []
    for script in scripts:
        if "ld+json" in (script.get("type") or "").lower():
            continue
        text = script.text or ""
        if len(text) > MAX_SCRIPT_CHARS:
            continue
        starts = _quoted_century_starts(text)
        if starts is None:
            matches: Iterable[re.Match[str] | None] = SCRIPT_DATE.finditer(text)
        else:
            matches = (SCRIPT_DATE.match(text, start) for start in starts)
        for match in matches:
            if match is None:
                continue
            start = match.start()
            if SCRIPT_DATE_KEY.search(text, max(0, start - SCRIPT_KEY_REACH), start):
                found.append(match.group("date"))
    return _unique(found)


def _quoted_century_starts(text: str) -> list[int] | None:
    """The places a date that a key names may start, in order; None when too many to pay.

    SCRIPT_DATE_KEY ends with a quote at the end of its window, or just before a line break
    that ends it: such a date opens with 19 or 20 right after a quote (or a quote and a line
    break). No SCRIPT_DATE match spans that quote, so each of these dates is also one of
    SCRIPT_DATE.finditer's. str.find walks a script much faster than the regex does.
    """
    budget = len(text) // 50 + 20  # a script dense with 19s and 20s goes to the regex
    starts: list[int] = []
    for century in ("19", "20"):
        at = text.find(century, 1)
        while at >= 0:
            budget -= 1
            if budget < 0:
                return None
            before = text[at - 1]
            if before in "\"'" or (before == "\n" and text[at - 2 : at - 1] in ('"', "'")):
                starts.append(at)
            at = text.find(century, at + 1)
    return sorted(starts)


def headings(elements: Iterable[Element]) -> tuple[str, ...]:
    """The texts of the page's headings of one level."""
    return _unique(_text_of(e) for e in elements)


def page_title(titles: Iterable[Element]) -> str | None:
    """The ``<title>`` text."""
    for element in titles:
        text = _text_of(element)
        if text:
            return text
    return None


def author_elements(root: Element, selected: Selected | None = None) -> tuple[str, ...]:
    """Names in ``<a rel=author>`` and in short elements whose class names the author."""
    found: list[str] = []
    for element in (selected or select(root)).authors:
        if element.tag in ("meta", "link", "body", "html") or len(element) > MAX_NAME_CHILDREN:
            continue
        hints = " ".join(filter(None, [element.get("class"), element.get("id")]))
        is_rel = "author" in (element.get("rel") or "").lower().split()
        if not is_rel and not (AUTHOR_HINT.search(hints) and not AUTHOR_HINT_NOT.search(hints)):
            continue
        text = BYLINE_PREFIX.sub("", _text_of(element))
        if 2 <= len(text) <= MAX_AUTHOR_CHARS:
            found.append(text)
    return _unique(found)


# --- breadcrumbs and links -----------------------------------------------------------------------


def _is_trail_element(element: Element) -> bool:
    if (element.get("itemtype") or "").lower().endswith("breadcrumblist"):
        return True
    label = element.get("aria-label") or ""
    hints = " ".join(filter(None, [element.get("class"), element.get("id"), label]))
    return bool(BREADCRUMB_HINT.search(hints))


def _trail_items(element: Element) -> tuple[str, ...]:
    items = list(element.iter("li")) or list(element.iter("a"))
    texts = [_text_of(e) for e in items]
    if items and items[-1].tag == "a":  # the current page often follows the last link as text
        tail = clean_text(items[-1].tail)
        if tail:
            texts.append(tail)
    kept = [t.strip(" >»›/|") for t in texts if t and not _TRAIL_SEPARATOR.match(t)]
    return tuple(t for t in kept if t)[:MAX_TRAIL_ITEMS]


def breadcrumbs(root: Element, selected: Selected | None = None) -> tuple[str, ...]:
    """The items of the first breadcrumb trail marked up as such (class, aria-label, schema)."""
    for element in (selected or select(root)).trails:
        if element.tag in ("html", "body", "meta", "link") or len(element) > MAX_TRAIL_CHILDREN:
            continue
        if not _is_trail_element(element):
            continue
        if len(_text_of(element)) > MAX_TRAIL_CHARS:
            continue
        items = _trail_items(element)
        if len(items) >= 2:
            return items
    return ()


def rel_links(elements: Iterable[Element]) -> tuple[Link | None, Link | None]:
    """The previous and next links that ``<a rel=prev|next>`` (else ``<link rel>``) mark."""
    found: dict[str, Link] = {}
    for element in elements:
        rel_value = (element.get("rel") or "").lower()
        if "prev" not in rel_value and "next" not in rel_value:  # rel=nofollow, stylesheet ...
            continue
        rels = rel_value.split()
        href = (element.get("href") or "").strip()
        if not href or not {"prev", "previous", "next"} & set(rels):
            continue
        text = _text_of(element) or clean_text(element.get("title"))
        for rel in rels:
            key = "prev" if rel in ("prev", "previous") else rel
            if key in ("prev", "next") and key not in found:
                found[key] = Link(text, href)
    return found.get("prev"), found.get("next")


def href_of(root: Element, text: str) -> str | None:
    """The href of the first link whose text is ``text`` (or ends with it), if any."""
    wanted = clean_text(text)
    if not wanted:
        return None
    for element in root.iter("a"):
        href = (element.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#")):
            continue
        shown = _text_of(element)
        if not shown or min(len(shown), len(wanted)) < MIN_LINK_CHARS:
            continue
        if shown == wanted or shown.endswith(wanted) or wanted.endswith(shown):
            return href
    return None


# --- all together --------------------------------------------------------------------------------


def read(root: Element) -> Markup:
    """Every metadata candidate the markup of the page gives."""
    selected = select(root)
    by_tag = selected.by_tag
    ld = read_json_ld(by_tag["script"])
    tags = meta_tags(by_tag["meta"])
    items = microdata(root, selected)
    persons = ld.authors or _written_by(tags) or items["author"]
    sites = [*_from_tags(tags, SITE_META[:1]), *ld.site_names, *_from_tags(tags, SITE_META[1:])]
    prev, nxt = rel_links(selected.rels)
    sections = [ld.section, *_from_tags(tags, SECTION_META)]
    return Markup(
        page_title=page_title(by_tag["title"]),
        headlines=_unique([*ld.headlines, *_from_tags(tags, TITLE_META), *items["headline"]]),
        h1=headings(by_tag["h1"]),
        site_names=_unique(sites),
        published=_unique(
            [
                *ld.published,
                *_from_tags(tags, PUBLISHED_META),
                *items["datePublished"],
                *items["dateCreated"],
            ]
        ),
        modified=_unique([*ld.modified, *_from_tags(tags, MODIFIED_META), *items["dateModified"]]),
        times=times(by_tag["time"]),
        script_dates=script_dates(by_tag["script"]),
        authors=_unique(p for p in persons if not _is_url(clean_text(p))),
        meta_authors=_unique(
            p for p in _from_tags(tags, AUTHOR_META) if not _is_url(clean_text(p))
        ),
        organisations=_unique([*ld.organisations, *items["publisher"]]),
        sources=_unique(_from_tags(tags, SOURCE_META)),
        author_elements=author_elements(root, selected),
        section=next((s for s in sections if s), None),
        breadcrumbs=ld.breadcrumbs or breadcrumbs(root, selected),
        prev=prev,
        next=nxt,
    )
