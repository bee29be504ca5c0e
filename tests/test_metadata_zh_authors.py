"""Chinese bylines of news, blog and forum templates, old and new: small pages written for
these tests, each with the byline's form and its traps (an editor, a reply, a leftover)."""

from __future__ import annotations

import pytest

import dechaff
from dechaff.label.lexicon import load
from dechaff.metadata import checks

_TEXT = (
    "河畔社区新建的图书角今天正式开放，居民可以在这里免费借阅图书，也可以捐赠自己读过的书。",
    "社区工作人员介绍，图书角目前有图书两千余册，涵盖文学、历史、科普和儿童读物等门类。",
    "不少居民表示，家门口有了读书的地方，孩子放学后有了去处，希望图书角能一直办下去。",
)
_BODY = "".join(f"<p>　　{p}</p>" for p in _TEXT)
_HEADLINE = "河畔社区图书角开放"
LEXICON = load()


def _page(article: str, title: str = _HEADLINE, head: str = "") -> bytes:
    """A page with a menu, the article's container, a sidebar list and a footer."""
    return f"""<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/bbs/">论坛</a></div>
<div id="main">{article}</div>
<div class="side"><ul><li><a href="/a/1.html">社区食堂开张迎客</a></li>
<li><a href="/a/2.html">老旧小区加装电梯</a></li><li><a href="/a/3.html">河道整治工程完工</a></li>
</ul></div><div class="foot">关于我们 | 联系我们 | 网站地图</div></body></html>""".encode()


def _author(article: str, **kwargs: str) -> str | None:
    return dechaff.clean(_page(article, **kwargs)).author


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a bar or a full-width bar parts the label from the name
        ("文｜王建宏", "王建宏"),
        ("作者丨王建宏", "王建宏"),
        ("文/图 王建宏", "王建宏"),
        # a line of names without a label: the paper's square mark, the essay's name/文
        ("□王建宏", "王建宏"),
        ("□ 王建宏 张文攀", "王建宏 张文攀"),
        ("王建宏/文", "王建宏"),
        # ... only when they read as personal names: a bullet's words are none
        ("□ 图书借阅", None),
        # a handle after a forum's, a blog's or an uploader's label
        ("楼主：dragon2005", "dragon2005"),
        ("发帖人：放飞&心情", "放飞&心情"),
        ("UP主：读书的猫", "读书的猫"),
        # more labels, and the next label or a date glued after the names
        ("撰稿：王建宏", "王建宏"),
        ("记者/王建宏", "王建宏"),
        # a full-width slash, a traditional label and place
        ("文／王建宏", "王建宏"),
        ("記者王建宏／台北報導", "王建宏"),
        ("图/张文攀 文/王建宏", "王建宏"),
        ("作者：江南雨 提交日期：2005-5-7 21:23:00", "江南雨"),
        ("作者：王建宏来源：清溪网", "王建宏"),
        ("发布者：王建宏 浏览次数：120", "王建宏"),
        ("本报记者王建宏发自北京", "王建宏"),
        ("本报记者 王建宏 张文攀 发自北京", "王建宏 张文攀"),
        ("作者：王建宏等", "王建宏"),
        # the next role's label is no second name
        ("作者：王建宏 责任编辑：李四", "王建宏"),
        ("作者丨王建宏 编辑丨李四", "王建宏"),
        ("作者：王建宏 张文攀 通讯员：李四", "王建宏 张文攀"),
        # an original writer, a bracketed name, a magazine's dot, a square before 文/记者
        ("原作者：王建宏", "王建宏"),
        ("作者：[王建宏]", "王建宏"),
        ("文·王建宏", "王建宏"),
        ("■ 文/本报记者 王建宏", "王建宏"),
        # a template's leftover, an administrator, a department, a CMS account: no one
        ('作者： size="20"', None),
        ("发布者：admin", None),
        ("发布者：管理员", None),
        ("发布者：宣传部", None),
        ("发布人：党委办公室", None),
        ("发布者：xxgk", None),
    ],
)
def test_a_byline_under_the_headline(byline: str, expected: str | None) -> None:
    assert _author(f"<h1>{_HEADLINE}</h1><div>2005-04-27 14:32</div><p>{byline}</p>{_BODY}") == (
        expected
    )


def test_a_dateline_credit_stops_at_the_next_role() -> None:
    opening = f"<p>　　本报讯（记者王建宏 通讯员张文攀）{_TEXT[0]}</p>"
    article = f"<h1>{_HEADLINE}</h1><div>2005-04-27</div>{opening}<p>{_TEXT[1]}</p>"
    assert _author(article) == "王建宏"


def test_a_closing_credit_on_its_own_line_after_the_article() -> None:
    # in the article's container, the short line is a menu's to the labeller
    article = f"<h1>{_HEADLINE}</h1><div>2005-04-27</div>{_BODY}<p>（本报记者 王建宏 张文攀）</p>"
    assert _author(article) == "王建宏 张文攀"


def test_a_forum_thread_is_its_first_posters() -> None:
    posts = (
        f"<p class='head'><b>江南雨</b> 发表于 2005-5-7 21:23</p>{_BODY}"
        "<p class='head'><b>西风</b> 发表于 2005-5-7 22:00</p>"
        "<p>顶一下，说得很有道理，我们小区也应该办一个这样的图书角。</p>"
    )
    assert _author(f"<h1>{_HEADLINE}</h1>{posts}", title=f"{_HEADLINE} - 清溪论坛") == "江南雨"


def test_a_blog_posts_footer_names_the_blogger() -> None:
    footer = "<div>江南雨 发表于 2005-5-7 21:23:57 | 阅读全文(12) | 回复(0)</div>"
    assert _author(f"<h2>{_HEADLINE}</h2>{_BODY}{footer}") == "江南雨"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("posted @ 2005-07-31 12:30 江南雨 阅读(123) 评论(0) 编辑 收藏", "江南雨"),
        ("posted on 2005-07-31 12:30 dragon2005 阅读(12) 评论(0)", "dragon2005"),
        ("楼主 江南雨 发表于 2005-5-7 21:23", "江南雨"),
        ("1楼 江南雨 发表于：2005-5-7 21:23", "江南雨"),
        ("楼主 发表于 2005-5-7 21:23", None),
        ("posted by dragon @ 2005-07-31 12:30", "dragon"),
        ("江南雨 @ 2005-07-31 12:30", "江南雨"),
        ("by 江南雨 2005-07-31", "江南雨"),
    ],
)
def test_a_posts_head_or_foot_names_its_writer(head: str, expected: str | None) -> None:
    assert _author(f"<h2>{_HEADLINE}</h2><div>{head}</div>{_BODY}") == expected


def test_a_copyrights_years_are_no_posts_date() -> None:
    footer = "<div>CopyRight@2004-2008 清溪网 版权所有</div>"
    assert _author(f"<h2>{_HEADLINE}</h2><div>2005-05-07</div>{_BODY}{footer}") is None


def test_a_reply_head_alone_names_no_one() -> None:
    # the page's first post head is a reply's in the comments, far from the headline
    comments = (
        "<div class='comments'><h3>网友评论</h3><p>西风 发表于 2005-5-7 22:00</p>"
        "<p>顶一下，说得很有道理，我们小区也应该办一个这样的图书角。</p></div>"
    )
    assert _author(f"<h1>{_HEADLINE}</h1><div>2005-04-27</div>{_BODY}{comments}") is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (f"{_HEADLINE} - 江南雨的博客 - 清溪博客", "江南雨"),
        ("江南雨的BLOG", "江南雨"),
        # the blog's name is the site's: it names the blogger all the same
        (f"{_HEADLINE} - 江南雨的QQ空间", "江南雨"),
        (f"{_HEADLINE}_江南雨_清溪博客", "江南雨"),
        # a writer the <title> credits with a label; an empty credit names no one
        (f"{_HEADLINE}（作者：江南雨）- 清溪文学网", "江南雨"),
        (f"{_HEADLINE} 文/江南雨", "江南雨"),
        (f"作者：佚名 - {_HEADLINE}", None),
        (f"英文/中文对照 - {_HEADLINE}", None),
        # a site's or a channel's name where the blogger's would be
        (f"{_HEADLINE}_读书频道_清溪博客", None),
        (f"{_HEADLINE}_新闻中心_清溪网", None),
        # an English site's blog section is no platform: the piece before it is the site
        ("Wellness Tips - Riverside Fashion - Blog", None),
    ],
)
def test_a_blogs_title_names_the_blogger(title: str, expected: str | None) -> None:
    article = f"<h2>{_HEADLINE}</h2><div>2005-05-07 21:23:57</div>{_BODY}"
    assert _author(article, title=title) == expected


def test_a_printed_byline_comes_before_the_blogs_title() -> None:
    article = f"<h2>{_HEADLINE}</h2><div>作者：王建宏 2005-05-07</div>{_BODY}"
    assert _author(article, title=f"{_HEADLINE} - 江南雨的博客") == "王建宏"


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("本报讯 记者王建宏报道 ", "王建宏"),
        ("新华网北京4月27日电 记者王建宏 张文攀 ", "王建宏 张文攀"),
        ("本报记者 王建宏 报道：", "王建宏"),
        ("本报讯 记者王建宏 实习生张文攀 ", "王建宏"),
        # no name after 记者, and words that read as none
        ("本报讯 记者近日获悉，", None),
        ("本报讯 记者日前从市教育局获悉，", None),
    ],
)
def test_a_dateline_credit_without_brackets(opening: str, expected: str | None) -> None:
    paragraphs = f"<p>　　{opening}{_TEXT[0]}</p><p>　　{_TEXT[1]}</p><p>　　{_TEXT[2]}</p>"
    assert _author(f"<h1>{_HEADLINE}</h1><div>2005-04-27 14:32</div>{paragraphs}") == expected


@pytest.mark.parametrize(
    "value",
    [
        "转自网络",
        "来自网络",
        "网络转载",
        "未署名",
        "暂无",
        "无名氏",
        "综合报道",
        "点击查看",
        "网易体育",
        "腾讯科技",
        "本报讯",
        "北京晨报讯",
        "人民网评",
        "特约评论员",
        "清溪市人民政府",
    ],
)
def test_a_byline_that_names_no_one(value: str) -> None:
    assert checks.author(f"作者：{value}", LEXICON) is None


@pytest.mark.parametrize("value", ["刘文化", "欧阳晓峰", "阿卜杜拉·买买提", "放飞&心情"])
def test_a_name_that_looks_like_a_word_stays(value: str) -> None:
    assert checks.author(f"作者：{value}", LEXICON) == value


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ("<td>作者：</td><td>王建宏</td><td>来源：</td><td>清溪日报</td>", "王建宏"),
        ("<td>作者：</td><td>放飞&amp;心情</td>", "放飞&心情"),
        # an empty byline: the next cell is another label, an outlet or a date
        ("<td>作者：</td><td>来源：清溪日报</td>", None),
        ("<td>作者：</td><td>2005-5-7</td>", None),
    ],
)
def test_a_label_alone_in_its_cell_and_the_names_in_the_next(
    cells: str, expected: str | None
) -> None:
    table = f"<table><tr><td><b>{_HEADLINE}</b></td></tr><tr>{cells}</tr></table>"
    assert _author(f"{table}{_BODY}") == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("文/王建宏　", "王建宏"),
        ("作者：王建宏 ", "王建宏"),
        # a pen name opening the paragraph reads as no personal name: left out
        ("文/老猫 ", None),
    ],
)
def test_a_credit_opening_the_first_paragraph(opening: str, expected: str | None) -> None:
    paragraphs = f"<p>　　{opening}{_TEXT[0]}</p><p>　　{_TEXT[1]}</p><p>　　{_TEXT[2]}</p>"
    assert _author(f"<h1>{_HEADLINE}</h1><div>2005-04-27</div>{paragraphs}") == expected


@pytest.mark.parametrize(
    "byline",
    [
        *("文｜王建宏", "作者丨王建宏", "撰稿：王建宏", "记者｜王建宏", "□王建宏", "王建宏/文"),
        # a label spaced out to the others' width, or in brackets
        *("作　者：王建宏", "记　者：王建宏", "【作者】王建宏"),
    ],
)
def test_a_byline_among_the_headers_short_lines(byline: str) -> None:
    # the headline, the byline, the date and the outlet share a container above the text:
    # short lines in a group, which the labeller reads as a menu unless a rule knows them
    header = f"<div><div>{_HEADLINE}</div><div>{byline}</div><div>2005-04-27</div>"
    header += "<div>清溪日报</div></div>"
    assert _author(f"{header}<div>{_BODY}</div>", title=f"{_HEADLINE}_清溪网") == "王建宏"


@pytest.mark.parametrize(
    "bio",
    [
        "作者简介：王建宏，清溪大学教授，长期研究社区文化。",
        "关于作者：王建宏，清溪日报记者。",
        "王建宏，清溪大学教授，长期研究社区文化。",
    ],
)
def test_an_author_bio_after_the_article(bio: str) -> None:
    # the bio's label is no name (作者简介 gave "简介"), and its next words are no second name
    assert _author(f"<h1>{_HEADLINE}</h1><div>2005-04-27</div>{_BODY}<p>{bio}</p>") == "王建宏"


@pytest.mark.parametrize(
    "byline",
    [
        *("作者：本站原创", "作者：匿名用户", "作者：用户12345", "作者：请输入作者", "作者：null"),
        *("楼主：回复", "楼主：只看楼主", "发帖人：删除", "作者：点击进入作者专栏"),
        *("作者：本报特约撰稿人", "记者 从市教育局获悉"),
    ],
)
def test_a_byline_of_buttons_placeholders_and_roles_names_no_one(byline: str) -> None:
    assert _author(f"<h1>{_HEADLINE}</h1><div>2005-04-27 14:32</div><p>{byline}</p>{_BODY}") is None
