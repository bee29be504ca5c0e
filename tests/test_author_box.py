"""An author's box at the article's edge: a line naming a person over a paragraph that
opens with that name (label/bio.py)."""

from __future__ import annotations

import dechaff
from dechaff.article import Boilerplate

_TEXT = [
    "The river rose four feet overnight, and by morning the lower road was under water from "
    "the mill to the old stone bridge, where a crowd had gathered to watch the current.",
    "Crews from two towns worked through the afternoon to fill sandbags, while the school "
    "opened its gym to the families who had to leave their homes before the water came in.",
    "Officials said the level should fall again by the weekend, though more rain is expected "
    "in the hills on Thursday, and they asked drivers to keep off the lower road until then.",
]
_BIO = (
    "Jane Roe is a keen swimmer who has followed the valley's towns and rivers for twelve "
    "years, and before that she wrote about farming for a weekly paper in the north."
)
_SURNAME_BIO = (
    "Roe is the one who walks the banks each spring. She has written for three dailies, two "
    "magazines and a radio station, and she lives by the water she writes about."
)
_TOPIC = (
    "Python is an interpreted programming language, and its high-level data structures make "
    "it a popular choice for scripts, tools and the glue between larger programs."
)


def _page(before: str = "", after: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in _TEXT)
    return (
        "<html><head><title>River floods the lower road | Valley News</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<h1>River floods the lower road</h1>{before}<div class='story'>{text}{after}</div>"
        "<footer><p>Copyright Valley News</p></footer></body></html>"
    )


def test_an_author_box_after_the_article_is_a_bio() -> None:
    box = f"<h3>About Jane Roe</h3><p>{_BIO}</p>"
    article = dechaff.clean(_page(after=box))
    assert _TEXT[-1] in article.body
    assert _BIO not in article.body
    assert _BIO in article.removed_of(Boilerplate.AUTHOR_BIO)


def test_a_byline_box_above_the_article_calls_the_writer_by_surname() -> None:
    box = f"<h4><a href='/staff/roe'>Jane Roe</a></h4><p>{_SURNAME_BIO}</p>"
    article = dechaff.clean(_page(before=box))
    assert _TEXT[0] in article.body
    assert _SURNAME_BIO not in article.body


def test_a_topics_box_is_no_author_box() -> None:
    box = f"<div class='box'><h3>About Python</h3><p>{_TOPIC}</p></div>"
    assert _TOPIC in dechaff.clean(_page(after=box)).body


def test_a_product_named_by_its_first_word_is_no_author_box() -> None:
    box = f"<div class='box'><h3>Python Tool Kit</h3><p>{_TOPIC}</p></div>"
    assert _TOPIC in dechaff.clean(_page(after=box)).body


def test_profiles_of_several_people_stay() -> None:
    other = _BIO.replace("Jane Roe", "John Doe")
    boxes = f"<h3>John Doe</h3><p>{other}</p><h3>Jane Roe</h3><p>{_BIO}</p>"
    body = dechaff.clean(_page(after=boxes)).body
    assert _BIO in body
    assert other in body


def test_a_box_headed_about_the_author_at_the_end_is_a_bio() -> None:
    bio = (
        "She has cooked for twenty years in small kitchens, and now teaches bread classes on "
        "weekends in the valley."
    )
    article = dechaff.clean(_page(after=f"<h3>About the Author</h3><p>{bio}</p>"))
    assert _TEXT[-1] in article.body
    assert bio not in article.body
    assert bio in article.removed_of(Boilerplate.AUTHOR_BIO)


def test_a_section_about_the_author_that_outweighs_the_article_stays() -> None:
    long_bio = " ".join(_TEXT) + " " + " ".join(_TEXT)
    body = dechaff.clean(_page(after=f"<h3>About the Author</h3><p>{long_bio}</p>")).body
    assert long_bio in body
