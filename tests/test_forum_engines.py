"""Thread pages written in the markup of widely used forum engines (tests/fixtures/forums/).

Each fixture is a thread of our own text in one engine's default template: phpBB's
prosilver, XenForo 2, Discourse's page for clients without JavaScript, SMF 2.1, vBulletin 4,
MyBB 1.8, NodeBB, a Stack Exchange question, an old-style Reddit comments page, Discuz!
X3.4 and a Tieba-like thread. ``NAME.gold.txt`` beside each page holds what wcxb's
convention keeps: every post's text, a reply's quote included.
"""

from __future__ import annotations

from pathlib import Path

import dechaff

FORUMS = Path(__file__).parent / "fixtures" / "forums"


def _body(name: str) -> str:
    page = (FORUMS / f"{name}.html").read_bytes()
    return dechaff.clean(page, url="https://forum.example/threads/a-thread.412/").body


def test_a_join_date_with_its_time_is_chrome() -> None:
    body = _body("phpbb-topic")
    assert "Joined: Sat Jan 12, 2019 3:02 pm" not in body  # a comma and 8 words: no prose
    assert "Nitride bonded shelves cost more" in body
    assert "directly above each other" in body


def test_a_member_box_of_labels_and_values_is_chrome() -> None:
    body = _body("vbulletin-thread")
    for chrome in ("Join Date", "Mar 2011", "North Yorkshire", "2,319", "Reply With Quote"):
        assert chrome not in body
    assert "#2" not in body  # the post's date glued to its number
    assert "leaf roll from heat stress" in body
    assert "coming through flat" in body


def test_a_signature_is_no_post() -> None:
    for name, signature in (
        ("mybb-thread", "Silence is golden"),
        ("vbulletin-thread", "Growing veg badly"),
        ("smf-topic", "Bake bread, not excuses."),
    ):
        body = _body(name)
        assert signature not in body, name


def test_a_replys_number_and_the_readers_count_are_chrome() -> None:
    body = _body("smf-topic")
    assert "Reply #1 on:" not in body
    assert "are viewing this topic" not in body
    assert "Started by breadhead" not in body
    assert "yeast running out of food" in body


def test_a_questions_answers_are_its_posts() -> None:
    body = _body("stackexchange-question")
    assert "every call prints 2 instead of 0, 1 and 2" in body
    assert "they look the name up when they run" in body  # the first answer
    assert "a small factory function" in body  # the second
    for chrome in ("answered Mar 3, 2021", "asked Mar 3, 2021", "Add a comment", "Sorted by"):
        assert chrome not in body
    assert "Hot Network Questions" not in body


def test_answers_built_apart_join_only_where_the_markup_declares_a_thread() -> None:
    page = (FORUMS / "stackexchange-question.html").read_text(encoding="utf-8")
    undeclared = page.replace('"@type":"QAPage"', '"@type":"WebPage"')
    body = dechaff.clean(undeclared).body
    assert "every call prints 2 instead of 0, 1 and 2" in body
    assert "a small factory function" not in body


def test_every_engine_keeps_each_post() -> None:
    for path in sorted(FORUMS.glob("*.gold.txt")):
        name = path.name.removesuffix(".gold.txt")
        body = _body(name)
        for line in path.read_text(encoding="utf-8").splitlines():
            assert line[:40] in body, (name, line)


def test_a_chinese_threads_floors_heads_and_member_boxes_are_chrome() -> None:
    body = _body("discuz-thread")
    assert "开完花就掉了" in body  # the first post
    assert "阳台上没有蜜蜂" in body  # the replies, no longer lost
    assert "中午最好给阳台拉个遮阳网" in body
    for chrome in ("只看该作者", "沙发", "板凳", "积分", "发消息", "使用道具"):
        assert chrome not in body
    assert "种菜是一种修行" not in body  # the signature


def test_a_floor_and_a_head_alone_are_chrome() -> None:
    posts = "".join(
        f"<div class='post'><div class='head'><span>{floor}</span><span>{user}</span></div>"
        f"<div class='head'>发表于 2024-5-{day} 10:2{day}</div>"
        f"<div class='msg'><p>{text}</p></div></div>"
        for floor, user, day, text in (
            ("楼主", "山间小路", 1, "周末去爬了城郊的那座山，山顶的云海特别壮观，正好赶上日出。"),
            ("沙发", "看云的人", 2, "请问上山的路好走吗？带老人和孩子去会不会太累，有缆车吗？"),
            ("3#", "山间小路", 3, "前半段是石阶，后半段有缆车，老人孩子可以坐缆车上去就好。"),
        )
    )
    title = "城郊爬山看云海"
    page = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{posts}</body></html>"
    body = dechaff.clean(page).body
    assert "山顶的云海特别壮观" in body
    assert "带老人和孩子去会不会太累" in body
    assert "老人孩子可以坐缆车上去" in body
    for chrome in ("楼主", "沙发", "3#", "发表于"):
        assert chrome not in body


def test_a_comment_threads_replies_are_its_posts() -> None:
    body = _body("oldreddit-comments")
    assert "slowly dies by December" in body  # the post
    assert "Basil hates cold glass" in body  # a reply
    assert "a light on a timer for twelve hours" in body  # a reply to the reply
    assert "pinch off the flowers" in body
    for chrome in ("41 points", "permalink", "Post a comment!", "Be kind to other growers"):
        assert chrome not in body


def test_no_thread_control_or_quote_is_read_as_the_writer() -> None:
    for name in ("mybb-thread", "vbulletin-thread", "discuz-thread"):
        page = (FORUMS / f"{name}.html").read_bytes()
        # a row of buttons ("Find") beside the poster, a reply's "Originally Posted by X"
        # (a later poster), the button 只看该作者|倒序浏览 ("this poster only"): no name
        assert dechaff.clean(page).author not in ("Find", "rhubarbqueen", "倒序"), name
    assert dechaff.clean((FORUMS / "phpbb-topic.html").read_bytes()).author == "potter_ann"
