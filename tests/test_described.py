"""A product's declared description is its page's content, wherever the page shows it."""

from __future__ import annotations

import json

import dechaff
from dechaff import Article
from dechaff.core.blocks import Block
from dechaff.label.described import described_runs

_STORY = (
    "The Ridge Tee is made for long sessions in the gym, with a light fabric that dries "
    "fast and moves with you through every lift, sprint and stretch."
)
_FEATURES = ["Slim fit", "Sweat-wicking fabric", "Crew neck"]
# between the description and the reviews: delivery terms, the rating snapshot, sorting
_CONTROLS = ["Standard Shipping - $5 USD", "Express Shipping - $15 USD", "Rating snapshot",
             "5 (260)", "4 (49)", "3 (22)", "2 (15)", "1 (61)", "Sort by", "Most recent",
             "Oldest first", "Highest rated", "Lowest rated"]  # fmt: skip
_REVIEW = (
    "I bought this two weeks ago and when it arrived it was the wrong colour and a size "
    "too small, so I had to send it back and wait another ten days for the right one to "
    "come, which was really annoying because I needed it for a competition that weekend."
)


def _product(description: str) -> Article:
    ld = json.dumps({"@context": "https://schema.org", "@type": "Product", "name": "Ridge Tee",
                     "description": description})  # fmt: skip
    features = "".join(f"<p>- {f}</p>" for f in _FEATURES)
    controls = "".join(f"<div>{c}</div>" for c in _CONTROLS)
    return dechaff.clean(
        "<html><head><title>Ridge Tee | Gym Shop</title>"
        f'<script type="application/ld+json">{ld}</script></head><body>'
        "<nav><a href='/'>Home</a> <a href='/men'>Men</a></nav><main>"
        "<div class='product-info'><div>Ridge Tee</div><div>$22</div>"
        "<div role='dialog'><aside class='sheet'><h5>Description</h5>"
        f"<div class='sheet-body'><p>{_STORY}</p>{features}</div></aside></div></div>"
        f"<div class='info'>{controls}</div><h2>Reviews</h2>"
        "<section class='comments'><article class='review-card'>"
        f"<div>Anonymous</div><div>Verified buyer</div><p>{_REVIEW}</p></article>"
        "<article class='review-card'><div>Sam</div><div>Verified buyer</div>"
        "<p>Great.</p></article></section>"
        "</main></body></html>"
    )


def test_the_declared_description_in_a_drawer_is_the_body_not_a_review() -> None:
    description = _STORY + " " + " ".join(f"- {f}" for f in _FEATURES)
    body = _product(description).paragraphs
    assert _STORY in body
    for feature in _FEATURES:
        assert f"- {feature}" in body
    assert _REVIEW not in body


def test_a_description_the_page_does_not_show_changes_nothing() -> None:
    body = _product(
        "A soft tee for the gym, in six colours and five sizes, made to last."
    ).paragraphs
    assert _STORY not in body
    assert _REVIEW in body


def test_a_short_line_the_description_also_says_is_no_run() -> None:
    from dechaff.core.blocks import Block
    from dechaff.label.described import described_runs

    blocks = [
        Block(text=t, index=i) for i, t in enumerate(["Black", "Size", _STORY, "- Crew neck"])
    ]
    assert described_runs(blocks[:2], ["Black cotton tee, size M."]) == []
    assert described_runs(blocks, [_STORY + " - Crew neck"]) == [range(2, 4)]


def test_a_chinese_description_without_spaces_anchors_its_run() -> None:
    """A CJK line's length is counted per character: a Chinese description finds its lines."""
    said = "这款保温杯采用双层不锈钢真空结构，保温十二小时。杯盖可以单手打开，适合通勤使用。"
    lines = [
        "这款保温杯采用双层不锈钢真空结构，保温十二小时。",
        "杯盖可以单手打开，适合通勤使用。",
        "用户评价：很好用，推荐购买。",
    ]
    blocks = [Block(text, index, tag="p") for index, text in enumerate(lines)]
    assert described_runs(blocks, [said]) == [range(0, 2)]
