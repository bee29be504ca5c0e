"""A layout's second copy of a block (label/clones.py) is a duplicate; the author's repeats stay."""

from __future__ import annotations

import dechaff
from dechaff import Boilerplate

INTRO = (
    "The county library opened its new reading room on Saturday, after two years of work "
    "on the old grain store beside the river and a long argument over the cost of it."
)
MIDDLE = (
    "Readers queued from eight in the morning, and the staff handed out coffee and a map of "
    "the building to everyone who came through the door before the speeches began."
)
END = (
    "The room stays open until ten at night on weekdays, so that people who work during "
    "the day and students after their classes can use it, the librarian said."
)
TEASER_TITLE = "A garden for the reading room"
TEASER = (
    "Volunteers will plant the courtyard in spring with herbs and flowers that the local "
    "school chose in a vote held last month among all of its pupils and teachers."
)
TEASER_TAG = "Read the plan"
ZH_INTRO = "县图书馆新阅览室周六正式开放，旧粮仓经过两年改造，成为市民读书学习的新去处。"
ZH_MIDDLE = "当天一早就有读者排队，工作人员向每位进门的读者发放了咖啡和馆内地图，方便大家参观。"
ZH_END = "馆长表示，阅览室工作日开放到晚上十点，方便上班族和学生在下班放学后前来借阅图书。"
ZH_TEASER = "志愿者将在春天为庭院种上花草，品种由附近学校的师生投票选出，预计五月可以开放参观。"


def _page(article: str) -> str:
    return f"""<html><head><title>New reading room opens</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>New reading room opens</h1>{article}</article></main>
<footer><p>Terms of use</p></footer></body></html>"""


def _teaser(variant: str) -> str:
    return (
        f'<div class="teaser {variant}"><h3>{TEASER_TITLE}</h3>'
        f"<p>{TEASER}</p><div>{TEASER_TAG}</div></div>"
    )


def _duplicates(article: dechaff.Article) -> list[str]:
    return [r.text for r in article.removed if r.kind is Boilerplate.DUPLICATE]


def test_a_block_printed_twice_for_two_screens_is_kept_once() -> None:
    html = _page(
        f"<p>{INTRO}</p><p>{MIDDLE}</p>{_teaser('desktop')}{_teaser('mobile')}<p>{END}</p>"
    )
    article = dechaff.clean(html)
    assert article.paragraphs.count(TEASER) == 1
    assert article.paragraphs.count(TEASER_TITLE) == 1
    assert END in article.paragraphs
    assert _duplicates(article) == [TEASER_TITLE, TEASER, TEASER_TAG]


def test_lines_repeated_inside_one_flowing_text_stay() -> None:
    # a documentation page says a step again under a second heading: the author's words
    step = f"<h3>{TEASER_TITLE}</h3><p>{TEASER}</p>"
    html = _page(f"<p>{INTRO}</p>{step}{step}<p>{MIDDLE}</p><p>{END}</p>")
    article = dechaff.clean(html)
    assert article.paragraphs.count(TEASER) == 2
    assert not _duplicates(article)


def test_two_paragraphs_printed_twice_in_one_flow_are_kept_once() -> None:
    html = _page(f"<p>{INTRO}</p><p>{MIDDLE}</p><p>{INTRO}</p><p>{MIDDLE}</p><p>{END}</p>")
    article = dechaff.clean(html)
    assert article.paragraphs == (INTRO, MIDDLE, END)
    assert _duplicates(article) == [INTRO, MIDDLE]


def test_a_paragraph_said_twice_is_no_clone() -> None:
    html = _page(f"<p>{INTRO}</p><div><p>{MIDDLE}</p></div><div><p>{MIDDLE}</p></div><p>{END}</p>")
    article = dechaff.clean(html)
    assert article.paragraphs.count(MIDDLE) == 2


def test_a_run_of_short_labels_is_no_clone() -> None:
    labels = "<div><p>Opening hours</p><p>Monday to Friday</p></div>"
    html = _page(f"<p>{INTRO}</p>{labels}{labels}<p>{MIDDLE}</p><p>{END}</p>")
    article = dechaff.clean(html)
    assert article.paragraphs.count("Monday to Friday") == 2


def test_table_cells_are_never_a_clone() -> None:
    row = f"<tr><td>{TEASER}</td><td>{MIDDLE}</td></tr>"
    html = _page(f"<p>{INTRO}</p><table>{row}{row}</table><p>{END}</p>")
    article = dechaff.clean(html)
    assert not _duplicates(article)


def test_a_chinese_block_printed_twice_is_kept_once() -> None:
    teaser = f'<div class="card"><h3>庭院花园计划</h3><p>{ZH_TEASER}</p></div>'
    html = _page(f"<p>{ZH_INTRO}</p><p>{ZH_MIDDLE}</p>{teaser}{teaser}<p>{ZH_END}</p>")
    article = dechaff.clean(html)
    assert article.paragraphs.count(ZH_TEASER) == 1
    assert ZH_END in article.paragraphs


def test_a_text_dumps_repeated_teaser_is_kept_once() -> None:
    dump = "\n\n".join(
        ["New reading room opens", INTRO, MIDDLE, END, TEASER_TITLE, TEASER, TEASER_TITLE, TEASER]
    )
    article = dechaff.clean(dump.encode())
    assert article.paragraphs.count(TEASER) == 1
    assert TEASER in _duplicates(article)
