"""Shared fixtures: where the samples live; an Article with a block of every role."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import settings

from dechaff import Article
from dechaff.document import BlockRole, BodyBlock, Cell, Span, SpanKind

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

# Hypothesis draws the same examples on every run, so a run passes or fails on the code
# alone (CI once failed on a draw no local run had made). DECHAFF_EXPLORE=N draws new ones,
# N per property test of test_properties.py: a deep run to look for such pages.
EXPLORE = os.environ.get("DECHAFF_EXPLORE")
settings.register_profile("dechaff", derandomize=not EXPLORE)
settings.load_profile("dechaff")


@pytest.fixture
def samples() -> Path:
    """The samples/ folder."""
    return SAMPLES


@pytest.fixture
def every_role() -> Article:
    """A hand-made Article holding a body block of every role, with spans of every kind."""
    text = "Read the guide, then this and that now."
    blocks = (
        BodyBlock(BlockRole.HEADING, "Getting started", level=1),
        BodyBlock(
            BlockRole.PARAGRAPH,
            text,
            spans=(
                Span(SpanKind.LINK, 9, 14, "https://example.com/guide"),
                Span(SpanKind.EMPHASIS, 21, 25),
                Span(SpanKind.STRONG, 21, 34),
                Span(SpanKind.CODE, 30, 34),
            ),
        ),
        BodyBlock(
            BlockRole.LIST_ITEM, "Install it", list_id=1, spans=(Span(SpanKind.STRONG, 0, 7),)
        ),
        BodyBlock(BlockRole.LIST_ITEM, "from a clone", ordered=True, depth=1, list_id=2),
        BodyBlock(BlockRole.LIST_ITEM, "from an index", ordered=True, depth=1, list_id=2),
        BodyBlock(BlockRole.LIST_ITEM, "Run it", list_id=1),
        BodyBlock(BlockRole.HEADING, "Usage", level=2),
        BodyBlock(BlockRole.CODE, "def f():\n    return '```'\n\n  # done", language="python"),
        BodyBlock(
            BlockRole.TABLE,
            "name | value\na|b | 1",
            rows=((Cell("name", True), Cell("value", True)), (Cell("a|b"), Cell("1"))),
        ),
        BodyBlock(BlockRole.QUOTE, "To be, or not to be:\nthat is the question."),
        BodyBlock(
            BlockRole.FIGURE,
            "The library at night",
            src="https://example.com/night.jpg",
            alt="A lit window",
            caption="The library at night",
        ),
    )
    return Article(
        "html",
        title="A guide to dechaff",
        author="Mary Stone",
        published=datetime(2024, 5, 8, 9, 30),
        url="https://example.com/a/1",
        language="en",
        paragraphs=tuple(b.text for b in blocks if b.role is not BlockRole.FIGURE),
        blocks=blocks,
    )
