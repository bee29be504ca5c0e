"""Chinese pages of the 2003-2010 web (tests/fixtures/oldzh/): portal news, blogs, forum
threads, essays and university news in the table-based markup of that era, most in GBK,
some wrapped in a SogouT-style ``<text id=URL ...>`` record. The text is our own.
"""

from __future__ import annotations

from pathlib import Path

import dechaff

OLDZH = Path(__file__).parent / "fixtures" / "oldzh"


def _clean(name: str) -> dechaff.Article:
    return dechaff.clean((OLDZH / f"{name}.html").read_bytes())


def _page(cells: str) -> bytes:
    """A GBK page of one table holding the cells given."""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f"<title>老家的小河又清了 -- 乡土情怀 -- 清溪社区</title></head><body><table>{cells}"
        "</table></body></html>"
    )
    return html.encode("gb18030")


def test_a_member_box_s_join_date_is_not_the_post_s() -> None:
    # dvbbs prints the poster's box (注册：...) above the post and its date only in the foot
    page = _page(
        "<tr><td><b>水边人家</b><br>等级：论坛游侠<br>文章：356<br>注册：2004年3月12日<br></td>"
        "<td><b>老家的小河又清了</b><br><blockquote>五一回了一趟老家，村口那条小河前几年被上游的"
        "造纸厂弄得又黑又臭。<br>这次回去一看，河水清得能看见底下的石头，还有小孩在浅水里捉鱼。"
        "<br>晚上坐在河边乘凉，听着水声，好像又回到了小时候。</blockquote></td></tr>"
        "<tr><td>2005-5-7 21:23:57</td><td>回到顶部</td></tr>"
    )
    article = dechaff.clean(page)
    assert article.published is not None
    assert article.published.isoformat() == "2005-05-07T21:23:57"
    fixture = _clean("forum-dvbbs").published
    assert fixture is not None
    assert fixture.isoformat() == "2005-05-07T21:23:57"


def test_a_signature_s_motto_is_no_author() -> None:
    # phpwind's signature is labelled a bio; its motto opens like one (骑车的人，不怕风。)
    assert _clean("forum-phpwind").author != "骑车的人"
    page = _page(
        "<tr><td>想在学校附近买一辆二手山地车上下课骑，预算三百以内，去二手市场看了几辆。<br>"
        "卖家都说是九成新，可我完全看不出好坏，请懂行的朋友说说应该看哪些地方？<br>"
        "先看车架有没有裂纹和焊接的痕迹，再转一转牙盘和花鼓，听听有没有异响。</td></tr>"
        '<tr><td class="signature">--------------------<br>骑车的人，不怕风。</td></tr>'
    )
    assert dechaff.clean(page).author is None


def test_a_member_box_is_chrome() -> None:
    body = _clean("forum-phpwind").body
    for chrome in ("级别: 骑士", "金钱: 1830 RMB", "发表于: 2008-03-20", "[楼 主]", "注册时间"):
        assert chrome not in body
    # the box is one cell whose lines <br> parts: the member's name in it is chrome too
    assert "风一样的男子" not in body
    assert "老车友" not in body
    assert "请懂行的朋友说说应该看哪些地方？" in body


def test_post_data_lines_of_blogs_and_school_news_are_metadata() -> None:
    assert "posted @" not in _clean("blog-bokee").body
    assert "分类：随笔" not in _clean("blog-sina").body
    univ = _clean("univ-news").body
    assert "录入" not in univ
    assert "指导教师每周安排两个晚上的实验训练。" in univ


def test_a_blog_post_s_foot_names_its_writer() -> None:
    assert _clean("blog-bokee").author == "蓝心"
    page = (
        '<html><head><meta charset="utf-8"><title>春天的菜园 - 小城故事</title></head><body>'
        '<div class="post"><h2>春天的菜园</h2><div class="postbody">'
        "<p>三月一到，楼下的菜园就热闹起来，邻居们忙着翻地、下种，见面都在聊今年种什么。</p>"
        "<p>我分到一小块地，种了两垄小白菜和一排豌豆，每天下班都要去看一眼有没有发芽。</p>"
        "<p>前天早上终于看到豌豆顶破了土，嫩绿的两片叶子，比什么都让人高兴。</p></div>"
        '<div class="postfoot">posted @ 2007-03-21 20:41 青禾 阅读(108) 评论(6) 编辑 收藏 '
        "所属分类: 生活随感</div></div></body></html>"
    )
    article = dechaff.clean(page.encode())
    assert article.author == "青禾"
    assert "posted @" not in article.body


def test_a_school_news_contributor_is_its_author() -> None:
    assert _clean("univ-news").author == "孙莉"
    tail = '<p align="right">（{}）</p>'
    text = (
        "<p>5月10日，全国大学生化学实验技能大赛落下帷幕，我校代表队获得团体一等奖。</p>"
        "<p>本次大赛共有四十六所高校的一百三十多名选手参加，比赛分为笔试和实验操作两部分。</p>"
    )
    for credit, author in (("化学学院 孙莉 供稿", "孙莉"), ("化学学院供稿", None)):
        page = f'<html><head><meta charset="utf-8"></head><body>{text}{tail.format(credit)}'
        assert dechaff.clean(page.encode()).author == author, credit


def test_a_post_s_row_of_buttons_is_navigation() -> None:
    assert "顶端 引用 回复" not in _clean("forum-phpwind").body
    page = _page(
        "<tr><td>五一回了一趟老家，村口那条小河前几年被上游的造纸厂弄得又黑又臭。<br>"
        "这次回去一看，河水清得能看见底下的石头，还有小孩在浅水里捉鱼，真让人高兴。</td></tr>"
        "<tr><td>顶端 引用 回复</td></tr>"
    )
    body = dechaff.clean(page).body
    assert "顶端" not in body
    assert "小孩在浅水里捉鱼" in body


def test_a_two_post_thread_keeps_its_reply() -> None:
    # the region finds one post; the one other post built like it joins (dvbbs)
    body = _clean("forum-dvbbs").body
    assert "希望能一直这样下去" in body
    assert "五一回了一趟老家" in body
    assert "故乡的云" not in body  # the signature


def test_a_thread_s_first_member_box_names_its_poster() -> None:
    assert _clean("forum-dvbbs").author == "水边人家"
    assert _clean("forum-phpwind").author == "风一样的男子"
    post = (
        "<td>五一回了一趟老家，村口那条小河前几年被上游的造纸厂弄得又黑又臭。<br>"
        "这次回去一看，河水清得能看见底下的石头，还有小孩在浅水里捉鱼，真让人高兴。</td>"
    )
    box = "<td><b>水边人家</b><br>等级：论坛游侠<br>文章：356<br>注册：2004年3月12日</td>"
    assert dechaff.clean(_page(f"<tr>{box}{post}</tr>")).author == "水边人家"
    # a box whose first line is one of its fields names no one
    bare = "<td>等级：论坛游侠<br>文章：356</td>"
    assert dechaff.clean(_page(f"<tr>{bare}{post}</tr>")).author is None


def test_a_thread_whose_heads_name_writer_and_day_keeps_its_replies() -> None:
    # 天涯-style heads: 作者：阿牛哥 回复日期：2006-10-21 23:05:47
    article = _clean("forum-tianya")
    assert "楼主加油，会越来越好的。" in article.body
    assert "回复日期" not in article.body
    assert article.author == "北漂的小周"


def test_a_thread_s_headline_loses_its_label() -> None:
    assert _clean("forum-tianya").title == "我在北京租房的三年"


def test_a_forum_engine_s_credit_is_no_site_name() -> None:
    assert _clean("forum-phpwind").site_name == "城市单车论坛"
    page = (
        '<html><head><meta charset="utf-8"><title>请教考研复习 - 学习交流 - 未名湖畔 - Powered by'
        " Discuz!</title></head><body><h2>请教考研复习</h2><p>今年大三，准备考本校的研究生，"
        "现在开始复习应该怎么安排时间？英语基础一般，六级考了两次才过，专业课感觉还可以。</p>"
        "</body></html>"
    )
    article = dechaff.clean(page.encode())
    assert article.site_name == "未名湖畔"
    assert article.title == "请教考研复习"


def test_a_squared_dateline_credit_names_the_reporter() -> None:
    # a 2005 paper's web page glues □本报记者 王建宏 to the first paragraph
    page = _page(
        "<tr><td><b>缝纫机厂的最后一天</b></td></tr>"
        "<tr><td>2005-04-26 08:12 来源：东江商报</td></tr>"
        "<tr><td><p>□本报记者 王建宏 昨天，老缝纫机厂迎来了最后一个工作日，厂区里挤满了前来告别的"
        "老工人。</p><p>每到年关，厂里要一连几个晚上加班，机器的声音整夜不停，大家都记得那些日子。"
        "</p></td></tr>"
    )
    assert dechaff.clean(page).author == "王建宏"


def test_an_essay_s_sign_off_names_its_writer_and_an_epigraph_s_does_not() -> None:
    paragraphs = (
        "<p>母亲的缝纫机是她出嫁那年买的，黑色的机身上有金色的花纹，是外公卖了一头猪才凑够的钱。</p>"
        "<p>小时候我和姐姐的衣服都是母亲在这台机器上做的，每到年关她要一连几个晚上踩到半夜。</p>"
        "<p>去年母亲走了，我在缝纫机的抽屉里找到一卷没用完的线，还有一张我小学时候的奖状。</p>"
    )

    def essay(before: str, after: str) -> bytes:
        return (
            '<html><head><meta charset="utf-8"><title>母亲的缝纫机</title></head><body>'
            f"<h2>母亲的缝纫机</h2>{before}{paragraphs}{after}</body></html>"
        ).encode()

    assert dechaff.clean(essay("", "<p>——王建宏</p>")).author == "王建宏"
    epigraph = "<p>故乡的路，总是最长的。</p><p>——鲁迅</p>"
    assert dechaff.clean(essay(epigraph, "")).author is None


def test_a_title_of_site_section_and_headline_gives_the_headline_the_page_shows() -> None:
    assert _clean("forum-tieba").title == "谁家还有红灯牌收音机"


def test_a_tieba_thread_s_post_heads_are_chrome() -> None:
    article = _clean("forum-tieba")
    assert "回复此发言" not in article.body
    assert "电子管老化也会这样" in article.body
    assert article.published is not None
    assert article.published.isoformat() == "2007-05-12T10:22:00"


def test_a_second_opinion_does_not_undo_a_thread_s_chrome() -> None:
    # a short thread asks readability, which keeps each post's head: the labeller named it
    article = _clean("forum-tieba")
    assert "作者: 修表的老李" not in article.body
    assert "2 回复：" not in article.body


def test_a_portal_s_info_line_names_the_outlet_after_the_time() -> None:
    assert _clean("portal-news-sina").source == "南方晨报"
    line = "<tr><td>http://news.example.com.cn 2005年04月26日08:12 {}</td></tr>"
    text = (
        "<tr><td><p>清水湖东岸的石埠镇，一条走了三十多年的渡船上个月停航了，去对岸要多绕四十里路。</p>"
        "<p>渡船的主人说船身已经漏水，修一次要花两千多元，一年的船票钱还不够修船。</p></td></tr>"
    )
    assert dechaff.clean(_page(line.format("南方晨报") + text)).source == "南方晨报"
    assert dechaff.clean(_page(line.format("星期二") + text)).source is None
