"""Where the article starts and ends on pages built to hold one hard case each."""

from __future__ import annotations

import dechaff
from dechaff import Article, Boilerplate

_SENTENCES = (
    "The committee met on Tuesday to review the findings of the two-year study, "
    "and its members agreed that the results deserve a closer look before any decision. "
)
_NUMBERED = [f"Paragraph {n}" for n in range(1, 9)]


def _paragraphs(first: int, last: int) -> str:
    return "".join(f"<p>Paragraph {n}. {_SENTENCES * 2}</p>" for n in range(first, last + 1))


def _clean(middle: str, after: str, footer: str = "") -> Article:
    """Four paragraphs, ``middle``, then ``after``, all in one article container."""
    return dechaff.clean(
        "<html><head><title>The study</title></head><body><article><h1>The study</h1>"
        f"<div class='body'>{_paragraphs(1, 4)}{middle}{after}</div></article>"
        f"{footer}</body></html>"
    )


def _removed(article: Article) -> list[tuple[Boilerplate, str]]:
    return [(r.kind, r.text) for r in article.removed]


def test_a_teaser_card_that_closes_with_read_more_is_cut_out_and_the_article_goes_on() -> None:
    # The card's own "Read more" comes after its headline and summary; the article's
    # paragraphs go on below it in the same container.
    card = (
        '<div class="card"><h6><a href="/other">A different story about something else</a></h6>'
        "<p>In recent months, many readers have written in about a different subject.</p>"
        "Read more</div>"
    )
    article = _clean(card, _paragraphs(5, 8))
    assert [p.split(".")[0] for p in article.paragraphs] == _NUMBERED
    assert [text for kind, text in _removed(article) if kind is Boilerplate.RELATED] == [
        "A different story about something else",
        "In recent months, many readers have written in about a different subject.",
        "Read more",
    ]


def test_a_related_line_between_paragraphs_of_one_container_is_cut_out_alone() -> None:
    line = '<p>Related: <a href="/other">The fifteen strangest committees in the world</a></p>'
    footer = "<footer><p>Join our free newsletter for the latest stories every day.</p></footer>"
    article = _clean(line, _paragraphs(5, 8), footer)
    assert [p.split(".")[0] for p in article.paragraphs] == _NUMBERED
    assert _removed(article) == [
        (Boilerplate.HEADER, "The study"),  # the headline; the <title> is the title
        (Boilerplate.RELATED, "Related: The fifteen strangest committees in the world"),
        (Boilerplate.AD, "Join our free newsletter for the latest stories every day."),
    ]


def test_a_related_box_before_the_last_paragraph_of_the_container_keeps_that_paragraph() -> None:
    # One sparsely punctuated closing paragraph below a "Related links" box, in the
    # container of the paragraphs above it, is still the article's.
    last = (
        "Challenges include designing the spacecraft to operate largely on its own while "
        "the crew -- padded with extra body fat in advance of their trip -- sleep through "
        "much of the long cruise to a distant planet."
    )
    box = '<div><h2>Related Links</h2><div><a href="/agency">The agency website</a></div></div>'
    article = _clean(box, f"<p>{last}</p>")
    assert article.paragraphs[-1] == last
    assert _removed(article)[1:] == [
        (Boilerplate.RELATED, "Related Links"),
        (Boilerplate.RELATED, "The agency website"),
    ]


def test_a_related_line_before_one_short_closing_paragraph_keeps_that_paragraph() -> None:
    last = "Of the total paid, 79 percent went to the private sector, the report said."
    line = '<p>Read also: <a href="/other">The committee met again on Friday</a></p>'
    article = _clean(line, f"<p>{last}</p>")
    assert article.paragraphs[-1] == last
    assert (Boilerplate.RELATED, "Read also: The committee met again on Friday") in _removed(
        article
    )


def test_a_subheading_whose_id_is_a_navigation_anchor_stays_in_the_article() -> None:
    heading = '<h3 class="subheading" id="nav_the_second_meeting__1">The second meeting</h3>'
    article = _clean(heading, _paragraphs(5, 8))
    assert "The second meeting" in article.paragraphs
    # a menu's own id still names it
    menu = _clean('<div id="nav_main"><a href="/a">Home</a> <a href="/b">News</a></div>', "")
    assert (Boilerplate.NAVIGATION, "Home News") in _removed(menu)


def test_a_code_listing_right_below_the_last_paragraph_is_kept() -> None:
    code = "# .tmux.conf\nset-option -g mouse on\nset-option -s set-clipboard off"
    article = _clean("", f"<pre>{code}</pre>")
    assert article.paragraphs[-1] == " ".join(code.split())


def test_the_article_goes_on_below_a_figure_between_its_paragraphs() -> None:
    # One paragraph, a picture's caption, and a short last sentence in the same container:
    # the caption does not end the article, and keeps its kind.
    article = dechaff.clean(
        "<html><head><title>A small joy</title></head><body><h1>A small joy</h1>"
        "<div class='entry'><p>Sometimes everyday life surprises you with small joys, and "
        "yesterday, walking through the old quarter, I found a machine that sold pictures "
        "for twenty cents.</p>"
        "<p class='wp-caption-text'>20 cents, 1 picture</p>"
        "<p>Money well spent, even if the picture was no masterpiece!</p></div>"
        "<p class='tags'>Tags: machine, cents, pictures</p>"
        "<footer>Comments are closed.</footer></body></html>"
    )
    assert [p.split(",")[0] for p in article.paragraphs] == [
        "Sometimes everyday life surprises you with small joys",
        "Money well spent",
    ]
    assert (Boilerplate.CAPTION, "20 cents, 1 picture") in _removed(article)


def test_a_linked_story_line_at_the_end_of_a_part_takes_no_paragraph_with_it() -> None:
    # "SEE MORE: <headline>" closes the part of the article it sits in; unlike a teaser
    # card's bare "Read more", it links one story, and the part's paragraphs stay.
    part = (
        f"<div class='part'>{_paragraphs(5, 7)}"
        "<p><a href='/other'>SEE MORE: The fifteen strangest committees in the world</a></p></div>"
    )
    article = _clean(part, _paragraphs(8, 9))
    assert [p.split(".")[0] for p in article.paragraphs] == [*_NUMBERED, "Paragraph 9"]
    assert (
        Boilerplate.RELATED,
        "SEE MORE: The fifteen strangest committees in the world",
    ) in _removed(article)


def test_a_related_label_over_unlinked_prose_does_not_end_the_article() -> None:
    # A badge or a title that reads like a related label ("Top savings") sits above the
    # page's own terms, in a box of their own: no links follow it, so the paragraphs
    # below stay in the article.
    article = _clean("", f"<div class='offers'><p>Top savings</p>{_paragraphs(5, 7)}</div>")
    assert [p.split(".")[0] for p in article.paragraphs] == _NUMBERED[:7]
    assert (Boilerplate.RELATED, "Top savings") in _removed(article)


def test_a_related_label_over_linked_headlines_still_ends_the_article() -> None:
    teasers = "".join(
        f'<li><a href="/story{n}">Story number {n} about the committee and its study</a></li>'
        for n in range(1, 5)
    )
    article = _clean("", f"<div class='more'><p>Top stories</p><ul>{teasers}</ul></div>")
    assert [p.split(".")[0] for p in article.paragraphs] == _NUMBERED[:4]


_ENTRY = "The programming language of the northern valley, number"


def _list_page(intro: str) -> Article:
    entries = "".join(f'<li><a href="/language/{n}">{_ENTRY} {n}</a></li>' for n in range(1, 13))
    return dechaff.clean(
        "<html><head><title>List of languages</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/about'>About</a></li></ul></nav>"
        f"<main><h1>List of languages</h1><div class='body'>{intro}<ul>{entries}</ul></div></main>"
        "<footer><p>Join our free newsletter for the latest stories every day.</p></footer>"
        "</body></html>"
    )


def test_the_entries_of_a_list_page_below_its_short_introduction_are_its_content() -> None:
    article = _list_page(f"<p>This is an index of the languages we know about. {_SENTENCES}</p>")
    assert article.paragraphs[1:] == tuple(f"{_ENTRY} {n}" for n in range(1, 13))


def test_linked_entries_below_a_whole_article_stay_out_of_it() -> None:
    article = _list_page(_paragraphs(1, 4))
    assert [p.split(".")[0] for p in article.paragraphs] == _NUMBERED[:4]


def test_a_related_label_over_a_table_of_the_article_does_not_end_it() -> None:
    rows = "".join(
        f"<tr><td>Tier {n}</td><td>Model {n}</td><td>Good for tier {n}</td></tr>"
        for n in range(1, 6)
    )
    table = f"<div class='picks'><h3>Top picks</h3><table>{rows}</table>{_paragraphs(5, 5)}</div>"
    article = _clean("", table)
    assert [p.split(".")[0] for p in article.paragraphs if p.startswith("Para")] == _NUMBERED[:5]
    assert "Model 5" in article.body
    assert (Boilerplate.RELATED, "Top picks") in _removed(article)


def _more_links() -> str:
    links = "".join(
        f'<li><a href="/recipe{n}">Another bread recipe number {n}</a></li>' for n in range(1, 6)
    )
    return f"<h2>More great bread recipes</h2><ul>{links}</ul>"


def test_a_related_heading_over_links_inside_the_article_cuts_only_its_links() -> None:
    # The heading and its links sit in the article's own container; the recipe card below
    # them, deeper in the same container, is the article going on.
    card = f"<div class='recipe-card'><div class='steps'>{_paragraphs(5, 8)}</div></div>"
    article = _clean(_more_links(), card)
    assert [p.split(".")[0] for p in article.paragraphs] == _NUMBERED
    related = [text for kind, text in _removed(article) if kind is Boilerplate.RELATED]
    assert related[0] == "More great bread recipes"
    assert len(related) == 6


def test_a_related_heading_over_headlines_and_summaries_still_ends_the_article() -> None:
    teasers = "".join(
        f'<p><a href="/story{n}">Story {n} on the committee</a></p><p>Summary {n}. {_SENTENCES}</p>'
        for n in range(1, 5)
    )
    article = _clean("<h2>More news</h2>", teasers)
    assert [p.split(".")[0] for p in article.paragraphs] == _NUMBERED[:4]


def test_each_items_own_related_line_is_cut_out_alone() -> None:
    # A round-up: every review closes with its own "More on <artist>" link; the reviews
    # below the third one are still the article.
    reviews = "".join(
        f"<div class='review'><h3>Album {n}</h3><p>Review {n}. {_SENTENCES * 2}</p>"
        f'<p><a href="/artist{n}">More on Artist {n}</a></p></div>'
        for n in range(1, 7)
    )
    article = _clean("", f"<div class='reviews'>{reviews}</div>")
    kept = [p.split(".")[0] for p in article.paragraphs if p.startswith("Review")]
    assert kept == [f"Review {n}" for n in range(1, 7)]
    related = [text for kind, text in _removed(article) if kind is Boilerplate.RELATED]
    assert related == [f"More on Artist {n}" for n in range(1, 7)]


def test_the_one_h1_heads_the_article_when_the_title_repeats_a_subheading() -> None:
    # The <title> names the article's second section; the intro under the page's h1
    # is the article's opening all the same.
    menu = "".join(f'<li><a href="/s{n}">Section {n}</a></li>' for n in range(10))
    page = (
        "<html><head><title>How the study was run - Example Lab</title></head><body>"
        f"<nav><ul>{menu}</ul></nav><main><h1>What the committee found this year</h1>"
        f"{_paragraphs(1, 2)}<h2>How the study was run</h2>{_paragraphs(3, 6)}</main></body></html>"
    )
    article = dechaff.clean(page)
    kept = [p.split(".")[0] for p in article.paragraphs if p.startswith("Paragraph")]
    assert kept == _NUMBERED[:6]


def test_a_subheading_that_echoes_the_title_far_below_the_h1_does_not_head_the_article() -> None:
    # The <title> repeats the start of a late section's heading; that heading has paragraphs
    # of its own container above it, so it is a section of the text, and the page's h1,
    # many paragraphs up, heads the article.
    menu = "".join(f'<li><a href="/s{n}">Section {n}</a></li>' for n in range(10))
    page = (
        "<html><head><title>How the study was run: what it cost</title></head><body>"
        f"<nav><ul>{menu}</ul></nav><main><h1>What the committee found this year</h1>"
        f"<div class='text'>{_paragraphs(1, 14)}<h2>How the study was run: the budget</h2>"
        f"{_paragraphs(15, 20)}</div></main></body></html>"
    )
    kept = [p.split(".")[0] for p in dechaff.clean(page).paragraphs if p.startswith("Para")]
    assert kept == [f"Paragraph {n}" for n in range(1, 21)]


def _byline_page(tools: str, below: str) -> Article:
    """A headline, two paragraphs, a line of tools, then ``below`` in a container of its own."""
    return dechaff.clean(
        "<html><head><title>The study</title></head><body><h1>The study</h1>"
        f"<div class='lede'>{_paragraphs(1, 2)}</div><div class='tools'>{tools}</div>"
        f"<div class='story'>{below}</div></body></html>"
    )


def test_a_linked_comments_label_above_most_of_the_text_does_not_end_the_article() -> None:
    # "Comments" links down to the comments from a tool bar under the first paragraphs.
    article = _byline_page('<p><a href="#comments">Comments</a></p>', _paragraphs(3, 8))
    assert [p.split(".")[0] for p in article.paragraphs] == _NUMBERED
    assert (Boilerplate.COMMENTS, "Comments") in _removed(article)


def test_a_linked_comments_label_over_a_dated_comment_still_ends_the_article() -> None:
    comment = "<div class='who'>Mark 08-08-2012</div>" + "".join(
        f"<p>Comment {n}. {_SENTENCES * 2}</p>" for n in range(1, 5)
    )
    article = _byline_page('<ul><li><a href="#comments">1 Comment</a></li></ul>', comment)
    assert [p.split(".")[0] for p in article.paragraphs] == _NUMBERED[:2]


def test_a_table_of_contents_that_links_the_headings_below_is_navigation() -> None:
    steps = ["Name your company", "Choose an agent", "File the articles"]
    toc = "".join(f'<li><a href="#s{n}">{n}. {step}</a></li>' for n, step in enumerate(steps, 1))
    sections = "".join(
        f"<h2 id='s{n}'>{step}</h2>{_paragraphs(2 * n - 1, 2 * n)}"
        for n, step in enumerate(steps, 1)
    )
    article = _clean(f"<ul class='toc'>{toc}</ul>", sections)
    navigation = [text for kind, text in _removed(article) if kind is Boilerplate.NAVIGATION]
    assert navigation == [f"{n}. {step}" for n, step in enumerate(steps, 1)]
    assert [p for p in article.paragraphs if not p.startswith("Paragraph")] == steps


def _index_page(headings: str) -> Article:
    """A documentation index: a lead, then entries of a heading over a short description."""
    entries = [
        ("Planting bulbs", "Most bulbs go into the ground in the autumn before the frost."),
        ("Pruning roses", "Roses are cut back in late winter when the buds start to swell."),
        (
            "Watering lawns",
            "A lawn needs about an inch of water a week during the warmer months of the year.",
        ),
        ("Feeding hedges", "Hedges take a slow feed in spring and again in early summer."),
        (
            "Saving seeds",
            "Seeds are dried on paper for a week, then stored in labelled envelopes in a cool "
            "and dark drawer until the next spring.",
        ),
    ]
    body = "".join(
        f"<div class='entry'><h2>{headings.format(slug=n, text=t)}</h2><p>{d}</p></div>"
        for n, (t, d) in enumerate(entries)
    )
    return dechaff.clean(
        "<html><head><title>Garden tasks - Garden Docs</title></head><body>"
        "<nav><ul><li><a href='/a'>Home</a></li><li><a href='/b'>Tasks</a></li>"
        "<li><a href='/c'>Tools</a></li></ul></nav>"
        "<main><h1>Garden tasks</h1><div class='lead'><p>Garden tasks keep a garden healthy "
        "through the whole year.</p></div><div class='list'>"
        f"{body}</div></main></body></html>"
    )


def test_the_entries_of_an_index_headed_by_linked_headings_are_all_kept() -> None:
    # Each entry's heading links its page, so it scores as a menu line; the region holds
    # some of them, and the ones above it, of the same level, are the same entries.
    article = _index_page("<a href='/tasks/{slug}'>{text}</a>")
    assert article.paragraphs[:3] == (
        "Garden tasks keep a garden healthy through the whole year.",
        "Planting bulbs",
        "Most bulbs go into the ground in the autumn before the frost.",
    )
    assert "Saving seeds" in article.paragraphs
    assert len(article.paragraphs) == 11


def test_a_linked_heading_above_an_article_of_plain_headings_stays_out() -> None:
    article = dechaff.clean(
        "<html><head><title>The study</title></head><body><main><h1>The study</h1>"
        "<h2><a href='/other'>Another story of the week</a></h2>"
        f"<h2>Findings</h2>{_paragraphs(1, 2)}<h2>Next steps</h2>{_paragraphs(3, 4)}"
        "</main></body></html>"
    )
    assert "Another story of the week" not in article.paragraphs
    assert "Findings" in article.paragraphs


def _table(header: str) -> str:
    rows = "".join(
        f"<tr><td>Town {n}</td><td>${100 + n}</td><td>{n}.5%</td><td>-0.{n}%</td></tr>"
        for n in range(30)
    )
    return f"<table>{header}{rows}</table>"


def test_a_data_table_between_paragraphs_stays_in_the_article() -> None:
    # Its cells are short lines, each costing a menu line's score: without a header row the
    # run of them is a layout's, and the article would end above it.
    head = "<tr><th>Town</th><th>Price</th><th>Yearly</th><th>Monthly</th></tr>"
    article = dechaff.clean(
        "<html><head><title>The study</title></head><body><div class='c1'><h1>The study</h1>"
        f"{_paragraphs(1, 4)}{_table(head)}{_paragraphs(5, 6)}</div></body></html>"
    )
    assert [p.split(".")[0] for p in article.paragraphs if p.startswith("Paragraph")] == (
        _NUMBERED[:6]
    )
    assert "Town 3" in article.paragraphs


def test_a_table_without_a_header_row_is_not_taken_for_data() -> None:
    from dechaff.core.blocks import Block
    from dechaff.label.score import neutral_tables
    from dechaff.label.settings import SHORT_LINE_COST

    cells = [Block(f"Town {n}", n, 1, "td") for n in range(12)]
    scores = [-SHORT_LINE_COST] * 12
    neutral_tables(cells, scores)
    assert scores == [-SHORT_LINE_COST] * 12
    header = [Block("Town", 12, 1, "th")]
    scores = [-SHORT_LINE_COST] * 13
    neutral_tables(cells + header, scores)
    assert scores == [0.0] * 13


def test_the_title_of_a_table_of_contents_goes_with_its_entries() -> None:
    steps = ["Name your company", "Choose an agent", "File the articles"]
    toc = "".join(f'<li><a href="#s{n}">{step}</a></li>' for n, step in enumerate(steps, 1))
    sections = "".join(
        f"<h2 id='s{n}'>{step}</h2>{_paragraphs(2 * n - 1, 2 * n)}"
        for n, step in enumerate(steps, 1)
    )
    article = _clean(f"<div class='toc'><p>Table of Contents</p><ul>{toc}</ul></div>", sections)
    navigation = [text for kind, text in _removed(article) if kind is Boilerplate.NAVIGATION]
    assert navigation == ["Table of Contents", *steps]
    assert "Table of Contents" not in article.paragraphs


def test_a_list_item_above_the_entries_is_no_title_of_them() -> None:
    steps = ["Name your company", "Choose an agent", "File the articles"]
    toc = "".join(f'<li><a href="#s{n}">{step}</a></li>' for n, step in enumerate(steps, 1))
    sections = "".join(
        f"<h2 id='s{n}'>{step}</h2>{_paragraphs(2 * n - 1, 2 * n)}"
        for n, step in enumerate(steps, 1)
    )
    article = _clean(f"<ul><li>Why it matters</li>{toc}</ul>", sections)
    assert "Why it matters" in article.paragraphs


_SPECS = [("Capacity", "1.2 litres"), ("Power", "2200 W"), ("Weight", "1.1 kg")]
_FOOTER_LINKS = "<footer><a href='/a'>About</a> <a href='/c'>Contact</a></footer>"


def test_a_table_right_below_the_last_paragraph_is_the_articles_own() -> None:
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in _SPECS)
    article = _clean("", f"<h3>Specifications</h3><table>{rows}</table>", _FOOTER_LINKS)
    for key, value in _SPECS:
        assert key in article.paragraphs
        assert value in article.paragraphs
    assert "Specifications" in article.paragraphs


def test_a_list_of_terms_right_below_the_last_paragraph_is_the_articles_own() -> None:
    terms = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in _SPECS)
    article = _clean("", f"<dl>{terms}</dl>", _FOOTER_LINKS)
    for key, value in _SPECS:
        assert key in article.paragraphs
        assert value in article.paragraphs


def test_a_table_of_links_below_the_article_stays_out() -> None:
    rows = "".join(
        f"<tr><td><a href='/{n}'>Story {n}</a></td><td><a href='/{n}'>Read</a></td></tr>"
        for n in range(1, 4)
    )
    article = _clean("", f"<table>{rows}</table>", _FOOTER_LINKS)
    assert not [p for p in article.paragraphs if p.startswith(("Story", "Read"))]


def test_the_article_goes_on_below_its_table() -> None:
    rows = "".join(f"<tr><th>Year {n}</th><td>{n * 7} %</td></tr>" for n in range(1, 6))
    closing = "The survey closes next month, and the full figures will be published in spring."
    article = _clean("", f"<table>{rows}</table><p>{closing}</p>", _FOOTER_LINKS)
    assert "Year 5" in article.paragraphs
    assert closing in article.paragraphs
