"""docs/api.md is generated from the docstrings and must match them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

import dechaff

ROOT = Path(__file__).resolve().parents[1]
pytest.importorskip("dask")  # the reference documents dechaff.dask too


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_api_docs", ROOT / "scripts/gen_api_docs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_api_docs"] = module
    spec.loader.exec_module(module)
    return module


def test_api_reference_is_up_to_date() -> None:
    expected = _generator().render()
    actual = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/api.md is stale: run .venv/bin/python scripts/gen_api_docs.py"


def test_every_public_name_is_documented() -> None:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for name in dechaff.__all__:
        if name != "__version__":
            assert f"### `dechaff.{name}" in text, name
    assert "### `dechaff.dask.clean_bag`" in text


def test_docstring_markup_becomes_markdown() -> None:
    gen = _generator()
    doc = """First line.

        See :class:`~dechaff.batch.Item` and ``x=1``.

        >>> f(1)   # doctest: +SKIP
        2
        """
    assert gen.markdown(doc) == (
        "First line.\n\nSee `dechaff.batch.Item` and `x=1`.\n\n```python\nf(1)\n```\n\n2"
    )
