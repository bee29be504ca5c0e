"""A shop's product page: the summary lines between the product's name and its description."""

from __future__ import annotations

import dechaff

_DESCRIPTION = (
    "The Alder kettle boils a litre of water in under three minutes, and its double wall "
    "keeps the outside cool enough to touch while the water inside stays hot for an hour. "
    "Its base turns all the way round, so it sits the same for left and right hands alike."
)
_MORE = (
    "Descale the kettle once a month with a spoonful of citric acid and a litre of water, "
    "then rinse it twice before you brew again; the filter lifts out for a wash by hand."
)
_BULLETS = ["Boils in three minutes", "Cool-touch double wall", "Turns on its base"]
_ABOUT = (
    "We are a small family business from the hills, and we have been choosing sturdy "
    "kitchen tools for people who cook every day since our first market stall opened."
)


def _page(ld_type: str, between: str = "") -> str:
    bullets = "".join(f"<li>{b}</li>" for b in _BULLETS)
    return (
        "<html><head><title>Alder Kettle | Hill Kitchen</title>"
        "<script type='application/ld+json'>"
        f'{{"@context": "https://schema.org", "@type": {ld_type}, "name": "Alder Kettle"}}'
        "</script></head><body><nav><a href='/'>Home</a> <a href='/k'>Kitchen</a></nav>"
        "<div class='buy'><h1>Alder Kettle</h1>"
        f"<div class='summary'><ul>{bullets}</ul></div>{between}</div>"
        f"<div class='about'><p>{_DESCRIPTION}</p><p>{_MORE}</p></div>"
        f"<footer><p>{_ABOUT}</p></footer></body></html>"
    )


def test_a_products_summary_bullets_join_its_description() -> None:
    body = dechaff.clean(_page('"Product"')).body
    assert _DESCRIPTION in body
    for bullet in _BULLETS:
        assert bullet in body


def test_a_reviews_lines_above_the_text_stay_out() -> None:
    body = dechaff.clean(_page('["Product", "Article"]')).body
    assert _DESCRIPTION in body
    assert not any(bullet in body for bullet in _BULLETS)


def test_a_buy_boxs_form_keeps_the_lines_out() -> None:
    form = "<fieldset><legend>Select a colour</legend><label>Red</label></fieldset>"
    body = dechaff.clean(_page('"Product"', form)).body
    assert _DESCRIPTION in body
    assert not any(bullet in body for bullet in _BULLETS)


def test_a_byline_under_the_name_says_review_and_keeps_the_lines_out() -> None:
    byline = "<p class='byline'>By Jane Roe</p>"
    body = dechaff.clean(_page('"Product"', byline)).body
    assert _DESCRIPTION in body
    assert not any(bullet in body for bullet in _BULLETS)


def test_a_products_name_heads_its_body() -> None:
    body = dechaff.clean(_page('"Product"')).body
    assert body.splitlines()[0] == "Alder Kettle"


def test_the_name_heads_the_body_over_a_buy_boxs_form() -> None:
    form = "<fieldset><legend>Select a colour</legend><label>Red</label></fieldset>"
    lines = dechaff.clean(_page('"Product"', form)).body.splitlines()
    assert lines[0] == "Alder Kettle"
    assert "Select a colour" not in lines


def test_a_page_declaring_an_article_keeps_its_headline_out_of_the_body() -> None:
    assert "Alder Kettle" not in dechaff.clean(_page('["Product", "Article"]')).body.splitlines()


def test_the_name_heads_a_product_review_with_a_byline() -> None:
    byline = "<p class='byline'>By Jane Roe</p>"
    lines = dechaff.clean(_page('"Product"', byline)).body.splitlines()
    assert lines[0] == "Alder Kettle"
    assert not any(bullet in lines for bullet in _BULLETS)


def _buy_box_below(h1s: str) -> str:
    return (
        "<html><head><title>Kettles | Hill Kitchen</title>"
        "<script type='application/ld+json'>"
        '{"@context": "https://schema.org", "@type": "Product", "name": "Alder Kettle"}'
        "</script></head><body><nav><a href='/'>Home</a> <a href='/k'>Kitchen</a></nav>"
        f"<div class='about'><p>{_DESCRIPTION}</p><p>{_MORE}</p></div>"
        f"<div class='sidebar'>{h1s}<p>In stock</p><p>Ships in two days</p></div>"
        f"<footer><p>{_ABOUT}</p></footer></body></html>"
    )


def test_the_pages_one_h1_in_a_buy_box_below_the_text_is_the_name() -> None:
    lines = dechaff.clean(_buy_box_below("<h1>Alder Kettle</h1>")).body.splitlines()
    assert _DESCRIPTION in lines
    assert "Alder Kettle" in lines
    assert "Ships in two days" not in lines


def test_of_two_h1s_below_the_text_neither_is_taken_for_the_name() -> None:
    page = _buy_box_below("<h1>Alder Kettle</h1><h1>Hill Kitchen</h1>")
    lines = dechaff.clean(page).body.splitlines()
    assert _DESCRIPTION in lines
    assert "Alder Kettle" not in lines


def test_a_linked_h1_is_a_logo_not_the_name() -> None:
    page = _buy_box_below("<h1><a href='/'>Hill Kitchen</a></h1>")
    lines = dechaff.clean(page).body.splitlines()
    assert _DESCRIPTION in lines
    assert "Hill Kitchen" not in lines
