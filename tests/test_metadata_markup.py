"""The markup sources (metadata/markup*.py, jsonld, meta_tags, microdata) and the small rules
of the field modules (title, trail, people, published), one at a time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from dechaff.article import Link
from dechaff.core.dates import parse_machine
from dechaff.html import parse
from dechaff.label import lexicon
from dechaff.metadata import markup as meta
from dechaff.metadata.jsonld import MAX_JSON_CHARS
from dechaff.metadata.markup import Markup
from dechaff.metadata.people import person_names
from dechaff.metadata.published import (
    R_BYLINE,
    R_LABELLED,
    R_MARKUP,
    R_UPDATED,
    When,
    choose_published,
)
from dechaff.metadata.title_pieces import title_forms
from dechaff.metadata.trail import split_site_prefix, split_site_suffix


def read(body: str, head: str = "") -> Markup:
    root = parse(f"<html><head>{head}</head><body>{body}</body></html>")
    assert root is not None
    return meta.read(root)


def ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


def test_json_ld_list_of_articles_and_person_list() -> None:
    markup = read(
        "",
        ld(
            '[{"@type": "Organization", "name": "Wire"},'
            ' {"@type": "BlogPosting", "headline": "A walk in the hills",'
            ' "datePublished": "2018-04-02", "author": [{"@type": "Person", "name": "Ann Lee"},'
            ' "Bo Chan"]}]'
        ),
    )
    assert markup.headlines == ("A walk in the hills",)
    assert markup.published == ("2018-04-02",)
    assert markup.authors == ("Ann Lee", "Bo Chan")


def test_malformed_and_oversized_json_ld_are_skipped() -> None:
    huge = '{"@type": "NewsArticle", "headline": "' + "x" * MAX_JSON_CHARS + '"}'
    markup = read("", ld('{"@type": "NewsArticle", "headline": }') + ld(huge) + ld("[[[["))
    assert markup.headlines == ()


def test_deeply_nested_json_ld_does_not_crash() -> None:
    markup = read("", ld("[" * 5000 + "]" * 5000))
    assert markup == Markup()


def test_meta_tags_in_order_of_trust() -> None:
    head = (
        '<meta name="date" content="2001-01-01">'
        '<meta property="article:published_time" content="2019-09-26T10:56:28+08:00">'
        '<meta property="article:modified_time" content="2019-09-27T08:00:00+08:00">'
        '<meta name="author" content="Kim Park">'
        '<meta property="og:site_name" content="Daily Lantern">'
    )
    markup = read("", head)
    assert markup.published[0] == "2019-09-26T10:56:28+08:00"
    assert markup.modified == ("2019-09-27T08:00:00+08:00",)
    assert markup.meta_authors == ("Kim Park",)
    assert markup.site_names == ("Daily Lantern",)


def test_microdata_and_rdfa_dates() -> None:
    markup = read(
        '<div itemscope itemtype="https://schema.org/Article">'
        '<span itemprop="author" itemscope><span itemprop="name">Eva Stone</span></span>'
        '<span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span></div>'
    )
    assert markup.authors == ("Eva Stone",)
    assert markup.published == ("2022-01-28T12:45:46+00:00",)


def test_time_elements_published_first() -> None:
    markup = read(
        '<time datetime="2020-02-02">Feb 2</time>'
        '<article><time class="entry-date published" datetime="2020-01-01">Jan 1</time></article>'
    )
    assert markup.times == ("2020-01-01", "2020-02-02")


def test_script_pubtime() -> None:
    markup = read("<script>var info = {pubtime:'2019-09-23 07:48', id: 7};</script>")
    assert markup.script_dates == ("2019-09-23 07:48",)


@pytest.mark.parametrize("numbers", ["", "[" + ",".join(["2019", "20"] * 400) + "]; "])
def test_script_dates_after_a_line_break_and_among_many_numbers(numbers: str) -> None:
    script = numbers + "var a = {ptime: '\n2021-03-04 05:06', x: '2018-01-01', date: \"2019-5-6\"};"
    markup = read(f"<script>{script}</script>")
    assert markup.script_dates == ("2021-03-04 05:06",)


def test_breadcrumb_markup() -> None:
    markup = read(
        '<nav aria-label="breadcrumb"><ol><li><a href="/">Home</a></li>'
        '<li><a href="/world/">World</a></li><li>Storm hits coast</li></ol></nav>'
    )
    assert markup.breadcrumbs == ("Home", "World", "Storm hits coast")


def test_breadcrumb_links_then_text() -> None:
    markup = read(
        '<div class="crumbs"><a href="/">首页</a> &gt; <a href="/a/">财经</a> &gt; 正文</div>'
    )
    assert markup.breadcrumbs == ("首页", "财经", "正文")


def test_author_element_drops_by() -> None:
    markup = read('<span class="byline">By <a rel="author" href="/a/ruth">Ruth Park</a></span>')
    assert markup.author_elements[0] == "Ruth Park"


def test_a_byline_box_holding_a_rel_author_link_gives_the_link_only() -> None:
    markup = read(
        '<div class="date-cat-author"><a class="cat" href="/category/design/"><b>DESIGN</b></a>'
        ' | 7 Hours Ago By <a rel="author external" href="/me">Richard Darell</a></div>'
    )
    assert markup.author_elements == ("Richard Darell",)


@pytest.mark.parametrize(
    "teaser",
    [
        # a teaser card's byline names its section, and a related story's names its writer
        '<p class="c-teaser__byline">Kultur<span>|</span><time>19.10.19</time></p>',
        '<div class="related-stories"><span class="byline">Jane Roe</span></div>',
    ],
)
def test_another_storys_byline_is_no_author_element(teaser: str) -> None:
    markup = read(f'<span class="byline">Ruth Park</span><div>{teaser}</div>')
    assert markup.author_elements == ("Ruth Park",)


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        # a kicker span glued to a quoted headline, a subtitle span glued to the headline
        ('<span class="overline">Die Zukunft</span>"Wir bleiben"', 'Die Zukunft "Wir bleiben"'),
        ("Best Tools<span>Top Apps for Notes</span>", "Best Tools Top Apps for Notes"),
        # a word broken by markup, a spaced span and a CJK heading stay as printed
        ("<b>W</b>ord and <em>Deed</em>", "Word and Deed"),
        ("iOS<span>-Apps</span>", "iOS-Apps"),
        ("<span>新闻</span>“标题”", "新闻“标题”"),
    ],
)
def test_h1_spans_glued_are_read_apart(h1: str, expected: str) -> None:
    assert read(f"<h1>{h1}</h1>").h1 == (expected,)


def test_rel_links() -> None:
    markup = read('<a rel="next" href="/p/3">Third part</a><a rel="prev" href="/p/1">First</a>')
    assert markup.prev == Link("First", "/p/1")
    assert markup.next == Link("Third part", "/p/3")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2019-09-26T10:56:28+0800",
            datetime(2019, 9, 26, 10, 56, 28, tzinfo=timezone(timedelta(hours=8))),
        ),
        ("2019-10-08 12:00:57", datetime(2019, 10, 8, 12, 0, 57)),
        ("20190926", datetime(2019, 9, 26)),
        ("Thu, 26 Sep 2019", datetime(2019, 9, 26)),
        ("0001-01-01T00:00:00", None),
        ("not a date", None),
    ],
)
def test_parse_machine(text: str, expected: datetime | None) -> None:
    assert parse_machine(text) == expected


# --- the field modules' rules -------------------------------------------------------------------


def test_title_forms_cut_site_names_both_ends() -> None:
    forms = title_forms("Storm hits coast - World - Daily Lantern")
    assert forms[0] == "Storm hits coast - World - Daily Lantern"
    assert "Storm hits coast" in forms
    assert "Storm hits coast - World" in forms
    assert title_forms("阿里发布AI芯片-EDN 电子技术设计")[1] == "阿里发布AI芯片"


def test_title_forms_a_last_piece_of_one_word_is_no_headline() -> None:
    # a variant's word; but after the site's name, the one word is the headline
    assert "Black" not in title_forms("Arrival T-Shirt - Black")
    assert "Arrival T-Shirt" in title_forms("Arrival T-Shirt - Black")
    assert "maudlin" in title_forms("A.Word.A.Day - maudlin", lambda piece: "." in piece)
    assert "电子技术设计" in title_forms("阿里发布AI芯片 - 电子技术设计")
    # » « // part pieces too
    assert "Nummer zwei: Leo" in title_forms("kleinradio » Nummer zwei: Leo")
    assert "Jens Weber" in title_forms("example.de // Jens Weber")


def test_split_site_prefix() -> None:
    assert split_site_prefix("BMAS - Neue Regeln") == ("BMAS", "Neue Regeln")
    assert split_site_prefix("example.de // » Jens Weber") == ("example.de", "Jens Weber")
    assert split_site_prefix("Node.js: Getting started") == (None, "Node.js: Getting started")
    assert split_site_prefix("河畔社区_新浪网") == (None, "河畔社区_新浪网")


def test_split_site_suffix_keeps_dashes_of_the_headline() -> None:
    assert split_site_suffix("Week report 14. - 20. January - SLF") == (
        "Week report 14. - 20. January",
        "SLF",
    )
    assert split_site_suffix("河畔社区新建图书角开放_清溪日报网") == (
        "河畔社区新建图书角开放",
        "清溪日报网",
    )


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("陈智 整合", "陈智"),
        ("刘玺东 易赛楠", "刘玺东 易赛楠"),
        ("网络整理", None),
        ("新华社", None),
        ("人民日报", None),
        ("lupa am", "lupa"),
        ("Frank Bueltge - http://example.org", "Frank Bueltge"),
        ("admin", None),
    ],
)
def test_person_names(span: str, expected: str | None) -> None:
    assert person_names(span, lexicon.load()) == expected


def test_person_names_never_the_site() -> None:
    assert person_names("Daily Lantern", lexicon.load(), ["Daily Lantern"]) is None


def test_published_beats_updated_and_byline() -> None:
    day = datetime(2020, 5, 1)
    candidates = [
        When(day + timedelta(days=3), True, R_UPDATED),
        When(day + timedelta(days=1), False, R_BYLINE),
        When(day, True, R_LABELLED),
    ]
    assert choose_published(candidates) == day


def test_date_only_takes_the_time_of_the_same_day() -> None:
    day = datetime(2020, 5, 1)
    candidates = [When(day, False, R_LABELLED), When(day.replace(hour=9), True, R_MARKUP)]
    assert choose_published(candidates) == day.replace(hour=9)


def test_utc_markup_yields_to_the_local_day_shown() -> None:
    utc = datetime(2020, 5, 1, 23, 0, tzinfo=timezone.utc)
    shown = datetime(2020, 5, 2, 7, 0)
    assert choose_published([When(utc, True, R_MARKUP), When(shown, True, R_BYLINE)]) == shown


def test_no_candidates() -> None:
    assert choose_published([]) is None
