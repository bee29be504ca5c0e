"""Posts written in the markup of 2006-2014 blog themes (tests/fixtures/oldblogs/).

Each fixture is a post of our own text in one platform's default or popular theme of the
time: WordPress's Kubrick, Twenty Ten, Twenty Eleven, Twenty Twelve and Genesis, Blogger's
Minima and Simple, TypePad, Movable Type 4, LiveJournal, Drupal 6's Garland, Joomla 1.5 and a
Tumblr video post.
``NAME.gold.txt`` holds the post's own text and ``NAME.meta.json`` the fields the page gives.
"""

from __future__ import annotations

from pathlib import Path

import dechaff

OLDBLOGS = Path(__file__).parent / "fixtures" / "oldblogs"


def _clean(name: str) -> dechaff.Article:
    return dechaff.clean((OLDBLOGS / f"{name}.html").read_bytes())


def test_a_blog_name_before_the_post_title_is_the_site() -> None:
    # "Blog: Post", "Blog » Blog Archive » Post": the linked <h1> is the blog's logo
    for name, title, site in (
        ("blogger-minima-photo", "Saturday market quilt", "Crumbs and Stitches"),
        ("typepad-post", "Why the county budget vote slipped again", "The Ledger Line"),
        ("wp-kubrick-video", "Kite surfing at dawn", "Pebble Harbour Notes"),
    ):
        article = _clean(name)
        assert article.title == title, name
        assert article.site_name == site, name


def test_a_short_post_in_a_widget_is_no_menu() -> None:
    # Blogger prints every post inside <div class="widget Blog">
    article = _clean("blogger-minima-photo")
    assert article.body == "Finished at last, all sixty squares, just in time for the stall."


def test_a_sidebar_about_box_is_not_a_short_post() -> None:
    # the sidebar's one paragraph outweighs the post, but lies outside the post's box
    article = _clean("genesis-photo")
    assert article.body == (
        "Minus six overnight and the lettuces under the glass did not even notice."
    )
    assert "since 2009" not in article.body


def test_long_posts_of_the_themes_keep_their_text_only() -> None:
    for name in (
        "wp-twentyten-post",
        "wp-twentyeleven-post",
        "blogger-simple-post",
        "typepad-post",
        "movabletype-entry",
        "livejournal-entry",
        "wp-twentytwelve-video",
        "drupal6-garland",
        "joomla15-article",
    ):
        gold = (OLDBLOGS / f"{name}.gold.txt").read_text(encoding="utf-8").strip()
        assert _clean(name).body == gold, name


def test_a_byline_ending_in_a_comments_link_gives_the_date() -> None:
    # Genesis's post-info: "December 11, 2012 by Owen Price Leave a Comment"
    article = _clean("genesis-photo")
    assert article.published is not None
    assert article.published.date().isoformat() == "2012-12-11"
    assert article.author == "Owen Price"


def test_a_short_post_title_after_the_blog_name_is_the_headline() -> None:
    page = """<html><head><title>Salt Notes &raquo; Blog Archive &raquo; Low tide walk</title>
    </head><body><div id="header"><h1><a href="/">Salt Notes</a></h1></div>
    <div id="content"><div class="post" id="post-9"><h2>Low tide walk</h2>
    <div class="entry"><p>We walked out to the sandbar at six and found the old anchor
    chain the storm uncovered, half buried and orange with rust.</p></div></div></div>
    <div id="sidebar"><h2>Archives</h2><ul><li><a href="/2010/05/">May 2010</a></li>
    <li><a href="/2010/04/">April 2010</a></li></ul></div></body></html>"""
    article = dechaff.clean(page)
    assert article.title == "Low tide walk"
    assert article.site_name == "Salt Notes"
    assert article.body.startswith("We walked out to the sandbar")


def test_a_site_name_opening_a_headline_is_not_cut_from_it() -> None:
    # no logo shows the first piece: "Salt Notes: Low tide walk" is no blog's title
    page = """<html><head><title>Salt Notes: Low tide walk</title></head><body>
    <h1>Salt Notes: Low tide walk</h1><p>We walked out to the sandbar at six and found the
    old anchor chain the storm uncovered, half buried and orange with rust.</p>
    </body></html>"""
    assert dechaff.clean(page).title == "Salt Notes: Low tide walk"
