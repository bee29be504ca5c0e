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
    assert "请懂行的朋友说说应该看哪些地方？" in body


def test_post_data_lines_of_blogs_and_school_news_are_metadata() -> None:
    assert "posted @" not in _clean("blog-bokee").body
    assert "分类：随笔" not in _clean("blog-sina").body
    univ = _clean("univ-news").body
    assert "录入" not in univ
    assert "指导教师每周安排两个晚上的实验训练。" in univ
