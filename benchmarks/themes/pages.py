"""Article pages written in the markup of common CMS themes, with invented text, and the
title, author and published date a reader sees on each (benchmarks/theme_score.py).

The markup follows the themes' templates (class names, the order of the byline's parts,
what the head carries); the names, sites and text are made up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .text import TOPICS, footer, nav, page, paragraphs


@dataclass(frozen=True)
class Theme:
    """One page and what it should give: ``author`` is the names, ``None`` for none."""

    name: str
    html: str
    title: str
    author: tuple[str, ...] | None
    published: str | None
    url: str


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def comments(*items: tuple[str, str, str]) -> str:
    """A WordPress comment list: (name, shown date, text)."""
    out = [
        '<div id="comments" class="comments-area"><h2 class="comments-title">'
        f'{len(items)} thoughts on this post</h2><ol class="comment-list">'
    ]
    for name, date, text in items:
        out.append(
            '<li class="comment"><article class="comment-body"><footer class="comment-meta">'
            f'<div class="comment-author vcard"><b class="fn">{name}</b> <span class="says">'
            f'says:</span></div><div class="comment-metadata"><a href="#c"><time>{date}</time>'
            f'</a></div></footer><div class="comment-content"><p>{text}</p></div>'
            '<div class="reply"><a class="comment-reply-link" href="#r">Reply</a></div>'
            "</article></li>"
        )
    out.append(
        '</ol><div id="respond" class="comment-respond"><h3>Leave a Reply</h3>'
        "<p>Your email address will not be published.</p></div></div>"
    )
    return "".join(out)


def related(title: str, *items: tuple[str, str, str]) -> str:
    """A related posts box: (headline, byline name, shown date)."""
    cards = "".join(
        f'<article class="related-post"><h3><a href="/p/{i}">{h}</a></h3>'
        f'<div class="entry-meta"><span class="byline">By <a href="/a/{i}">{n}</a></span> '
        f"<time>{d}</time></div></article>"
        for i, (h, n, d) in enumerate(items)
    )
    return f'<section class="related-posts"><h2>{title}</h2>{cards}</section>'


def twentytwentyone() -> Theme:
    site = "Sidings Diary"
    head = (
        "<title>Sharing the pump at the railway allotments &#8211; Sidings Diary</title>"
        '<meta property="og:title" content="Sharing the pump at the railway allotments">'
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2023-03-03T08:15:00+00:00">'
        '<meta property="article:modified_time" content="2023-06-11T19:02:41+00:00">'
        + ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "Article",
                        "@id": "https://sidings.example/pump/#article",
                        "isPartOf": {"@id": "https://sidings.example/pump/"},
                        "author": {"@id": "https://sidings.example/#/schema/person/7f3a"},
                        "headline": "Sharing the pump at the railway allotments",
                        "datePublished": "2023-03-03T08:15:00+00:00",
                        "dateModified": "2023-06-11T19:02:41+00:00",
                    },
                    {
                        "@type": "WebPage",
                        "@id": "https://sidings.example/pump/",
                        "name": "Sharing the pump at the railway allotments - Sidings Diary",
                    },
                    {
                        "@type": "Person",
                        "@id": "https://sidings.example/#/schema/person/7f3a",
                        "name": "Helen Marsh",
                        "image": {"@type": "ImageObject", "caption": "Helen Marsh"},
                    },
                ],
            }
        )
    )
    body = (
        nav(site) + '<main id="main"><article class="post type-post status-publish entry">'
        '<header class="entry-header alignwide"><h1 class="entry-title">Sharing the pump at '
        "the railway allotments</h1></header>"
        f'<div class="entry-content">{paragraphs("garden")}</div>'
        '<footer class="entry-footer default-max-width"><div class="posted-by">'
        '<span class="posted-on">Published <time class="entry-date published updated" '
        'datetime="2023-03-03T08:15:00+00:00">March 3, 2023</time></span>'
        '<span class="byline">By <a href="/author/helen/" rel="author">Helen Marsh</a>'
        '</span></div><div class="post-taxonomies"><span class="cat-links">Categorized as '
        '<a href="/c/plots/" rel="category tag">Plots</a></span></div></footer></article>'
        + comments(
            (
                "Derek",
                "March 4, 2023 at 9:12 am",
                "We should put the rota on the shed door as well, not everybody reads the emails.",
            ),
            ("Sue Allen", "March 9, 2023 at 6:40 pm", "Thanks for writing this up."),
        )
        + '<nav class="navigation post-navigation"><div class="nav-previous"><a href="/p">'
        "Previous post: Netting the raspberries</a></div></nav></main>" + footer(site)
    )
    return Theme(
        "twentytwentyone",
        page(head, body),
        "Sharing the pump at the railway allotments",
        ("Helen Marsh",),
        "2023-03-03",
        "https://sidings.example/pump/",
    )


def twentytwentyfour() -> Theme:
    site = "Bench Notes"
    head = "<title>A lock around the cache miss &#8211; Bench Notes</title>"
    body = (
        '<header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/">'
        f'{site}</a></p><nav class="wp-block-navigation"><ul><li><a href="/blog/">Blog</a>'
        '</li><li><a href="/about/">About</a></li></ul></nav></header>'
        '<main class="wp-block-group"><div class="wp-block-group">'
        '<h1 class="wp-block-post-title">A lock around the cache miss</h1>'
        '<div class="wp-block-post-featured-image"><img src="/img/lock.jpg" alt=""></div>'
        '</div><div class="entry-content wp-block-post-content">'
        f"{paragraphs('code')}</div>"
        '<div class="wp-block-group"><div class="wp-block-group is-layout-flex">'
        '<p class="has-small-font-size">Written by</p><div class="wp-block-post-author-name '
        'has-small-font-size"><a href="/author/ravi/" target="_self" '
        'class="wp-block-post-author-name__link">Ravi Menon</a></div>'
        '<p class="has-small-font-size">in</p><div class="taxonomy-category '
        'wp-block-post-terms has-small-font-size"><a href="/c/backend/" rel="tag">Backend</a>'
        '</div></div><div class="wp-block-post-date has-small-font-size"><time '
        'datetime="2024-02-10T09:12:00+00:00">February 10, 2024</time></div></div>'
        '<div class="wp-block-comments"><h2 class="wp-block-comments-title">One response to '
        '&#8220;A lock around the cache miss&#8221;</h2><ol class="wp-block-comment-template">'
        '<li class="comment"><div class="wp-block-comment-author-name">Priya</div>'
        '<div class="wp-block-comment-date"><time datetime="2024-02-12T10:00:00+00:00">'
        'February 12, 2024 at 10:00 am</time></div><div class="wp-block-comment-content"><p>'
        "Did you try a shorter timeout on the lock?</p></div></li></ol></div>"
        '<div class="wp-block-group"><h2>More posts</h2><ul class="wp-block-post-template">'
        '<li><h3 class="wp-block-post-title"><a href="/x/">Profiling the import job</a></h3>'
        '<div class="wp-block-post-date"><time datetime="2024-01-20T09:00:00+00:00">'
        "January 20, 2024</time></div></li></ul></div></main>"
        '<footer class="wp-block-template-part"><p>Designed with WordPress</p></footer>'
    )
    return Theme(
        "twentytwentyfour",
        page(head, body),
        "A lock around the cache miss",
        ("Ravi Menon",),
        "2024-02-10",
        "https://bench.example/cache-lock/",
    )


def twentytwenty() -> Theme:
    site = "Northern Branch Line"
    head = (
        "<title>Two early trains join the weekday timetable &#8211; Northern Branch Line"
        "</title>"
        '<meta property="og:title" content="Two early trains join the weekday timetable - '
        'Northern Branch Line">'
    )
    body = (
        nav(site) + '<main id="site-content"><article class="post"><header class="entry-header '
        'has-text-align-center"><div class="entry-header-inner section-inner medium">'
        '<div class="entry-categories"><span class="screen-reader-text">Categories</span>'
        '<div class="entry-categories-inner"><a href="/c/timetables/" rel="category tag">'
        'Timetables</a></div></div><h1 class="entry-title">Two early trains join the weekday '
        'timetable</h1><div class="post-meta-wrapper post-meta-single post-meta-single-top">'
        '<ul class="post-meta"><li class="post-author meta-wrapper"><span class="meta-icon">'
        '<span class="screen-reader-text">Post author</span></span><span class="meta-text">'
        'By <a href="/author/ted/">Ted Okafor</a></span></li><li class="post-date '
        'meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Post date'
        '</span></span><span class="meta-text"><a href="/two-early-trains/">May 5, 2021</a>'
        '</span></li><li class="post-comment-link meta-wrapper"><span class="meta-text">'
        '<a href="#respond">No Comments<span class="screen-reader-text"> on Two early trains '
        "join the weekday timetable</span></a></span></li></ul></div></div></header>"
        f'<div class="post-inner thin"><div class="entry-content">{paragraphs("transit")}'
        "</div></div>"
        '<div class="section-inner"><div class="author-bio"><div class="author-title-wrapper">'
        '<div class="author-avatar vcard"><img alt="" class="avatar" src="/av.png"></div>'
        '<h2 class="author-title heading-size-4">By Ted Okafor</h2></div>'
        '<div class="author-description"><p>Ted writes about the railways of the north and '
        'keeps a spreadsheet of every delay since 2009.</p><a class="author-link" '
        'href="/author/ted/">View Archive <span aria-hidden="true">&rarr;</span></a></div>'
        "</div></div></article></main>" + footer(site)
    )
    return Theme(
        "twentytwenty",
        page(head, body),
        "Two early trains join the weekday timetable",
        ("Ted Okafor",),
        "2021-05-05",
        "https://branchline.example/two-early-trains/",
    )


def generatepress() -> Theme:
    site = "Quiet Kitchen"
    head = "<title>No-knead bread with a long cold rise - Quiet Kitchen</title>"
    body = (
        nav(site) + '<div class="site-content"><main class="site-main"><article class="post" '
        'itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">'
        '<header class="entry-header"><h1 class="entry-title" itemprop="headline">No-knead '
        'bread with a long cold rise</h1><div class="entry-meta"><span class="posted-on">'
        '<time class="updated" datetime="2024-05-20T11:03:00+00:00" '
        'itemprop="dateModified">May 20, 2024</time><time class="entry-date published" '
        'datetime="2023-11-02T07:30:00+00:00" itemprop="datePublished">November 2, 2023'
        '</time></span> <span class="byline">by <span class="author vcard" itemprop="author" '
        'itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/mo/" '
        'title="View all posts by Mo Adeyemi" rel="author" itemprop="url"><span '
        'class="author-name" itemprop="name">Mo Adeyemi</span></a></span></span></div>'
        '</header><div class="entry-content" itemprop="text">'
        f'{paragraphs("food")}</div><footer class="entry-meta" aria-label="Entry meta">'
        '<span class="cat-links"><span class="screen-reader-text">Categories </span><a '
        'href="/c/bread/" rel="category tag">Bread</a></span> <nav id="nav-below" '
        'class="post-navigation"><div class="nav-previous"><span class="prev"><a href="/p/">'
        "Rye crackers</a></span></div></nav></footer></div></article>"
        + comments(("Anna", "December 1, 2023 at 8:05 pm", "Worked first time, thank you."))
        + "</main></div>"
        + footer(site)
    )
    return Theme(
        "generatepress",
        page(head, body),
        "No-knead bread with a long cold rise",
        ("Mo Adeyemi",),
        "2023-11-02",
        "https://quietkitchen.example/no-knead/",
    )


def astra() -> Theme:
    site = "Walk Well"
    head = (
        "<title>Why a short walk after dinner helps - Walk Well</title>"
        '<meta property="og:title" content="Why a short walk after dinner helps - Walk Well">'
        '<meta property="article:published_time" content="2022-06-04T06:00:00+00:00">'
        '<meta property="article:modified_time" content="2022-08-01T10:00:00+00:00">'
        '<meta name="author" content="Grace Lindqvist">'
    )
    body = (
        nav(site) + '<div id="content" class="site-content"><div class="ast-container"><div '
        'id="primary" class="content-area primary"><main id="main" class="site-main">'
        '<article class="post ast-article-single" itemtype="https://schema.org/CreativeWork" '
        'itemscope="itemscope"><div class="ast-post-format- single-layout-1"><header '
        'class="entry-header"><h1 class="entry-title" itemprop="headline">Why a short walk '
        'after dinner helps</h1><div class="entry-meta">By <span class="posted-by vcard author" '
        'itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a '
        'title="View all posts by Grace Lindqvist" href="/author/grace/" rel="author" '
        'class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Grace '
        'Lindqvist</span></a></span> / <span class="posted-on"><span class="published" '
        'itemprop="datePublished"> June 4, 2022</span><span class="updated" '
        'itemprop="dateModified"> August 1, 2022</span></span></div></header>'
        f'<div class="entry-content clear" itemprop="text">{paragraphs("health")}</div>'
        "</div></article>"
        '<div class="ast-single-related-posts-container"><div class="ast-related-posts-title-'
        'section"><h2 class="ast-related-posts-title">Related Posts</h2></div>'
        '<article class="ast-related-post"><h3 class="ast-related-post-title"><a href="/s/">'
        'Stairs as exercise</a></h3><div class="entry-meta">By <span class="posted-by">'
        '<a href="/author/pete/">Pete Rourke</a></span> / <span class="posted-on">'
        "March 3, 2022</span></div></article></div></main></div></div></div>" + footer(site)
    )
    return Theme(
        "astra",
        page(head, body),
        "Why a short walk after dinner helps",
        ("Grace Lindqvist",),
        "2022-06-04",
        "https://walkwell.example/short-walk/",
    )


def newspaper() -> Theme:
    site = "Metro Rail Today"
    head = (
        "<title>Signalling upgrade lets trains run closer together - Metro Rail Today</title>"
        '<meta property="og:title" content="Signalling upgrade lets trains run closer together">'
        '<meta property="og:site_name" content="Metro Rail Today">'
        '<meta property="article:published_time" content="2021-07-14T10:05:33+00:00">'
        + ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "NewsArticle",
                        "headline": "Signalling upgrade lets trains run closer together",
                        "datePublished": "2021-07-14T10:05:33+00:00",
                        "dateModified": "2021-07-15T08:00:00+00:00",
                        "author": {
                            "name": "Nadia Brookes",
                            "@id": "https://metro.example/#/person/2",
                        },
                        "publisher": {"@id": "https://metro.example/#organization"},
                    },
                    {
                        "@type": "Organization",
                        "@id": "https://metro.example/#organization",
                        "name": "Metro Rail Today",
                    },
                    {
                        "@type": "Person",
                        "@id": "https://metro.example/#/person/2",
                        "name": "Nadia Brookes",
                    },
                ],
            }
        )
    )
    body = (
        '<div class="td-header-wrap"><div class="td-header-top-menu"><div class="td_data_time">'
        'Friday, March 8, 2024</div><ul class="top-header-menu"><li><a href="/contact/">'
        "Contact</a></li></ul></div>"
        + nav(site)
        + '</div><div class="td-main-content-wrap"><div class="td-container"><div '
        'class="td-crumb-container"><div class="entry-crumbs"><span><a href="/" '
        'class="entry-crumb">Home</a></span> <i class="td-icon-right td-bread-sep"></i> '
        '<span><a href="/c/infrastructure/" class="entry-crumb">Infrastructure</a></span></div>'
        '</div><article class="post td-post-template-default"><div class="td-post-header">'
        '<ul class="td-category"><li class="entry-category"><a href="/c/infrastructure/">'
        'Infrastructure</a></li></ul><header class="td-post-title"><h1 class="entry-title">'
        'Signalling upgrade lets trains run closer together</h1><div class="td-module-meta-info">'
        '<div class="td-post-author-name"><div class="td-author-by">By</div> <a '
        'href="/author/nadia/">Nadia Brookes</a><div class="td-author-line"> - </div></div>'
        '<span class="td-post-date"><time class="entry-date updated td-module-date" '
        'datetime="2021-07-14T10:05:33+00:00">July 14, 2021</time></span><div '
        'class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-88">'
        "1,204</span></div></div></header></div>"
        '<div class="td-post-sharing-top"><a class="td-social-sharing-button"><span '
        'class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button">'
        '<span class="td-social-but-text">Twitter</span></a></div>'
        f'<div class="td-post-content tagdiv-type">{paragraphs("transit")}</div>'
        '<div class="author-box-wrap"><a href="/author/nadia/"><img alt="" class="avatar" '
        'src="/av.png"></a><div class="desc"><div class="td-author-name vcard author"><span '
        'class="fn"><a href="/author/nadia/">Nadia Brookes</a></span></div><div '
        'class="td-author-description">Nadia Brookes covers transport and infrastructure.</div>'
        '</div></div></article><div class="td_block_wrap td_block_related_posts"><h4 '
        'class="td-related-title"><a class="td-related-left td-cur-simple-item">RELATED '
        'ARTICLES</a><a class="td-related-right">MORE FROM AUTHOR</a></h4><div '
        'class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/o/">'
        "Station car park to close for resurfacing</a></h3></div><div "
        'class="td_module_related_posts"><h3 class="entry-title td-module-title"><a '
        'href="/o2/">Night buses replace trains over Easter</a></h3></div></div></div></div>'
        + footer(site)
    )
    return Theme(
        "newspaper",
        page(head, body),
        "Signalling upgrade lets trains run closer together",
        ("Nadia Brookes",),
        "2021-07-14",
        "https://metro.example/signalling/",
    )


def jannah() -> Theme:
    site = "Daily Ledger"
    head = (
        "<title>Fares stay frozen until the end of the year - Daily Ledger</title>"
        '<meta property="og:title" content="Fares stay frozen until the end of the year - '
        'Daily Ledger">'
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "dateCreated": "2023-09-18T14:20:00+00:00",
                "datePublished": "2023-09-18T14:20:00+00:00",
                "dateModified": "2023-10-02T09:00:00+00:00",
                "headline": "Fares stay frozen until the end of the year",
                "name": "Fares stay frozen until the end of the year",
                "author": {
                    "@type": "Person",
                    "name": "Owen Prescott",
                    "url": "https://ledger.example/author/owen/",
                },
                "publisher": {"@type": "Organization", "name": "Daily Ledger"},
            }
        )
    )
    body = (
        nav(site)
        + '<div id="content" class="site-content container"><div class="tie-row main-content-'
        'row"><div class="main-content tie-col-md-8"><article id="the-post" class="container-'
        'wrapper post-content"><header class="entry-header-outer"><nav id="breadcrumb"><a '
        'href="/">Home</a><em class="delimiter">/</em><a href="/news/">News</a></nav>'
        '<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat" '
        'href="/news/">News</a></span><h1 class="post-title entry-title">Fares stay frozen '
        'until the end of the year</h1><div class="single-post-meta post-meta clearfix">'
        '<span class="author-meta single-author with-avatars"><span class="meta-item '
        'meta-author-wrapper"><span class="meta-author-avatar"><a href="/author/owen/"><img '
        'alt="Photo of Owen Prescott" class="avatar" src="/av.png"></a></span><span '
        'class="meta-author"><a href="/author/owen/" class="author-name tie-icon" '
        'title="Owen Prescott">Owen Prescott</a></span><a href="mailto:owen@ledger.example" '
        'class="author-email-link" title="Send an email"><span class="screen-reader-text">'
        'Send an email</span></a></span></span><span class="date meta-item tie-icon">'
        'September 18, 2023</span><span class="meta-item last-updated">Last Updated: '
        'October 2, 2023</span><div class="tie-alignright"><span class="meta-views meta-item">'
        '1,234</span><span class="meta-reading-time meta-item">3 minutes read</span></div>'
        "</div></div></header>"
        f'<div class="entry-content entry clearfix">{paragraphs("transit")}</div>'
        '<div class="post-footer-on-bottom"><div class="share-links"><a class="facebook-share-'
        'btn"><span class="share-btn-icon"></span><span class="social-text">Facebook</span></a>'
        '</div></div></article><div class="about-author container-wrapper about-author-'
        'container"><div class="author-avatar"><img class="avatar" alt="Photo of Owen '
        'Prescott" src="/av.png"></div><div class="author-info"><h3 class="author-name"><a '
        'href="/author/owen/">Owen Prescott</a></h3><div class="author-bio">Owen covers '
        "transport policy and the money behind it.</div></div></div>"
        '<div id="related-posts" class="container-wrapper"><div class="mag-box-title"><h3>'
        'Related Articles</h3></div><div class="related-item"><h3 class="post-title"><a '
        'href="/r/">Season tickets under review</a></h3><div class="post-meta"><span '
        'class="date meta-item">August 30, 2023</span></div></div></div></div></div></div>'
        + footer(site)
    )
    return Theme(
        "jannah",
        page(head, body),
        "Fares stay frozen until the end of the year",
        ("Owen Prescott",),
        "2023-09-18",
        "https://ledger.example/fares-frozen/",
    )


def soledad() -> Theme:
    site = "Slow Plots"
    head = (
        "<title>What compost buys on an allotment - Slow Plots</title>"
        '<meta property="og:title" content="What compost buys on an allotment">'
    )
    body = (
        nav(site) + '<div class="container container-single"><div id="main"><article class="post">'
        '<div class="header-standard header-classic single-header"><div '
        'class="penci-standard-cat"><span class="cat"><a class="penci-cat-name" '
        'href="/c/life/">Lifestyle</a></span></div><h1 class="post-title single-post-title '
        'entry-title">What compost buys on an allotment</h1><div class="post-box-meta-single">'
        '<span class="author-post byline"><span class="author vcard">written by <a '
        'class="author-url url fn n" href="/author/june/">June Farrow</a></span></span><span>'
        '<time class="entry-date published" datetime="2020-06-03T08:00:00+00:00">June 3, 2020'
        "</time></span><span>2.1K views</span></div></div>"
        f'<div class="post-entry blockquote-style-1"><div class="inner-post-entry">'
        f"{paragraphs('garden')}</div></div>"
        '<div class="post-author"><div class="author-img"><img alt="" class="avatar" '
        'src="/av.png"></div><div class="author-content"><h5><a href="/author/june/" '
        'class="author-name">June Farrow</a></h5><p>June has kept an allotment for twenty '
        "years and writes about it every week.</p></div></div>"
        '<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">'
        'You may also like</h4></div><div class="item-related"><h3><a href="/r1/">Netting '
        'the raspberries</a></h3><span class="date"><time class="entry-date published" '
        'datetime="2020-05-20T08:00:00+00:00">May 20, 2020</time></span></div></div>'
        "</article></div></div>" + footer(site)
    )
    return Theme(
        "soledad",
        page(head, body),
        "What compost buys on an allotment",
        ("June Farrow",),
        "2020-06-03",
        "https://slowplots.example/compost/",
    )


def casper() -> Theme:
    site = "Field Notes"
    head = (
        "<title>Racing to fill the same cache key</title>"
        '<meta property="og:site_name" content="Field Notes">'
        '<meta property="og:type" content="article">'
        '<meta property="og:title" content="Racing to fill the same cache key">'
        '<meta property="article:published_time" content="2022-09-12T07:45:00.000Z">'
        '<meta property="article:modified_time" content="2023-01-04T16:20:00.000Z">'
        '<meta name="twitter:label1" content="Written by">'
        '<meta name="twitter:data1" content="Lena Park">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "Article",
                "publisher": {"@type": "Organization", "name": "Field Notes"},
                "author": {
                    "@type": "Person",
                    "name": "Lena Park",
                    "url": "https://notes.example/author/lena/",
                    "sameAs": [],
                },
                "headline": "Racing to fill the same cache key",
                "datePublished": "2022-09-12T07:45:00.000Z",
                "dateModified": "2023-01-04T16:20:00.000Z",
            }
        )
    )
    body = (
        '<div class="viewport"><header id="gh-head" class="gh-head outer"><div '
        'class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" '
        f'href="/">{site}</a></div><nav class="gh-head-menu"><ul class="nav"><li><a '
        'href="/">Home</a></li><li><a href="/tag/engineering/">Engineering</a></li></ul>'
        '</nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">'
        "Subscribe</a></div></div></header>"
        '<main id="site-main" class="site-main"><article class="article post tag-engineering">'
        '<header class="article-header gh-canvas"><section class="article-tag '
        'post-card-tags"><span class="post-card-primary-tag"><a href="/tag/engineering/">'
        'Engineering</a></span></section><h1 class="article-title">Racing to fill the same '
        'cache key</h1><p class="article-excerpt">How a lock fixed our nightly import.</p>'
        '<div class="article-byline"><section class="article-byline-content"><ul '
        'class="author-list"><li class="author-list-item"><a href="/author/lena/" '
        'class="author-avatar"><img class="author-profile-image" src="/l.jpg" alt="Lena '
        'Park"></a></li><li class="author-list-item"><a href="/author/tom/" '
        'class="author-avatar"><img class="author-profile-image" src="/t.jpg" alt="Tomas '
        'Rey"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a '
        'href="/author/lena/">Lena Park</a>, <a href="/author/tom/">Tomas Rey</a></h4><div '
        'class="byline-meta-content"><time class="byline-meta-date" datetime="2022-09-12">'
        'Sep 12, 2022</time><span class="byline-reading-time"><span class="bull">&bull;</span> '
        "6 min read</span></div></div></section></div></header>"
        f'<section class="gh-content gh-canvas">{paragraphs("code")}</section></article>'
        '</main><aside class="read-more-wrap outer"><div class="read-more inner"><article '
        'class="post-card post"><a class="post-card-image-link" href="/p1/"><img '
        'class="post-card-image" src="/p1.jpg" alt="Profiling"></a><div '
        'class="post-card-content"><a class="post-card-content-link" href="/p1/"><header '
        'class="post-card-header"><h2 class="post-card-title">Profiling the import job</h2>'
        '</header><div class="post-card-excerpt">Where the time went.</div></a><footer '
        'class="post-card-meta"><time class="post-card-meta-date" datetime="2022-08-01">'
        'Aug 1, 2022</time><span class="post-card-meta-length">4 min read</span></footer>'
        "</div></article></div></aside>"
        f'<footer class="site-footer outer"><div class="inner"><section class="copyright"><a '
        f'href="/">{site}</a> &copy; 2024</section><div class="gh-powered-by"><a '
        'href="https://ghost.org/">Powered by Ghost</a></div></div></footer></div>'
    )
    return Theme(
        "casper",
        page(head, body),
        "Racing to fill the same cache key",
        ("Lena Park", "Tomas Rey"),
        "2022-09-12",
        "https://notes.example/cache-race/",
    )


def olivero() -> Theme:
    site = "Riverside Parish Council"
    head = (
        "<title>Fence along the lane to be replaced | Riverside Parish Council</title>"
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'
        '<link rel="canonical" href="https://riverside.example/node/214">'
    )
    body = (
        '<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper" class="page-wrapper">'
        '<div id="page"><header id="header" class="site-header"><div class="site-branding">'
        f'<a href="/" rel="home" class="site-branding__name">{site}</a></div><nav '
        'class="primary-nav"><ul class="primary-nav__menu"><li><a href="/">Home</a></li><li>'
        '<a href="/news">News</a></li><li><a href="/meetings">Meetings</a></li></ul></nav>'
        '</header><div id="main-wrapper" class="layout-main-wrapper"><main id="main">'
        '<div class="region region--breadcrumb"><nav class="breadcrumb" aria-label="Breadcrumb">'
        '<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/">Home</a></li>'
        '<li class="breadcrumb__item"><a href="/news">News</a></li></ol></nav></div>'
        '<div class="region region--content-above"><div class="block block-page-title-block">'
        '<h1 class="title page-title"><span class="field field--name-title field--type-string">'
        "Fence along the lane to be replaced</span></h1></div></div>"
        '<article class="node node--type-article node--promoted node--view-mode-full">'
        '<header class="node__header"><div class="node__meta"><div class="node__author-image">'
        '<article class="profile"><div class="field field--name-user-picture"><img src="/u.png" '
        'alt="Profile picture for user Carol Whitby"></div></article></div><span>By <span '
        'class="field field--name-uid field--type-entity-reference"><span>Carol Whitby</span>'
        '</span></span>, <span class="field field--name-created field--type-created">12 March, '
        "2023</span></div></header>"
        f'<div class="node__content"><div class="text-content clearfix field '
        f'field--name-body">{paragraphs("garden")}</div>'
        '<div class="field field--name-field-tags"><h3 class="field__label">Tags</h3><ul '
        'class="links field__items"><li><a href="/t/allotments">Allotments</a></li></ul></div>'
        '<section class="section comments"><h2 class="comments__title">Comments</h2><article '
        'class="comment"><div class="comment__author"><span>Bill Jessop</span></div><div '
        'class="comment__time">Fri, 03/17/2023 - 10:22</div><div class="comment__content"><p>'
        "About time too, the posts have been leaning for years.</p></div></article></section>"
        "</div></article></main></div>"
        f'<footer class="site-footer"><div class="region"><p>{site}, The Green, Riverside.'
        "</p></div></footer></div></div></div>"
    )
    return Theme(
        "olivero",
        page(head, body),
        "Fence along the lane to be replaced",
        ("Carol Whitby",),
        "2023-03-12",
        "https://riverside.example/node/214",
    )


def bartik() -> Theme:
    site = "Hillside Cycling Club"
    head = (
        '<meta name="Generator" content="Drupal 7 (http://drupal.org)">'
        "<title>Saturday ride moves to a later start | Hillside Cycling Club</title>"
    )
    body = (
        '<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix">'
        f'<div id="name-and-slogan"><div id="site-name"><strong><a href="/" rel="home"><span>'
        f'{site}</span></a></strong></div></div><div id="main-menu" class="navigation">'
        '<ul class="links inline main-menu"><li><a href="/">Home</a></li><li><a '
        'href="/rides">Rides</a></li><li><a href="/forum">Forum</a></li></ul></div></div>'
        '</div><div id="main-wrapper"><div id="main"><div id="content" class="column">'
        '<h1 class="title" id="page-title">Saturday ride moves to a later start</h1>'
        '<div id="node-88" class="node node-article node-promoted clearfix" '
        'about="/node/88" typeof="sioc:Item foaf:Document"><span property="dc:title" '
        'content="Saturday ride moves to a later start" class="rdf-meta element-hidden">'
        '</span><div class="meta submitted"><span property="dc:date dc:created" '
        'content="2013-03-12T10:00:00+00:00" datatype="xsd:dateTime" rel="sioc:has_creator">'
        'Submitted by <span class="username" xml:lang="" about="/user/5" '
        'typeof="sioc:UserAccount" property="foaf:name" datatype="">Martin Hale</span> on Tue, '
        '03/12/2013 - 10:00</span></div><div class="content clearfix"><div class="field '
        'field-name-body"><div class="field-items"><div class="field-item even" '
        f'property="content:encoded">{paragraphs("transit")}</div></div></div></div>'
        '<div class="link-wrapper"><ul class="links inline"><li class="comment-add first last">'
        '<a href="/comment/reply/88">Add new comment</a></li></ul></div>'
        '<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2><div '
        'class="comment clearfix"><div class="attribution"><div class="submitted"><p '
        'class="commenter-name"><span class="username">Ian Cole</span></p><p '
        'class="comment-time">Wed, 03/13/2013 - 19:45</p></div></div><div class="content">'
        "<p>Much better for those of us coming from the far side of the valley.</p></div></div>"
        "</div></div></div></div></div>"
        f'<div id="footer-wrapper"><div class="section"><div id="footer">{site} &middot; '
        "Powered by Drupal</div></div></div></div></div>"
    )
    return Theme(
        "bartik",
        page(head, body),
        "Saturday ride moves to a later start",
        ("Martin Hale",),
        "2013-03-12",
        "https://hillside.example/node/88",
    )


def papermod() -> Theme:
    site = "Sam's Notes"
    head = (
        "<title>Logging lock waits apart from compute time | Sam&#39;s Notes</title>"
        '<meta name="author" content="Sam Rivera, Lee Park">'
        '<meta property="og:title" content="Logging lock waits apart from compute time">'
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2023-04-18T00:00:00+00:00">'
        '<meta property="article:modified_time" content="2023-05-02T00:00:00+00:00">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": 1,
                        "name": "Posts",
                        "item": "https://sam.example/posts/",
                    },
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Logging lock waits apart from compute time",
                        "item": "https://sam.example/posts/lock-waits/",
                    },
                ],
            }
        )
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "BlogPosting",
                "headline": "Logging lock waits apart from compute time",
                "name": "Logging lock waits apart from compute time",
                "datePublished": "2023-04-18T00:00:00Z",
                "dateModified": "2023-05-02T00:00:00Z",
                "author": [
                    {"@type": "Person", "name": "Sam Rivera"},
                    {"@type": "Person", "name": "Lee Park"},
                ],
                "publisher": {"@type": "Organization", "name": "Sam's Notes"},
            }
        )
    )
    body = (
        '<header class="header"><nav class="nav"><div class="logo"><a href="/" '
        f'accesskey="h" title="{site} (Alt + H)">{site}</a></div><ul id="menu"><li><a '
        'href="/posts/"><span>Posts</span></a></li><li><a href="/tags/"><span>Tags</span></a>'
        '</li><li><a href="/search/"><span>Search</span></a></li></ul></nav></header>'
        '<main class="main"><article class="post-single"><header class="post-header"><div '
        'class="breadcrumbs"><a href="/">Home</a>&nbsp;&raquo;&nbsp;<a href="/posts/">Posts</a>'
        '</div><h1 class="post-title entry-hint-parent">Logging lock waits apart from compute '
        'time</h1><div class="post-description">Two numbers, two stories.</div><div '
        'class="post-meta"><span title="2023-04-18 00:00:00 +0000 UTC">April 18, 2023</span>'
        "&nbsp;&middot;&nbsp;7 min&nbsp;&middot;&nbsp;Sam Rivera, Lee Park</div></header>"
        f'<div class="post-content">{paragraphs("code")}</div><footer class="post-footer">'
        '<ul class="post-tags"><li><a href="/tags/caching/">Caching</a></li></ul><nav '
        'class="paginav"><a class="prev" href="/posts/a/"><span class="title">&laquo; Prev'
        "</span><br><span>Profiling the import job</span></a></nav></footer></article></main>"
        f'<footer class="footer"><span>&copy; 2024 <a href="/">{site}</a></span> &middot; '
        "<span>Powered by Hugo &amp; PaperMod</span></footer>"
    )
    return Theme(
        "papermod",
        page(head, body),
        "Logging lock waits apart from compute time",
        ("Sam Rivera", "Lee Park"),
        "2023-04-18",
        "https://sam.example/posts/lock-waits/",
    )


def ananke() -> Theme:
    site = "Valley Rides"
    head = (
        "<title>Why the last Saturday train moves later | Valley Rides</title>"
        '<meta property="og:title" content="Why the last Saturday train moves later">'
        '<meta property="og:type" content="article">'
        '<meta property="article:section" content="post">'
        '<meta property="article:published_time" content="2019-08-03T10:58:08-04:00">'
        '<meta property="article:modified_time" content="2020-01-11T09:00:00-05:00">'
        '<meta itemprop="datePublished" content="2019-08-03T10:58:08-04:00">'
        '<meta itemprop="dateModified" content="2020-01-11T09:00:00-05:00">'
    )
    body = (
        '<header><div class="bg-black"><nav class="pv3 ph3 ph4-ns"><div class="flex-l '
        f'justify-between items-center center"><a href="/" class="f3 fw2 white-90 dib">{site}'
        '</a><ul class="pl0 mr3"><li class="list f5 f4-ns fw4 dib pr3"><a href="/about/">About'
        '</a></li><li class="list f5 f4-ns fw4 dib pr3"><a href="/post/">Articles</a></li>'
        "</ul></div></nav></div></header>"
        '<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 '
        'center ph3"><header class="mt4 w-100"><aside class="instapaper_ignoref b helvetica '
        'tracked">ARTICLES</aside><h1 class="f1 athelas mt3 mb1">Why the last Saturday train '
        'moves later</h1><p class="tracked">By <strong>Kim Novak</strong></p><time class="f6 '
        'mv4 dib tracked" datetime="2019-08-03T10:58:08-04:00">August 3, 2019</time><span '
        'class="f6 mv4 dib tracked"> - 3 minutes read</span><span class="f6 mv4 dib tracked"> '
        "- 589 words</span></header>"
        f'<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l '
        f'w-two-thirds-l">{paragraphs("transit")}</div></article></main>'
        '<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex '
        f'justify-between"><a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 '
        f'ph3" href="/">&copy; {site} 2024</a></div></footer>'
    )
    return Theme(
        "ananke",
        page(head, body),
        "Why the last Saturday train moves later",
        ("Kim Novak",),
        "2019-08-03",
        "https://valleyrides.example/post/last-train/",
    )


def minima() -> Theme:
    site = "Avery's Blog"
    head = (
        "<title>Baking in a heavy pot | Avery’s Blog</title>"
        '<meta name="generator" content="Jekyll v4.3.2">'
        '<meta property="og:title" content="Baking in a heavy pot">'
        '<meta name="author" content="Avery Quinn">'
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2020-02-14T09:30:00+00:00">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "BlogPosting",
                "author": {"@type": "Person", "name": "Avery Quinn"},
                "dateModified": "2020-03-01T12:00:00+00:00",
                "datePublished": "2020-02-14T09:30:00+00:00",
                "description": "Steam, then colour.",
                "headline": "Baking in a heavy pot",
                "mainEntityOfPage": {
                    "@type": "WebPage",
                    "@id": "https://avery.example/2020/02/14/pot.html",
                },
                "url": "https://avery.example/2020/02/14/pot.html",
            }
        )
    )
    body = (
        '<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" '
        f'rel="author" href="/">{site}</a><nav class="site-nav"><div class="trigger"><a '
        'class="page-link" href="/about/">About</a></div></nav></div></header>'
        '<main class="page-content" aria-label="Content"><div class="wrapper"><article '
        'class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting"><header '
        'class="post-header"><h1 class="post-title p-name" itemprop="name headline">Baking in '
        'a heavy pot</h1><p class="post-meta"><time class="dt-published" '
        'datetime="2020-02-14T09:30:00+00:00" itemprop="datePublished">Feb 14, 2020</time> '
        '&bull; <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span '
        'class="p-author h-card" itemprop="name">Avery Quinn</span></span></p></header>'
        f'<div class="post-content e-content" itemprop="articleBody">{paragraphs("food")}'
        '</div><a class="u-url" href="/2020/02/14/pot.html" hidden></a></article></div></main>'
        '<footer class="site-footer h-card"><data class="u-url" href="/"></data><div '
        f'class="wrapper"><h2 class="footer-heading">{site}</h2><div class="footer-col-wrapper">'
        '<div class="footer-col"><ul class="contact-list"><li class="p-name">Avery Quinn</li>'
        '<li><a class="u-email" href="mailto:avery@avery.example">avery@avery.example</a></li>'
        '</ul></div><div class="footer-col"><p>Notes on bread and other slow things.</p>'
        "</div></div></div></footer>"
    )
    return Theme(
        "minima",
        page(head, body),
        "Baking in a heavy pot",
        ("Avery Quinn",),
        "2020-02-14",
        "https://avery.example/2020/02/14/pot.html",
    )


def medium_export() -> Theme:
    head = (
        "<title>Ten minutes on foot after lunch</title>"
        "<style>* { font-family: Georgia, Cambria, serif; }</style>"
    )
    body = (
        '<article class="h-entry"><header><h1 class="p-name">Ten minutes on foot after lunch'
        '</h1></header><section data-field="subtitle" class="p-summary">What the small '
        'studies say.</section><section data-field="body" class="e-content"><section '
        'name="9a1c" class="section section--body"><div class="section-content"><div '
        'class="section-inner sectionLayout--insetColumn">'
        f"{paragraphs('health')}</div></div></section></section><footer><p>By <a "
        'href="https://medium.com/@jordanellis" class="p-author h-card">Jordan Ellis</a> on '
        '<a href="https://medium.com/p/9a1c"><time class="dt-published" '
        'datetime="2019-05-02T14:11:10.123Z">May 2, 2019</time></a>.</p><p><a '
        'href="https://medium.com/@jordanellis/ten-minutes-9a1c" class="p-canonical">'
        'Canonical link</a></p><p>Exported from <a href="https://medium.com">Medium</a> on '
        "March 3, 2021.</p></footer></article>"
    )
    return Theme(
        "medium_export",
        page(head, body),
        "Ten minutes on foot after lunch",
        ("Jordan Ellis",),
        "2019-05-02",
        "",
    )


def substack() -> Theme:
    head = (
        "<title>The season ticket question - by Casey Morgan - The Quiet Ledger</title>"
        '<meta property="og:title" content="The season ticket question">'
        '<meta name="author" content="Casey Morgan">'
        '<meta property="og:type" content="article">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "url": "https://quietledger.example/p/season-ticket",
                "mainEntityOfPage": "https://quietledger.example/p/season-ticket",
                "headline": "The season ticket question",
                "description": "Frozen fares and what comes after.",
                "datePublished": "2024-03-08T12:01:05+00:00",
                "dateModified": "2024-03-09T08:00:00+00:00",
                "isAccessibleForFree": True,
                "author": [
                    {
                        "@type": "Person",
                        "name": "Casey Morgan",
                        "url": "https://substack.example/@casey",
                        "description": "Writes about public money.",
                        "identifier": "user:1234",
                    }
                ],
                "publisher": {
                    "@type": "Organization",
                    "name": "The Quiet Ledger",
                    "url": "https://quietledger.example",
                },
            }
        )
    )
    body = (
        '<div id="entry"><div class="main-menu"><div class="topbar"><a href="/" '
        'class="navbar-title-link">The Quiet Ledger</a><button class="button primary">Subscribe'
        '</button><a class="button sign-in-link">Sign in</a></div></div><div '
        'class="single-post-container"><article class="typography newsletter-post post">'
        '<div class="post-header"><h1 class="post-title published">The season ticket question'
        '</h1><h3 class="subtitle">Frozen fares and what comes after.</h3><div '
        'class="post-meta-byline"><div class="profile-hover-card-target"><a '
        'href="https://substack.example/@casey" class="pencraft">Casey Morgan</a></div><div '
        'class="pencraft date">Mar 08, 2024</div></div><div class="post-ufi"><div '
        'class="like-button-container"><a class="post-ufi-button">42</a></div><a '
        'class="post-ufi-button">7</a><a class="post-ufi-button">Share</a></div></div>'
        f'<div class="available-content"><div class="body markup">{paragraphs("transit")}'
        '</div></div><div class="subscribe-widget"><p>Thanks for reading The Quiet Ledger! '
        "Subscribe for free to receive new posts and support my work.</p><input "
        'type="email" placeholder="Type your email..."><button>Subscribe</button></div>'
        '</article><div class="post-footer"><a class="post-ufi-button">Share</a></div>'
        '<div class="comments-section"><h4>Discussion about this post</h4><div '
        'class="comment"><a class="comment-meta-author">Rob Tan</a><a class="comment-date">'
        'Mar 9</a><div class="comment-body"><p>Good explainer, thanks.</p></div></div></div>'
        "</div></div>"
    )
    return Theme(
        "substack",
        page(head, body),
        "The season ticket question",
        ("Casey Morgan",),
        "2024-03-08",
        "https://quietledger.example/p/season-ticket",
    )


def arc() -> Theme:
    site = "The Capital Courier"
    head = (
        "<title>Northern line gets its early trains after all - The Capital Courier</title>"
        '<meta property="og:title" content="Northern line gets its early trains after all">'
        '<meta property="og:site_name" content="The Capital Courier">'
        '<meta name="author" content="Dana Pryce, Felix Ormond">'
        '<meta property="article:published_time" content="2024-03-04T12:00:00Z">'
        '<meta property="article:modified_time" content="2024-03-04T23:12:00Z">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Northern line gets its early trains after all",
                "datePublished": "2024-03-04T12:00:00Z",
                "dateModified": "2024-03-04T23:12:00Z",
                "author": [
                    {
                        "@type": "Person",
                        "name": "Dana Pryce",
                        "url": "https://courier.example/people/dana-pryce/",
                    },
                    {
                        "@type": "Person",
                        "name": "Felix Ormond",
                        "url": "https://courier.example/people/felix-ormond/",
                    },
                ],
                "publisher": {"@type": "NewsMediaOrganization", "name": site},
            }
        )
    )
    body = (
        nav(site) + '<main><div class="b-article-header"><div class="kicker"><a href="/transport/">'
        'Transportation</a></div><h1 class="headline" data-qa="headline">Northern line gets '
        'its early trains after all</h1><h2 class="sub-headline">Commuters had asked for the '
        'change since the line reopened.</h2></div><div class="b-byline" data-qa="byline">'
        '<span class="b-byline__by">By </span><a class="b-byline__names" '
        'href="/people/dana-pryce/">Dana Pryce</a> and <a class="b-byline__names" '
        'href="/people/felix-ormond/">Felix Ormond</a></div><div class="b-date" '
        'data-qa="timestamp"><span class="b-date__updated">Updated March 4, 2024 at 6:12 p.m. '
        'EST</span><span class="b-date__sep">|</span><span class="b-date__published">Published '
        "March 4, 2024 at 7:00 a.m. EST</span></div>"
        '<figure class="b-lead-art"><img src="/lead.jpg" alt=""><figcaption>A train at the '
        "northern terminus on Monday. (Rita Jones for The Capital Courier)</figcaption></figure>"
        f'<div class="article-body">{paragraphs("transit")}'
        '<p class="b-article-body__credits"><i>Gwen Hall contributed to this report.</i></p>'
        "</div>"
        '<div class="b-author-bio"><div class="b-author-bio__name"><a '
        'href="/people/dana-pryce/">Dana Pryce</a></div><p>Dana Pryce covers regional '
        'transport.</p><a class="b-author-bio__follow">Follow</a></div>'
        '<section class="b-more-stories"><h2>Most Read</h2><ol><li><a href="/a/">City council '
        'approves new budget</a><span class="b-byline">By Mark Stein</span></li></ol></section>'
        "</main>" + footer(site)
    )
    return Theme(
        "arc",
        page(head, body),
        "Northern line gets its early trains after all",
        ("Dana Pryce", "Felix Ormond"),
        "2024-03-04",
        "https://courier.example/transport/2024/03/04/early-trains/",
    )


def health() -> Theme:
    site = "Better Days Health"
    head = (
        "<title>Walking After Meals: What the Research Says | Better Days Health</title>"
        '<meta property="og:title" content="Walking After Meals: What the Research Says">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "MedicalWebPage",
                "headline": "Walking After Meals: What the Research Says",
                "datePublished": "2021-02-01T09:00:00Z",
                "dateModified": "2023-07-09T09:00:00Z",
                "author": {"@type": "Person", "name": "Dana White"},
                "reviewedBy": {"@type": "Person", "name": "Omar Said, MD"},
                "publisher": {"@type": "Organization", "name": site},
            }
        )
    )
    body = (
        nav(site) + '<main><article><header><div class="breadcrumbs"><a href="/">Health</a> / <a '
        'href="/fitness/">Fitness</a></div><h1>Walking After Meals: What the Research Says'
        '</h1><div class="article-byline"><span class="byline-written">Written by <a '
        'href="/authors/dana-white">Dana White</a></span> <span class="byline-reviewed">'
        'Medically reviewed by <a href="/reviewers/omar-said">Omar Said, MD</a></span> '
        '&mdash; <span class="byline-date">Updated on July 9, 2023</span></div></header>'
        f'<div class="article-body">{paragraphs("health")}</div>'
        '<div class="sources"><h2>How we reviewed this article</h2><p>Our experts '
        "continually monitor the health and wellness space, and we update our articles when "
        "new information becomes available.</p><p>Current Version: Jul 9, 2023 Written By "
        "Dana White. Edited By Marcy Lund. Medically Reviewed By Omar Said, MD.</p><p>Feb 1, "
        "2021 Written By Dana White.</p></div></article></main>" + footer(site)
    )
    return Theme(
        "health",
        page(head, body),
        "Walking After Meals: What the Research Says",
        ("Dana White",),
        "2021-02-01",
        "https://betterdays.example/walking-after-meals",
    )


def author_url_meta() -> Theme:
    site = "Crumb & Crust"
    head = (
        "<title>Why the loaf must cool before slicing | Crumb &amp; Crust</title>"
        '<meta property="og:title" content="Why the loaf must cool before slicing">'
        '<meta property="article:author" content="https://www.facebook.com/crumbandcrust">'
        '<meta property="article:publisher" content="https://www.facebook.com/crumbandcrust">'
        '<meta property="article:published_time" content="2018-10-21T16:40:00+01:00">'
        '<meta name="author" content="Hattie Brown">'
    )
    body = (
        nav(site)
        + '<div id="content"><article class="post"><h1 class="entry-title">Why the loaf must '
        'cool before slicing</h1><div class="entry-meta"><span class="posted-on"><a '
        'href="/cool/" rel="bookmark"><time class="entry-date published" '
        'datetime="2018-10-21T16:40:00+01:00">21/10/2018</time></a></span></div>'
        f'<div class="entry-content">{paragraphs("food")}</div></article>'
        + related(
            "You might also like",
            ("Rye crackers", "Hattie Brown", "10/10/2018"),
            ("A week of porridge", "Hattie Brown", "02/10/2018"),
        )
        + "</div>"
        + footer(site)
    )
    return Theme(
        "author_url_meta",
        page(head, body),
        "Why the loaf must cool before slicing",
        ("Hattie Brown",),
        "2018-10-21",
        "https://crumbcrust.example/cool/",
    )


def organisation_author() -> Theme:
    site = "Harbor Times"
    head = (
        "<title>Pump rota settles a long allotment quarrel | Harbor Times</title>"
        '<meta property="og:title" content="Pump rota settles a long allotment quarrel">'
        '<meta property="og:site_name" content="Harbor Times">'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Pump rota settles a long allotment quarrel",
                "datePublished": "2022-04-27T05:30:00-04:00",
                "author": {"@type": "Organization", "name": "Harbor Times Staff"},
                "publisher": {"@type": "Organization", "name": site},
            }
        )
    )
    body = (
        nav(site)
        + '<main><article class="story"><h1 class="story-headline">Pump rota settles a long '
        'allotment quarrel</h1><div class="story-meta"><span class="byline">By Harbor Times '
        'Staff</span> <span class="pubdate">April 27, 2022 at 5:30 a.m.</span></div>'
        f'<div class="story-body">{paragraphs("garden")}</div></article>'
        + related(
            "Latest news",
            ("Fence to be replaced", "Carl Dunn", "April 26, 2022"),
            ("Library hours extended", "Mia Cho", "April 25, 2022"),
        )
        + "</main>"
        + footer(site)
    )
    return Theme(
        "organisation_author",
        page(head, body),
        "Pump rota settles a long allotment quarrel",
        None,
        "2022-04-27",
        "https://harbortimes.example/news/pump-rota",
    )


def microdata_follow() -> Theme:
    site = "The Eastern Standard"
    head = (
        "<title>Flood repairs finished, the branch line reopens - The Eastern Standard</title>"
        '<meta property="og:title" content="Flood repairs finished, the branch line reopens">'
    )
    body = (
        nav(site) + '<main><article itemscope itemtype="http://schema.org/NewsArticle"><meta '
        'itemprop="datePublished" content="2022-10-10T06:00:00Z"><meta itemprop="dateModified" '
        'content="2022-10-11T15:30:00Z"><h1 itemprop="headline">Flood repairs finished, the '
        'branch line reopens</h1><div class="byline-block"><div itemprop="author" itemscope '
        'itemtype="http://schema.org/Person" class="author-card"><img itemprop="image" '
        'src="/rb.jpg" alt="Rowan Blake"><span itemprop="name">Rowan Blake</span> <a '
        'class="follow-btn" href="/follow/rowan">Follow</a></div><span class="read-time">'
        '4 min read</span></div><figure><img src="/line.jpg" alt=""><figcaption>Engineers at '
        "the washed-out embankment. Photo: Lena Ortiz for The Eastern Standard</figcaption>"
        '</figure><div itemprop="articleBody"><p><span class="dateline">YORK &mdash;</span> '
        + " ".join(TOPICS["transit"][:1])
        + "</p>"
        + "".join(f"<p>{t}</p>" for t in TOPICS["transit"][1:])
        + '</div><div class="comments"><h3>3 Comments</h3><div class="comment"><span '
        'class="comment-author">Paul G</span> <span class="comment-date">Oct 11, 2022</span>'
        "<p>Finally. Two years of buses.</p></div></div></article></main>" + footer(site)
    )
    return Theme(
        "microdata_follow",
        page(head, body),
        "Flood repairs finished, the branch line reopens",
        ("Rowan Blake",),
        "2022-10-10",
        "https://standard.example/branch-line-reopens",
    )


def blogger() -> Theme:
    head = (
        "<title>Priya&#39;s Kitchen Table: Porridge, seven ways</title>"
        '<meta content="Porridge, seven ways" property="og:title">'
    )
    body = (
        '<div class="content-outer"><header><div class="header-outer"><div class="Header" '
        'id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a '
        'href="/">Priya\'s Kitchen Table</a></h1></div><div class="descriptionwrapper">'
        '<p class="description"><span>Recipes from a small flat.</span></p></div></div></div>'
        '</div></header><div class="main-outer"><div class="main-inner"><div class="date-outer">'
        '<h2 class="date-header"><span>Sunday, June 21, 2015</span></h2><div '
        'class="date-posts"><div class="post-outer"><div class="post hentry" itemprop="blogPost" '
        'itemscope="itemscope" itemtype="http://schema.org/BlogPosting"><h3 class="post-title '
        'entry-title" itemprop="name">Porridge, seven ways</h3><div class="post-header"><div '
        'class="post-header-line-1"></div></div><div class="post-body entry-content" '
        f'itemprop="description articleBody">{paragraphs("food")}</div>'
        '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span '
        'class="post-author vcard">Posted by <span class="fn" itemprop="author" '
        'itemscope="itemscope" itemtype="http://schema.org/Person"><a class="g-profile" '
        'href="https://www.blogger.com/profile/0123" rel="author" title="author profile"><span '
        'itemprop="name">Priya Nair</span></a></span></span> <span class="post-timestamp">at '
        '<a class="timestamp-link" href="/2015/06/porridge.html" rel="bookmark" '
        'title="permanent link"><abbr class="published" itemprop="datePublished" '
        'title="2015-06-21T08:44:00-07:00">8:44 AM</abbr></a></span> <span '
        'class="post-comment-link"><a class="comment-link" href="#comments">2 comments:</a>'
        '</span></div><div class="post-footer-line post-footer-line-2"><span '
        'class="post-labels">Labels: <a href="/search/label/breakfast" rel="tag">breakfast</a>'
        '</span></div></div></div><div class="comments" id="comments"><h4>2 comments:</h4>'
        '<dl id="comments-block"><dt class="comment-author">Anonymous said...</dt><dd '
        'class="comment-body"><p>The cardamom one is lovely.</p></dd><dd class="comment-footer">'
        '<span class="comment-timestamp"><a href="#c1">June 22, 2015 at 3:10 AM</a></span></dd>'
        "</dl></div></div></div></div></div></div></div>"
    )
    return Theme(
        "blogger",
        page(head, body),
        "Porridge, seven ways",
        ("Priya Nair",),
        "2015-06-21",
        "https://priyaskitchen.example/2015/06/porridge.html",
    )


def plain_byline_credits() -> Theme:
    site = "The Weekly Register"
    head = (
        "<title>The long rise: a baker's notebook | The Weekly Register</title>"
        '<meta property="og:title" content="The long rise: a baker\'s notebook">'
    )
    body = (
        nav(site)
        + '<main><article><p class="section-label"><a href="/food/">Food</a></p><h1>The long '
        'rise: a baker\'s notebook</h1><p class="byline">By Tom Harris and Ellen Cho</p>'
        '<p class="credits">Edited by Mark Lee &middot; Photographs by Ana Ruiz</p><p '
        'class="dateline">Published Oct. 5, 2021 &middot; Updated Oct. 6, 2021</p>'
        f'<div class="story">{paragraphs("food")}</div></article>'
        + related("More from Food", ("A week of porridge", "Jo Baird", "Oct. 1, 2021"))
        + "</main>"
        + footer(site)
    )
    return Theme(
        "plain_byline_credits",
        page(head, body),
        "The long rise: a baker's notebook",
        ("Tom Harris", "Ellen Cho"),
        "2021-10-05",
        "https://register.example/food/long-rise",
    )


def no_byline() -> Theme:
    site = "Greenway Trust"
    head = (
        "<title>Volunteers wanted for the spring planting | Greenway Trust</title>"
        '<meta property="og:title" content="Volunteers wanted for the spring planting">'
        '<meta property="article:published_time" content="2024-02-26T10:00:00+00:00">'
    )
    body = (
        nav(site) + '<div class="wrap"><aside class="sidebar"><h3>Trending</h3><ul><li><a '
        'href="/t1/">Hedge laying weekend</a><span class="byline">By Ruth Keane</span> '
        '<time>February 20, 2024</time></li><li><a href="/t2/">Bird box count results</a>'
        '<span class="byline">By Ahmed Saleh</span> <time>February 18, 2024</time></li></ul>'
        '</aside><main><article class="post"><h1 class="entry-title">Volunteers wanted for '
        'the spring planting</h1><div class="entry-meta"><time class="entry-date" '
        'datetime="2024-02-26T10:00:00+00:00">February 26, 2024</time></div>'
        f'<div class="entry-content">{paragraphs("garden")}</div></article></main></div>'
        + footer(site)
    )
    return Theme(
        "no_byline",
        page(head, body),
        "Volunteers wanted for the spring planting",
        None,
        "2024-02-26",
        "https://greenway.example/spring-planting/",
    )


def underscores() -> Theme:
    site = "Leaf & Loam"
    head = "<title>Leaf mould as currency &#8211; Leaf &amp; Loam</title>"
    body = (
        nav(site)
        + '<div id="content" class="site-content"><main id="main" class="site-main"><article '
        'class="post hentry"><header class="entry-header"><h1 class="entry-title">Leaf mould '
        'as currency</h1><div class="entry-meta"><span class="posted-on">Posted on <a '
        'href="/leaf-mould/" rel="bookmark"><time class="entry-date published" '
        'datetime="2019-01-10T08:00:00+00:00">January 10, 2019</time><time class="updated" '
        'datetime="2019-03-02T11:00:00+00:00">March 2, 2019</time></a></span><span '
        'class="byline"> by <span class="author vcard"><a class="url fn n" '
        'href="/author/chris/">Chris Doyle</a></span></span></div></header>'
        f'<div class="entry-content">{paragraphs("garden")}</div><footer class="entry-footer">'
        '<span class="cat-links">Posted in <a href="/c/soil/" rel="category tag">Soil</a>'
        "</span></footer></article>"
        + comments(
            (
                "Meg",
                "January 11, 2019 at 7:30 am",
                "Two barrows for a tray of leeks seems fair to me.",
            )
        )
        + "</main></div>"
        + footer(site)
    )
    return Theme(
        "underscores",
        page(head, body),
        "Leaf mould as currency",
        ("Chris Doyle",),
        "2019-01-10",
        "https://leafloam.example/leaf-mould/",
    )


def newspack() -> Theme:
    site = "County Beacon"
    head = (
        "<title>Allotment fence funding approved &#8211; County Beacon</title>"
        '<meta property="og:title" content="Allotment fence funding approved">'
        '<meta property="og:site_name" content="County Beacon">'
        '<meta property="article:published_time" content="2022-03-02T15:00:00+00:00">'
        '<meta property="article:modified_time" content="2022-03-03T09:10:00+00:00">'
    )
    body = (
        nav(site) + '<div id="content" class="site-content"><header class="entry-header"><span '
        'class="cat-links"><a href="/c/local/">Local</a></span><h1 class="entry-title">'
        'Allotment fence funding approved</h1><div class="newspack-post-subtitle">The council '
        'found the money in the parks budget.</div><div class="entry-subhead"><div '
        'class="entry-meta"><span class="author-avatar"><img alt="" class="avatar" src="/a.png">'
        '</span><span class="byline"><span>by</span> <span class="author vcard"><a class="url '
        'fn n" href="/author/rosa/">Rosa Delgado</a></span> and <span class="author vcard"><a '
        'class="url fn n" href="/author/ken/">Ken Ibe</a></span></span><span class="posted-on">'
        '<time class="entry-date published" datetime="2022-03-02T15:00:00+00:00">March 2, 2022'
        '</time><span class="updated-label">Updated:</span> <time class="modified updated" '
        'datetime="2022-03-03T09:10:00+00:00">March 3, 2022</time></span></div><div '
        'class="newspack-sharing"><a class="share-twitter">Twitter</a><a class="share-facebook">'
        "Facebook</a></div></div></header>"
        f'<main id="main" class="site-main"><article class="post"><div class="entry-content">'
        f'{paragraphs("garden")}</div></article><div class="author-bio"><div '
        'class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">'
        "Rosa Delgado</h2></div><p>Rosa covers local government for the Beacon.</p><a "
        'class="author-link" href="/author/rosa/">More by Rosa Delgado</a></div></div></main>'
        "</div>" + footer(site)
    )
    return Theme(
        "newspack",
        page(head, body),
        "Allotment fence funding approved",
        ("Rosa Delgado", "Ken Ibe"),
        "2022-03-02",
        "https://beacon.example/2022/03/02/fence-funding/",
    )


THEMES = (
    twentytwentyone,
    twentytwentyfour,
    twentytwenty,
    generatepress,
    astra,
    newspaper,
    jannah,
    soledad,
    casper,
    olivero,
    bartik,
    papermod,
    ananke,
    minima,
    medium_export,
    substack,
    arc,
    health,
    author_url_meta,
    organisation_author,
    microdata_follow,
    blogger,
    plain_byline_credits,
    no_byline,
    underscores,
    newspack,
)


def yoast_reference() -> Theme:
    """Yoast's graph names the author by reference only; the theme prints the name in a box
    at the end, not as a byline."""
    site = "Crust Club"
    head = (
        "<title>Steam first, then colour - Crust Club</title>"
        '<meta property="og:title" content="Steam first, then colour - Crust Club">'
        '<meta property="article:published_time" content="2019-11-05T18:00:00+00:00">'
        + ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "WebSite", "@id": "https://crust.example/#website", "name": site},
                    {
                        "@type": "Article",
                        "@id": "https://crust.example/steam/#article",
                        "author": {"@id": "https://crust.example/#/schema/person/91b2"},
                        "headline": "Steam first, then colour",
                        "datePublished": "2019-11-05T18:00:00+00:00",
                    },
                    {
                        "@type": ["Person"],
                        "@id": "https://crust.example/#/schema/person/91b2",
                        "name": "Ines Duarte",
                    },
                ],
            }
        )
    )
    body = (
        nav(site) + '<main><article class="post"><h1 class="entry-title">Steam first, then '
        'colour</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date '
        'published" datetime="2019-11-05T18:00:00+00:00">November 5, 2019</time></span></div>'
        f'<div class="entry-content">{paragraphs("food")}</div><div class="post-author-box">'
        '<img class="avatar" src="/i.png" alt=""><div><h4>Ines Duarte</h4><p>Ines bakes in a '
        "small flat in Porto and writes about bread every other week.</p></div></div></article>"
        "</main>" + footer(site)
    )
    return Theme(
        "yoast_reference",
        page(head, body),
        "Steam first, then colour",
        ("Ines Duarte",),
        "2019-11-05",
        "https://crust.example/steam/",
    )


def caption_credit() -> Theme:
    """A lead picture's credit ("By Jane Roe/Getty Images") between headline and byline."""
    site = "The Morning Rail"
    head = "<title>Extra services start on the northern branch | The Morning Rail</title>"
    body = (
        nav(site) + '<main><article><header><h1 class="headline">Extra services start on the '
        'northern branch</h1><figure class="lead-image"><img src="/t.jpg" alt=""><figcaption>'
        '<span class="caption-text">The first early train leaves the terminus.</span> <span '
        'class="credit">By Jane Roe/Getty Images</span></figcaption></figure><div '
        'class="byline">By Victor Hale</div><div class="published">Published 9:14 AM EDT, '
        "Mon June 12, 2023</div></header>"
        f'<div class="article-body">{paragraphs("transit")}</div></article></main>' + footer(site)
    )
    return Theme(
        "caption_credit",
        page(head, body),
        "Extra services start on the northern branch",
        ("Victor Hale",),
        "2023-06-12",
        "https://morningrail.example/2023/06/12/extra-services",
    )


def agency_byline() -> Theme:
    """A wire story: the byline names the agency only."""
    site = "Valley Gazette"
    head = (
        "<title>Rail operator freezes fares for the rest of the year | Valley Gazette</title>"
        '<meta property="og:site_name" content="Valley Gazette">'
        '<meta property="article:published_time" content="2023-09-18T14:20:00Z">'
    )
    body = (
        nav(site) + "<main><article><h1>Rail operator freezes fares for the rest of the year"
        '</h1><p class="byline">By The Associated Press</p><p class="date">September 18, 2023'
        f'</p><div class="story">{paragraphs("transit")}</div><p class="copyright">Copyright '
        "2023 The Associated Press. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed.</p></article></main>" + footer(site)
    )
    return Theme(
        "agency_byline",
        page(head, body),
        "Rail operator freezes fares for the rest of the year",
        None,
        "2023-09-18",
        "https://valleygazette.example/news/fares-frozen",
    )


def coauthors_plus() -> Theme:
    """WordPress with the Co-Authors Plus plugin: three linked names."""
    site = "Allotment Weekly"
    head = (
        "<title>Who owns the water? &#8211; Allotment Weekly</title>"
        '<meta property="article:published_time" content="2021-04-09T07:00:00+00:00">'
    )
    body = (
        nav(site) + '<main><article class="post"><header class="entry-header"><h1 '
        'class="entry-title">Who owns the water?</h1><div class="entry-meta"><span '
        'class="byline">By <a href="/author/amy/" rel="author">Amy Cross</a>, <a '
        'href="/author/raj/" rel="author">Raj Patel</a> and <a href="/author/lou/" '
        'rel="author">Lou Mbeki</a></span> <span class="posted-on"><time class="entry-date '
        'published" datetime="2021-04-09T07:00:00+00:00">April 9, 2021</time></span></div>'
        f'</header><div class="entry-content">{paragraphs("garden")}</div></article></main>'
        + footer(site)
    )
    return Theme(
        "coauthors_plus",
        page(head, body),
        "Who owns the water?",
        ("Amy Cross", "Raj Patel", "Lou Mbeki"),
        "2021-04-09",
        "https://allotmentweekly.example/who-owns-the-water/",
    )


def medium_live() -> Theme:
    """A Medium post as served: name, Follow, publication, read time, date; no "By"."""
    head = (
        "<title>Ten minutes of walking after lunch | by Jordan Ellis | Medium</title>"
        '<meta property="og:title" content="Ten minutes of walking after lunch">'
        '<meta name="author" content="Jordan Ellis">'
        '<meta property="article:published_time" content="2023-03-03T10:21:44.512Z">'
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": "Ten minutes of walking after lunch",
                "datePublished": "2023-03-03T10:21:44.512Z",
                "dateModified": "2023-03-05T08:00:00.000Z",
                "author": {
                    "@type": "Person",
                    "name": "Jordan Ellis",
                    "url": "https://medium.com/@jordanellis",
                },
                "creator": ["Jordan Ellis"],
                "publisher": {"@type": "Organization", "name": "Medium"},
            }
        )
    )
    body = (
        '<div id="root"><nav><a href="/">Medium</a><a href="/m/signin">Sign in</a><a '
        'href="/m/signup">Get started</a></nav><article><section><h1 class="pw-post-title">Ten '
        'minutes of walking after lunch</h1><div class="speechify-ignore"><div><a '
        'href="/@jordanellis"><img alt="Jordan Ellis" src="/j.png"></a></div><div><span><a '
        'href="/@jordanellis" data-testid="authorName">Jordan Ellis</a></span><span><button>'
        "Follow</button></span></div><div><span>Published in <a>Better Habits</a></span></div>"
        '<div><span data-testid="storyReadTime">5 min read</span><span>&middot;</span><span '
        'data-testid="storyPublishDate">Mar 3, 2023</span></div><div><span>--</span><span>'
        '12</span><button aria-label="Share">Share</button></div></div>'
        f"{paragraphs('health')}</section></article><div><h2>More from Jordan Ellis</h2><div>"
        '<a href="/x">Stairs as exercise</a><span>Jordan Ellis</span><span>Feb 2, 2023</span>'
        "</div></div></div>"
    )
    return Theme(
        "medium_live",
        page(head, body),
        "Ten minutes of walking after lunch",
        ("Jordan Ellis",),
        "2023-03-03",
        "https://medium.com/better-habits/ten-minutes-1a2b3c",
    )


def reviewed_no_ld() -> Theme:
    """A health page without structured data: writer, medical reviewer, update date."""
    site = "Well Told"
    head = "<title>Is walking after dinner worth it? - Well Told</title>"
    body = (
        nav(site) + '<main><article><h1>Is walking after dinner worth it?</h1><div class="meta">'
        '<p class="reviewer">Medically reviewed by Omar Said, MD</p><p class="author">Written '
        'by Dana White</p><p class="dates">Published February 1, 2021 &middot; Updated July 9, '
        f"2023</p></div>{paragraphs('health')}</article></main>" + footer(site)
    )
    return Theme(
        "reviewed_no_ld",
        page(head, body),
        "Is walking after dinner worth it?",
        ("Dana White",),
        "2021-02-01",
        "https://welltold.example/walking-after-dinner",
    )


def updated_first() -> Theme:
    """A news byline that prints the update first and the publication after it."""
    site = "Harbourside News"
    head = "<title>Night buses replace trains over Easter | Harbourside News</title>"
    body = (
        nav(site) + "<main><article><h1>Night buses replace trains over Easter</h1><div "
        'class="article-meta"><span class="author">By Holly Grant</span><span '
        'class="timestamp">Updated: 6:45 PM, Apr. 4, 2023 | Posted: 11:02 AM, Apr. 3, 2023'
        f"</span></div>{paragraphs('transit')}</article></main>" + footer(site)
    )
    return Theme(
        "updated_first",
        page(head, body),
        "Night buses replace trains over Easter",
        ("Holly Grant",),
        "2023-04-03",
        "https://harbourside.example/2023/04/night-buses",
    )


def hcard_footer_date() -> Theme:
    """An old blog: h-entry, the byline and date in the post's footer only."""
    head = "<title>The shed door rota | Notes from Plot 9</title>"
    body = (
        '<div id="header"><h1 id="blog-title"><a href="/">Notes from Plot 9</a></h1><p '
        'id="blog-description">Digging, mostly.</p></div><div id="container"><div id="content">'
        '<div class="hentry post"><h2 class="entry-title">The shed door rota</h2><div '
        f'class="entry-content">{paragraphs("garden")}</div><div class="entry-meta">This entry '
        'was posted by <span class="author vcard"><a class="url fn n" href="/author/olly/">'
        'Olly Brennan</a></span> on <abbr class="published" title="2009-08-14T20:31:00+01:00">'
        'Friday, August 14th, 2009 at 8:31 pm</abbr> and is filed under <a href="/c/plot/">'
        'Plot</a>.</div></div></div><div id="primary" class="sidebar"><h3>Recent Posts</h3>'
        '<ul><li><a href="/r1/">Slugs again</a></li><li><a href="/r2/">The new pump</a></li>'
        '</ul><h3>Archives</h3><ul><li><a href="/2009/08/">August 2009</a></li><li><a '
        'href="/2009/07/">July 2009</a></li></ul></div></div><div id="footer"><p>Powered by '
        "WordPress</p></div>"
    )
    return Theme(
        "hcard_footer_date",
        page(head, body),
        "The shed door rota",
        ("Olly Brennan",),
        "2009-08-14",
        "http://plot9.example/?p=412",
    )


THEMES2 = (
    yoast_reference,
    caption_credit,
    agency_byline,
    coauthors_plus,
    medium_live,
    reviewed_no_ld,
    updated_first,
    hcard_footer_date,
)


def kubrick() -> Theme:
    """WordPress's old default theme: the headline in an h2, the blog's name in the h1 and
    the title, the date in a footer sentence ("This entry was posted on ...")."""
    head = "<title>Plot Nine &raquo; Blog Archive &raquo; Slugs again</title>"
    body = (
        '<div id="page"><div id="header" role="banner"><div id="headerimg"><h1><a href="/">'
        'Plot Nine</a></h1><div class="description">Digging, mostly.</div></div></div><div '
        'id="content" class="widecolumn" role="main"><div class="navigation"><div '
        'class="alignleft">&laquo; <a href="/p1/">The new pump</a></div></div><div '
        'class="post" id="post-88"><h2>Slugs again</h2><div class="entry">'
        f'{paragraphs("garden")}<p class="postmetadata alt"><small>This entry was posted on '
        'Tuesday, March 4th, 2008 at 10:15 am and is filed under <a href="/c/pests/">Pests'
        "</a>. You can follow any responses to this entry through the RSS 2.0 feed.</small>"
        '</p></div></div><h3 id="comments">2 Responses to &#8220;Slugs again&#8221;</h3><ol '
        'class="commentlist"><li class="alt"><cite>Meg</cite> Says:<br><small '
        'class="commentmetadata"><a href="#c1">March 5th, 2008 at 9:02 am</a></small><p>Beer '
        'traps, every time.</p></li></ol></div><div id="footer" role="contentinfo"><p>Plot '
        "Nine is proudly powered by WordPress</p></div></div>"
    )
    return Theme(
        "kubrick",
        page(head, body),
        "Slugs again",
        None,
        "2008-03-04",
        "http://plotnine.example/?p=88",
    )


def contributor_line() -> Theme:
    """A byline with a role after a comma and a story/photos credit line."""
    site = "The Lakeside Post"
    head = (
        "<title>Opinion | The case for later trains | The Lakeside Post</title>"
        '<meta property="og:title" content="Opinion | The case for later trains">'
        '<meta property="article:published_time" content="2022-11-20T08:00:00-05:00">'
    )
    body = (
        nav(site) + '<main><article><div class="kicker">Opinion</div><h1>The case for later '
        'trains</h1><div class="byline">By Sarah Kimball, Special to The Lakeside Post</div>'
        '<div class="credits">Story by Sarah Kimball &bull; Photos by Ana Ruiz</div>'
        '<time datetime="2022-11-20T08:00:00-05:00">Nov. 20, 2022</time>'
        f"{paragraphs('transit')}<p><i>Sarah Kimball is a retired signal engineer who lives in "
        "the valley.</i></p></article></main>" + footer(site)
    )
    return Theme(
        "contributor_line",
        page(head, body),
        "The case for later trains",
        ("Sarah Kimball",),
        "2022-11-20",
        "https://lakesidepost.example/opinion/later-trains",
    )


def magazine_credits() -> Theme:
    """A magazine's credits: "Words:" and "Pictures:" labels, a guest post's line."""
    site = "Loaf Quarterly"
    head = "<title>A week with a wood-fired oven - Loaf Quarterly</title>"
    body = (
        nav(site) + '<main><article><h1 class="entry-title">A week with a wood-fired oven</h1>'
        '<p class="standfirst">What happens when a home baker borrows a real oven.</p><ul '
        'class="credits"><li>Words: Beth Okoro</li><li>Pictures: Sam Hill</li></ul><p '
        'class="date">15 January 2020</p>'
        f"{paragraphs('food')}</article></main>" + footer(site)
    )
    return Theme(
        "magazine_credits",
        page(head, body),
        "A week with a wood-fired oven",
        ("Beth Okoro",),
        "2020-01-15",
        "https://loafquarterly.example/wood-fired-oven/",
    )


def handle_after_name() -> Theme:
    """A tech blog: a guest post line, the writer's handle and a reading time."""
    site = "Ops Journal"
    head = "<title>Timeouts on a lock | Ops Journal</title>"
    body = (
        nav(site) + '<main><article><h1>Timeouts on a lock</h1><div class="post-meta">Guest '
        'post by <a href="/u/kat">Kat Ng</a> <a href="https://social.example/@katng">@katng'
        '</a> &middot; 6 min read &middot; <time datetime="2024-01-08">Jan 8, 2024</time>'
        f"</div>{paragraphs('code')}</article></main>" + footer(site)
    )
    return Theme(
        "handle_after_name",
        page(head, body),
        "Timeouts on a lock",
        ("Kat Ng",),
        "2024-01-08",
        "https://opsjournal.example/timeouts-on-a-lock",
    )


def site_h1() -> Theme:
    """An older theme: the site's name is the h1 on every page, the headline an h2."""
    site = "Brookside Growers"
    head = "<title>Seed swap this Saturday | Brookside Growers</title>"
    body = (
        f'<div id="wrap"><h1 id="logo"><a href="/">{site}</a></h1>'
        '<ul id="menu"><li><a href="/">Home</a></li><li><a href="/events/">Events</a></li></ul>'
        '<div id="main"><div class="post"><h2 class="post-title">Seed swap this Saturday</h2>'
        '<p class="post-info">Posted by Gwen Price on 04.05.2017</p>'
        f'<div class="post-body">{paragraphs("garden")}</div></div></div>'
        f'<div id="footer">&copy; {site}</div></div>'
    )
    return Theme(
        "site_h1",
        page(head, body),
        "Seed swap this Saturday",
        ("Gwen Price",),
        "2017-05-04",
        "https://brookside.example/seed-swap",
    )


def author_box_only() -> Theme:
    """A theme with the post meta switched off: the writer is named only in the author's box
    at the end, whose paragraph calls her by her first name."""
    site = "Plot & Pantry"
    head = (
        "<title>Beans, courgettes and sunflowers - Plot &amp; Pantry</title>"
        '<meta property="article:published_time" content="2022-07-19T09:00:00+00:00">'
    )
    body = (
        nav(site) + '<main><article class="post"><h1 class="entry-title">Beans, courgettes and '
        f'sunflowers</h1><div class="entry-content">{paragraphs("garden")}</div>'
        '<div class="ast-author-box"><div class="ast-author-bio"><div class="about-author-'
        'title-wrapper"><h3 class="about-author">About The Author</h3></div><div '
        'class="ast-author-details"><h4 class="author-title">Maya Lindgren</h4><p>Maya is a '
        "community gardener and writes about growing food in small spaces.</p></div></div></div>"
        "</article></main>" + footer(site)
    )
    return Theme(
        "author_box_only",
        page(head, body),
        "Beans, courgettes and sunflowers",
        ("Maya Lindgren",),
        "2022-07-19",
        "https://plotpantry.example/beans-courgettes-sunflowers/",
    )


def divi() -> Theme:
    """Divi: one meta line, "by X | date | categories | comments"."""
    site = "Green Lane Plots"
    head = "<title>Netting the raspberries | Green Lane Plots</title>"
    body = (
        nav(site) + '<div id="main-content"><article class="et_pb_post post"><div '
        'class="et_post_meta_wrapper"><h1 class="entry-title">Netting the raspberries</h1><p '
        'class="post-meta"> by <span class="author vcard"><a href="/author/ruth/" title="Posts '
        'by Ruth Ames" rel="author">Ruth Ames</a></span> | <span class="published">Jul 2, 2020'
        '</span> | <a href="/c/fruit/" rel="category tag">Fruit</a>, <a href="/c/pests/" '
        'rel="category tag">Pests</a> | <span class="comments-number"><a href="#respond">3 '
        "comments</a></span></p></div>"
        f'<div class="entry-content">{paragraphs("garden")}</div></article></div>' + footer(site)
    )
    return Theme(
        "divi",
        page(head, body),
        "Netting the raspberries",
        ("Ruth Ames",),
        "2020-07-02",
        "https://greenlane.example/netting-the-raspberries/",
    )


def elementor() -> Theme:
    """Elementor's post info widget: microdata on list items, date and time apart."""
    site = "Fresh Loaf Studio"
    head = "<title>Baking bread in a heavy pot - Fresh Loaf Studio</title>"
    body = (
        nav(site) + '<div data-elementor-type="single-post" class="elementor elementor-88">'
        '<div class="elementor-widget-theme-post-title"><h1 class="elementor-heading-title '
        'elementor-size-default">Baking bread in a heavy pot</h1></div><div '
        'class="elementor-widget-post-info"><ul class="elementor-inline-items elementor-icon-list'
        '-items elementor-post-info"><li class="elementor-icon-list-item" itemprop="author"><a '
        'href="/author/theo/"><span class="elementor-icon-list-text elementor-post-info__item '
        'elementor-post-info__item--type-author">Theo Brandt</span></a></li><li '
        'class="elementor-icon-list-item" itemprop="datePublished"><a href="/2021/03/03/"><span '
        'class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--'
        'type-date">March 3, 2021</span></a></li><li class="elementor-icon-list-item"><span '
        'class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--'
        'type-time">10:15 am</span></li><li class="elementor-icon-list-item" '
        'itemprop="commentCount"><span class="elementor-icon-list-text">No Comments</span></li>'
        '</ul></div><div class="elementor-widget-theme-post-content">'
        f"{paragraphs('food')}</div></div>" + footer(site)
    )
    return Theme(
        "elementor",
        page(head, body),
        "Baking bread in a heavy pot",
        ("Theo Brandt",),
        "2021-03-03",
        "https://freshloaf.example/baking-bread-in-a-heavy-pot/",
    )


def kadence() -> Theme:
    """Kadence: the meta labels in spans of their own ("By", "Updated")."""
    site = "Rail Ramblings"
    head = "<title>Timetables for the northern branch &#8211; Rail Ramblings</title>"
    body = (
        nav(site) + '<div id="inner-wrap"><main id="main" class="site-main"><article class="entry '
        'content-bg single-entry post"><div class="entry-content-wrap"><header class="entry-'
        'header post-title title-align-inherit"><div class="entry-taxonomies"><span class="'
        'category-links term-links"><a href="/c/timetables/">Timetables</a></span></div><h1 '
        'class="entry-title">Timetables for the northern branch</h1><div class="entry-meta '
        'entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span '
        'class="author vcard"><a class="url fn n" href="/author/ian/">Ian Fowler</a></span>'
        '</span><span class="posted-on"><span class="meta-label">Published</span><time '
        'class="entry-date published" datetime="2022-01-17T08:00:00+00:00">January 17, 2022'
        '</time></span><span class="updated-on"><span class="meta-label">Updated</span><time '
        'class="entry-date updated" datetime="2023-05-30T12:00:00+00:00">May 30, 2023</time>'
        "</span></div></header>"
        f'<div class="entry-content single-content">{paragraphs("transit")}</div></div>'
        "</article></main></div>" + footer(site)
    )
    return Theme(
        "kadence",
        page(head, body),
        "Timetables for the northern branch",
        ("Ian Fowler",),
        "2022-01-17",
        "https://railramblings.example/timetables-northern-branch/",
    )


def oceanwp() -> Theme:
    """OceanWP: a list of meta items, each behind a screen-reader label with a colon."""
    site = "Kitchen Margins"
    head = "<title>Cooling the loaf before slicing &#8211; Kitchen Margins</title>"
    body = (
        nav(site) + '<div id="content-wrap" class="container clr"><div id="primary" '
        'class="content-area clr"><div id="content" class="site-content clr"><article '
        'class="single-post-article blog-post"><header class="entry-header clr"><h2 '
        'class="single-post-title entry-title" itemprop="headline">Cooling the loaf before '
        'slicing</h2></header><ul class="meta ospm-default clr"><li class="meta-author" '
        'itemprop="name"><span class="screen-reader-text">Post author:</span><i '
        'class="icon-user"></i><a href="/author/lou/" title="Posts by Lou Harper" '
        'rel="author" itemprop="author" itemscope="itemscope" '
        'itemtype="https://schema.org/Person">Lou Harper</a></li><li class="meta-date" '
        'itemprop="datePublished"><span class="screen-reader-text">Post published:</span><i '
        'class="icon-clock"></i>April 11, 2019</li><li class="meta-mod-date" '
        'itemprop="dateModified"><span class="screen-reader-text">Post last modified:</span><i '
        'class="icon-note"></i>June 2, 2020</li><li class="meta-cat"><span '
        'class="screen-reader-text">Post category:</span><a href="/c/bread/">Bread</a></li>'
        '<li class="meta-comments"><span class="screen-reader-text">Post comments:</span><a '
        'href="#no-comments">No Comments</a></li></ul>'
        f'<div class="entry-content clr" itemprop="text">{paragraphs("food")}</div>'
        "</article></div></div></div>" + footer(site)
    )
    return Theme(
        "oceanwp",
        page(head, body),
        "Cooling the loaf before slicing",
        ("Lou Harper",),
        "2019-04-11",
        "https://kitchenmargins.example/cooling-the-loaf/",
    )


def avada() -> Theme:
    """Avada: the update's ISO time printed as text in a span hidden by the stylesheet."""
    site = "Valley Commuter"
    head = "<title>Night trains on Saturdays | Valley Commuter</title>"
    body = (
        nav(site) + '<main id="main"><div id="content"><article class="post fusion-single-'
        'post"><h1 class="entry-title fusion-post-title">Night trains on Saturdays</h1>'
        f'<div class="post-content">{paragraphs("transit")}</div><div class="fusion-meta-info">'
        '<div class="fusion-meta-info-wrapper">By <span class="vcard"><span class="fn"><a '
        'href="/author/cleo/" title="Posts by Cleo Marsh" rel="author">Cleo Marsh</a></span>'
        '</span><span class="fusion-inline-sep">|</span><span class="updated rich-snippet-'
        'hidden">2021-03-09T10:00:00+00:00</span><span>March 3rd, 2021</span><span '
        'class="fusion-inline-sep">|</span>Categories: <a href="/c/services/" rel="category '
        'tag">Services</a><span class="fusion-inline-sep">|</span></div></div></article></div>'
        "</main>" + footer(site)
    )
    return Theme(
        "avada",
        page(head, body),
        "Night trains on Saturdays",
        ("Cleo Marsh",),
        "2021-03-03",
        "https://valleycommuter.example/night-trains-on-saturdays/",
    )


THEMES3 = (
    kubrick,
    contributor_line,
    magazine_credits,
    handle_after_name,
    site_h1,
    author_box_only,
)
THEMES4 = (divi, elementor, kadence, oceanwp, avada)


def all_pages() -> list[Theme]:
    """Every theme page."""
    return [make() for make in (*THEMES, *THEMES2, *THEMES3, *THEMES4)]
