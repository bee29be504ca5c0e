"""The texts of single elements: the ``<title>``, the ``<h1>`` headings, the author's name."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable

import lxml.etree

from ..article import Boilerplate
from ..core.tree import ARTICLE
from ..html.parse import Element
from ..html.segment import hint_of_element
from ..html.select import Selected, select
from .markup_text import clean_text, element_text, unique
from .microdata import in_reply, of_software

# Elements whose text a heading does not show as its words: controls, scripts, styles.
HIDDEN_IN_HEADINGS = frozenset(
    {"button", "select", "option", "script", "style", "noscript", "template"}
)
MAX_NAME_CHILDREN = 6
"""An element with more children than this is a container, not a name."""
# class or id words of an element that holds the byline's name (not the author's bio):
# "author", "byline-name", "authorname-txt"
AUTHOR_HINT = re.compile(
    r"(?:^|[\s_-])(?:author|byline|autor|auteur|writer)(?:name)?(?:$|[\s_-](?:name|link|url)?)",
    re.I,
)
# ... not a box about the writer, nor a forum post's row of buttons or counts beside the
# poster ("author_buttons": Find, Email; "author_statistics": Posts, Threads)
AUTHOR_HINT_NOT = re.compile(
    r"bio|desc|about|info|avatar|image|img|photo|box|comment|buttons|stat", re.I
)
# a teaser's card ("c-teaser__byline"): the byline of another story, its words a section's
TEASER_HINT = re.compile(r"teaser", re.I)
# containers whose bylines are not the page's writer's: a reader's comment, another story
NOT_WRITER_KINDS = frozenset({Boilerplate.COMMENTS, Boilerplate.RELATED})
MAX_AUTHOR_CHARS = 60
# An author class on this many people in as many containers is a list (reviews, posts, cards).
LISTED_NAMES = 3
BYLINE_PREFIX = re.compile(r"^(?:by|von|par|por|door|di|author|autor|auteur)\s*:?\s+", re.I)


# A word's last letter in a spaced script (a CJK heading's spans meet without a space).
_WORD_END = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]$")
_OPENING_QUOTES = frozenset('"„“«')


def headings(elements: Iterable[Element]) -> tuple[str, ...]:
    """The texts of the page's headings of one level; spans a heading glues together are
    read apart (:func:`_glued`)."""
    return unique(_heading_text(e) for e in elements)


def _heading_text(element: Element) -> str:
    try:
        pieces = [t for t in _shown_texts(element) if t]
    except ValueError:
        return ""
    text = "".join(pieces[:1])
    for piece in pieces[1:]:
        text += (" " if _glued(text, piece) else "") + piece
    return clean_text(text)


def _shown_texts(element: Element) -> list[str]:
    """The element's texts in order, without those of the controls and scripts in it (a
    docs heading's "Copy item path" button, as the page's walk reads it)."""
    if any(True for _ in element.iterdescendants(*HIDDEN_IN_HEADINGS)):
        element = copy.deepcopy(element)  # a heading is small; the page stays as parsed
        lxml.etree.strip_elements(element, *HIDDEN_IN_HEADINGS, with_tail=False)
    return [t for t in element.itertext() if isinstance(t, str)]


def _glued(before: str, after: str) -> bool:
    """Whether two spans of a heading meet with no space between a word's end and a
    capital or an opening quote: a kicker and the headline ('Arbeit"Wir'), the headline
    and its subtitle ("AlternativesTop"), which the page shows apart."""
    return bool(_WORD_END.search(before)) and (after[0] in _OPENING_QUOTES or after[0].isupper())


def page_title(titles: Iterable[Element]) -> str | None:
    """The ``<title>`` text."""
    for element in titles:
        text = element_text(element)
        if text:
            return text
    return None


def author_elements(
    root: Element, selected: Selected | None = None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Names in ``<a rel=author>`` and in short elements whose class names the author, but
    not those of a list of people (:func:`_listed`); and apart, the first name of each such
    list, in the page's order (a thread's first poster, when the page is a thread)."""
    found: list[str] = []
    firsts: list[str] = []
    seen_lists: set[str | None] = set()
    elements = (selected or select(root)).authors
    listed = _listed(elements)
    for element in elements:
        if element.tag in ("meta", "link", "body", "html") or len(element) > MAX_NAME_CHILDREN:
            continue
        hints = " ".join(filter(None, [element.get("class"), element.get("id")]))
        is_rel = "author" in (element.get("rel") or "").lower().split()
        if is_rel and _to_site_root(element.get("href")):
            continue  # the site's title linked home ("Plot Notes" in a theme's header)
        if not is_rel and not (AUTHOR_HINT.search(hints) and not AUTHOR_HINT_NOT.search(hints)):
            continue
        if not is_rel and _holds_rel_author(element):
            continue  # a byline box ("DESIGN | 7 Hours Ago By <a rel=author>"): its link names
        if _in_other_text(element) or in_reply(element) or of_software(element):
            continue
        text = BYLINE_PREFIX.sub("", element_text(element))
        if 2 <= len(text) <= MAX_AUTHOR_CHARS:
            cls = element.get("class")
            if cls not in listed:
                found.append(text)
            elif cls not in seen_lists:
                seen_lists.add(cls)
                firsts.append(text)
    return unique(found), unique(firsts)


def _to_site_root(href: str | None) -> bool:
    """Whether a link goes to the home page of the page's own site ("/", "./"); a root on
    another host may be a writer's own site."""
    return href is not None and href.strip() in ("/", "./")


def _listed(elements: Iterable[Element]) -> set[str]:
    """The author classes that name LISTED_NAMES or more people in as many containers: a
    shop's reviews, a thread's posters, a feed's cards ("jdgm-rev__author" on each review).
    Co-authors' names share one byline's container."""
    names: dict[str, set[str]] = {}
    parents: dict[str, set[Element]] = {}  # held, so a node keeps one proxy and one identity
    for element in elements:
        cls = element.get("class")
        parent = element.getparent()
        if not cls or parent is None:
            continue
        names.setdefault(cls, set()).add(element_text(element))
        parents.setdefault(cls, set()).add(parent)
    return {
        cls
        for cls, said in names.items()
        if len(said) >= LISTED_NAMES and len(parents[cls]) >= LISTED_NAMES
    }


def _holds_rel_author(element: Element) -> bool:
    """Whether an element holds an ``<a rel=author>``, which names the writer more closely."""
    return any("author" in (link.get("rel") or "").lower().split() for link in element.iter("a"))


def _in_other_text(element: Element) -> bool:
    """Whether the element sits in a comment or in another story's teaser (a container
    hints.lex names comments or related, a class naming a teaser): a reader's name or another
    story's byline, not the writer's. The page's <body> and <html> are not read: they carry
    such words for the whole page ("comments-open"). Below the article's container, a
    sidebar or a menu (``<aside>``, ``<nav>``, class "sidebar") holds other stories' bylines
    too; above it, such a hint wraps the whole page."""
    in_article = False
    for ancestor in (element, *element.iterancestors()):
        if ancestor.tag in ("body", "html"):
            break
        if TEASER_HINT.search(ancestor.get("class") or ""):
            return True
        hint = hint_of_element(ancestor) if ancestor is not element else None
        if hint in NOT_WRITER_KINDS or (hint is Boilerplate.NAVIGATION and not in_article):
            return True
        in_article = in_article or hint == ARTICLE
    return False


# Buttons read for their words; a page with more is not read further.
MAX_BUTTONS = 400


def button_words(buttons: Iterable[Element], inputs: Iterable[Element]) -> tuple[str, ...]:
    """The words of the page's buttons and inputs (their value or label, and a button's
    text), at most :data:`MAX_BUTTONS` of them."""
    words: list[str] = []
    for element in [*buttons, *inputs][:MAX_BUTTONS]:
        said = element.get("value") or element.get("aria-label") or ""
        if element.tag == "button":
            said += " " + " ".join(map(str, element.itertext()))
        words.append(said)
    return tuple(words)
