"""A blog's short post under a linked title, below a sidebar's "about" box: the site's logo
<h1> (the <title>'s last part) is no headline, and the post under the headline wins over
one paragraph above it (label/headline.py, label/region.py)."""

from __future__ import annotations

import dechaff
from dechaff.html.parse import parse
from dechaff.html.segment import segment_tree
from dechaff.label.headline import find_headline

_ABOUT = (
    "I live by the sea and I draw every day. This blog shares what I make, what I find and "
    "what other people make that catches my eye."
)
_POST = "This chair folds into a ladder, and then back."
_MENU = "".join(f"<li><a href='/t/{i}'>Tag number {i}</a></li>" for i in range(12))


def _page() -> str:
    return (
        "<html><head><title>The Folding Chair - Sketches From the Seaside</title></head><body>"
        "<div class='head'><h1><a href='/'>Sketches From the Seaside</a></h1>"
        f"<p>{_ABOUT}</p></div><div class='side'><ul>{_MENU}</ul></div>"
        "<div class='post'><h2><a href='/p/1'>The Folding Chair</a></h2>"
        f"<p>{_POST}</p><p><a href='/p/1#c'>0 comments</a></p></div>"
        "</body></html>"
    )


def test_the_logo_h1_that_shows_the_site_part_of_the_title_is_no_headline() -> None:
    root = parse(_page())
    assert root is not None
    blocks, _ = segment_tree(root)
    headline = find_headline(blocks)
    assert headline is not None
    assert blocks[headline].text == "The Folding Chair"


def test_a_short_post_below_its_headline_wins_over_the_about_box_above() -> None:
    body = dechaff.clean(_page()).body
    assert _POST in body
    assert _ABOUT not in body
