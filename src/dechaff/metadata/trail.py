"""Where the article sits: its breadcrumb trail, its category and the site's name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..label.labeller import Labels
from ..label.lexicon import Lexicon
from .addresses import host_name
from .checks import folded
from .page import NOT_MID_SPACES, Page, blocks_of, first_group, norm

# Separators of a breadcrumb trail, strongest first.
_TRAIL_SEPARATORS = (
    re.compile(NOT_MID_SPACES + r"\s*[>»›＞→]+\s*"),
    re.compile(NOT_MID_SPACES + r"\s+[/|]\s+"),
)
# Separators between a headline and the site name in a page title ("... _网易财经", "... | BBC").
_TITLE_SUFFIX = re.compile(
    NOT_MID_SPACES
    + r"\s*(?:\s[|–—«-]\s|\s//\s|_|\s?｜\s?|\s::\s|(?<=[\u4e00-\u9fff])[-–—](?=[\u4e00-\u9fff]))"
    + r"\s*(?P<site>(?:(?!\s[-–—|]\s)[^|–—_｜»«]){1,40})$"
)
# A site name opening a page title ("BMAS - Headline", "example.org // » Headline"): a short
# first piece, then a run of separators with spaces around them.
_TITLE_PREFIX = re.compile(r"(?P<site>[^|–—»«_｜]{1,40}?)(?:\s+(?:[|–—»«:·-]+|//))+\s+(?=\w)")
# The software's credit closing a page title, after the site's name: " - Powered by Discuz!"
_ENGINE_CREDIT = re.compile(r"\s*(?:\s[-–—|]+\s|--+|_|｜)\s*powered\s+by\s+\S[^|_｜]{0,40}$", re.I)
MAX_SITE_UNITS = 12
# The banner line that names the site opens the page (after the page title, in a text dump).
BANNER_BLOCKS = 2
# A host label this short ("tv", "ap") opens too many words to name the banner line
MIN_HOST_LABEL = 3


def split_trail(trail: str) -> tuple[str, ...]:
    """The items of a breadcrumb trail ("首页 > 科技 > 正文")."""
    for separator in _TRAIL_SEPARATORS:
        items = [norm(item) for item in separator.split(trail)]
        items = [item for item in items if item]
        if len(items) >= 2:
            return tuple(items)
    return (norm(trail),) if trail.strip() else ()


def breadcrumbs(blocks: Sequence[Block], labels: Labels, lexicon: Lexicon) -> tuple[str, ...]:
    """The items of the first breadcrumb trail the page shows."""
    for block in blocks_of(blocks, labels, Boilerplate.BREADCRUMB):
        trail = first_group(lexicon.field("breadcrumb"), block.text, "trail") or block.text
        items = split_trail(trail)
        if items:
            return items
    return ()


def _is_home(text: str, lexicon: Lexicon) -> bool:
    return any(p.match(text) for p in lexicon.field("home"))


def split_site_suffix(page_title: str) -> tuple[str, str | None]:
    """Split "Headline _ Site" into the headline and the site name (a forum engine's credit
    after the site's name is neither: "标题 - 版块 - 清溪论坛 - Powered by Discuz!")."""
    credit = _ENGINE_CREDIT.search(page_title)
    if credit and credit.start() > 0:
        page_title = page_title[: credit.start()]
    match = _TITLE_SUFFIX.search(page_title)
    if not match or match.start() == 0:
        return page_title.strip(), None
    return page_title[: match.start()].strip(), match.group("site").strip()


def split_site_prefix(page_title: str) -> tuple[str | None, str]:
    """Split "Site - Headline" into the name before the first separator and the rest."""
    match = _TITLE_PREFIX.match(page_title)
    if not match:
        return None, page_title
    return match.group("site").strip(), page_title[match.end() :]


def site_name(
    page: Page,
    trail: tuple[str, ...],
    beside_title: str | None,
    title: str | None,
    url: str | None = None,
) -> str | None:
    """The site: og:site_name or JSON-LD publisher, the page title's suffix, the trail's root,
    else the banner line when the page names it again (:func:`_banner_named`)."""
    blocks, labels = page.blocks, page.labels
    if page.markup.site_names:
        named = page.markup.site_names[0]
        if beside_title and _company_of(named, beside_title, page):
            return beside_title
        return named
    if beside_title:
        return beside_title
    if trail and not _is_home(trail[0], page.lexicon) and len(trail[0]) <= 30:
        return trail[0]
    for block in blocks[:BANNER_BLOCKS]:
        if block.text == title or block.tag == "title":
            continue
        if labels.kinds[block.index] is Boilerplate.HEADER and block.units <= MAX_SITE_UNITS:
            return block.text if _banner_named(page, block.text, url) else None
        break
    return None


def _company_of(named: str, site: str, page: Page) -> bool:
    """Whether the markup's name is the company behind the site the page title names: the
    site's name, more words, then a legal form ("Openpedia Foundation, Inc." publishing
    "Harrowgate Lighthouse - Openpedia"). The site is what the reader sees."""
    return (
        len(named) > len(site) + 1
        and named.startswith(site + " ")
        and any(p.fullmatch(named) for p in page.lexicon.field("organisation"))
    )


def _banner_named(page: Page, text: str, url: str | None) -> bool:
    """Whether the page names its banner line again: in the url's host or on a copyright
    line. The line that opens a page is as often a menu item, a login link, a date or the
    headline as the site's name."""
    if _spelled_by_host(text, url):
        return True
    name = text.casefold()
    return any(name in line.text.casefold() for line in page.lines_of(Boilerplate.COPYRIGHT))


def _spelled_by_host(text: str, url: str | None) -> bool:
    """Whether the site's label of the url's host (wccftech in wccftech.com) opens the line,
    letters and digits alone."""
    host = host_name(url)
    return len(host) >= MIN_HOST_LABEL and folded(text).startswith(host)


def category(trail: tuple[str, ...], title: str | None, lexicon: Lexicon) -> str | None:
    """The section the article sits in: the trail's last item above the article itself."""
    placeholders = lexicon.field("placeholder")
    items = [
        item
        for item in trail[1:]
        if item != title
        and not _is_home(item, lexicon)
        and not any(p.match(item) for p in placeholders)
        and not (title and len(item) >= 8 and title.startswith(item.rstrip(".…")))
    ]
    if title is None and len(items) >= 2 and len(items) == len(trail) - 1:
        items = items[:-1]  # the last item may be the headline itself, cut short
    return items[-1] if items else None
