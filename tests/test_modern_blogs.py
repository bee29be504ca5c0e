"""Posts of modern company, product and creator blogs in their platforms' markup
(tests/fixtures/modernblogs/): WordPress block themes with their plugins, Elementor, HubSpot,
Webflow, Framer, Wix, Squarespace, Ghost, Substack, Medium, Hashnode, dev.to, a Notion site
and a Next.js/Tailwind page. Each is our own text; ``NAME.gold.txt`` holds the article's text,
``NAME.meta.json`` the fields it must give.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import dechaff
from dechaff import Boilerplate
from dechaff.html.segment import segment
from dechaff.label.sections import cut_at_section
from fixture_fields import wrong_fields

BLOGS = Path(__file__).parent / "fixtures" / "modernblogs"
PAGES = sorted(p.stem for p in BLOGS.glob("*.html"))


def _clean(name: str) -> dechaff.Article:
    return dechaff.clean((BLOGS / f"{name}.html").read_bytes())


@pytest.mark.parametrize("name", PAGES)
def test_the_fields_are_the_pages_own(name: str) -> None:
    assert wrong_fields(_clean(name), BLOGS / f"{name}.meta.json") == []


@pytest.mark.parametrize("name", PAGES)
def test_every_gold_line_is_in_the_body(name: str) -> None:
    words = set(re.findall(r"\w+", _clean(name).body))
    for line in (BLOGS / f"{name}.gold.txt").read_text().splitlines():
        assert set(re.findall(r"\w+", line)) <= words, line  # a row is printed by cells


def test_a_table_of_contents_title_and_toggle_are_navigation() -> None:
    article = _clean("wp-tt4")
    assert "Table of Contents" not in article.body.splitlines()
    assert "Toggle" not in article.body.splitlines()
    assert "Table of Contents" in article.removed_of(Boilerplate.NAVIGATION)


def test_a_demo_button_is_an_ad() -> None:
    page = (
        "<html><body><article><h1>Shipping forms faster</h1>"
        "<p>Forms are the slowest part of most internal tools, because every field needs "
        "its own validation and its own error message.</p><p><a href='/demo'>Book a demo</a>"
        "</p><p>We built a schema language so that the validation and the messages come "
        "from one place and stay in step with each other.</p></article></body></html>"
    )
    article = dechaff.clean(page)
    assert "Book a demo" not in article.body
    assert "Book a demo" in article.removed_of(Boilerplate.AD)


def test_a_follower_count_is_share() -> None:
    article = _clean("medium")
    assert "1.3K Followers" in article.removed_of(Boilerplate.SHARE)


def test_a_byline_label_alone_gives_the_name_on_the_next_line() -> None:
    assert _clean("super-notion").author == "Beatrix Holloway-Nunes"


def test_a_headings_slug_id_names_no_metadata() -> None:
    page = (
        "<html><body><article><h1>Profiling notes</h1>"
        "<p>Profilers answer one question well: where does the program spend its time, and "
        "which of those places can be made cheaper without a redesign.</p>"
        '<h2 id="heading-when-is-it-time">When is it time</h2>'
        "<p>Reach for the profiler once a change that should have been fast turned out slow, "
        "and not a moment before, because guesses about speed are usually wrong.</p>"
        "</article></body></html>"
    )
    assert "When is it time" in dechaff.clean(page).body


def _prose(n: int, topic: str) -> str:
    return "".join(
        f"<p>Paragraph {k} on {topic} says what the step asks of the owner, what it costs and "
        f"how long the office takes to answer, so that nothing comes as a surprise.</p>"
        for k in range(n)
    )


def _cut(markup: str) -> tuple[int, int]:
    """Where cut_at_section ends the region of a whole page whose "Read more..." line is a
    related label, and that line's index."""
    blocks, _ = segment(f"<html><body>{markup}</body></html>")
    label = next(b.index for b in blocks if b.text == "Read more...")
    hits = [Boilerplate.RELATED if b.index == label else None for b in blocks]
    return cut_at_section(blocks, hits, 0, len(blocks))[0], label


def test_a_table_of_contents_below_a_related_label_is_no_teaser_list() -> None:
    steps = [f"Step {k} of the filing" for k in range(20)]
    toc = "".join(f"<li><a href='#s{k}'>{k}.{s}</a></li>" for k, s in enumerate(steps))
    sections = "".join(f"<h2 id='s{k}'>{s}</h2>{_prose(1, s)}" for k, s in enumerate(steps))
    end, label = _cut(
        f"{_prose(4, 'the writer')}<p><a href='/a'>Read more...</a></p><ul>{toc}</ul>{sections}"
    )
    assert end > label + 40


def test_links_far_below_a_related_label_make_it_no_teaser_list() -> None:
    offices = "".join(f"<p><a href='/o/{k}'>Regional filing office {k}</a></p>" for k in range(60))
    end, label = _cut(
        f"{_prose(4, 'the opening')}<p><a href='/more'>Read more...</a></p>"
        f"{_prose(36, 'the filing')}{offices}"
    )
    assert end > label + 36


def test_a_teaser_list_right_below_a_related_label_ends_the_article() -> None:
    teasers = "".join(f"<p><a href='/t/{k}'>Another story number {k}</a></p>" for k in range(12))
    end, label = _cut(f"{_prose(4, 'the story')}<p><a href='/more'>Read more...</a></p>{teasers}")
    assert end == label
