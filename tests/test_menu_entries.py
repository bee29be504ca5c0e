"""A related line that is one entry of a list of links heads no section (label/sections.py)."""

from __future__ import annotations

import dechaff
from dechaff import Boilerplate

INTRO = (
    "Motivation remains the key to a first marathon, and a plan that builds the long run "
    "slowly over eighteen weeks gets most beginners to the start line without an injury."
)
MORE = (
    "Many experienced runners stay with the first plan for their second and third races, "
    "because it fits into a busy week, while others move up to a plan with more miles."
)
LAST = (
    "You can follow the free schedules on this site, or sign up for the interactive "
    "version, which sends you each day's run by e-mail with a few tips on your training."
)
PLANS = (
    ("Novice 1", "The most popular plan for a first marathon, with four easy days of running..."),
    ("Novice 2", "A small step up in mileage for runners who have finished one race already..."),
    ("Intermediate 1", "One step up from the novice plans, with more miles on the weekdays..."),
    ("Advanced 1", "A progressive buildup for runners who have raced several times before..."),
)


def _page(entry: str) -> str:
    menu = "".join(
        f'<li><a href="/c/{n}">{name}</a></li>'
        for n, name in enumerate(("5K Training", "10K Training", "Base Training", entry))
    )
    plans = "".join(f'<li><a href="/p">{t}</a><p>{s}</p></li>' for t, s in PLANS)
    return f"""<html><head><title>Marathon Training</title></head><body>
<main><h1>Marathon Training</h1><p>{INTRO}</p><p>{MORE}</p><p>{LAST}</p>
<div class="box"><h2>Programs</h2><ul>{menu}</ul></div>
<div class="list"><ul>{plans}</ul></div></main>
<footer><p>Terms of use</p></footer></body></html>"""


def test_a_more_entry_in_a_list_of_links_ends_no_article() -> None:
    body = dechaff.clean(_page("More Training 8")).body
    for title, summary in PLANS[:3]:  # summaries cut off mid-sentence: teasers
        assert title in body
        assert summary in body


def test_a_more_line_beside_two_links_still_opens_related() -> None:
    page = _page("More Training 8").replace('<li><a href="/c/0">5K Training</a></li>', "")
    article = dechaff.clean(page)
    related = {r.text for r in article.removed if r.kind is Boilerplate.RELATED}
    assert "More Training 8" in related
    assert PLANS[0][1] in related
