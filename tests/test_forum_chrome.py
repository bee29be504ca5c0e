"""A forum post's chrome (label/chrome.py): member counts, post numbers and vote controls
leave the thread; the posts, short ones too, stay one article."""

from __future__ import annotations

import dechaff
from dechaff import Boilerplate

POSTS = (
    "I upgraded to the new release yesterday and the network of my guests stopped working "
    "after the first reboot, so I went back to the old version for now.",
    "Same here.",
    "Which host do you run it on? The release notes mention a change to the bridged driver, "
    "and a clean install of the extension pack fixed it for me on two machines.",
    "Thanks, that fixed it.",
    "Good to hear. I will mark the thread as solved, and please open a new one if the "
    "problem comes back after the next update of the host.",
)
USERS = ("galitsyn", "Simple07", "ehasis", "multiOS", "linuxnerd")


def _post(n: int, text: str, user: str) -> str:
    return f"""<div class="post"><dl class="profile"><dt><a href="/u/{n}">{user}</a></dt>
<dd>Volunteer</dd><dd>Posts: {100 + n * 7}</dd><dd>Joined: {n + 3}. Jul 2012, 16:09</dd>
<dd>Location: Ant Farm {n}</dd></dl>
<div class="postbody"><ul><li><a href="#p{n}">#{n + 1}</a></li></ul>
<div class="content">{text}</div><div class="vote"><a>Upvote</a> {n} <a>Downvote</a></div>
</div></div>"""


def _page() -> str:
    posts = "\n".join(_post(n, t, u) for n, (t, u) in enumerate(zip(POSTS, USERS, strict=True)))
    return f"""<html><head><title>Network lost after upgrade</title></head><body>
<nav><a href="/">Home</a> <a href="/forum">Forum</a></nav>
<main><h1>Network lost after upgrade</h1>{posts}</main>
<footer><p>Terms of use</p><p>Privacy policy</p></footer></body></html>"""


def test_member_counts_post_numbers_and_votes_leave_the_thread() -> None:
    article = dechaff.clean(_page())
    body = article.body
    for text in POSTS:
        assert text in body
    for chrome in ("Posts: 107", "Joined: 4. Jul 2012", "#2", "Upvote 1 Downvote"):
        assert chrome not in body
    removed = {r.text for r in article.removed if r.kind is Boilerplate.METADATA}
    assert "Posts: 107" in removed
    assert "#3" in removed


def test_the_member_box_around_a_count_leaves_with_it() -> None:
    body = dechaff.clean(_page()).body
    assert "Location: Ant Farm 1" not in body
    assert "Volunteer" not in body


def test_a_count_in_an_article_paragraph_stays() -> None:
    text = (
        "The club counted its members again this spring. Posts: 138 was the figure the "
        "secretary read out, and nobody in the hall believed it for a moment."
    )
    page = f"""<html><body><article><h1>Club news</h1><p>{text}</p>
<p>{POSTS[0]}</p><p>{POSTS[2]}</p></article></body></html>"""
    assert text in dechaff.clean(page).body


def test_a_short_line_of_an_article_beside_no_chrome_stays() -> None:
    page = f"""<html><body><article><h1>Club news</h1><p>{POSTS[0]}</p>
<ul><li>Location: the town hall</li><li>Doors open at seven</li></ul>
<p>{POSTS[2]}</p></article></body></html>"""
    body = dechaff.clean(page).body
    assert "Location: the town hall" in body
    assert "Doors open at seven" in body


def _xf_post(n: int, text: str, user: str) -> str:
    """A post with a dozen lines of chrome before its text, as forum software prints it."""
    extras = "".join(
        f'<dl class="pairs"><dt></dt><dd>{n * 37 + k},{k}04</dd></dl>' for k in range(4)
    )
    return f"""<div class="message"><section class="message-user">
<div class="avatar"><a href="/m/{n}">{user[0]}</a></div>
<h4 class="message-name"><a href="/m/{n}">{user}</a></h4><h5 class="userTitle">Titan</h5>
<div class="userBanner">Moderator</div><div class="userExtras">{extras}</div></section>
<div class="message-main"><header class="attribution"><ul><li><a href="/p/{n}">Jun 14, 2025</a></li>
<li><a href="#p{n}">#{n + 1}</a></li></ul></header>
<article class="message-body"><div class="bbWrapper">{text}</div></article>
<div class="reactions"><a href="/r/{n}">Like</a></div></div></div>"""


def _thread() -> str:
    lead = " ".join([POSTS[0], POSTS[2], POSTS[4]])
    texts = (lead, "Same here, no network at all.", "Which driver? It works on my box.", "Fixed.")
    posts = "\n".join(_xf_post(n, t, u) for n, (t, u) in enumerate(zip(texts, USERS, strict=False)))
    return f"""<html><head><title>Network lost after upgrade</title></head><body>
<nav><a href="/">Home</a> <a href="/forum">Forum</a></nav>
<main><h1>Network lost after upgrade</h1>{posts}</main>
<footer><p>Terms of use</p><p>Privacy policy</p></footer></body></html>"""


def test_every_post_of_a_thread_stays_across_the_chrome_between() -> None:
    body = dechaff.clean(_thread()).body
    for text in ("Same here, no network at all.", "Which driver? It works on my box.", "Fixed."):
        assert text in body
    assert "#3" not in body


def test_containers_like_the_article_s_on_a_page_without_post_chrome_stay_out() -> None:
    page = _thread().replace('<a href="#p', '<a class="x" href="#q')
    page = page.replace(">#", ">No. ")  # no post numbers: no thread's chrome on the page
    body = dechaff.clean(page).body
    assert "Which driver? It works on my box." not in body


def _short_chrome_post(n: int, text: str, user: str) -> str:
    return f"""<div class="message"><div class="user"><h4><a href="/m/{n}">{user}</a></h4>
<div class="banner">Moderator</div></div><ul class="attr"><li><a href="#p{n}">#{n + 1}</a></li></ul>
<article class="message-body"><div class="bbWrapper">{text}</div></article></div>"""


def test_the_short_lines_between_a_thread_s_posts_are_its_chrome() -> None:
    posts = "\n".join(
        _short_chrome_post(n, t, u) for n, (t, u) in enumerate(zip(POSTS, USERS, strict=True))
    )
    page = f"""<html><body><main><h1>Network lost after upgrade</h1>{posts}</main>
<footer><p>Terms of use</p></footer></body></html>"""
    article = dechaff.clean(page)
    assert "Moderator" not in article.body
    assert POSTS[4] in article.body
    removed = {r.text for r in article.removed if r.kind is Boilerplate.METADATA}
    assert "Simple07" in removed  # a writer between two posts
