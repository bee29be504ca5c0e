"""The charset declared outside a page (an HTTP header) reaches the decoder."""

from __future__ import annotations

import dechaff
from dechaff.read.source import load

RUSSIAN = "Привет, мир. Это статья."


def test_declared_encoding_is_offered_to_the_decoder() -> None:
    data = RUSSIAN.encode("koi8-r")
    assert RUSSIAN not in load(data, kind="text").text  # too short to detect KOI8-R alone
    page = load(data, kind="text", encoding="koi8-r")
    assert page.text == RUSSIAN
    assert page.encoding == "koi8-r"
    assert dechaff.clean(data, kind="text", encoding="koi8-r").encoding == "koi8-r"


def test_declared_encoding_that_the_bytes_refute_is_not_believed() -> None:
    data = RUSSIAN.encode("utf-8")
    page = load(data, kind="text", encoding="koi8-r")
    assert page.text == RUSSIAN
    assert page.encoding == "utf-8"
