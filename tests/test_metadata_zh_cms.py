"""Article pages in the markup of the CMS templates Chinese news and government sites are
built on (an info line of 时间/来源/作者 in the template's order, a government page's
disclosure table, traditional labels): small pages written for these tests, each checking
the headline, the writer, the outlet and the date, and the template's traps."""

from __future__ import annotations

from datetime import datetime

import pytest

import dechaff

_TEXT = (
    "清溪市今年秋粮收购工作于本月初全面启动，全市共设立收购网点四十二个，预计收购量比去年有所增长。",
    "有关负责人介绍，今年全市秋粮播种面积稳中有增，单产水平明显提高，粮食品质总体较好，农民售粮积极。",
    "为方便农民售粮，各收购网点延长了营业时间，并开通了预约售粮服务，农民可以提前预约，减少排队等候。",
)
_BODY = "".join(f"<p>{p}</p>" for p in _TEXT)
_HEADLINE = "清溪市秋粮收购工作全面启动"
_URL = "http://www.qingxi.cn/news/show-123.html"


def _page(
    info: str,
    *,
    title: str = f"{_HEADLINE}_新闻中心_清溪网",
    head: str = "",
    above: str = "",
    heading: str = f"<h1>{_HEADLINE}</h1>",
    body: str = _BODY,
) -> bytes:
    """A page with a menu, a trail, the headline, the template's info line and a footer."""
    return f"""<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻中心</a> <a href="/zw/">政务公开</a>
<a href="/ms/">民生</a></div>
<div class="place">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a></div>
{above}<div class="art">{heading}<div class="info">{info}</div><div class="txt">{body}</div>
<div class="pn"><p>上一篇：<a href="/a/0.html">清溪市召开秋季农业生产现场会</a></p></div></div>
<div class="foot"><p>关于我们 | 联系我们 | 网站地图</p>
<p>Copyright © 2024 清溪网 版权所有 湘ICP备12345678号</p></div></body></html>""".encode()


def _clean(info: str, url: str = _URL, **kwargs: str) -> dechaff.Article:
    return dechaff.clean(_page(info, **kwargs), url=url)


def test_traditional_labels() -> None:
    """發佈時間, 來源, 作者 and 責任編輯: the date, the outlet and the writer, not the editor."""
    article = _clean("發佈時間：2024-11-09 10:21　來源：清溪日報　作者：王建宏　責任編輯：李秀英")
    assert (article.author, article.source) == ("王建宏", "清溪日報")
    assert article.published == datetime(2024, 11, 9, 10, 21)
    article = _clean("2024年11月09日 10:21　來源：清溪日報　記者 王建宏　編輯 李秀英")
    assert (article.author, article.source) == ("王建宏", "清溪日報")


@pytest.mark.parametrize("placeholder", ["未知", "本站", "本站原创", "网络", "佚名", "admin"])
def test_source_placeholder(placeholder: str) -> None:
    """A CMS's default source (未知, 本站) names no outlet: the source is empty."""
    article = _clean(f"时间：2024-11-09 10:21 来源：{placeholder} 作者：王建宏")
    assert article.source is None
    assert article.author == "王建宏"


def test_source_ends_at_a_bracket_or_a_bar() -> None:
    assert _clean("2024-11-09 10:21｜来源：清溪日报｜作者：王建宏").source == "清溪日报"
    closing = f"{_BODY}<p>（来源：清溪日报）</p>"
    assert _clean("2024-11-09 10:21 作者：王建宏", body=closing).source == "清溪日报"


def test_picture_source_is_no_source() -> None:
    """图片来源 credits a picture, not the article."""
    body = f"<p>图片来源：清溪市摄影家协会</p>{_BODY}"
    assert _clean("发布时间：2024-11-09 10:21", body=body).source is None


_TABLE = """<table class="xxgk"><tr><td>索 引 号：</td><td>11430100MB1234567X/2024-00321</td>
<td>主题分类：</td><td>农业、林业、水利</td></tr>
<tr><td>发布机构：</td><td>清溪市粮食和物资储备局</td><td>成文日期：</td><td>2024-11-06</td></tr>
<tr><td>文　　号：</td><td>清粮发〔2024〕12号</td><td>发布日期：</td><td>2024-11-09</td></tr>
</table>"""
_LIST = """<div class="xxgk"><ul><li><span>索引号：</span>11430100MB1234567X/2024-00321</li>
<li><span>发布机构：</span>清溪市粮食和物资储备局</li><li><span>成文日期：</span>2024年11月06日</li>
<li><span>发布日期：</span>2024年11月09日</li></ul></div>"""


@pytest.mark.parametrize("table", [_TABLE, _LIST])
def test_government_disclosure_table(table: str) -> None:
    """A government page's 发布机构 is the source, never the author; its 成文日期 (the day
    the document was signed) is no publication date."""
    article = _clean("", above=table, title=f"{_HEADLINE}_清溪市人民政府")
    assert article.source == "清溪市粮食和物资储备局"
    assert article.author is None
    assert article.published is not None
    assert article.published.date() == datetime(2024, 11, 9).date()


def test_government_meta_names() -> None:
    """ArticleTitle and ContentSource, the meta names of the government sites' guidelines."""
    head = (
        f'<meta name="ArticleTitle" content="{_HEADLINE}">'
        '<meta name="ContentSource" content="清溪市粮食和物资储备局">'
    )
    article = _clean("发布时间：2024-11-09 10:21", head=head, title=f"{_HEADLINE}_清溪市人民政府")
    assert article.source == "清溪市粮食和物资储备局"
    assert article.title == _HEADLINE


@pytest.mark.parametrize(
    "info",
    [
        # a body longer than a name is cut short to no name at all
        "发布时间：2024-11-09 10:21　作者：市粮食和物资储备局　来源：清溪市人民政府办公室",
        # a CMS account's role
        "2024-11-09 10:21 发布者：清溪小编 来源：清溪日报",
        "2024-11-09 10:21 来源：清溪日报 作者：超级管理员",
    ],
)
def test_no_author(info: str) -> None:
    assert _clean(info).author is None


def test_next_role_after_the_name() -> None:
    """录入, 审核: the next role's label ends the writer's names."""
    info = "作者：王建宏　录入：李秀英　审核：赵文涛　发布时间：2024-11-09 10:21"
    assert _clean(info).author == "王建宏"


def test_latin_name_after_a_chinese_label() -> None:
    assert _clean("2024-11-09 10:21 来源：清溪日报 作者：Wang Jianhong").author == "Wang Jianhong"


def test_logo_is_no_headline_cut_short() -> None:
    """A <title> that is the site's name: the logo line, which it holds, is no headline."""
    above = '<div class="logo">清溪市人民政府</div>'
    heading = f'<div class="article-title">{_HEADLINE}</div>'
    article = _clean(
        "发布时间：2024-11-09　来源：清溪市粮食和物资储备局",
        above=above,
        heading=heading,
        title="清溪市人民政府门户网站",
    )
    assert article.title == _HEADLINE


@pytest.mark.parametrize(
    "url",
    [
        "http://www.qingxi.cn/news/2024-11/09/content_123.htm",
        "http://www.qingxi.cn/news/2024/1109/123.html",
        "http://www.qingxi.cn/news/20241109/123.html",
        "http://www.qingxi.gov.cn/zwdt/202411/t20241109_123456.html",
    ],
)
def test_url_dates_of_cms_paths(url: str) -> None:
    """The date in a CMS's article path, when the page shows none (a script writes it)."""
    info = "发布时间：<script>document.write('2024-11-09')</script> 来源：清溪日报"
    published = _clean(info, url=url).published
    assert published is not None
    assert published.date() == datetime(2024, 11, 9).date()


@pytest.mark.parametrize(
    "heading",
    [
        f'<h1><span class="tag">原创</span>{_HEADLINE}</h1>',
        f'<h1>{_HEADLINE}<em class="top">置顶</em></h1>',
    ],
)
def test_tag_glued_to_the_headline(heading: str) -> None:
    """A tag printed in the headline's element is no part of it when the <title> shows the
    headline without it."""
    assert _clean("2024-11-09 10:21 来源：清溪日报", heading=heading).title == _HEADLINE


def test_picture_credit_after_the_names() -> None:
    assert _clean("2024-11-09 10:21 作者：王建宏　李秀英 供图").author == "王建宏"


_ACCOUNT = '<div class="author-box"><a class="author-name">{}</a><span>{}</span></div>'


@pytest.mark.parametrize(
    ("account", "source"),
    [
        # a self-media account the markup names author is the outlet, not a writer
        (_ACCOUNT.format("清溪财经观察", "+关注"), "清溪财经观察"),
        # ... printed with its platform's name glued after it
        ('<a class="author"><div>清溪观察</div><span>企鹅号</span></a>', "清溪观察"),
        # a person's name is the writer's, not an outlet
        (_ACCOUNT.format("王建宏", "+关注"), None),
    ],
)
def test_self_media_account_is_the_source(account: str, source: str | None) -> None:
    article = _clean(f"2024-11-09 10:21 {account}")
    assert article.source == source
    assert article.author != source or source is None


def test_section_named_author_is_no_source() -> None:
    """An author box naming one of the menu's sections (股市行情) names no outlet."""
    menu = '<div class="sub"><a href="/gs/">股市行情</a> <a href="/dp/">大盘预测</a></div>'
    info = "2024-11-09 10:21 " + _ACCOUNT.format("股市行情", "总篇数 919 篇")
    assert _clean(info, above=menu).source is None


@pytest.mark.parametrize("title", [f"{_HEADLINE}——清溪网", f"{_HEADLINE}丨清溪网"])
def test_title_chain_of_em_dashes_or_a_bar(title: str) -> None:
    """No heading printed: a <title> parted by —— or by 丨 (a bar typed as a Han stroke)."""
    assert _clean("2024-11-09 10:21 来源：清溪日报", heading="", title=title).title == _HEADLINE


def test_column_name_heading_over_the_headline() -> None:
    """A government column page: the <title> names the site alone, the trail and the <h1>
    end in the column (新闻中心), the headline is the heading right above the info line."""
    heading = f"<h1>新闻中心</h1><h2>{_HEADLINE}</h2>"
    info = "发布时间：2024-11-09 10:21　来源：清溪市粮食和物资储备局"
    for title in ("清溪市人民政府", "清溪市人民政府门户网站"):
        assert _clean(info, heading=heading, title=title).title == _HEADLINE
