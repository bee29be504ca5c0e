"""The text dumps of the Chinese institutional and local sites (tests/fixtures/zhsites-text/,
written by benchmarks/text_twins.py from tests/fixtures/zhsites/): the same rules hold on the
visible text alone, one line a block, with no markup, no picture and no meta tag.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import dechaff
from dechaff.article import Boilerplate
from dechaff.core.features import shape_of
from dechaff.label.lexicon import for_language
from fixture_fields import wrong_fields

TWINS = Path(__file__).parent / "fixtures" / "zhsites-text"
NAMES = sorted(p.stem for p in TWINS.glob("*.txt") if not p.name.endswith(".gold.txt"))


def _clean(name: str) -> dechaff.Article:
    return dechaff.clean((TWINS / f"{name}.txt").read_bytes())


def test_every_html_page_has_its_twin() -> None:
    html = sorted(p.stem for p in (TWINS.parent / "zhsites").glob("*.html"))
    assert html == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_fields_and_body(name: str) -> None:
    article = _clean(name)
    assert wrong_fields(article, TWINS / f"{name}.meta.json") == []
    gold = (TWINS / f"{name}.gold.txt").read_text(encoding="utf-8").splitlines()
    assert article.paragraphs == tuple(gold)


def test_exact_fields_of_a_few_twins() -> None:
    notice = _clean("gov-hanweb-notice")
    assert notice.title == "临溪市人民政府办公室关于做好2024年春季农业生产工作的通知"
    assert notice.published is not None
    assert notice.published.isoformat() == "2024-02-26T15:30:00"
    assert (notice.source, notice.author, notice.site_name) == ("市政府办公室", None, None)
    assert notice.paragraphs[-3:] == ("临溪市人民政府办公室", "2024年2月23日", "（此件公开发布）")
    credits = _clean("gov-dept-credits")
    assert (credits.author, credits.source) == ("冯立新", "执法支队")
    assert credits.site_name == "清河市生态环境局"  # the <title>'s first piece, in the footer
    county = _clean("county-media-byline")
    assert (county.author, county.source, county.site_name) == (
        "黄思远",
        "丰源县融媒体中心",
        "丰源新闻网",
    )
    hospital = _clean("hospital-news")
    assert hospital.paragraphs[-2:] == (
        "手术团队在导管室进行术前讨论",
        "医护人员查看患者术后恢复情况",
    )
    assert "（审稿：党委宣传科）" not in hospital.paragraphs


def test_a_disclosure_row_is_a_metadata_line() -> None:
    lexicon = for_language("zh")
    for line in (
        "索引号： 001008003014/2024-00215 发布机构： 临溪市人民政府办公室",
        "文 号： 临政办发〔2024〕6号 有效性： 有效",
        "名 称： 临溪市人民政府办公室关于做好2024年春季农业生产工作的通知",
    ):
        assert lexicon.kind_of(line, shape_of(line)) is Boilerplate.METADATA, line
    # a paragraph naming a document's number, a product's name, is no label
    for line in ("根据临政办发〔2024〕6号文件精神，各地要抓好春耕。", "名称：智能电表"):
        assert lexicon.kind_of(line, shape_of(line)) is None, line


def _dump(*captions: str) -> tuple[str, ...]:
    lines = (
        "我校举行第十二届校园科技节闭幕式 - 学校新闻",
        "我校举行第十二届校园科技节闭幕式",
        "科技节于五月举行，同学们展示了各自的作品，评委逐一打分，气氛十分热烈。",
        "科技节期间还举办了专家讲座，吸引了全校师生踊跃参加，反响很好。",
        *captions,
        "上一篇：我校召开新学期教学工作会议",
    )
    return dechaff.clean("\n\n".join(lines), kind="text").paragraphs


def test_a_row_of_captions_closes_a_text_dump_s_article() -> None:
    row = ("同学们在展台前介绍作品", "闭幕式上为获奖学生颁奖")
    assert _dump(*row)[-2:] == row


def test_a_menu_after_the_article_is_no_row_of_captions() -> None:
    # five labels: the row is no longer than four, and its fifth line is no lexicon's
    menu = (
        "师资队伍建设工作",
        "人才培养方案介绍",
        "科学研究成果展示",
        "合作交流项目一览",
        "党建思政工作动态",
    )
    assert _dump(*menu)[-1].startswith("科技节期间")
    # short labels are no captions; a line printed twice on the page neither
    assert _dump("学院概况", "师资队伍")[-1].startswith("科技节期间")
    assert _dump("我校举行第十二届校园科技节闭幕式")[-1].startswith("科技节期间")
