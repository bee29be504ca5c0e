"""The fields of issue 17: description, tags, image, canonical_url, modified, license and
authors, each from the markup and from the visible page, and the checks in front of them."""

from __future__ import annotations

from datetime import datetime

import pytest

import dechaff
from dechaff.label import lexicon
from dechaff.metadata import checks
from dechaff.metadata.people import split_names

LEX = lexicon.load()
PARAGRAPHS_EN = "".join(
    f"<p>The council met on Tuesday evening to talk about paragraph {n} of the new plan, and "
    "the members agreed that the library will keep its doors open until nine o'clock.</p>"
    for n in range(6)
)
PARAGRAPHS_ZH = "".join(
    f"<p>第{n}段：市图书馆从下周一起延长开放时间，工作日晚间开放至九点，周末全天开放，"
    "方便读者在下班以后借阅图书和使用自习室，馆方表示将根据读者反馈继续调整服务安排。</p>"
    for n in range(6)
)


def page(head: str, body: str, *, zh: bool = False, title: str | None = None) -> str:
    headline = title or ("市图书馆延长开放时间" if zh else "Library extends evening hours")
    paragraphs = PARAGRAPHS_ZH if zh else PARAGRAPHS_EN
    return (
        f"<html><head><title>{headline}</title>{head}</head><body>"
        f"<article><h1>{headline}</h1>{body}{paragraphs}</article></body></html>"
    )


def meta(name: str, content: str, attr: str = "name") -> str:
    return f'<meta {attr}="{name}" content="{content}">'


def ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


SUMMARY_EN = "The city library will stay open until nine on weekdays from next Monday."
SUMMARY_ZH = "市图书馆从下周一起延长开放时间，工作日晚间开放至九点。"


# --- description ---


def test_description_from_og_and_from_json_ld() -> None:
    html = page(meta("og:description", SUMMARY_EN, "property"), "")
    assert dechaff.clean(html).description == SUMMARY_EN
    data = f'{{"@type": "NewsArticle", "description": "{SUMMARY_ZH}"}}'
    assert dechaff.clean(page(ld(data), "", zh=True)).description == SUMMARY_ZH


def test_description_falls_back_to_the_standfirst() -> None:
    dek = "Evening opening hours begin next week, after a vote by the council members."
    body = f"<p>{dek}</p><p>By Mary Stone</p><p>May 8, 2024</p>"
    article = dechaff.clean(page("", body))
    assert article.description == dek


def test_description_equal_to_the_title_or_too_short_is_dropped() -> None:
    title = "Library extends evening hours for all readers this summer"
    html = page(meta("description", title), "", title=title)
    assert dechaff.clean(html).description is None
    assert checks.description("图书馆延时", None, None, LEX) is None
    assert checks.description(SUMMARY_ZH, None, None, LEX) == SUMMARY_ZH


def test_description_that_is_a_cookie_notice_is_dropped() -> None:
    notice = "We use cookies to improve your experience. Accept all cookies to continue."
    assert checks.description(notice, "Library", None, LEX) is None


# --- tags ---


def test_tags_from_article_tag_split_and_deduplicated() -> None:
    head = "".join(meta("article:tag", t, "property") for t in ("Library", "library", "Hours"))
    assert dechaff.clean(page(head, "")).tags == ("Library", "Hours")


def test_tags_split_on_chinese_commas_and_the_site_name_dropped() -> None:
    head = meta("keywords", "图书馆，开放时间、读者;图书馆,江城日报") + meta(
        "og:site_name", "江城日报", "property"
    )
    assert dechaff.clean(page(head, "", zh=True)).tags == ("图书馆", "开放时间", "读者")


def test_tags_from_json_ld_list_and_rel_tag_links() -> None:
    data = '{"@type": "Article", "keywords": ["city", "books, reading"]}'
    assert dechaff.clean(page(ld(data), "")).tags == ("city", "books", "reading")
    links = '<a rel="tag" href="/t/a">libraries</a> <a rel="category tag" href="/c">News</a>'
    assert dechaff.clean(page("", f"<p>{links}</p>")).tags == ("libraries",)


def test_tags_drop_codes_long_ones_and_pieces_of_the_headline() -> None:
    values = ["type_news", "@lll", "x" * 51, "数据业大整顿爬虫与现金贷", "爬虫"]
    assert checks.tags(values, None, "数据业大整顿爬虫与现金贷共生共荣") == ("爬虫",)


# --- image ---


def test_relative_image_resolved_against_the_page_url() -> None:
    html = page(meta("og:image", "/media/reading-room.jpg", "property"), "")
    article = dechaff.clean(html, url="https://news.example.org/2024/05/library.html")
    assert article.image == "https://news.example.org/media/reading-room.jpg"


def test_image_from_json_ld_image_object() -> None:
    data = '{"@type": "NewsArticle", "image": {"@type": "ImageObject", "url": "https://c.example/a.jpg"}}'
    assert dechaff.clean(page(ld(data), "", zh=True)).image == "https://c.example/a.jpg"


@pytest.mark.parametrize(
    "href",
    [
        "https://example.org/static/site-logo.png",
        "https://example.org/favicon.ico",
        "https://example.org/img/header.svg",
        "https://pixel.example.net/1x1.gif",
        "https://secure.gravatar.com/avatar/abc?s=96",
        "https://example.org/assets/default-share-image.jpg",
        "data:image/png;base64,iVBORw0KGgo=",
        "/img/photo.jpg",  # relative, and no url to resolve it against
    ],
)
def test_image_that_is_no_lead_image_is_rejected(href: str) -> None:
    assert checks.image(href, None, LEX) is None


def test_image_falls_to_the_next_candidate_after_a_logo() -> None:
    head = meta("og:image", "https://x.example/logo.png", "property") + meta(
        "twitter:image", "https://x.example/photos/reading-room.jpg"
    )
    assert dechaff.clean(page(head, "")).image == "https://x.example/photos/reading-room.jpg"


# --- canonical_url ---


def test_canonical_link_resolved_without_fragment() -> None:
    html = page('<link rel="canonical" href="/2024/library.html#top">', "")
    article = dechaff.clean(html, url="https://news.example.org/amp/library")
    assert article.canonical_url == "https://news.example.org/2024/library.html"


def test_canonical_to_the_home_page_is_dropped_and_og_url_taken() -> None:
    head = '<link rel="canonical" href="https://news.example.org/">' + meta(
        "og:url", "https://news.example.org/2024/library.html", "property"
    )
    article = dechaff.clean(page(head, "", zh=True))
    assert article.canonical_url == "https://news.example.org/2024/library.html"


def test_javascript_canonical_is_dropped() -> None:
    assert (
        dechaff.clean(page('<link rel="canonical" href="javascript:go()">', "")).canonical_url
        is None
    )
    assert checks.canonical_url("javascript:go()", "https://a.example/x", True) is None


# --- modified ---


def test_modified_from_the_markup_and_never_the_published_time() -> None:
    head = meta("article:published_time", "2024-05-08T09:00:00+08:00", "property") + meta(
        "article:modified_time", "2024-05-09T10:30:00+08:00", "property"
    )
    article = dechaff.clean(page(head, "", zh=True))
    assert article.published is not None
    assert article.published.day == 8
    assert article.modified is not None
    assert article.modified.isoformat() == "2024-05-09T10:30:00+08:00"
    assert article.to_dict()["modified"] == "2024-05-09T10:30:00+08:00"


def test_modified_earlier_than_published_is_dropped() -> None:
    head = meta("article:published_time", "2022-02-04T09:55:00+01:00", "property") + meta(
        "article:modified_time", "2022-02-04T08:27:42+01:00", "property"
    )
    assert dechaff.clean(page(head, "")).modified is None
    assert checks.modified(datetime(2024, 1, 1), datetime(2024, 2, 1), None) is None


@pytest.mark.parametrize(
    ("published", "modified", "shown", "expected"),
    [
        # a theme that prints the last update under the headline: the markup's date wins
        ("2022-05-10T17:34:08+00:00", "2026-01-01T21:00:18+00:00", "January 1, 2026", 10),
        # modified within a day of the markup's publication: the shown day is the page's
        ("2022-05-03T13:32:45", "2022-05-04T00:00:00", "May 4, 2022", 4),
    ],
)
def test_a_shown_date_only_the_modification_confirms(
    published: str, modified: str, shown: str, expected: int
) -> None:
    head = ld(
        f'{{"@type": "BlogPosting", "datePublished": "{published}", "dateModified": "{modified}"}}'
    )
    article = dechaff.clean(page(head, f"<p>Kev</p><p>{shown}</p>"))
    assert article.published is not None
    assert article.published.day == expected


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        # a metadata line years before the markup's date: the markup's is a re-import
        ("<p>Dec 30, 2013</p>", datetime(2013, 12, 30)),
        # a date in the article's prose is no date of the page's
        (
            "<p>In December 2013, on Dec 30, 2013, the council first met to talk about the "
            "library and the opening hours that readers had asked for.</p>",
            datetime(2024, 8, 7),
        ),
    ],
)
def test_a_metadata_line_before_the_markups_publication(shown: str, expected: datetime) -> None:
    head = ld('{"@type": "BlogPosting", "datePublished": "2024-08-07T12:01:51"}')
    article = dechaff.clean(page(head, f"<p>Sergio Schuler</p><p>7 min read</p>{shown}"))
    assert article.published is not None
    assert article.published.replace(hour=0, minute=0, second=0) == expected


def test_modified_in_the_future_is_dropped() -> None:
    assert checks.modified(datetime(2030, 1, 1), None, datetime(2024, 1, 1)) is None


@pytest.mark.parametrize(
    ("byline", "zh"),
    [
        ("<p>Published: May 8, 2024</p><p>Updated: May 10, 2024</p>", False),
        ("<p>发布时间：2024-05-08 09:00</p><p>更新时间：2024-05-10 11:00</p>", True),
        ("<p>Veröffentlicht am 08.05.2024</p><p>Aktualisiert am 10.05.2024</p>", False),
    ],
)
def test_modified_from_a_visible_updated_label(byline: str, zh: bool) -> None:
    article = dechaff.clean(page("", byline, zh=zh))
    assert article.published is not None
    assert article.published.day == 8
    assert article.modified is not None
    assert article.modified.day == 10


# --- license ---


def test_license_from_rel_license_and_json_ld() -> None:
    link = '<link rel="license" href="https://creativecommons.org/licenses/by/4.0/">'
    assert dechaff.clean(page(link, "")).license == "https://creativecommons.org/licenses/by/4.0/"
    data = '{"@type": "Article", "license": "CC BY-SA 4.0"}'
    assert dechaff.clean(page(ld(data), "", zh=True)).license == "CC BY-SA 4.0"


def test_license_link_in_a_picture_caption_is_not_the_page_s() -> None:
    figure = (
        '<figure><img src="a.jpg"><figcaption>Photo: A. Lens '
        '<a rel="license" href="https://creativecommons.org/licenses/by/2.0/">CC BY 2.0</a>'
        "</figcaption></figure>"
    )
    assert dechaff.clean(page("", figure)).license is None


def test_license_name_checked() -> None:
    assert checks.license("MIT", None, LEX) == "MIT"
    assert checks.license("Copyright 2024 Example Ltd", None, LEX) is None


@pytest.mark.parametrize(
    ("footer", "zh", "expected"),
    [
        (
            "<footer><p>This work is licensed under a Creative Commons Attribution 4.0 "
            "International License.</p></footer>",
            False,
            "Creative Commons Attribution 4.0 International License",
        ),
        (
            "<footer><p>本站文章采用知识共享署名4.0国际许可协议进行许可。</p></footer>",
            True,
            "知识共享署名4.0国际许可协议",
        ),
    ],
)
def test_license_from_a_visible_creative_commons_statement(
    footer: str, zh: bool, expected: str
) -> None:
    html = page("", "", zh=zh).replace("</body>", f"{footer}</body>")
    assert dechaff.clean(html).license == expected


def test_a_script_s_licence_in_the_footer_is_not_the_page_s() -> None:
    footer = (
        "<footer><p>Lightbox © L. Dhakar licensed under the Creative Commons Attribution "
        "2.5 License</p></footer>"
    )
    html = page("", "").replace("</body>", f"{footer}</body>")
    assert dechaff.clean(html).license is None


# --- authors ---


def test_authors_lists_each_name_while_author_stays_as_printed() -> None:
    article = dechaff.clean(page("", "<p>By Sam Carter and Lee Wong</p>"))
    assert article.author == "Sam Carter and Lee Wong"
    assert article.authors == ("Sam Carter", "Lee Wong")
    data = (
        '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "刘玺东"}, '
        '{"@type": "Person", "name": "易赛楠"}]}'
    )
    article = dechaff.clean(page(ld(data), "", zh=True))
    assert article.author == "刘玺东, 易赛楠"
    assert article.authors == ("刘玺东", "易赛楠")


def test_split_names() -> None:
    assert split_names("刘玺东 易赛楠") == ("刘玺东", "易赛楠")
    assert split_names("赵 培") == ("赵 培",)
    assert split_names("叨叨姐、胡一刀&李小飞刀") == ("叨叨姐", "胡一刀", "李小飞刀")
    assert split_names("Lars Fischer und Alina Schadwinkel") == (
        "Lars Fischer",
        "Alina Schadwinkel",
    )
    assert split_names("Perry Bacon Jr.") == ("Perry Bacon Jr.",)


def test_new_fields_keep_positional_construction_and_json() -> None:
    article = dechaff.Article("html", "Title")
    assert article.tags == ()
    assert article.authors == ()
    assert article.modified is None
    keys = list(article.to_dict())
    assert keys.index("modified") == keys.index("published") + 1
    assert {"description", "tags", "image", "canonical_url", "license", "authors"} <= set(keys)
