"""The seed page: each field exact, each removed block with its kind, in page order."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

import dechaff
from dechaff import Boilerplate, Link

SEED = Path(__file__).resolve().parents[1] / "samples" / "zh-seed-000_b337f5190e90a83a.txt"


@pytest.fixture(scope="module")
def article() -> dechaff.Article:
    return dechaff.clean(SEED)


def test_fields(article: dechaff.Article) -> None:
    assert article.kind == "text"
    assert article.title == "风口:B端小微金融的三路玩法"
    assert article.site_name == "独峒台道新闻网"
    assert article.breadcrumbs == ("独峒台道新闻网", "科技", "风口:B端小微金融的三路玩法")
    assert article.category == "科技"
    assert article.published == datetime(2019, 11, 25, 11, 14, 25)
    assert article.views == 2616
    assert article.author == "薛洪言"
    assert article.source is None
    assert article.prev == Link("腾保保险与恒星集团、人保健康达成战略合作")
    assert article.next == Link("34辆地方彩车入驻奥林匹克公园 成为国庆热门打卡地「组图」")
    assert article.language == "zh"


def test_body_edges(article: dechaff.Article) -> None:
    assert len(article.paragraphs) == 76
    assert article.paragraphs[0].startswith("小微金融是泡沫还是风口?")
    assert article.paragraphs[-1].startswith('"刮风时,它会使一滩泉水起皱."')
    # short in-text subheadings between paragraphs stay
    assert "1)扩大生态圈的边界" in article.paragraphs
    assert "2)科技产出" in article.paragraphs


def test_removed_kinds_in_order(article: dechaff.Article) -> None:
    assert [r.kind for r in article.removed] == [
        Boilerplate.HEADER,
        Boilerplate.BREADCRUMB,
        Boilerplate.METADATA,
        Boilerplate.AUTHOR_BIO,
        Boilerplate.COPYRIGHT,
        Boilerplate.CREDIT,
        Boilerplate.SPAM,
        Boilerplate.NAVIGATION,
        Boilerplate.NAVIGATION,
    ]
    assert article.removed_of(Boilerplate.SPAM) == (
        "买快乐十分 快乐十分钟开奖结果 甘肃快三开奖结果 重庆幸运农场购买",
    )


def test_title_is_neither_body_nor_removed(article: dechaff.Article) -> None:
    assert article.title not in article.paragraphs
    assert article.title not in [r.text for r in article.removed]


def test_same_from_bytes_str_and_path(article: dechaff.Article) -> None:
    data = SEED.read_bytes()
    assert dechaff.clean(data) == article
    assert dechaff.clean(data.decode("utf-8")).to_dict() == {**article.to_dict(), "encoding": None}
