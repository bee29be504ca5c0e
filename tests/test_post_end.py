"""A post's closing data ends the article: a box below it (a game's description, a profile)
is no more of it (label/sections.py, label/region.py)."""

from __future__ import annotations

import dechaff

_TEXT = [
    "The long-awaited port arrived on phones this week, and it keeps the music, the pixel art "
    "and the twelve endings that made the original a classic of its time.",
    "It costs ten dollars, the same as on tablets, and adds a new dungeon, an extra boss and a "
    "music room where every track of the game can be heard again.",
]
_BOX = (
    "When a teleportation device malfunctions at the fair, a young hero must travel through "
    "time to rescue his friend, and in doing so he learns of a disaster that awaits the world "
    "in the far future, which only he and his companions can prevent."
)


def test_a_box_below_the_tags_line_is_no_more_of_the_article() -> None:
    text = "".join(f"<p>{p}</p>" for p in _TEXT)
    page = (
        "<html><head><title>Classic game now on phones</title></head><body>"
        f"<div class='post'><h1>Classic game now on phones</h1>{text}"
        "<p>Tags: mobile, ports, role-playing</p>"
        f"<h4>Game info</h4><h5>Description</h5><p>{_BOX}</p></div>"
        "</body></html>"
    )
    body = dechaff.clean(page).body
    assert _TEXT[1] in body
    assert _BOX not in body


def test_a_tags_line_above_most_of_the_prose_ends_nothing() -> None:
    text = "".join(f"<p>{p}</p>" for p in _TEXT)
    page = (
        "<html><head><title>Classic game now on phones</title></head><body>"
        "<div class='post'><h1>Classic game now on phones</h1>"
        f"<p>Tags: mobile, ports, role-playing</p>{text}<p>{_BOX}</p></div>"
        "</body></html>"
    )
    body = dechaff.clean(page).body
    assert _TEXT[0] in body
    assert _BOX in body


def test_prose_past_a_metadata_line_below_the_article_is_not_joined() -> None:
    text = "".join(f"<p>{p}</p>" for p in _TEXT)
    menu = "".join(f"<li><a href='/g/{n}'>Game {n}</a></li>" for n in range(4))
    box = "A young hero must travel through time to rescue his friend from a disaster."
    page = (
        "<html><head><title>Classic game now on phones</title></head><body>"
        f"<div class='post'><h1>Classic game now on phones</h1>{text}</div>"
        f"<p>Posted by Jane Roe at 4:06 PM</p><ul>{menu}</ul><p>{box}</p>"
        "</body></html>"
    )
    body = dechaff.clean(page).body
    assert _TEXT[1] in body
    assert box not in body
