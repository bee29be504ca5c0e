"""Every sample page cleans to its expected output, key by key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dechaff

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PAGES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html"))


def expected_of(page: Path) -> dict[str, object]:
    return json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_samples_are_there() -> None:
    assert len(PAGES) >= 6
    assert all(p.with_suffix(".expected.json").exists() for p in PAGES)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_sample_fields(page: Path) -> None:
    got = dechaff.clean(page).to_dict()
    for key, value in expected_of(page).items():
        if key in ("paragraphs", "removed"):
            continue
        assert got[key] == value, key


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_sample_body(page: Path) -> None:
    got = dechaff.clean(page).to_dict()
    assert got["paragraphs"] == expected_of(page)["paragraphs"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_sample_removed_blocks_and_kinds(page: Path) -> None:
    got = dechaff.clean(page).to_dict()
    assert got["removed"] == expected_of(page)["removed"]
