"""readability-lxml's second opinion: when it is asked, and what it may add."""

from __future__ import annotations

import pytest

import dechaff
from dechaff import Boilerplate
from dechaff.core.blocks import Block
from dechaff.html import fallback
from dechaff.pipeline import SECOND_OPINION

# A short article of two sentences, then a box of short lines with no full stop (a list of
# steps, as recipe and how-to pages print them): the labeller keeps the paragraph only.
STEPS = [f"Step {n} of the method with the flour and the water in the bowl" for n in range(1, 31)]
PAGE = (
    "<html><head><title>Bread</title></head><body><h1>Bread</h1>"
    "<div class='intro'><p>Making bread at home is easy, and it tastes better than the bread "
    "from the shop.</p></div>"
    "<div class='steps'>"
    + "".join(f"<div>{step}</div>" for step in STEPS)
    + "<div>Leave a comment</div><div>Share this article</div></div>"
    "<footer>Contact us</footer></body></html>"
)


def test_a_short_article_with_more_text_around_it_asks_for_a_second_opinion() -> None:
    from dechaff.html.parse import parse
    from dechaff.html.segment import segment_tree

    root = parse(PAGE)
    assert root is not None
    blocks, _ = segment_tree(root)
    body = [b.text.startswith("Making bread") for b in blocks]
    assert fallback.needs_second_opinion(blocks, body)
    assert not fallback.needs_second_opinion(blocks, [b.tag != "title" for b in blocks])


def test_readability_adds_its_blocks_but_not_those_that_name_themselves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # readability picks the steps' container, with the comment and share lines in it
    picked = {fallback._key(t) for t in [*STEPS, "Leave a comment", "Share this article"]}
    monkeypatch.setattr(fallback, "readability_texts", lambda markup: picked)
    article = dechaff.clean(PAGE)
    assert SECOND_OPINION in article.warnings
    assert article.paragraphs[0].startswith("Making bread")
    assert list(article.paragraphs[1:]) == STEPS
    kinds = {r.text: r.kind for r in article.removed}
    assert kinds["Leave a comment"] is Boilerplate.COMMENTS
    assert kinds["Share this article"] is Boilerplate.SHARE


def test_without_readability_the_labellers_article_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fallback, "readability_texts", lambda markup: set())
    article = dechaff.clean(PAGE)
    assert SECOND_OPINION not in article.warnings
    assert article.paragraphs == (
        "Making bread at home is easy, and it tastes better than the bread from the shop.",
    )


def test_a_larger_article_elsewhere_not_taken_is_a_doubt(monkeypatch: pytest.MonkeyPatch) -> None:
    from dechaff.pipeline import LARGER_ELSEWHERE

    intro = "Making bread at home is easy, and it tastes better than the bread from the shop."
    monkeypatch.setattr(fallback, "readability_texts", lambda markup: set())
    alone = dechaff.clean(PAGE)
    # readability's article: the intro (16 units) and one step (14, "1" a unit): 1.9 times
    picked = {fallback._key(intro), fallback._key(STEPS[0])}
    monkeypatch.setattr(fallback, "readability_texts", lambda markup: picked)
    doubted = dechaff.clean(PAGE)
    assert doubted.paragraphs == alone.paragraphs == (intro,)  # not taken: under twice
    assert LARGER_ELSEWHERE.format(30 / 16) in doubted.warnings
    assert "1.9 times as much text" in LARGER_ELSEWHERE.format(30 / 16)
    assert SECOND_OPINION not in doubted.warnings
    assert doubted.confidence < alone.confidence


def _opinion_on(heading: Block, monkeypatch: pytest.MonkeyPatch) -> tuple[Boilerplate | None, ...]:
    """The kinds after readability adds the run below ``heading`` (block 2) to the article."""
    from dechaff.label.labeller import Labels
    from dechaff.pipeline import _second_opinion
    from dechaff.read.source import load

    blocks = [
        Block(text="Bread", index=0, group=0, tag="h1"),
        Block(text="Making bread at home is easy.", index=1, group=1, tag="p"),
        heading,
        *(Block(text=step, index=3 + n, group=3, tag="div") for n, step in enumerate(STEPS)),
    ]
    footer = Boilerplate.FOOTER
    labels = Labels((Boilerplate.HEADER, None, *[footer] * (len(blocks) - 2)), 1, 2)
    monkeypatch.setattr(fallback, "needs_second_opinion", lambda blocks, body: True)
    added = list(range(3, len(blocks)))
    monkeypatch.setattr(fallback, "opinion", lambda markup, blocks, body: (added, 3.0))
    return _second_opinion(load(PAGE), blocks, labels, []).kinds


def test_the_subheading_over_readabilitys_run_titles_it(monkeypatch: pytest.MonkeyPatch) -> None:
    kinds = _opinion_on(Block(text="Method", index=2, group=2, tag="h2"), monkeypatch)
    assert kinds[2:] == (None,) * (len(kinds) - 2)


def test_a_linked_subheading_over_readabilitys_run_stays_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    linked = Block(text="Method", index=2, group=2, tag="h2", link_density=1.0)
    kinds = _opinion_on(linked, monkeypatch)
    assert kinds[2] is Boilerplate.FOOTER
    assert kinds[3:] == (None,) * (len(kinds) - 3)


def _blocks_of(page: str) -> list[Block]:
    from dechaff.html.parse import parse
    from dechaff.html.segment import segment_tree

    root = parse(page)
    assert root is not None
    return segment_tree(root)[0]


def test_a_disjoint_answer_as_long_as_the_labellers_is_taken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the labeller kept the intro (16 units); readability picks two steps elsewhere (28)
    blocks = _blocks_of(PAGE)
    body = [b.text.startswith("Making bread") for b in blocks]
    steps = [b.index for b in blocks if b.text in STEPS[:2]]
    picked = {fallback._key(t) for t in STEPS[:2]}
    monkeypatch.setattr(fallback, "readability_texts", lambda markup: picked)
    added, gain = fallback.opinion(PAGE, blocks, body)
    assert added == steps
    assert fallback.DISJOINT_MIN_GAIN <= gain < fallback.FALLBACK_MIN_GAIN


def test_an_overlapping_answer_under_twice_as_long_is_not_taken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the same length gain, but readability's article holds the labeller's intro
    blocks = _blocks_of(PAGE)
    body = [b.text.startswith("Making bread") for b in blocks]
    intro = next(b.text for b in blocks if body[b.index])
    picked = {fallback._key(t) for t in [intro, STEPS[0]]}
    monkeypatch.setattr(fallback, "readability_texts", lambda markup: picked)
    added, gain = fallback.opinion(PAGE, blocks, body)
    assert added == []
    assert 1.0 < gain < fallback.FALLBACK_MIN_GAIN
