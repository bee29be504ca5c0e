"""The validity checks a field's candidate passes (metadata/checks.py), on hand-written values."""

from __future__ import annotations

from datetime import datetime

import pytest

import dechaff
from dechaff.label.lexicon import load
from dechaff.metadata import checks, site_check, title_check
from dechaff.metadata.addresses import host_name

LEXICON = load()


@pytest.mark.parametrize(
    ("value", "others", "expected"),
    [
        # labels stripped, the names kept as printed
        ("作者：王五", (), "王五"),
        ("本报记者张三", (), "张三"),
        ("文/李四", (), "李四"),
        ("Post author By Helge Fahrnberger", (), "Helge Fahrnberger"),
        ("Text by Hunter Dukes", (), "Hunter Dukes"),
        ("Written byDan Pantelo", (), "Dan Pantelo"),
        ("Post by galitsyn", (), "galitsyn"),
        ("Eingestellt von der Michel", (), "der Michel"),
        # a name that opens like a label keeps it
        ("Byron Smith", (), "Byron Smith"),
        ("Ursula von der Leyen", (), "Ursula von der Leyen"),
        ("April Roach", (), "April Roach"),
        ("Tom May", (), "Tom May"),
        ("J.R. Stone", (), "J.R. Stone"),
        # a sentence's full stop after the last name is cut; an initial's, a suffix's stays
        ("K.G. Schneider.", (), "K.G. Schneider"),
        ("Post written by Leo Babauta.", (), "Leo Babauta"),
        ("K.G. Schneider. Posted on Friday", (), "K.G. Schneider"),
        ("Jimmy M.", (), "Jimmy M."),
        ("Martin Luther King Jr.", (), "Martin Luther King Jr."),
        ("WESTPORT, Wash.", (), None),
        ("timothy on Tuesday July", (), "timothy"),
        # a one-word name cut at "on" before a capitalised word, no date's, runs on (a blog's
        # name): none; "in" files a post ("DT in Tagebuch")
        ("by White on Rice Couple on October 28, 2012", (), None),
        ("oz on December 3", (), "oz"),
        ("DT in Tagebuch", (), "DT"),
        ("Center for Drug Evaluation and Research,Office of Regulatory Affairs", (), None),
        ("Jane Roe for Reuters", (), "Jane Roe"),
        # glued tails cut off: a date, a reporting place, a job title, a button, a bar
        ("体育教科书发布时间：18-03-0823:16", (), "体育教科书"),
        ("姚峰 上海报道", (), "姚峰"),
        ("李四资深编辑", (), "李四"),
        ("张三 关注", (), "张三"),
        ("张三+关注", (), "张三"),
        ("Luke KimDecember 17, 2025", (), "Luke Kim"),
        ("Sofia Gonzalez December", (), "Sofia Gonzalez"),
        ("William Overington Members 3.4k posts 617 Reputation", (), "William Overington"),
        ("Alan Woinski and Kim Woinski | 3 days ago", (), "Alan Woinski and Kim Woinski"),
        ("By Tom Krisher, AP Auto Writer", (), "Tom Krisher"),
        ("Posted by Jason Arbon, Google Desktop Team", (), "Jason Arbon"),
        (
            "Courtney Pannell & Divya Vishwanath, AdWords support team",
            (),
            "Courtney Pannell & Divya Vishwanath",
        ),
        ("David Ehrlich Nov 13, 2019 4:26 pm", (), "David Ehrlich"),
        (
            "Meg Kinnard and Errin Haines, Associated Press",
            ("Associated Press",),
            "Meg Kinnard and Errin Haines",
        ),
        # the outlet beside the writer is cut; the outlet alone, or a piece of it, is none
        ("Rob Picheta, CNN", ("CNN",), "Rob Picheta"),
        ("CNN", ("CNN",), None),
        ("网易", ("网易新闻",), None),
        ("往事随风[网易山东省德州市手机网友]", (), None),
        # an editor, a number, an address, a placeholder, a phrase, a bare label: none
        ("[责任编辑：韩保林 PK155]", (), None),
        ("责任编辑：王五", (), None),
        ("Edited by Jane Roe", (), None),
        ("12345678", (), None),
        ("name, email@example.com", (), None),
        ("https://example.org/about", (), None),
        ("姓名", (), None),
        ("Your Name", (), None),
        ("continuing, you accept the Privacy", (), None),
        ("Please enter your", (), None),
        ("data processors.", (), None),
        ("Futurism. Read the original", (), None),
        ("Prof. Dr. Hans Roe", (), "Prof. Dr. Hans Roe"),
        ("Moritz Bachmann publiziert am 12.3.", (), "Moritz Bachmann"),
        ("这是一个很长的句子而不是一个人的名字", (), None),
        ("Von", (), None),
        ("Aug 09", (), None),
        ("November 6th, 2012", (), None),
        ("Monday", (), None),
        ("152 Fans", (), None),
        ("All Posts by Frank Viola", (), "Frank Viola"),
        ("Karanvir Singh / 8 hrs ago", (), "Karanvir Singh"),
        ("drbillybob 871 Fans", (), "drbillybob"),
        ("View Profile Email Twitter RSS", (), None),
        ("Mayo Smith", (), "Mayo Smith"),
        ("Artikel von:", (), None),
        ("Quelle:", (), None),
        ("当前位置", (), None),
        ("关注", (), None),
        ("Follow", (), None),
        # a team's byline stays whole: one word alone is no one's name
        ("Marketing Team", (), "Marketing Team"),
        ("HLNF Staff Report", (), "HLNF Staff Report"),
        ("Jane Doe Staff Writer", (), "Jane Doe"),
        ("Staff", (), None),
        # a news agency beside the writer is cut, alone it is none; an organisation is none
        ("David Hutzler, dpa", (), "David Hutzler"),
        ("Agencies", (), None),
        ("Hanns-Seidel-Stiftung e.V.", (), None),
        ("Acme Widgets Inc.", (), None),
        ("die besserwisser eG", (), None),
        ("Acme Widgets Corp.", (), None),
        ("Greg Corporan", (), "Greg Corporan"),
        # a login, a phrase with a lowercase word inside
        ("christian.stadtfeld", (), None),
        ("Tunis nach Teheran", (), None),
        ("Physio bis Fango", (), None),
        # a heading's verb after a capitalised word (German "Von ... profitieren")
        ("Von Barzahler-Rabatten profitieren", (), None),
        ("danah boyd", (), "danah boyd"),
        ("Jan van", (), "Jan van"),
        ("Camila Méndez en Territorio", (), "Camila Méndez"),
        ("Karl-Theodor zu Guttenberg", (), "Karl-Theodor zu Guttenberg"),
        # a kicker before a capitalised label; a capitalised "And" parts two names
        ("Disko Von Ernst Lohoff", (), "Ernst Lohoff"),
        ("Glen Owen And Brendan Carlin For The", (), "Glen Owen And Brendan Carlin"),
        # a shop's facet menu line is no byline; a facet's word as a surname is a name
        ("By Gender & Age", (), None),
        ("Size / Colour", (), None),
        ("Russell Brand", (), "Russell Brand"),
        ("Kate Price", (), "Kate Price"),
        # a schedule's or a listing's order ("BY WEEK" in a sports site's menu) is no byline
        ("BY WEEK", (), None),
        ("By Month", (), None),
        ("By Date", (), None),
        ("Ann Day", (), "Ann Day"),
    ],
)
def test_author_check(value: str, others: tuple[str, ...], expected: str | None) -> None:
    assert checks.author(value, LEXICON, others) == expected


def _page(byline: str, site: str = "清溪日报网") -> bytes:
    return f"""<html><head><meta charset="utf-8"><title>社区图书角开放_{site}</title>
<meta property="og:site_name" content="{site}"></head><body>
<div class="nav"><a href="/">首页</a> <a href="/sq/">社区</a></div>
<h1>社区图书角开放</h1><div class="info"><span class="author">{byline}</span></div>
<p>河畔社区新建的图书角今天正式开放，居民可以在这里免费借阅图书，也可以捐赠自己读过的书。</p>
<p>社区工作人员介绍，图书角目前有图书两千余册，涵盖文学、历史、科普和儿童读物等门类。</p>
</body></html>""".encode()


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("林晓 关注", "林晓"),
        ("林晓发布时间：03-0210:15", "林晓"),
        ("[责任编辑：王五]", None),
        ("清溪日报网", None),
        ("20210302", None),
        # an element's name no label vouches for: Han text must read as a person's name
        ("体育教科书", None),
        ("IT之家", None),
        ("欧阳晓", "欧阳晓"),
        ("马克·吐温", "马克·吐温"),
        ("作者：茉莉", "茉莉"),
    ],
)
def test_author_element_passes_the_check(byline: str, expected: str | None) -> None:
    assert dechaff.clean(_page(byline)).author == expected


@pytest.mark.parametrize(
    ("text", "sites", "trail", "told", "expected"),
    [
        # a bracketed promo tag goes; a bracketed word that is no promo stays
        ("【独家】河畔社区新建图书角开放", (), (), (), "河畔社区新建图书角开放"),
        ("[组图]河畔社区新建图书角开放", (), (), (), "河畔社区新建图书角开放"),
        ("视频｜河畔社区新建图书角开放", (), (), (), "河畔社区新建图书角开放"),
        ("快讯：河畔社区新建图书角开放", (), (), (), "河畔社区新建图书角开放"),
        ("视频会议系统上线", (), (), (), "视频会议系统上线"),
        ("[Video] Floods close the river road", (), (), (), "Floods close the river road"),
        ("[Rezi] Love is War", (), (), (), "[Rezi] Love is War"),
        # the site suffix goes when it names the site or an outlet, a subtitle stays
        ("Floods close | Daily Example", ("Daily Example",), (), (), "Floods close"),
        ("河畔社区新建图书角开放_新浪网", (), (), (), "河畔社区新建图书角开放"),
        ("河畔社区新建图书角开放_商业频道", (), (), (), "河畔社区新建图书角开放"),
        ("Font Size in R | Axis Text & Legend", (), (), (), "Font Size in R | Axis Text & Legend"),
        # a section name (a trail item) or the site's name, when the markup says otherwise
        ("Kultur", (), ("Startseite", "Kultur"), ("Tanz in der Lokremise",), None),
        # the home page's word is the page's place in the site, never its headline
        ("Home", (), (), ("Home - Artisan Collective",), None),
        ("首页", (), (), (), None),
        ("Daily Example", ("Daily Example",), (), ("Floods close",), None),
        # ... but the trail's last item is the headline when the markup agrees or is silent
        ("Floods close", (), ("Home", "Floods close"), ("Floods close",), "Floods close"),
        ("大牛股放量跌停", (), ("首页", "大牛股放量跌停"), (), "大牛股放量跌停"),
        # an organisation's name, by its legal form, is whose site it is, no headline
        ("bumm film GmbH", (), (), ("bumm film GmbH",), None),
        ("Hunde Verein Kreis Unna 1990 e. V.", (), (), (), None),
        ("GmbH founders meet in Berlin", (), (), (), "GmbH founders meet in Berlin"),
    ],
)
def test_title_check(
    text: str,
    sites: tuple[str, ...],
    trail: tuple[str, ...],
    told: tuple[str, ...],
    expected: str | None,
) -> None:
    assert title_check.title(text, LEXICON, sites, trail, told) == expected


@pytest.mark.parametrize(
    ("text", "sites", "trail", "host", "named", "expected"),
    [
        # a prefix or a suffix that is the site's name goes: the host's label, a site name,
        # a host name, a suffix holding the host's label, a suffix the trail leaves off
        ("BMAS - Neue Regeln für Nachweise", (), (), "bmas", (), "Neue Regeln für Nachweise"),
        ("Linear – The system for teams", ("Linear",), (), "", (), "The system for teams"),
        ("example.de // » Jens Weber", (), (), "", (), "Jens Weber"),
        ("Was wir nicht hören wollen | FASSETTE.NET", (), (), "", (), "Was wir nicht hören wollen"),
        ("The Car Checklist | Bridgestone Tires", (), (), "bridgestone", (), "The Car Checklist"),
        ("Alles Neue | Bibliothek und mehr", (), ("Home", "Alles Neue"), "", (), "Alles Neue"),
        # the host's label in the headline itself is no site suffix; a subtitle stays
        (
            "Bridgestone recalls tyres | News",
            (),
            (),
            "bridgestone",
            (),
            "Bridgestone recalls tyres | News",
        ),
        (
            "Font Size in R | Axis Text & Legend",
            (),
            (),
            "example",
            (),
            "Font Size in R | Axis Text & Legend",
        ),
        # the site's name alone is the logo's line, unless the page's whole title is that name
        ("Linear", ("Linear",), (), "", ("Linear – The system for teams",), None),
        ("Linear", ("Linear",), (), "", ("Linear",), "Linear"),
        ("7 Cups", (), (), "7cups", ("7 Cups | Free Support",), None),
        ("Nalas Löwenseiten", (), (), "nalasloewenseiten", ("Lexikon « Nalas Löwenseiten",), None),
        # a page title whose headline slot is empty names the site alone
        ("Example Rail Enquiries -", (), (), "", ("Example Rail Enquiries -",), None),
        # a section number the page title does not carry goes
        ("3.1 Git Branching", (), (), "", ("Git - Branching",), "Git Branching"),
        (
            "1.5 Million flee floods",
            (),
            (),
            "",
            ("1.5 Million flee floods | Site",),
            "1.5 Million flee floods",
        ),
    ],
)
def test_title_check_knows_the_site(
    text: str,
    sites: tuple[str, ...],
    trail: tuple[str, ...],
    host: str,
    named: tuple[str, ...],
    expected: str | None,
) -> None:
    told = tuple(named)
    assert title_check.title(text, LEXICON, sites, trail, told, host=host, named=named) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://tires.bridgestone.com/en-us/learn/", "bridgestone"),
        ("https://www.dailymail.co.uk/news/", "dailymail"),
        ("http://www.nalas-loewenseiten.info/lexikon/", "nalasloewenseiten"),
        ("https://www.7cups.com/", "7cups"),
        ("http://[bad", ""),
        (None, ""),
    ],
)
def test_host_name(url: str | None, expected: str) -> None:
    assert host_name(url) == expected


def test_the_site_name_in_the_h1_is_a_logo_not_the_headline() -> None:
    # the h1 is the brand, which the page title puts before the headline
    page = """<html><head><meta charset="utf-8">
<title>kleinradio » Nummer zwei: Leo</title></head><body>
<ul><li><a href="/">Startseite</a></li><li><a href="/impressum">Impressum</a></li></ul>
<h1><a href="/">kleinradio</a></h1>
<h2>Nummer zwei: Leo</h2>
<p>3. August 2015</p>
<p>Es ist schon einige Zeit her, als Henry auf die Welt kam, Nummer eins. Vor ein paar Tagen
hat es auch Leo geschafft, und die beiden Brüder haben sich zum ersten Mal gesehen.</p>
<p>So sah es aus, als Henry den Neuangekommenen das erste Mal sah, bequatschte und mit
geschlossenen Augen beschnupperte, bevor er wieder zu seinen Spielsachen lief.</p>
</body></html>""".encode()
    article = dechaff.clean(page, url="http://www.kleinradio.de/nummer-zwei-leo/")
    assert article.title == "Nummer zwei: Leo"


def test_title_is_the_headline_not_the_section_line() -> None:
    # the kicker line repeats the trail's last item; the markup names another headline
    page = b"""<html><head><meta charset="utf-8">
<title>Floods close the river road | Daily Example</title>
<meta property="og:title" content="Floods close the river road"></head><body>
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/local/">Local</a></nav>
<div class="kicker">Local</div>
<div class="headline">Floods shut river road</div>
<p>The river road was closed on Monday after the water rose over the low bridge near the mill,
and the council said it would stay closed until the engineers had inspected the bridge.</p>
<p>Drivers are asked to use the hill road instead, which adds about ten minutes to the trip
into town, and buses will follow the same detour until further notice from the council.</p>
</body></html>"""
    assert dechaff.clean(page).title == "Floods close the river road"


def test_title_not_an_h1_of_glued_spans() -> None:
    # the h1's headline and subtitle spans meet without a space: the markup's headline
    page = b"""<html><head><meta charset="utf-8">
<title>Best Note Apps: Top Tools in 2026 | Example</title>
<meta property="og:title" content="Best Note Apps: Top Tools in 2026"></head><body>
<h1>The Best Note Apps<span class="sub">Top Tools and List Managers</span></h1>
<p>Note apps come in many shapes, from plain text files synced between devices to large
workspaces that hold documents, tasks and databases for a whole team at once.</p>
<p>We tried each of them for a month and kept notes on what worked, what broke and what
it cost, so that you can pick the one that fits the way you already work.</p>
</body></html>"""
    assert dechaff.clean(page).title == "Best Note Apps: Top Tools in 2026"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("证券时报网作者", "证券时报网"),
        ("澎湃新闻网 记者：张三", "澎湃新闻网"),
        ("新华社", "新华社"),
        ("lokalo.de", "lokalo.de"),
        ("https://example.org/news/1.html", None),
        ('size="20"', None),
        ("1", None),
    ],
)
def test_source_check(value: str, expected: str | None) -> None:
    assert checks.source(value, LEXICON) == expected


@pytest.mark.parametrize(
    ("value", "page_title", "expected"),
    [
        ("股票频道-和讯网", None, "和讯网"),
        ("cjn.cn", "外媒眼中的武汉长假_首页武汉_新闻中心_长江网_cjn.cn", "长江网"),
        ("cjn.cn", "外媒眼中的武汉长假_cjn.cn", "cjn.cn"),
        ("BBC News", "Floods close the road - BBC News", "BBC News"),
        ("☆☆☆☆☆ - Example e.V. - Aktuelles", None, "☆☆☆☆☆ - Example e.V. - Aktuelles"),
        # a section after a host-shaped site name in the page title gives the site
        ("News", "Whalers defeat Spirit - NHL.com - News", "NHL.com"),
        ("News", "Whalers defeat Spirit - News", "News"),
        ("www.cbc.ca", None, "www.cbc.ca"),
        # a comment form's hint, a url, a date, a home link: no site's name
        ("Allowed tags: <a", None, None),
        ('Allowed HTML: <a href="URL"', None, None),
        ("http://ibnlive.in.com/", None, None),
        ("Monday 11.12.12", "The Daily Edit – Monday 11.12.12", None),
        ("Top", None, None),
        ("Home", None, None),
        ("Главная", None, None),
    ],
)
def test_site_name_check(value: str, page_title: str | None, expected: str | None) -> None:
    assert site_check.site_name(value, page_title, LEXICON) == expected


_BODY_ZH = (
    "<p>河畔社区新建的图书角今天正式开放，居民可以在这里免费借阅图书，也可以捐赠自己读过的书。</p>"
    "<p>社区工作人员介绍，图书角目前有图书两千余册，涵盖文学、历史、科普和儿童读物等门类。</p>"
)
_BODY_EN = (
    "<p>The new library corner in the riverside community opened today, and residents can "
    "borrow books for free or give away the books they have read.</p><p>Staff said the corner "
    "holds more than two thousand books, from fiction and history to books for children.</p>"
)


@pytest.mark.parametrize(
    "tail",
    [
        f"{_BODY_ZH}<div class=footer>Copyright © 2021-2023 清溪日报网 版权所有</div>",
        f"{_BODY_ZH}<div class=comments><h3>网友评论</h3><div class=comment>"
        "<span class=user>张三</span> <span class=time>2022-05-06 10:11</span>"
        "<p>很好的活动，支持一下！</p></div></div>",
        f"{_BODY_EN}<div class=footer>© 2023 Example News. All rights reserved.</div>"
        "<div id=comments><h3>3 Comments</h3><div class=comment><b>Sam</b> March 4, 2022 at "
        "10:11 am<p>Great to see this!</p></div></div>",
    ],
)
def test_no_published_from_the_copyright_line_or_a_comment(tail: str) -> None:
    head = "<html><head><meta charset=utf-8><title>图书角开放</title></head>"
    page = f"{head}<body><h1>图书角开放</h1>{tail}"
    assert dechaff.clean(page.encode()).published is None


def test_a_comments_author_and_date_are_not_the_posts() -> None:
    post = (
        '<div itemscope itemtype="https://schema.org/DiscussionForumPosting">'
        '<h1 itemprop="headline">Which bike for a long tour?</h1>'
        '<span itemprop="author">rider42</span>'
        '<time itemprop="datePublished" datetime="2024-03-01T09:00">1 March</time>'
        f"{_BODY_EN}"
        '<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        '<span itemprop="author">wheelie</span>'
        '<time itemprop="datePublished" datetime="2024-03-05T10:00">5 March</time>'
        "<p>A steel frame, every time.</p></div></div>"
    )
    article = dechaff.clean(f"<html><body>{post}</body></html>".encode())
    assert article.author == "rider42"
    assert article.published == datetime(2024, 3, 1, 9, 0)


@pytest.mark.parametrize(
    ("member", "zh"),
    [
        ("galitsyn<br>Posts: 138<br>Joined: 4. Jul 2012, 16:09", False),
        ("张三<br>帖子：138<br>注册时间：2012-07-04 16:09", True),
    ],
)
def test_a_members_join_date_is_not_the_posts(member: str, zh: bool) -> None:
    body = _BODY_ZH if zh else _BODY_EN
    post = (
        f"<h1>Discuss the 7.1 release here</h1><div class=profile>{member}</div>"
        f'{body}<time datetime="2024-09-11T16:36:25+00:00"></time>'
    )
    article = dechaff.clean(f"<html><body>{post}</body></html>".encode())
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-09-11"


def test_no_byline_from_a_menu_item_or_a_widget_attribution() -> None:
    menu = '<div class="menu"><a href="/a">记者江湖</a> <a href="/b">文学沙龙</a></div>'
    page = _page("").replace(b'<div class="info">', menu.encode() + b'<div class="info">')
    assert dechaff.clean(page).author is None
    widget = _page("").replace(b"</body>", b"<div><span>by Taboola</span></div></body>")
    assert dechaff.clean(widget).author is None


_REPORT = """<p>Die Redaktion hat am Montag berichtet, dass die Demonstration in der Innenstadt
friedlich verlaufen sei, obwohl mehrere tausend Menschen an dem Zug teilgenommen hätten.</p>
<p>Die Polizei war mit einem großen Aufgebot vor Ort und meldete am Abend keine besonderen
Vorkommnisse; der Verkehr in der Innenstadt war für mehrere Stunden gesperrt.</p>"""


@pytest.mark.parametrize(
    ("page_title", "og_titles", "h1", "expected"),
    [
        # the h1 adds a subtitle (its own span) that the page title does not hold
        (
            "Stadt meldet ruhige Demo in Essen - beispielblog.de",
            ("Stadt meldet ruhige Demo in Essen",),
            '<span class="title">Stadt meldet ruhige Demo in Essen</span> '
            '<span class="subtitle">Tausende ziehen durch die Innenstadt</span>',
            "Stadt meldet ruhige Demo in Essen",
        ),
        # the h1's label span lost the separator the markup's headline keeps
        (
            "Question - Which graphics card should I buy | Example Forum",
            ("Question - Which graphics card should I buy",),
            '<span class="label">Question</span><span>&nbsp;</span>'
            "Which graphics card should I buy",
            "Question - Which graphics card should I buy",
        ),
        # what follows is a headline the markup names too: the first part is a kicker
        (
            "Vanlife in Schweden - Im Wohnmobil | beispielblog.de",
            ("Vanlife in Schweden", "Im Wohnmobil durch Schweden"),
            "Vanlife in Schweden Im Wohnmobil durch Schweden",
            "Im Wohnmobil durch Schweden",
        ),
    ],
)
def test_the_h1_shows_the_markup_headline_with_more(
    page_title: str, og_titles: tuple[str, ...], h1: str, expected: str
) -> None:
    metas = "".join(f'<meta property="og:title" content="{t}">' for t in og_titles)
    page = f"""<html><head><meta charset="utf-8"><title>{page_title}</title>
{metas}</head><body>
<h1>{h1}</h1>
{_REPORT}</body></html>"""
    article = dechaff.clean(page.encode(), url="https://beispielblog.de/2022/demo/")
    assert article.title == expected


BODY = "<p>" + "河畔社区今天新建的图书角正式开放，居民可以免费借阅各类图书和报刊。" * 4 + "</p>"


@pytest.mark.parametrize(
    ("page_title", "expected"),
    [
        # no heading shows the title: its pieces chained by "--", and a site's name first
        ("河畔社区新建图书角开放--社会--清溪日报网", "河畔社区新建图书角开放"),
        (
            "清溪日报网 - 河畔社区新建图书角开放 居民可免费借阅",
            "河畔社区新建图书角开放 居民可免费借阅",
        ),
        ("Riverside - Floods close the river road again", "Floods close the river road again"),
        # an old blog's trail of guillemets to the headline
        ("Riverside » Blog Archive » Floods close the river road", "Floods close the river road"),
        # a headline first stays first; a short last piece is the site
        ("Floods close the river road - Riverside Daily", "Floods close the river road"),
    ],
)
def test_a_page_title_alone_gives_its_headline_piece(page_title: str, expected: str) -> None:
    page = f"<html><head><title>{page_title}</title></head><body>{BODY}</body></html>"
    assert dechaff.clean(page).title == expected
