"""Bylines and dates as CMS themes print them (benchmarks/theme_score.py has whole pages):
sidebars' bylines, labels glued to dates, update times, Drupal's RDFa and "Submitted by",
and a byline that lists more authors than the structured data."""

from __future__ import annotations

import dechaff
from dechaff.article import Article
from dechaff.core.dates import find_dates
from dechaff.html import parse
from dechaff.metadata import markup as meta
from dechaff.metadata.markup import Markup
from dechaff.metadata.title_pieces import title_forms

TEXT = "".join(
    f"<p>{s}</p>"
    for s in (
        "The new timetable adds two early trains on weekdays, a change that commuters on the "
        "northern branch have asked for since the line reopened after the flood repairs.",
        "Operators say the extra services became possible once the signalling upgrade at the "
        "junction was finished, which lets trains run four minutes apart instead of seven.",
        "Weekend passengers will see fewer changes, although the last departure on Saturday "
        "nights moves half an hour later to match the closing times of the venues in town.",
        "Fares stay frozen until the end of the year, but the operator warned that the price "
        "of a season ticket would be reviewed once the regional funding settlement is known.",
    )
)
MENU = '<nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/about/">About</a></nav>'


def clean(body: str, head: str = "", url: str = "https://rail.example/early-trains/") -> Article:
    html = f"<html><head><title>Two early trains | Rail Diary</title>{head}</head>"
    return dechaff.clean(f"{html}<body>{MENU}{body}</body></html>".encode(), url=url)


def read(body: str, head: str = "") -> Markup:
    root = parse(f"<html><head>{head}</head><body>{body}</body></html>")
    assert root is not None
    return meta.read(root)


def test_a_sidebars_bylines_are_no_writers() -> None:
    sidebar = (
        '<aside class="widget-area"><h3>Trending</h3><ul><li><a href="/a/">Hedge laying</a>'
        '<span class="byline">By Ruth Keane</span></li><li><a href="/b/">Bird boxes</a>'
        '<span class="byline">By Ahmed Saleh</span></li></ul></aside>'
    )
    article = f"<main><article><h1>Two early trains</h1>{TEXT}</article></main>"
    assert clean(sidebar + article).author is None
    byline = '<div class="entry-meta"><span class="byline">By Nadia Brookes</span></div>'
    article = f"<main><article><h1>Two early trains</h1>{byline}{TEXT}</article></main>"
    assert clean(sidebar + article).author == "Nadia Brookes"


def test_an_author_element_under_a_page_wide_menu_hint_is_read() -> None:
    # a wrapper named "navigation-container" around the whole page is no menu
    markup = read(
        '<div id="navigation-container"><article><p class="author">Sandra Arm</p>'
        f"{TEXT}</article></div>"
    )
    assert markup.author_elements == ("Sandra Arm",)


def test_dates_glued_to_a_label_or_to_another_date() -> None:
    def days(text: str) -> list[str]:
        return [d.value.date().isoformat() for d in find_dates(text)]

    assert days("Post dateMay 5, 2021") == ["2021-05-05"]
    assert days("by Ken IbeMarch 2, 2022Updated: March 3, 2022") == ["2022-03-02", "2022-03-03"]
    assert days("May 20, 2024November 2, 2023") == ["2024-05-20", "2023-11-02"]
    assert days("informay 5, 2021") == []
    assert days("May 5, 2021x") == []


def test_a_screen_reader_label_glued_to_the_date() -> None:
    meta_line = (
        '<ul class="post-meta"><li><span class="screen-reader-text">Post author</span>'
        '<span>By <a href="/a/ted/">Ted Okafor</a></span></li><li><span '
        'class="screen-reader-text">Post date</span><span><a href="/p/">May 5, 2021</a></span>'
        "</li></ul>"
    )
    article = clean(f"<main><article><h1>Two early trains</h1>{meta_line}{TEXT}</article></main>")
    assert article.published is not None
    assert article.published.date().isoformat() == "2021-05-05"
    assert article.author == "Ted Okafor"


def test_an_update_glued_after_the_publication_date_is_no_publication() -> None:
    meta_line = (
        '<div class="entry-meta"><span class="updated-on"><span>Updated</span><time '
        'class="entry-date published updated" datetime="2026-01-25">January 25, 2026</time>'
        "</span></div>"
    )
    head = '<meta property="article:published_time" content="2015-05-12T06:05:27+00:00">'
    article = clean(
        f"<main><article><h1>Two early trains</h1>{meta_line}{TEXT}</article></main>", head
    )
    assert article.published is not None
    assert article.published.date().isoformat() == "2015-05-12"


def test_a_time_element_of_the_update_is_no_candidate() -> None:
    times = (
        '<span class="posted-on"><time class="updated" datetime="2024-05-20T11:03:00+00:00">'
        'May 20, 2024</time><time class="entry-date published" '
        'datetime="2023-11-02T07:30:00+00:00">November 2, 2023</time></span>'
    )
    assert read(times).times == ("2023-11-02T07:30:00+00:00",)
    article = clean(
        f'<main><article><h1>Two early trains</h1><div class="entry-meta">{times} by Mo Adeyemi'
        f"</div>{TEXT}</article></main>"
    )
    assert article.published is not None
    assert article.published.date().isoformat() == "2023-11-02"


def test_drupal_rdfa_created_date_and_submitted_by() -> None:
    submitted = (
        '<div class="meta submitted"><span property="dc:date dc:created" '
        'content="2013-03-12T10:00:00+00:00" datatype="xsd:dateTime" rel="sioc:has_creator">'
        'Submitted by <span class="username" typeof="sioc:UserAccount" property="foaf:name">'
        "Martin Hale</span> on Tue, 03/12/2013 - 10:00</span></div>"
    )
    comment = (
        '<div class="comment" typeof="sioc:Post sioct:Comment"><span property="dc:date '
        'dc:created" content="2013-03-13T19:45:00+00:00"></span><p>Much better.</p></div>'
    )
    assert read(comment).published == ()
    article = clean(f'<div class="node"><h1>Two early trains</h1>{submitted}{TEXT}</div>{comment}')
    assert article.published is not None
    assert article.published.date().isoformat() == "2013-03-12"
    assert article.author == "Martin Hale"


def test_a_byline_that_lists_more_authors_than_the_json_ld() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "Article", "headline": "Two early '
        'trains", "author": {"@type": "Person", "name": "Lena Park"}}</script>'
    )
    byline = (
        '<div class="article-byline"><h4 class="author-name"><a href="/a/lena/">Lena Park</a>, '
        '<a href="/a/tom/">Tomas Rey</a></h4></div>'
    )
    article = clean(
        f"<main><article><h1>Two early trains</h1>{byline}{TEXT}</article></main>", head
    )
    assert article.author == "Lena Park, Tomas Rey"
    assert article.authors == ("Lena Park", "Tomas Rey")
    # a byline that lists others, not the markup's person, is no co-author list
    other = '<div class="article-byline"><h4 class="author-name">Mia Cho, Tomas Rey</h4></div>'
    article = clean(f"<main><article><h1>Two early trains</h1>{other}{TEXT}</article></main>", head)
    assert article.author == "Lena Park"


GRAPH = (
    '<script type="application/ld+json">{"@graph": [{"@type": "Article", "headline": "Two '
    'early trains", "author": {"@id": "https://rail.example/#/schema/person/9"}}, {"@type": '
    '%s, "@id": "https://rail.example/#/schema/person/9", "name": "Ines Duarte"}]}</script>'
)
BOX = '<div class="post-author-box"><h4>Ines Duarte</h4><p>Ines writes about trains.</p></div>'


def test_a_person_the_graph_links_to_by_id() -> None:
    markup = read("", GRAPH % '"Person"')
    assert markup.authors == ()
    assert markup.linked_authors == ("Ines Duarte",)
    # a personal site's owner, typed both a person and an organisation, is a person
    assert read("", GRAPH % '["Person", "Organization"]').linked_authors == ("Ines Duarte",)
    assert read("", GRAPH % '"Organization"').organisations == ("Ines Duarte",)
    page = f"<main><article><h1>Two early trains</h1>{TEXT}%s</article></main>"
    assert clean(page % BOX, GRAPH % '"Person"').author == "Ines Duarte"
    # the graph may name the account that posted: a name the page never shows is not taken
    assert clean(page % "", GRAPH % '"Person"').author is None


def test_a_date_label_glued_after_the_name() -> None:
    line = (
        '<div class="article-meta"><span class="author">By Holly Grant</span><span>Updated: '
        "6:45 PM, Apr. 4, 2023 | Posted: 11:02 AM, Apr. 3, 2023</span></div>"
    )
    article = clean(f"<main><article><h1>Two early trains</h1>{line}{TEXT}</article></main>")
    assert article.author == "Holly Grant"


def test_a_section_word_before_the_headline_in_the_page_title() -> None:
    def is_site(piece: str) -> bool:
        return piece in ("The Lakeside Post", "Rail Diary")

    assert title_forms("Opinion | The case for later trains", is_site) == [
        "Opinion | The case for later trains",
        "The case for later trains",
    ]
    assert "Contact" in title_forms("Contact | Rail Diary", is_site)
    head = '<meta property="og:title" content="Opinion | The case for later trains">'
    body = (
        '<main><article><div class="kicker">Opinion</div><h1>The case for later trains</h1>'
        f"{TEXT}</article></main>"
    )
    assert clean(body, head).title == "The case for later trains"


def test_contributor_words_and_guest_post_bylines() -> None:
    def author(line: str) -> str | None:
        body = f"<main><article><h1>Two early trains</h1><div>{line}</div>{TEXT}</article></main>"
        return clean(body).author

    assert author("By Sarah Kimball, Special to The Lakeside Post") == "Sarah Kimball"
    assert author("By Sarah Kimball, for the Lakeside Post") == "Sarah Kimball"
    assert author("Words: Beth Okoro") == "Beth Okoro"
    assert author("Guest post by Kat Ng @katng · 6 min read") == "Kat Ng"


def test_a_byline_label_glued_to_the_name() -> None:
    def author(line: str) -> str | None:
        body = f"<main><article><h1>Two early trains</h1><div>{line}</div>{TEXT}</article></main>"
        return clean(body).author

    assert author("<span>By</span><a href='/a/jr'>J.R. Stone</a> Thursday 7:35AM") == "J.R. Stone"
    assert author("<span>Written by:</span><span>Elise Nass</span>") == "Elise Nass"
    assert author("<span>Article by</span><a href='/a/j'>Jane Doe</a>") == "Jane Doe"
    # a word that opens with the letters of the label is no label
    assert author("BYRON SMITH ARRIVES") is None


def test_an_author_box_heading_names_the_writer_whole() -> None:
    box = (
        '<div class="author-box"><h3>About The Author</h3><h4>Maya Lindgren</h4><p>Maya is a '
        "community gardener and writes about growing food in small spaces.</p></div>"
    )
    body = f"<main><article><h1>Two early trains</h1>{TEXT}{box}</article></main>"
    assert clean(body).author == "Maya Lindgren"
    # a heading that is not the same person's name is not taken
    other = box.replace("Maya Lindgren", "Garden Notes")
    assert (
        clean(f"<main><article><h1>Two early trains</h1>{TEXT}{other}</article></main>").author
        != "Garden Notes"
    )


def test_an_element_class_authorname_names_the_writer() -> None:
    markup = read('<div class="byline"><span class="authorname-txt">Anna Fazackerley</span></div>')
    assert markup.author_elements == ("Anna Fazackerley",)
    assert read('<span class="authornotes">Notes on sources</span>').author_elements == ()


def test_a_hidden_machine_time_beside_the_shown_date() -> None:
    def days(text: str) -> list[str]:
        return [d.value.date().isoformat() for d in find_dates(text)]

    assert days("2021-03-09T10:00:00+00:00March 3rd, 2021") == ["2021-03-09", "2021-03-03"]
    meta_line = (
        '<div class="fusion-meta-info">By <span class="vcard"><a rel="author" href="/a/c/">Cleo '
        'Marsh</a></span><span>|</span><span class="updated rich-snippet-hidden">'
        "2021-03-09T10:00:00+00:00</span><span>March 3rd, 2021</span></div>"
    )
    article = clean(f"<main><article><h1>Two early trains</h1>{TEXT}{meta_line}</article></main>")
    assert article.published is not None
    assert article.published.date().isoformat() == "2021-03-03"
    assert article.author == "Cleo Marsh"


def test_a_comment_signature_and_an_accounts_initials_are_no_writer() -> None:
    signature = "<p>Great post.</p><p>Posted by: Janet | November 08, 2012 at 01:26 PM</p>"
    body = f"<main><article><h1>Two early trains</h1>{TEXT}</article><div>{signature}</div></main>"
    assert clean(body).author is None
    # the graph's linked person "AS" (an account's initials) found inside "NASCAR"
    graph = GRAPH.replace("Ines Duarte", "AS") % '"Person"'
    shown = (
        f"<main><article><h1>Two early trains</h1>{TEXT}<p>AS - NASCAR news</p></article></main>"
    )
    assert clean(shown, graph).author is None
