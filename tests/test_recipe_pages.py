"""Recipe and how-to pages in their platforms' markup (tests/fixtures/recipes/): WP Recipe Maker
cards on Kadence and on GeneratePress with the Feast plugin (Raptive and Mediavine ad slots, a
long story above the card, a non-food how-to card), Tasty Recipes on Genesis, Create by
Mediavine on Astra, a Dotdash-like component page, a Next.js recipe, a wikiHow-like how-to and
Squarespace and Wix posts. Each is our own text; ``NAME.gold.txt`` holds what wcxb's gold keeps
of such a page (the story, the card's name, times, details, ingredients, steps and notes),
``NAME.meta.json`` the fields it must give.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import dechaff
from dechaff import Boilerplate
from fixture_fields import wrong_fields

RECIPES = Path(__file__).parent / "fixtures" / "recipes"
PAGES = sorted(p.stem for p in RECIPES.glob("*.html"))


def _clean(name: str) -> dechaff.Article:
    return dechaff.clean((RECIPES / f"{name}.html").read_bytes())


def _any(part: str, texts: tuple[str, ...]) -> bool:
    return any(part in text for text in texts)


@pytest.mark.parametrize("name", PAGES)
def test_the_fields_are_the_pages_own(name: str) -> None:
    assert wrong_fields(_clean(name), RECIPES / f"{name}.meta.json") == []


@pytest.mark.parametrize("name", PAGES)
def test_every_gold_line_is_in_the_body(name: str) -> None:
    words = set(re.findall(r"\w+", _clean(name).body))
    for line in (RECIPES / f"{name}.gold.txt").read_text().splitlines():
        assert set(re.findall(r"\w+", line)) <= words, line


def test_a_cards_cook_mode_switch_is_navigation() -> None:
    article = _clean("wprm-kadence")
    assert "Prevent your screen" not in article.body
    assert _any("Prevent your screen from going dark", article.removed_of(Boilerplate.NAVIGATION))


def test_a_cards_nutrition_facts_are_metadata() -> None:
    article = _clean("wprm-kadence")
    metadata = article.removed_of(Boilerplate.METADATA)
    assert "Nutrition" in metadata
    assert _any("Carbohydrates: 58g | Protein: 12g", metadata)
    assert "Carbohydrates: 58g" not in article.body
    assert "Calories 486kcal" in article.body  # the card's details keep the calories


def test_a_nutrient_line_alone_is_metadata_and_a_heading_on_fat_is_not() -> None:
    page = (
        "<html><body><article><h1>Cooking with less fat</h1>"
        "<p>Most weeknight dishes need far less oil than the recipes ask for, and a good "
        "nonstick pan makes up most of the difference without any loss of flavour.</p>"
        "<h2>Fatty cuts and lean ones</h2><p>Thighs forgive a hot pan and breasts do not, so "
        "cook the lean cuts gently and take them off the heat a little early.</p>"
        "<ul><li>Fat: 13g</li><li>Protein: 31g</li></ul>"
        "<p>The figures above are for one serving of the chicken with its sauce, as we "
        "cooked it in the test kitchen this spring.</p></article></body></html>"
    )
    article = dechaff.clean(page)
    assert "Fat: 13g" in article.removed_of(Boilerplate.METADATA)
    assert "Fatty cuts and lean ones" in article.body


def test_a_rating_count_is_metadata() -> None:
    article = _clean("mv-create-astra")
    assert "4.9 (38 reviews)" in article.removed_of(Boilerplate.METADATA)


def test_a_cards_own_author_line_is_metadata() -> None:
    article = _clean("wprm-kadence")
    assert "Author Maren Oakley" in article.removed_of(Boilerplate.METADATA)


def test_a_cards_print_and_pin_buttons_and_photo_ask_are_share() -> None:
    tasty = _clean("tasty-recipes-genesis")
    assert "Print Recipe" in tasty.removed_of(Boilerplate.SHARE)
    kadence = _clean("wprm-kadence")
    assert _any("Did you make this recipe?", kadence.removed_of(Boilerplate.SHARE))
    assert "PrintPin" in _clean("mv-create-astra").removed_of(Boilerplate.SHARE)


def test_a_cards_times_take_no_metadata_hint() -> None:
    lines = _clean("mv-create-astra").body.splitlines()
    assert "Prep Time 10 minutes" in lines
    assert "Total Time 25 minutes" in lines


def test_an_affiliate_disclosure_and_a_newsletter_box_are_ads() -> None:
    feast = _clean("feast-generatepress-longstory")
    assert _any("As an Amazon Associate", feast.removed_of(Boilerplate.AD))
    kadence = _clean("wprm-kadence")
    assert _any("Join 40,000 home cooks", kadence.removed_of(Boilerplate.AD))


def test_a_howtos_forms_poll_and_about_box_are_not_the_article() -> None:
    article = _clean("wikihow-howto")
    assert "200 characters left" in article.removed_of(Boilerplate.NAVIGATION)
    assert "Submit a Tip" in article.removed_of(Boilerplate.NAVIGATION)
    assert _any("Thanks for voting!", article.removed_of(Boilerplate.SHARE))
    assert _any("This article was co-authored by", article.removed_of(Boilerplate.AUTHOR_BIO))
    assert "Warnings" in article.body.splitlines()


def test_a_category_among_a_cards_details_is_the_cards_and_ends_no_post() -> None:
    lines = _clean("tasty-recipes-genesis").body.splitlines()
    assert "Category: Dessert" in lines
    assert "Cuisine: French" in lines
    assert "3 Bosc pears, thinly sliced" in lines


def test_a_category_line_with_no_card_detail_beside_it_is_still_metadata() -> None:
    prose = "".join(
        f"<p>Paragraph {k} of the post says what the garden gave this week and what we cooked "
        f"with it, so that the notes are there next year when the beans come in.</p>"
        for k in range(4)
    )
    page = (
        f"<html><body><article><h1>Garden notes</h1>{prose}<p>Category: Garden</p>"
        "<p>Yesterday's harvest was the biggest of the summer.</p></article></body></html>"
    )
    assert "Category: Garden" in dechaff.clean(page).removed_of(Boilerplate.METADATA)
