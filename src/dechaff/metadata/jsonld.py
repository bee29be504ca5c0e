"""What the page's JSON-LD says about the article (schema.org ``Article`` and its kin)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..html.parse import Element
from .markup_text import MAX_LONG_TEXT, clean_text, is_url
from .markup_trail import MAX_TRAIL_ITEMS

MAX_JSON_CHARS = 300_000
"""Longest JSON-LD script parsed; a longer one is skipped, not truncated."""
MAX_JSON_NODES = 400
"""JSON objects visited per page, over all JSON-LD scripts."""
MAX_JSON_DEPTH = 8
MAX_LIST_ITEMS = 50
"""Items read from one JSON-LD list of keywords or images."""

ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "technewsarticle",
        "askpublicnewsarticle", "satiricalarticle", "techarticle", "scholarlyarticle", "report",
        "liveblogposting", "socialmediaposting", "posting", "review", "medicalwebpage",
    }
)  # fmt: skip
PAGE_TYPES = frozenset({"webpage", "itempage", "aboutpage", "collectionpage", "profilepage"})
# A product's own description is its page's content (label/described.py).
PRODUCT_TYPES = frozenset({"product", "productgroup", "productmodel", "individualproduct"})
ORGANISATION_TYPES = frozenset(
    {"organization", "newsmediaorganization", "corporation", "localbusiness", "website"}
)


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


def _nodes(
    data: Any, budget: list[int], depth: int = 0, top: bool = True
) -> Iterator[tuple[dict[str, Any], bool]]:
    """Every JSON object in data (lists, @graph and nested values), within the budget, each
    with whether it stands at the top (reached through lists and ``@graph`` only)."""
    if depth > MAX_JSON_DEPTH or budget[0] <= 0:
        return
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item, budget, depth + 1, top)
    elif isinstance(data, dict):
        budget[0] -= 1
        yield data, top
        for key, value in data.items():
            if isinstance(value, (dict, list)):
                yield from _nodes(value, budget, depth + 1, top and key == "@graph")


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


def _people(
    value: Any,
    persons: list[str],
    organisations: list[str],
    linked: tuple[dict[str, Any], list[str]] | None = None,
) -> None:
    """Sort an author value into person names and organisation names, in order. A reference
    (``{"@id": ...}``, Yoast's graph) is read as the graph's node with that id, and a person
    found so goes to ``linked``'s list: the graph may name the account that posted."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            if item.strip() and not is_url(item.strip()):
                persons.append(item)
        elif isinstance(item, dict):
            into = persons
            if "name" not in item and linked is not None and str(item.get("@id")) in linked[0]:
                item, into = linked[0][str(item.get("@id"))], linked[1]
            name = _str(item.get("name"))
            if not name or is_url(name):
                continue
            kinds = _types(item)
            # a personal site's graph types its owner ["Person", "Organization"]: a person
            is_organisation = kinds & ORGANISATION_TYPES and "person" not in kinds
            (organisations if is_organisation else into).append(name)


@dataclass(slots=True)
class LdFields:
    """The fields JSON-LD gives, for the article (or, kept apart, for the web page)."""

    headlines: list[str]
    site_names: list[str]
    published: list[str]
    modified: list[str]
    authors: list[str]
    organisations: list[str]
    breadcrumbs: tuple[str, ...] = ()
    section: str | None = None
    descriptions: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    licenses: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)  # a product's description
    linked_authors: list[str] = field(default_factory=list)  # persons named by an @id


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
        if name and not is_url(name):
            ranked.append((rank, name))
    return tuple(name for _, name in sorted(ranked, key=lambda r: r[0]))[:MAX_TRAIL_ITEMS]


def _read_ld_node(
    node: dict[str, Any], out: LdFields, pages: LdFields, top: bool, named: dict[str, Any]
) -> None:
    kinds = _types(node)
    if "breadcrumblist" in kinds and not out.breadcrumbs:
        out.breadcrumbs = _trail_of(node)
        return
    if "website" in kinds:
        out.site_names.extend(filter(None, [_str(node.get("name"))]))
        return
    if top and kinds & PRODUCT_TYPES:
        out.products.extend(filter(None, [_long_str(node.get("description"))]))
    target = out if kinds & ARTICLE_TYPES else pages if kinds & PAGE_TYPES else None
    if target is None:
        return
    target.headlines.extend(filter(None, [_str(node.get("headline")), _str(node.get("name"))]))
    target.published.extend(filter(None, [_str(node.get("datePublished"))]))
    target.published.extend(filter(None, [_str(node.get("dateCreated"))]))
    target.modified.extend(filter(None, [_str(node.get("dateModified"))]))
    linked = (named, target.linked_authors)
    _people(node.get("author"), target.authors, target.organisations, linked)
    _people(node.get("creator"), target.authors, target.organisations, linked)
    publisher = _str(node.get("publisher"))
    if publisher:
        target.site_names.append(publisher)
    if target.section is None:
        target.section = _str(node.get("articleSection"))
    if top:  # a review inside a product is not the page's article
        _read_extras(node, target)


def _long_str(value: Any) -> str | None:
    return clean_text(value, MAX_LONG_TEXT) if isinstance(value, str) else None


def _urls(value: Any) -> list[str]:
    """The urls an image or licence value names: a string, an object's url, or a list."""
    found: list[str] = []
    for item in (value if isinstance(value, list) else [value])[:MAX_LIST_ITEMS]:
        if isinstance(item, dict):
            item = item.get("url") or item.get("contentUrl")
        text = _long_str(item)
        if text:
            found.append(text)
    return found


def _read_extras(node: dict[str, Any], target: LdFields) -> None:
    """Summary, keywords, lead image and licence of an article (or web page) node."""
    target.descriptions.extend(filter(None, [_long_str(node.get("description"))]))
    keywords = node.get("keywords")
    items = keywords if isinstance(keywords, list) else [keywords]
    target.keywords.extend(filter(None, (_long_str(k) for k in items[:MAX_LIST_ITEMS])))
    target.images.extend(_urls(node.get("image")))
    licence = node.get("license")
    if isinstance(licence, dict):
        licence = licence.get("url") or licence.get("@id") or licence.get("name")
    target.licenses.extend(_urls(licence))


def read_json_ld(documents: Iterable[Any]) -> LdFields:
    """The article fields of the page's JSON-LD documents (parsed by :func:`json_ld`);
    page-level (WebPage) values come after."""
    out = LdFields([], [], [], [], [], [])
    pages = LdFields([], [], [], [], [], [])
    budget = [MAX_JSON_NODES]
    nodes = [found for data in documents for found in _nodes(data, budget)]
    named = {str(n["@id"]): n for n, _ in nodes if "@id" in n and "name" in n}
    for node, top in nodes:
        _read_ld_node(node, out, pages, top, named)
    for name in (
        "headlines", "site_names", "published", "modified", "organisations", "descriptions",
        "keywords", "images", "licenses",
    ):  # fmt: skip
        getattr(out, name).extend(getattr(pages, name))
    if not out.authors:
        out.authors.extend(pages.authors)
    if not out.linked_authors:
        out.linked_authors.extend(pages.linked_authors)
    return out
