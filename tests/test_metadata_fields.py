"""Per-field golden fixtures: small pages written for these tests, each with its traps."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import dechaff
from dechaff import Link, PageType

FIXTURES = Path(__file__).parent / "fixtures" / "metadata"
SAVED = datetime(2021, 5, 1, 12, 0)
URL = "https://example.org/news/2021/page.html"


def clean(name: str, **kwargs: object) -> dechaff.Article:
    return dechaff.clean((FIXTURES / name).read_bytes(), **kwargs)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def zh_updated() -> dechaff.Article:
    return clean("zh-updated-editor.html", url=URL)


@pytest.fixture(scope="module")
def en_graph() -> dechaff.Article:
    return clean("en-jsonld-graph.html", url=URL)


# --- zh: updated before published, editor beside the authors, site suffix, trail -----------


def test_zh_title_drops_site_suffix(zh_updated: dechaff.Article) -> None:
    assert zh_updated.title == "河畔社区新建图书角开放"
    assert zh_updated.site_name == "清溪日报网"


def test_zh_published_not_updated_nor_header_date(zh_updated: dechaff.Article) -> None:
    # the header's "today" widget and the 更新时间 come first on the page; neither is it
    assert zh_updated.published == datetime(2021, 3, 2, 10, 15, 30)
    assert zh_updated.published.tzinfo is None


def test_zh_authors_in_order_editor_never(zh_updated: dechaff.Article) -> None:
    assert zh_updated.author == "林晓 周远"
    assert "王五" not in (zh_updated.author or "")


def test_zh_source_views_trail(zh_updated: dechaff.Article) -> None:
    assert zh_updated.source == "清溪晚报"
    assert zh_updated.views == 1234
    assert zh_updated.breadcrumbs == ("首页", "社区", "正文")
    assert zh_updated.category == "社区"


def test_zh_prev_next_resolved_against_url(zh_updated: dechaff.Article) -> None:
    assert zh_updated.prev == Link("老旧小区加装电梯进展顺利", "https://example.org/sq/100.html")
    assert zh_updated.next == Link("社区志愿者服务站挂牌", "https://example.org/sq/102.html")


def test_zh_prev_next_without_url_keep_the_href() -> None:
    article = clean("zh-updated-editor.html")
    assert article.prev == Link("老旧小区加装电梯进展顺利", "/sq/100.html")


# --- zh: a year-less date takes the page's year; a closing credit names the writer ----------


def test_zh_yearless_date_takes_the_markup_year() -> None:
    article = clean("zh-yearless.html")
    # 11-25 11:14 under the headline, the year from the markup's 2019 date; the
    # "11-20 18:40" of another article further down is not it
    assert article.published == datetime(2019, 11, 25, 11, 14)
    assert article.title == "山区小学迎来新操场"


def test_zh_closing_credit_is_the_author() -> None:
    assert clean("zh-yearless.html").author == "张三"


# --- en: JSON-LD @graph, a broken JSON-LD script, kicker, persons and an organisation --------


def test_en_graph_title_without_kicker(en_graph: dechaff.Article) -> None:
    assert en_graph.title == "Harbour town opens its first tidal pool"
    assert en_graph.site_name == "The Coastline Courier"


def test_en_graph_published_keeps_the_stated_offset(en_graph: dechaff.Article) -> None:
    # datePublished, not dateModified nor the visible "Updated July 20, 2020"
    assert en_graph.published == datetime(2020, 7, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def test_en_graph_persons_are_authors_organisation_is_source(en_graph: dechaff.Article) -> None:
    assert en_graph.author == "Jane Moss, Tom Reed"
    assert en_graph.source == "Coastal Wire"


def test_en_graph_trail_in_position_order(en_graph: dechaff.Article) -> None:
    assert en_graph.breadcrumbs == ("Home", "Local")
    assert en_graph.category == "Local"


def test_en_rel_prev_link(en_graph: dechaff.Article) -> None:
    assert en_graph.prev == Link(
        "Old pier repairs finish early", "https://example.org/local/old-pier-repairs"
    )
    assert en_graph.next is None


# --- en text dump: byline, relative date with and without a reference, editor ---------------


def test_en_relative_date_with_reference() -> None:
    article = clean("en-byline-relative.txt", reference=SAVED)
    assert article.published == SAVED - timedelta(hours=3)


def test_en_relative_date_without_reference_warns() -> None:
    article = clean("en-byline-relative.txt")
    assert article.published is None
    assert any("reference" in w for w in article.warnings)


def test_en_byline_keeps_both_names_not_the_editor() -> None:
    article = clean("en-byline-relative.txt")
    assert article.author == "Sam Carter and Lee Wong"
    assert article.title == "Late trains to run all night on weekends"
    assert article.site_name == "Metro Daily"


_DUMP_BODY = (
    "\n\nNight services will run on the main lines every Friday and Saturday from next month, "
    "the transport authority said on Monday.\n\nThe trial will last six months, and the "
    "authority will count riders at every station before deciding whether to keep the "
    "service.\n"
)


@pytest.mark.parametrize(
    ("banner", "url", "tail", "expected"),
    [
        # a menu word opening the page is no site name
        ("Topics", "https://phys.example.org/news/late-trains.html", "", None),
        # the host spells the banner line, or a copyright line names it again
        ("Wccftech", "https://wccftech.com/late-trains/", "", "Wccftech"),
        ("Metro Daily", None, "\n© 2023 Metro Daily. All rights reserved.\n", "Metro Daily"),
    ],
)
def test_a_banner_line_is_the_site_when_the_page_names_it_again(
    banner: str, url: str | None, tail: str, expected: str | None
) -> None:
    page = (
        f"Late trains to run all night on weekends\n\n{banner}\n\nHome\nNews\nSport\n\n"
        f"November 18, 2019\n\nLate trains to run all night on weekends\n\nby Sam Carter"
        f"{_DUMP_BODY}{tail}"
    )
    article = dechaff.clean(page.encode(), url=url)
    assert article.title == "Late trains to run all night on weekends"
    assert article.site_name == expected


# --- en: a printed byline's names, a bio's first name, a commenter's name ------------------


def _en_page(head: str, body: str, tail: str = "") -> bytes:
    return f"""<html><head><meta charset="utf-8"><title>Trail report</title>{head}</head>
<body><h1>New bike trail opens by the bayou</h1>{body}
<p>The city opened a new bike trail along the bayou on Saturday, with ten miles of paved path
that links three parks and the downtown library to the east side neighbourhoods.</p>
<p>Riders can park at any of the three parks, and water fountains stand every two miles
along the way, the parks department said in a statement on Friday.</p>
<p>Lights along the whole path will be added next spring, when the second stretch opens.</p>
{tail}</body></html>""".encode()


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a month before a day is the date, not a name's last word
        ("By Daniel Renfrow April 12, 2024", "Daniel Renfrow"),
        ("By Theresa May", "Theresa May"),
        # "and" parts names and is never one's word: the last name is read whole
        (
            "Posted by Nathan Parker, Eric Mill and Kiran C Nair - Safe Browsing team",
            "Nathan Parker, Eric Mill and Kiran C Nair",
        ),
        # "von ... nach": a heading that goes from one place to another, no byline
        ("Von Tunis nach Teheran", None),
        # names end before what is no name, and the "and" that joined it goes with it
        ("By Jane Roe and the Editorial Board", "Jane Roe"),
        # a byline's label with a colon, on a line of its own
        ("Author: Jane Roe", "Jane Roe"),
        # a job title after a comma, a role or an outlet's possessive before the names
        ("Posted by Jane Roe, Senior Product Manager, Maps", "Jane Roe"),
        ("Posted by Tom Lee, Software Engineer", "Tom Lee"),
        ("By City Hall Reporter Jane Roe", "Jane Roe"),
        ("By WKTV's Jane Roe and Tom Lee", "Jane Roe and Tom Lee"),
        # a news agency, a post's chrome or a weekday glued after the name
        ("By JANE ROE Associated Press", "JANE ROE"),
        ("by Jane Roe , Filed under: Parks", "Jane Roe"),
        ("By Jane Roe RSS feed", "Jane Roe"),
        ("Posted by Jane Roe, Monday", "Jane Roe"),
        # German: "Ein Artikel von", a compound job title after a comma
        ("Ein Artikel von Pamela Roe", "Pamela Roe"),
        ("Von Jana Roe, Projektleiterin der Stiftung in Berlin", "Jana Roe"),
        # a dateline or a box's own words where the name would be
        ("By BAYTOWN, Tex. July 24, 2012 (AP)", None),
        ("By [TR] admin", None),
    ],
)
def test_en_printed_byline_names(byline: str, expected: str | None) -> None:
    assert dechaff.clean(_en_page("", f"<p>{byline}</p>")).author == expected


BIO = "<p>Matt is a professional writer who loves sharing what he learns about parks.</p>"


def test_en_bio_first_name_leaves_the_name_to_the_markup() -> None:
    with_meta = _en_page('<meta name="author" content="Matt Eland">', "", BIO)
    assert dechaff.clean(with_meta).author == "Matt Eland"
    assert dechaff.clean(_en_page("", "", BIO)).author is None


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        # a name signed with a web address: the template's or the site's maker
        ("Frank Bueltge - http://bueltge.de", None),
        ("Frank Bueltge (www.bueltge.de)", None),
        ("Frank Bueltge", "Frank Bueltge"),
    ],
)
def test_en_meta_author_signed_with_a_web_address(meta: str, expected: str | None) -> None:
    page = _en_page(f'<meta name="author" content="{meta}">', "")
    assert dechaff.clean(page).author == expected


def _credits(second_role: str) -> str:
    box = """<div class="author-column"><h5>{role}</h5><div class="author-info">
<img src="a.png" alt=""><div itemprop="author" itemscope itemtype="http://schema.org/Person">
<meta itemprop="name" content="{name}"><a href="/people/x">{name}</a></div></div></div>"""
    return (
        '<div itemscope itemtype="http://schema.org/Article">'
        + box.format(role="Written by:", name="Emma Roe")
        + box.format(role=second_role, name="Oliver Pike")
        + "</div>"
    )


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        # a microdata author printed under a researcher's or a reviewer's role is none
        ("Researched by:", ("Emma Roe",)),
        ("Medically reviewed by", ("Emma Roe",)),
        ("Written by:", ("Emma Roe", "Oliver Pike")),
    ],
)
def test_en_microdata_author_under_an_editors_role(role: str, expected: tuple[str, ...]) -> None:
    assert dechaff.clean(_en_page("", "", _credits(role))).authors == expected


def test_en_commenters_name_is_not_the_author() -> None:
    comments = """<div id="comments"><ul class="commentlist"><li><div class="extra-wrap">
<span class="author">dottoressa</span><p>Lovely trail, we rode it on Sunday.</p></div></li>
</ul></div>"""
    assert dechaff.clean(_en_page("", comments)).author is None
    byline = '<div class="entry-meta"><span class="author">Jane Moss</span></div>'
    assert dechaff.clean(_en_page("", byline + comments)).author == "Jane Moss"


# --- zh: a line of names alone under a headline printed twice --------------------------------


def _zh_essay(twice: bool) -> bytes:
    headline = "社会资本与下岗职工的再就业"
    above = f'<div class="bar">{headline}</div>' if twice else '<div class="bar">学术前沿</div>'
    return f"""<html><head><meta charset="utf-8"><title>学术论坛</title></head><body>
{above}<p>{headline}</p><p>赵延东、风笑天</p>
<p>近年来，下岗职工这一社会群体作为新时期改革成本的承担者已越来越引人注目，他们的生活保障和再就业问题成为了政府和社会关注的焦点。</p>
<p>本文从社会学的视角出发，将下岗职工的再就业作为一个新的职业地位获得的过程来研究，集中讨论社会资本与人力资本对其再就业的影响。</p>
<p>在本次研究中，社会资本被定义为职工通过其社会网络可获得的社会资源的总和，人力资本则被定义为职工对教育和职业技能等的投资情况。</p>
</body></html>""".encode()


def test_zh_names_under_a_headline_printed_twice() -> None:
    assert dechaff.clean(_zh_essay(twice=True)).author == "赵延东、风笑天"
    # a short line that follows no repeated headline is not read as a credit
    assert dechaff.clean(_zh_essay(twice=False)).author is None


# --- the line above the first metadata line: a headline, not the menu of links above it -------


def _blog_post(nav: str) -> bytes:
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "We walked the ridge path on Sunday morning and counted eleven kinds of fern.",
            "The map at the car park is out of date: the lower bridge is closed for repairs.",
            "Next month we plan the longer loop past the old quarry and the reservoir.",
        )
    )
    return f"""<html><head><meta charset="utf-8"><title>Fern Walks - Ridge notes</title></head>
<body><div id="banner"><a href="/">Ridge notes</a></div>{nav}
<h2 class="date-header">September 26, 2012</h2>
<div class="entry"><div class="entry-body">{paragraphs}</div></div></body></html>""".encode()


def test_title_is_never_the_line_of_links_above_the_date() -> None:
    nav = (
        '<p class="content-nav"><a href="/a">« Older walk on the coast path</a> | '
        '<a href="/">Main</a> | <a href="/c">Newer walk by the river »</a></p>'
    )
    article = dechaff.clean(_blog_post(nav))
    assert article.title == "Fern Walks"
    # the same line as an unlinked heading is the headline the page shows
    shown = '<h3 class="entry-header">A long walk on the ridge path</h3>'
    assert dechaff.clean(_blog_post(shown)).title == "A long walk on the ridge path"


def _section_page(h1: str) -> bytes:
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "The studio confirmed on Monday that the actor will play the villain in the sequel.",
            "Filming starts in March in Prague and runs for five months, the studio said.",
            "The first film took in more than four hundred million dollars worldwide last year.",
        )
    )
    return f"""<html><head><meta charset="utf-8">
<title>Actor cast as villain in film sequel - Daily Screen</title></head>
<body><h1>{h1}</h1><div class="story">{paragraphs}</div></body></html>""".encode()


def test_lone_heading_sharing_no_word_with_the_page_title_is_a_section() -> None:
    # the site's section heading: the page title's headline is the article's
    assert (
        dechaff.clean(_section_page("Top Stories")).title == "Actor cast as villain in film sequel"
    )
    # a headline worded unlike the page title still shares a word of its subject with it
    shown = "Studio picks its villain for the sequel"
    assert dechaff.clean(_section_page(shown)).title == shown


def test_comment_count_after_the_headline_is_no_part_of_the_title() -> None:
    page = """<html><head><meta charset="utf-8">
<title>Tiny robots learn to swim - Tech Board</title></head>
<body><div class="menu"><a href="/">Home</a> <a href="/tech">Tech</a></div>
<h2 class="story"><a href="/s/1">Tiny robots learn to swim</a> <span class="count">545</span></h2>
<div class="details">Posted by editor on Monday October 15, 2012 @08:12PM</div>
<div class="body"><p>Researchers built robots smaller than a grain of rice that swim through
water by flexing a soft tail, and they steer them with a weak magnetic field.</p>
<p>The team hopes the robots will one day carry drugs through the body to a tumour.</p>
<p>Their next step is to test the robots in fluids as thick as blood.</p></div></body></html>"""
    assert dechaff.clean(page).title == "Tiny robots learn to swim"


def test_en_photo_credit_date_is_not_the_articles() -> None:
    """A caption under the headline dates the picture, not the story under it."""
    caption = (
        '<div class="photo"><img src="/p.jpg" alt=""><p class="credit">Jim Watson/AFP/Getty'
        " Images President Obama tours the plant in Youngstown, Ohio, May 18, 2010.</p></div>"
    )
    page = _en_page("", "<p>By Jane Roe</p><p>July 24, 2012 6:00 AM</p>" + caption)
    article = dechaff.clean(page)
    assert any(r.kind.value == "credit" for r in article.removed)
    assert article.published == datetime(2012, 7, 24, 6, 0)
    # a page whose only date is the caption's gets none rather than the picture's
    only_caption = dechaff.clean(_en_page("", "<p>By Jane Roe</p>" + caption))
    assert only_caption.published is None


def test_zh_portal_dateline_with_address_and_comment_count() -> None:
    """A 2005 portal's line under the headline: its address, the time, the source and a
    comment count link. It is the metadata line, so its time and source are the article's."""
    line = "http://biz.163.com 2005-04-25 08:24:06 来源: 第一财经日报 网友评论 0 条"
    text = (
        "经济学人分析中国经济热度\n" + line + "\n"
        "中国社会科学院金融研究所所长说，宏观政策应该相对稳定，但是改革一定要加快推进。\n"
        "二十三日下午，研究中心向社会作了第一次季度报告会，并将持续十年进行这样的观察。\n"
    )
    article = dechaff.clean(text.encode())
    assert article.published == datetime(2005, 4, 25, 8, 24, 6)
    assert article.source == "第一财经日报"
    assert ("metadata", line) in [(r.kind.value, r.text) for r in article.removed]
    assert line not in article.body


@pytest.mark.parametrize(
    "name",
    ["dawn-reviews", "dawn-product", "cornerstone-product", "luma-product", "woo-product"],
)
def test_a_shops_reviewers_and_their_dates_are_not_the_pages(name: str) -> None:
    """A product page's reviews: their names (an author class on each, "Posted by X on
    date", microdata authors of the product's Review items) and their dates (printed, in
    <time> elements) are the reviewers', not the page's."""
    page = (FIXTURES.parent / "shops" / f"{name}.html").read_bytes()
    article = dechaff.clean(page)
    assert article.page_type is PageType.PRODUCT
    assert article.author is None
    assert article.published is None


def test_a_list_of_reviewers_is_no_byline_on_any_page() -> None:
    """Without a product declared, an author class on three reviewers in three boxes is a
    list of people still: the reviews stay in the body, their names are no byline."""
    page = (FIXTURES.parent / "shops" / "dawn-reviews.html").read_bytes()
    page = page.replace(b'"@type":"Product"', b'"@type":"Thing"')
    page = page.replace(b'og:type" content="product"', b'og:type" content="website"')
    article = dechaff.clean(page)  # its prices still make it a product page, but no markup says so
    assert "Reviewer 0" in article.body
    assert article.author is None
    assert article.published is None


def test_co_authors_in_one_byline_share_their_class() -> None:
    byline = (
        '<p class="byline">By <span class="author">Ann Lee</span>, <span class="author">Bo'
        ' Park</span> and <span class="author">Cy Moss</span></p>'
    )
    assert dechaff.clean(_en_page("", byline)).author == "Ann Lee, Bo Park and Cy Moss"


def test_a_site_title_linked_home_with_rel_author_is_no_writer() -> None:
    """A blog theme's header links the site's title home with rel="author"; a writer's own
    link with rel="author" still names the writer."""
    home = '<header><a class="site-title" rel="author" href="/">Plot Notes</a></header>'
    assert dechaff.clean(_en_page("", home)).author is None
    writer = '<p class="meta"><a rel="author" href="https://janeroe.example/">Jane Roe</a></p>'
    assert dechaff.clean(_en_page("", home + writer)).author == "Jane Roe"


def test_microdata_authors_of_a_lists_entries_are_not_the_pages() -> None:
    """A search page whose results are CreativeWork items, each with its author: a list's
    entries, so no author of the page."""
    page = (FIXTURES.parent / "lists" / "wp-search.html").read_bytes()
    assert b'itemprop="author"' in page
    assert dechaff.clean(page).author is None


def test_a_headings_button_is_not_in_the_title() -> None:
    """rustdoc's <h1> holds a "Copy item path" button: the walk skips the control, and the
    markup's heading text does too, so the h1 still matches the line the page shows."""
    page = (FIXTURES.parent / "docs" / "rustdoc.html").read_bytes()
    assert b"Copy item path</button></h1>" in page
    assert dechaff.clean(page).title == "Struct Ledger"
