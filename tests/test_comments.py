"""Article.comments: the page's user comments as records, never part of the body."""

from __future__ import annotations

from datetime import datetime

import dechaff
from dechaff import Boilerplate, Comment

PROSE_EN = " ".join(
    f"The council met on Tuesday to discuss the library budget for the year, item {n}."
    for n in range(12)
)
PROSE_ZH = (
    "市图书馆从下周一起延长晚间开放时间，读者可以在晚上九点前借还图书，馆方表示将增加自习座位。" * 4
)

EN_PAGE = f"""<html><head><title>Library extends evening hours</title></head><body>
<article><h1>Library extends evening hours</h1><p>{PROSE_EN}</p><p>{PROSE_EN}</p></article>
<section id="comments" class="comments-area">
<h3 class="comments-title">3 Comments</h3>
<ol class="comment-list">
<li class="comment"><div class="comment-author">Mary Stone</div>
<div class="comment-date">May 8, 2024 at 10:15 am</div>
<p>Great news for students who work late shifts.</p><a class="reply">Reply</a></li>
<li class="comment"><div class="comment-author">Tom Reed</div>
<div class="comment-date">May 9, 2024 at 8:02 pm</div>
<p>I hope the weekend hours change too, the queue is long.</p><a class="reply">Reply</a></li>
<li class="comment"><div class="comment-author">Ann Lee</div>
<div class="comment-date">May 10, 2024 at 7:30 am</div>
<p>Finally a quiet place to study after work.</p><a class="reply">Reply</a></li>
</ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3>
<p>Your email address will not be published. Required fields are marked *</p>
<form><p>Comment *</p><textarea></textarea><p>Name *</p><input/></form></div>
</section></body></html>"""

ZH_PAGE = f"""<html><head><title>图书馆延长开放时间</title></head><body>
<div class="article"><h1>图书馆延长开放时间</h1><p>{PROSE_ZH}</p><p>{PROSE_ZH}</p></div>
<div class="pinglun"><h3>网友评论</h3>
<ul class="pinglun-list">
<li class="pinglun-item"><div class="user">张三</div><div class="time">2024-05-08 10:15</div>
<p>这个消息太好了，下班以后终于有地方看书了。</p></li>
<li class="pinglun-item"><div class="user">李四</div><div class="time">2024-05-09 20:02</div>
<p>希望周末的开放时间也能延长一些。</p></li>
<li class="pinglun-item"><div class="user">王五</div><div class="time">2024-05-10 07:30</div>
<p>自习座位确实不够，支持增加座位。</p></li>
</ul>
<div class="pinglun-form"><h3>发表评论</h3><p>文明上网，理性发言</p></div>
</div></body></html>"""


def test_english_comments_are_three_records() -> None:
    article = dechaff.clean(EN_PAGE)
    may, mary, tom, ann = 5, "Mary Stone", "Tom Reed", "Ann Lee"
    assert article.comments == (
        Comment(
            mary, datetime(2024, may, 8, 10, 15), "Great news for students who work late shifts."
        ),
        Comment(
            tom,
            datetime(2024, may, 9, 20, 2),
            "I hope the weekend hours change too, the queue is long.",
        ),
        Comment(ann, datetime(2024, may, 10, 7, 30), "Finally a quiet place to study after work."),
    )


def test_chinese_comments_are_three_records() -> None:
    article = dechaff.clean(ZH_PAGE)
    assert [(c.author, c.published, c.text) for c in article.comments] == [
        ("张三", datetime(2024, 5, 8, 10, 15), "这个消息太好了，下班以后终于有地方看书了。"),
        ("李四", datetime(2024, 5, 9, 20, 2), "希望周末的开放时间也能延长一些。"),
        ("王五", datetime(2024, 5, 10, 7, 30), "自习座位确实不够，支持增加座位。"),
    ]


def test_heading_and_reply_form_are_not_comments() -> None:
    for page in (EN_PAGE, ZH_PAGE):
        texts = " ".join(c.text for c in dechaff.clean(page).comments)
        for words in (
            "3 Comments",
            "Leave a Reply",
            "Your email",
            "网友评论",
            "发表评论",
            "文明上网",
        ):
            assert words not in texts


def test_comment_texts_stay_out_of_the_body_and_in_removed() -> None:
    for page in (EN_PAGE, ZH_PAGE):
        article = dechaff.clean(page)
        assert article.paragraphs
        removed = article.removed_of(Boilerplate.COMMENTS) + article.removed_of(
            Boilerplate.METADATA
        )
        for comment in article.comments:
            assert not any(comment.text in p for p in article.paragraphs)
            assert any(comment.text in r for r in removed)


def test_a_page_without_comments_has_none() -> None:
    page = f"<html><body><article><h1>Budget</h1><p>{PROSE_EN}</p></article></body></html>"
    assert dechaff.clean(page).comments == ()


def test_text_dump_comments_need_dated_heads() -> None:
    dump = "\n\n".join(
        [
            "Library extends evening hours",
            PROSE_EN,
            PROSE_EN,
            "Comments",
            "Mary Stone May 8, 2024 at 10:15 am",
            "Great news for students who work late shifts.",
            "Tom Reed May 9, 2024 at 8:02 pm",
            "I hope the weekend hours change too, the queue is long.",
        ]
    )
    article = dechaff.clean(dump, kind="text")
    assert [(c.author, c.text[:5]) for c in article.comments] == [
        ("Mary Stone", "Great"),
        ("Tom Reed", "I hop"),
    ]
    undated = dump.replace(" May 8, 2024 at 10:15 am", "").replace(" May 9, 2024 at 8:02 pm", "")
    assert dechaff.clean(undated, kind="text").comments == ()


def test_comments_in_to_dict() -> None:
    first = dechaff.clean(EN_PAGE).to_dict()["comments"][0]
    assert first == {
        "author": "Mary Stone",
        "published": "2024-05-08T10:15:00",
        "text": "Great news for students who work late shifts.",
    }


def test_a_long_comment_below_a_thread_without_a_heading_stays_out_of_the_body() -> None:
    # No heading a rule knows opens the thread; its container's class names it. One long
    # comment at the end outweighs the short ones above it, but the article ends at them.
    short = "".join(
        f'<div class="comment"><p>Reader {n} wrote on May {n}, 2024:</p>'
        f"<p>Thanks, very useful for us all.</p><p>Reply</p></div>"
        for n in range(1, 5)
    )
    story = "My grandmother kept a pot of soup going all winter, and so do I now. " * 30
    page = (
        "<html><head><title>Winter soup</title></head><body>"
        f"<div class='post'><h1>Winter soup</h1><p>{PROSE_EN}</p></div>"
        f"<div class='comment-list'>{short}"
        f"<div class='comment'><p>Reader 5 wrote:</p><p>{story}</p><p>{story}</p></div>"
        "</div></body></html>"
    )
    body = dechaff.clean(page).body
    assert PROSE_EN in body
    assert "grandmother" not in body
