"""A page whose container hints leave no article is labelled without them, comments aside."""

from __future__ import annotations

import dechaff
from dechaff import Boilerplate
from dechaff.pipeline import HINTS_IGNORED

PARAGRAPHS = [
    f"Paragraph {n} of the guide says how to add more whole foods to a family's meals, "
    "one simple change at a time, with recipes that take less than half an hour to cook "
    "and keep well for the next day's lunch at work or at school."
    for n in range(1, 7)
]


def _builder_page(wrapper: str) -> str:
    # A page builder's template: every box of the page, the article's too, is a "widget".
    boxes = "".join(f'<div class="{wrapper}"><p>{text}</p></div>' for text in PARAGRAPHS)
    return f"""<html><head><title>A plant-based guide</title></head><body>
<div class="{wrapper}"><a href="/">Home</a> <a href="/blog">Blog</a></div>
<div class="{wrapper}"><h1>A plant-based guide</h1></div>{boxes}
<div class="{wrapper}"><a href="/privacy">Privacy</a></div></body></html>"""


def test_an_article_hinted_away_by_its_template_comes_back() -> None:
    article = dechaff.clean(_builder_page("builder-widget-container"))
    assert list(article.paragraphs) == PARAGRAPHS
    assert HINTS_IGNORED in article.warnings
    assert article.confidence < 1.0


def test_comments_stay_comments_when_the_article_is_a_picture() -> None:
    comments = "".join(
        f'<div class="comment"><p>Reader {n}: {PARAGRAPHS[n - 1]}</p></div>' for n in range(1, 7)
    )
    page = f"""<html><head><title>Photo of the day</title></head><body>
<nav><a href="/">Home</a> <a href="/photos">Photos</a></nav>
<h1>Photo of the day</h1><img src="/p.jpg" alt="">
<section class="comments"><h3>6 Comments</h3>{comments}</section></body></html>"""
    article = dechaff.clean(page)
    assert HINTS_IGNORED not in article.warnings
    assert not [p for p in article.paragraphs if p.startswith("Reader")]
    assert article.removed_of(Boilerplate.COMMENTS)
