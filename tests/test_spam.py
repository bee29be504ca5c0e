"""Spam removal takes keyword-list blocks and spares news that reports a lottery draw."""

from __future__ import annotations

import dechaff
from dechaff import Boilerplate

DRAW = (
    "福利彩票双色球第2019100期开奖，红球号码为03、07、12、19、25、31，蓝球号码为09。"
    "当期一等奖开出7注，单注奖金约为682万元，二等奖开出128注，计奖后奖池金额累计至9.8亿元。"
)
MORE = (
    "市福彩中心提醒广大彩民，购彩要量力而行，理性投注，不要借钱购彩。"
    "福利彩票所筹集的公益金将用于扶老、助残、救孤、济困等社会公益事业，今年已筹集公益金三亿元。"
)
ZH_SPAM = "买快乐十分 快乐十分钟开奖结果 甘肃快三开奖结果 重庆幸运农场购买"
EN_BODY = (
    "The council voted on Tuesday to keep the library open on Sundays, after a petition "
    "signed by more than four thousand residents asked for longer opening hours.\n\n"
    "The change will cost about forty thousand pounds a year, which the council said it "
    "would find by delaying the repainting of the town hall until next spring."
)


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def test_lottery_draw_report_stays_in_body() -> None:
    article = dechaff.clean(page("某某日报", DRAW, MORE, ZH_SPAM), kind="text")
    assert DRAW in article.paragraphs
    assert MORE in article.paragraphs
    assert article.removed_of(Boilerplate.SPAM) == (ZH_SPAM,)


def test_chinese_gambling_keywords_are_spam() -> None:
    spam = "时时彩 北京赛车pk10 开奖结果 娱乐城 真人娱乐 百家乐"
    article = dechaff.clean(page(DRAW, MORE, spam), kind="text")
    assert article.removed_of(Boilerplate.SPAM) == (spam,)
    assert spam not in article.paragraphs


def test_english_gambling_block_is_spam() -> None:
    spam = "Best online casino bonus codes, free spins, slots, poker and sports betting odds"
    article = dechaff.clean(page("Town News", EN_BODY, spam), kind="text")
    assert article.removed_of(Boilerplate.SPAM) == (spam,)
    assert len(article.paragraphs) == 2


def test_one_keyword_is_not_spam() -> None:
    line = "开奖结果"
    article = dechaff.clean(page(DRAW, MORE, line), kind="text")
    assert article.removed_of(Boilerplate.SPAM) == ()
