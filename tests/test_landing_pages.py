"""Landing pages (tests/fixtures/landing/): a company's page of sections in its ``<main>``.

Each fixture is a page of our own text in the markup of a typical product site: a hero, a
logos wall, feature sections and cards, a product mockup, a template gallery of links, a
testimonial and a closing call to action, between a site menu and a footer of link columns.
``NAME.gold.txt`` holds what wcxb's convention keeps: every section's heading and sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import dechaff
from dechaff.html import speedups as html_speedups

LANDING = Path(__file__).parent / "fixtures" / "landing"


def _lines(name: str) -> set[str]:
    body = dechaff.clean((LANDING / f"{name}.html").read_bytes()).body
    return {line.strip() for line in body.splitlines()}


def test_every_later_section_of_the_main_element_joins() -> None:
    lines = _lines("saas-home")
    for kept in (
        "Built for the edge of the map",
        "Reports without retyping",
        # below a gallery of linked cards the region search stops at
        "We stopped losing Friday afternoons to data entry. The notes are simply there when"
        " we get back.",
        "Imogen Hale",  # the testimonial's credit
        "Survey Manager, Harbour Metrics",
        "Bring your crews onto one page",  # the closing call to action
        "Start with one job and one crew; most teams move everything over within a month.",
    ):
        assert kept in lines


def test_menus_cards_buttons_and_footer_stay_out() -> None:
    lines = _lines("saas-home")
    for dropped in (
        "Pricing",
        "Log inSign up",
        "Boundary survey",  # a template card's link
        "Use template",
        "See all templates",
        "Start for freeTalk to sales",
        "About us",
        "© 2026 Tidewater Ltd. All rights reserved.",
    ):
        assert dropped not in lines


_TEASER = "Our crews walked the whole estuary in a week, and the notes came back the same day."


def _report(byline: str) -> bytes:
    """Three sections under headings in <main>, a list of links, then one more section."""
    return (
        "<html><head><title>Field report</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/blog'>Blog</a> <a href='/about'>About</a></nav>"
        f"<main><h1>Field report</h1>{byline}"
        + "".join(
            f"<h2>Part {n}</h2><p>The tide came in early on day {n}, so the crew moved the"
            " level line inland and kept the readings on the new bench mark.</p>"
            for n in range(1, 4)
        )
        + "<ul class='more'>"
        + "".join(f"<li><a href='/p/{n}'>Link {n}</a></li>" for n in range(12))
        + f"</ul><h3>Estuary notes</h3><p>{_TEASER}</p></main>"
        "<footer><a href='/privacy'>Privacy policy</a></footer></body></html>"
    ).encode()


def test_a_section_below_a_list_of_links_joins_on_an_undated_page() -> None:
    lines = {line.strip() for line in dechaff.clean(_report("")).body.splitlines()}
    assert "Estuary notes" in lines
    assert _TEASER in lines
    assert "Link 3" not in lines


def test_a_dated_article_in_main_takes_no_later_sections() -> None:
    """A byline over the region says article: what follows the list is not its text."""
    body = dechaff.clean(_report("<p class='byline'>By Ada Quill · March 3, 2025</p>")).body
    assert "The tide came in early on day 3" in body
    assert _TEASER not in body


_SERVICES = (LANDING / "services-grid.html").read_bytes()


def _body_lines(page: bytes) -> set[str]:
    return {line.strip() for line in dechaff.clean(page).body.splitlines()}


def test_without_a_main_element_the_lines_down_to_the_footer_stand_for_it() -> None:
    lines = _body_lines(_SERVICES)
    for kept in (
        "The depth model arrived before our dredger had even left the yard. We have not used"
        " anyone else on the river since.",
        "Orla Penhaligon",  # the testimonial's credit
        "Harbour Master, Port of Kelland",
    ):
        assert kept in lines
    for dropped in (
        "Careers",
        "Privacy notice",
        "© 2026 Saltmarsh Surveying Ltd. All rights reserved.",
    ):
        assert dropped not in lines


def test_without_a_footer_element_nothing_stands_for_the_main_element() -> None:
    page = _SERVICES.replace(b"<footer", b"<div").replace(b"</footer>", b"</div>")
    lines = _body_lines(page)
    assert "Orla Penhaligon" not in lines
    assert "Hydrographic survey" not in lines


@pytest.mark.parametrize(
    "page",
    [_SERVICES.replace(b"promo-grid", b"service-grid"), _SERVICES],
    ids=["a grid of one-link cards", "the same grid under a promotion hint"],
)
def test_linked_cards_join_by_headings_and_sentences(page: bytes) -> None:
    lines = _body_lines(page)
    for kept in (
        "What we do",
        "Hydrographic survey",
        "We chart harbour floors and river channels with multibeam sonar, and deliver depth"
        " models that dredging crews can load on the same afternoon.",
        "Training for field crews",
    ):
        assert kept in lines
    assert "Learn more" not in lines  # the card's button


def test_a_promotion_with_one_sentence_or_a_form_stays_out() -> None:
    """A closing call to action under a promotion hint, and a sign-up form's lines (below
    the testimonial: a run of hinted lines right after the cards would count as theirs)."""
    page = _SERVICES.replace(
        b'<div class="cta-strip">',
        b'<div class="promo-signup"><form action="/signup"><h3>Stay in the loop</h3>'
        b"<p>Yes, I would like to hear about new services and events from the team.</p>"
        b"<p>We will be in touch with you shortly about your request today.</p>"
        b"<p>In submitting this form you agree to receive our quarterly letter by email.</p>"
        b"</form></div>"
        b'<div class="promo-strip"><p>Book a free site visit with one of our surveyors this'
        b" month and get the first report on us.</p></div>"
        b'<div class="cta-strip">',
    )
    lines = _body_lines(page)
    assert "Hydrographic survey" in lines
    assert "Stay in the loop" not in lines
    assert not any(line.startswith(("Yes, I would", "Book a free")) for line in lines)


@pytest.mark.parametrize("walk", ["c", "python"])
def test_a_page_without_main_or_header_is_cleaned_on_both_walks(
    walk: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The lines standing for the main element then reach back to the page's <title>, a line
    # of no element (node -1): the C walk raised IndexError on it, the Python walk read the
    # page's last element instead (the property test's failing case, shrunk).
    if walk == "python":
        monkeypatch.setattr(html_speedups, "ctree", None)
        monkeypatch.setattr(html_speedups, "cselect", None)
    elif html_speedups.ctree is None:
        pytest.skip("the C walk is not built")
    page = (
        "<html><head><title>Notes</title></head><body>"
        "<h3>Where the field notes go: one page per crew</h3>"
        "<footer>Harbour Metrics</footer></body></html>"
    )
    article = dechaff.clean(page)
    assert "Where the field notes go: one page per crew" in article.body
    assert "Harbour Metrics" not in article.body
