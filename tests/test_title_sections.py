"""A section's or a menu's heading is no headline: a mega-menu's column headings set as h1,
a listing's "Latest News" heading (tests/fixtures pages)."""

from __future__ import annotations

from pathlib import Path

import dechaff
from dechaff.metadata.title_check import best_echoes

FIXTURES = Path(__file__).parent / "fixtures"


def _title(name: str) -> str | None:
    return dechaff.clean((FIXTURES / f"{name}.html").read_bytes()).title


def test_a_mega_menus_h1_headings_yield_to_the_page_header() -> None:
    # "Planning" shares a word with the <title>; the page's own h1 shares five
    assert _title("modernblogs/oxygen-megamenu") == "Garden Planning Checklist: A Guide & Timeline"


def test_a_listings_section_heading_is_held_against_the_whole_page_title() -> None:
    # "Issues - Harbour Freight Bulletin": one subject word cannot tell "Latest News" apart
    assert _title("lists/wp-issues") == "Issues"


def test_of_many_h1_those_sharing_the_most_words_are_kept() -> None:
    title = "Your Garden Checklist: A Garden Planning Guide"
    h1 = ["Planning", "Budgeting", "The Garden Party", "Garden Planning Checklist: A Guide"]
    assert best_echoes(h1, title) == ["Garden Planning Checklist: A Guide"]
    # two h1 are no mega-menu: both that echo the title are kept
    assert best_echoes(h1[2:], title) == h1[2:]


def test_the_h1_that_shows_the_page_title_beats_an_embeds_heading() -> None:
    # og:title "Your Maintenance Schedule" is the embedded graphic's heading, a div; the h1
    # shows the <title>'s headline
    assert _title("news/embed-graphic") == "Your Bicycle Maintenance Schedule"


def test_a_menus_item_showing_the_section_piece_yields_to_the_headline_piece() -> None:
    # dc.title "Press Announcements - Headline": the left menu's current item shows the
    # section, a paragraph's bold line the headline
    assert _title("news/gov-press") == "Agency clears new test for early detection of Lyme disease"


def test_a_heading_that_types_the_titles_curled_quote_plain_shows_it() -> None:
    # <title> "Tonight’s Pick: ... - Blog - Site", the post's h2 "Tonight's Pick: ...": the
    # h1 above, the blog's name, is no headline
    assert _title("oldblogs/wp-magazine-blog") == "Tonight's Pick: Slow-Roasted Tomato Soup"


def test_a_blogs_banner_h1_yields_to_the_post_title_after_the_blogs_name() -> None:
    # <title> "Blog Name: Post title" (Blogger's); the banner's h1 "Maps" shares a word with it
    assert _title("oldblogs/blogger-banner-h1") == (
        "New flood maps show which streets to avoid in a storm surge"
    )


def test_a_product_name_a_menu_shows_in_the_titles_suffix_slot_is_no_headline() -> None:
    # og:title "Headline | Service Desk": the product menu lists "Service Desk"
    assert _title("modernblogs/hubspot-product") == "Customer Service Software"
