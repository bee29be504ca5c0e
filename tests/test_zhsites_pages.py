"""Chinese institutional and local sites (tests/fixtures/zhsites/): university news on VSB
(博达) templates, government portals on Hanweb (大汉) and TRS (拓尔思) templates, county
media centres (融媒体中心), hospitals, a company and a school CMS. The text is our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import dechaff
from dechaff.label.lexicon import for_language
from dechaff.metadata import checks
from fixture_fields import wrong_fields

ZHSITES = Path(__file__).parent / "fixtures" / "zhsites"
NAMES = sorted(p.stem for p in ZHSITES.glob("*.html"))


def _clean(name: str) -> dechaff.Article:
    return dechaff.clean((ZHSITES / f"{name}.html").read_bytes())


@pytest.mark.parametrize("name", NAMES)
def test_fields_and_body(name: str) -> None:
    article = _clean(name)
    assert wrong_fields(article, ZHSITES / f"{name}.meta.json") == []
    gold = (ZHSITES / f"{name}.gold.txt").read_text(encoding="utf-8").splitlines()
    assert article.paragraphs == tuple(gold)


def test_an_empty_byline_takes_no_next_label() -> None:
    # TRS: 作者：</span><span>阅读次数： — the next label is no name
    assert _clean("gov-trs-news").author is None
    lexicon = for_language("zh")
    for text in ("阅读次数", "浏览量", "发布时间", "文章来源", "字号"):
        assert checks.author(text, lexicon) is None, text


def test_a_unit_before_the_writer_is_dropped() -> None:
    assert _clean("hospital-unit-byline").author == "周敏"
    lexicon = for_language("zh")
    assert checks.author("作者：宣传科 王芳", lexicon) == "王芳"
    assert checks.author("党委宣传部 刘洋", lexicon) == "刘洋"
    # a unit alone, or a unit before what reads as no personal name, is no author
    assert checks.author("作者：护理部", lexicon) is None
    assert checks.author("宣传科 工作动态", lexicon) is None


def test_a_reporter_s_title_before_the_name_is_a_label() -> None:
    assert _clean("univ-vsb-student").author == "王一鸣"
    lexicon = for_language("zh")
    assert checks.author("融媒记者 刘强", lexicon) == "刘强"
    assert checks.author("学生记者 刘洋", lexicon) == "刘洋"


def test_a_cms_account_is_no_author() -> None:
    assert _clean("gov-portal-account").author is None
    lexicon = for_language("zh")
    assert checks.author("作者：xxgk", lexicon) is None
    assert checks.author("Mrs Dalloway", lexicon) == "Mrs Dalloway"


def test_editors_and_reviewers_are_no_authors() -> None:
    assert _clean("county-media-byline").author == "黄思远"  # 编辑：林小雅 审核：邓卫东 below
    assert _clean("univ-vsb-news").author == "陈晓东"  # 摄影：刘洋 审核：周文涛 beside
    assert _clean("gov-dept-credits").author == "冯立新"  # 撰稿, not 摄影 or 审核
    assert _clean("county-media-signoff").author == "覃志刚"  # 文/, not 编辑/ or 一审


def test_a_count_s_label_glued_to_the_source_is_cut() -> None:
    # VSB's spans joined with no space: 来源：计算机学院浏览次数：
    assert _clean("univ-vsb-student").source == "计算机学院"


def test_the_government_guideline_s_site_name_meta() -> None:
    assert _clean("gov-hanweb-notice").site_name == "临溪市人民政府"
    assert _clean("gov-dept-credits").site_name == "清河市生态环境局"


def test_the_captions_of_closing_photos_are_article_text() -> None:
    body = _clean("hospital-news").paragraphs
    assert body[-2:] == ("手术团队在导管室进行术前讨论", "医护人员查看患者术后恢复情况")
    assert not any("审稿" in line or "上一篇" in line for line in body)
    table = _clean("hospital-unit-byline").paragraphs
    assert table[-2:] == ("心肺复苏操作考核现场", "评委为参赛护士打分")


def test_a_sign_off_of_credits_is_metadata_and_names_the_writer() -> None:
    # （文字：黄晓燕 摄影：蒙立） closes the article; the info line's 作者：医务科 is a unit
    article = _clean("hospital-unit-signoff")
    assert article.author == "黄晓燕"
    assert not any("摄影" in line for line in article.paragraphs)
    assert any(
        b.kind is dechaff.Boilerplate.METADATA and "黄晓燕" in b.text for b in article.removed
    )
    page = (
        '<html><head><meta charset="utf-8"><title>村里的新路修通了</title></head><body>'
        "<h1>村里的新路修通了</h1><div>发布时间：2024-01-02</div><div>"
        "<p>盼了多年的通村水泥路终于修通了，村民们再也不用担心雨天出门一脚泥。</p>"
        "<p>新路全长六公里，连通了村里的三个村民小组，还修了两座便民桥。</p>"
        "<p>路修通后，村里的果子可以直接装车运出去，收购商也愿意上门了。</p>"
        "<p>文字/覃小梅 摄影/韦强 编辑/蒙丽</p></div></body></html>"
    )
    article = dechaff.clean(page.encode())
    assert article.author == "覃小梅"
    assert article.paragraphs[-1] == "路修通后，村里的果子可以直接装车运出去，收购商也愿意上门了。"


def test_a_unit_s_or_a_column_s_name_alone_is_no_author() -> None:
    lexicon = for_language("zh")
    for text in ("作者：医务科", "化工系", "图书馆", "县残联", "综合执法大队", "学校要闻", "XX"):
        assert checks.author(text, lexicon) is None, text
    assert checks.author("二〇二四", lexicon) is None
    # a personal name ending like a unit's stays
    assert checks.author("作者：王科", lexicon) == "王科"


def test_a_banner_h1_naming_the_site_is_no_headline() -> None:
    # <title> and <h1> name the site alone; the headline is a div above the info line, under
    # a kicker (引题) and over a subtitle (——记...)
    article = _clean("univ-banner-h1")
    assert article.title == "把青春写在乡村讲台上"
    assert article.site_name == "东湖师范学院新闻网"
    page = (
        '<html><head><meta charset="utf-8"><title>通知公告</title></head><body>'
        '<div class="logo"><h1>青川市第二人民医院</h1></div><div class="nav"><a href="/">首页</a> '
        '<a href="/a">医院新闻</a> <a href="/b">通知公告</a></div>'
        "<h2>我院成功完成首例主动脉瓣介入手术</h2><div>发布时间：2024-01-02 点击：12</div><div>"
        "<p>近日，我院心血管内科联合多个科室，成功为一名八十二岁的重度主动脉瓣狭窄患者实施了介入手术。</p>"
        "<p>患者因反复胸闷、气喘入院，外科开胸手术风险很高，团队决定为其实施微创介入治疗。</p>"
        "<p>手术全程约一个半小时，患者术后第二天即可下床活动。</p></div></body></html>"
    )
    assert dechaff.clean(page.encode()).title == "我院成功完成首例主动脉瓣介入手术"


def _hospital_page(head: str, top: str) -> bytes:
    """A hospital's news page: its head (<title> and banner), then the lines above the body."""
    return (
        f'<html><head><meta charset="utf-8">{head}<div class="nav"><a href="/">首页</a> '
        '<a href="/a">医院新闻</a> <a href="/b">通知公告</a></div>'
        f'{top}<div>发布时间：2024-01-02 点击：12</div><div class="content">'
        "<p>近日，我院心血管内科联合多个科室，成功为一名八十二岁的重度主动脉瓣狭窄患者实施了介入手术。</p>"
        "<p>患者因反复胸闷、气喘入院，外科开胸手术风险很高，团队决定为其实施微创介入治疗。</p>"
        "<p>手术全程约一个半小时，患者术后第二天即可下床活动。</p></div></body></html>"
    ).encode()


def test_a_title_naming_the_site_alone_tells_no_headline() -> None:
    headline = "我院成功完成首例主动脉瓣介入手术"
    # no banner: the breadcrumb ends with the headline, and the line above the date shows it
    article = dechaff.clean(
        _hospital_page(
            "<title>青川市人民医院</title></head><body>",
            f"<div>当前位置：首页 &gt; 医院新闻 &gt; {headline}</div><div>{headline}</div>",
        )
    )
    assert article.title == headline
    # a greeting above the logo is no menu: the logo below it is the banner still
    article = dechaff.clean(
        _hospital_page(
            "<title>青川市人民医院</title></head><body><div>欢迎访问青川市人民医院</div>"
            "<h1>青川市人民医院</h1>",
            f'<div class="bt">{headline}</div>',
        )
    )
    assert (article.title, article.site_name) == (headline, "青川市人民医院")


def test_a_county_dateline_s_credit_names_the_reporter() -> None:
    # 清水新闻网讯（融媒体记者 欧阳晓 通讯员 蒙小兰）: the reporter, not the correspondent
    article = _clean("county-media-dateline")
    assert article.author == "欧阳晓"
    assert article.paragraphs[0].startswith("清水新闻网讯（融媒体记者 欧阳晓")
    assert article.source == "清水县融媒体中心"  # 阅读：1536 glued to it is cut
    # a correspondent's credit alone names the writer; a byline line of them is metadata
    article = dechaff.clean(
        _hospital_page(
            "<title>我院开展义诊活动-青川市人民医院</title></head><body>",
            "<h1>我院开展义诊活动</h1><p>□ 通讯员 李小红</p>",
        )
    )
    assert article.author == "李小红"
    assert not any("李小红" in line for line in article.paragraphs)


def test_a_site_chained_last_with_hyphens_is_the_site_name() -> None:
    # 标题--安和市第一人民医院: named like an institution; the headline stays the h1's
    article = _clean("hospital-news")
    assert (article.title, article.site_name) == (
        "我院成功开展首例经导管主动脉瓣置换术",
        "安和市第一人民医院",
    )


def test_an_official_document_s_close_is_its_text() -> None:
    # the issuing body, the date and （此件公开发布） under the last item of a notice
    body = _clean("gov-hanweb-notice").paragraphs
    assert body[-3:] == ("临溪市人民政府办公室", "2024年2月23日", "（此件公开发布）")
    page = (
        '<html><head><meta charset="utf-8"><title>关于暂停办理户籍业务的通告</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/a">通知公告</a></div>'
        "<h1>关于暂停办理户籍业务的通告</h1><div>发布时间：2024-03-01</div><div>"
        "<p>因户籍管理系统升级，3月5日至3月7日暂停办理户口迁移、身份证申领等业务。</p>"
        "<p>系统升级期间，急需办理临时身份证明的群众，可持相关材料到户籍窗口申请。</p>"
        "<p>由此给您带来的不便，敬请谅解。</p>"
        "<p>特此通告。</p><p>青川市公安局城关派出所</p><p>2024年3月1日</p></div>"
        "<div>上一篇：关于开展消防安全检查的通知</div></body></html>"
    )
    article = dechaff.clean(page.encode())
    assert article.paragraphs[-3:] == ("特此通告。", "青川市公安局城关派出所", "2024年3月1日")
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-03-01"


def test_a_student_reporter_s_or_correspondent_s_title_is_cut_not_a_team_s_name() -> None:
    lexicon = for_language("zh")
    assert checks.author("作者：学生通讯员 张三", lexicon) == "张三"
    assert checks.author("作者：校报记者团 张三", lexicon) == "张三"  # 团 is no name's part
    assert checks.author("张三 供图", lexicon) == "张三"  # 撰稿：张三 供图：李四: a role


def test_a_day_without_its_year_opening_the_text_is_the_event_s() -> None:
    # 5月30日下午，... opens the article; the page's only dated line is 更新时间
    published = _clean("school-cms").published
    assert published is not None
    assert published.isoformat() == "2024-05-31T16:25:12"


def test_a_typist_s_line_and_the_page_s_own_address_are_metadata() -> None:
    lines = ("文章录入：admin    责任编辑：admin", "本文链接：http://www.example.cn/a.html")
    for line in lines:
        article = dechaff.clean(
            _hospital_page(
                "<title>我院开展义诊活动-青川市人民医院</title></head><body>",
                f"<h1>我院开展义诊活动</h1><p>{line}</p>",
            )
        )
        kinds = [b.kind for b in article.removed if b.text.startswith(line[:4])]
        assert kinds == [dechaff.Boilerplate.METADATA], line
