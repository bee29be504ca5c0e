"""``Removed.at``: where each removed block sits among the body paragraphs."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import dechaff
from dechaff import Article, Boilerplate, Removed

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "samples" / "zh-seed-000_b337f5190e90a83a.txt"
TEXT_PAGES = sorted((ROOT / "samples").glob("*.txt"))


def page_order(article: Article) -> list[str]:
    """Body and removed texts merged back by ``at``."""
    out: list[str] = []
    removed = list(article.removed)
    for index, paragraph in enumerate(article.paragraphs):
        while removed and removed[0].at <= index:
            out.append(removed.pop(0).text)
        out.append(paragraph)
    return out + [r.text for r in removed]


def test_seed_blocks_before_and_after_the_body() -> None:
    article = dechaff.clean(SEED)
    assert len(article.paragraphs) == 76
    assert [r.at for r in article.removed] == [0, 0, 0, 76, 76, 76, 76, 76, 76]


def test_a_caption_between_paragraphs() -> None:
    article = dechaff.clean(ROOT / "examples" / "pages" / "library-en.html")
    placed = {r.kind: r.at for r in article.removed}
    assert placed[Boilerplate.AD] == 0
    assert placed[Boilerplate.CAPTION] == 1  # after the first paragraph, before the second
    assert placed[Boilerplate.FOOTER] == len(article.paragraphs)


@pytest.mark.parametrize("page", TEXT_PAGES, ids=lambda p: p.stem)
def test_merged_blocks_follow_the_dump_line_by_line(page: Path) -> None:
    article = dechaff.clean(page)
    ats = [r.at for r in article.removed]
    assert ats == sorted(ats)
    assert all(0 <= at <= len(article.paragraphs) for at in ats)
    text = page.read_text(encoding="utf-8")
    position = 0
    for block in page_order(article):
        found = text.find(block, position)
        assert found >= 0, block
        position = found + len(block)


def test_at_is_in_the_dict_and_survives_pickling() -> None:
    block = Removed(Boilerplate.SHARE, "Share this", 4)
    assert block.to_dict() == {"kind": "share", "text": "Share this", "at": 4}
    assert pickle.loads(pickle.dumps(block)) == block
    assert Removed(Boilerplate.AD, "Ad").at == 0
    article = dechaff.clean(SEED)
    assert [r.at for r in pickle.loads(pickle.dumps(article)).removed] == [
        r.at for r in article.removed
    ]
