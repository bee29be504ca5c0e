"""What the markup says the page is: schema.org types (JSON-LD, microdata, RDFa) and og:type."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..html.parse import Element
from .jsonld import MAX_JSON_DEPTH, MAX_JSON_NODES

# Values of og:type are read this far; longer ones are not a type.
MAX_TYPE_CHARS = 60


@dataclass(frozen=True, slots=True)
class MarkupTypes:
    """The lowercased schema.org type names the page declares, and its og:type."""

    schema: frozenset[str] = frozenset()
    og_type: str | None = None


NO_TYPES = MarkupTypes()  # a page whose markup declares no type


def _ld_types(data: Any, budget: list[int], depth: int = 0) -> Iterator[str]:
    """The @type names of every JSON object in data, within the budget."""
    if depth > MAX_JSON_DEPTH or budget[0] <= 0:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_types(item, budget, depth + 1)
    elif isinstance(data, dict):
        budget[0] -= 1
        kind = data.get("@type")
        for name in kind if isinstance(kind, list) else [kind]:
            if isinstance(name, str):
                yield _type_name(name)
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from _ld_types(value, budget, depth + 1)


def _type_name(value: str) -> str:
    """ "http://schema.org/NewsArticle" and "schema:NewsArticle" name newsarticle."""
    return value.strip().rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower()[:MAX_TYPE_CHARS]


def markup_types(
    documents: Iterable[Any], typed: Iterable[Element], tags: dict[str, list[str]]
) -> MarkupTypes:
    """The types that the page's JSON-LD documents, its ``itemtype`` / ``typeof`` carriers and
    its og:type (in ``tags``, the page's meta tags by name) give."""
    names: set[str] = set()
    budget = [MAX_JSON_NODES]
    for data in documents:
        names.update(_ld_types(data, budget))
    for element in typed:
        for attribute in ("itemtype", "typeof"):
            value = element.get(attribute)
            if value:
                names.update(_type_name(v) for v in value[:500].split())
    og_types = tags.get("og:type", [])
    og_type = og_types[0].strip().lower()[:MAX_TYPE_CHARS] or None if og_types else None
    names.discard("")
    return MarkupTypes(frozenset(names), og_type)
