"""Container hints: the name screen never changes which hint a class or id name gives."""

from __future__ import annotations

from pathlib import Path

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from dechaff.article import Boilerplate
from dechaff.core.tree import ARTICLE, Hint
from dechaff.html.hints import HintRules, load_hints
from dechaff.html.segment import hint_of_element

GOLDEN = Path(__file__).parent / "golden"


def _unscreened(rules: HintRules, name: str) -> Hint:
    """The hint by trying every section's pattern in file order, as without the screen."""
    for hint, pattern in rules.rules:
        if pattern.search(name):
            return hint
    return None


def _page_names() -> list[str]:
    names: set[str] = set()
    for page in GOLDEN.glob("*.html"):
        for element in lxml.html.fromstring(page.read_bytes()).iter():
            for attribute in ("class", "id", "itemprop"):
                names.update((element.get(attribute) or "").lower().split())
    return sorted(names)


def test_the_golden_pages_names_get_the_unscreened_hints() -> None:
    rules = load_hints()
    names = _page_names()
    assert len(names) > 30
    for name in names:
        assert rules.hint_of(name) == _unscreened(rules, name), name


_PIECES = [
    "nav",
    "menu",
    "ad",
    "ads",
    "comment",
    "related",
    "share",
    "post",
    "content",
    "article",
    "body",
    "footer",
    "header",
    "site",
    "top",
    "bar",
    "meta",
    "date",
    "-",
    "_",
    "x",
    "2",
    "bread",
    "crumb",
    "author",
    "bio",
    "caption",
    "side",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=6))
def test_made_up_names_get_the_unscreened_hints(pieces: list[str]) -> None:
    rules = HintRules(load_hints().rules)  # a fresh cache
    name = "".join(pieces)
    assert rules.hint_of(name) == _unscreened(rules, name)


def test_names_say_what_a_container_holds() -> None:
    rules = load_hints()
    assert rules.hint_of("post-comments") is Boilerplate.COMMENTS
    assert rules.hint_of("sidebar-widget") is Boilerplate.NAVIGATION
    assert rules.hint_of("article-body") == ARTICLE
    assert rules.hint_of("clearfix") is None


def test_an_ad_word_that_gives_an_items_state_names_no_box() -> None:
    rules = load_hints()
    assert rules.hint_of("subscription") is Boilerplate.AD
    assert rules.hint_of("subscription-box") is Boilerplate.AD
    assert rules.hint_of("subscription-eligible") is None
    assert rules.hint_of("promo-eligible") is None


def test_utility_classes_with_variants_or_values_say_nothing() -> None:
    # Tailwind-style "lg:pt-[calc(var(--banner-min-height))]" styles the box; only the
    # plain names say what it holds
    styled = lxml.html.fromstring(
        '<div class="stack lg:first:pt-[calc(var(--banner-min-height))] hover:ad-glow"></div>'
    )
    assert hint_of_element(styled) is None
    named = lxml.html.fromstring('<div class="banner lg:pt-[4px]"></div>')
    assert hint_of_element(named) is Boilerplate.AD


def test_a_tabs_box_names_no_menu_but_its_tab_list_does() -> None:
    # the box of a product's tabs holds their panels: the description, the specifications
    rules = load_hints()
    assert rules.hint_of("product-tabs") is None
    assert rules.hint_of("tabs") is None
    tab_list = lxml.html.fromstring('<ul class="tab-labels" role="tablist"></ul>')
    assert hint_of_element(tab_list) is Boilerplate.NAVIGATION


def test_a_headings_offset_under_a_sticky_bar_names_no_menu() -> None:
    # a docs heading's class sets its scroll offset below the sticky top bar: it is no menu
    rules = load_hints()
    assert rules.hint_of("anchorwithstickynavbar_lwe7") is None
    assert rules.hint_of("sticky-navbar") is Boilerplate.NAVIGATION
    assert rules.hint_of("mainnavbar") is Boilerplate.NAVIGATION
    heading = lxml.html.fromstring('<h2 class="anchor anchorWithStickyNavbar_x1">Hooks</h2>')
    assert hint_of_element(heading) is None


def test_an_api_pages_code_signature_is_no_authors_signature() -> None:
    rules = load_hints()
    assert rules.hint_of("message-signature") is Boilerplate.AUTHOR_BIO
    assert rules.hint_of("type-signature") is None
    assert rules.hint_of("member-signature") is None
    assert rules.hint_of("method_signature") is None
