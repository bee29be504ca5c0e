"""The HTML parser's guards: the long-tag check agrees with the pattern it stands in for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import dechaff
from dechaff.core.blocks import clean_line
from dechaff.html.parse import (
    _LONG_TAG,
    _LONG_TAG_CHARS,
    MAX_ATTRIBUTES,
    _holds_long_tag,
    parse_page,
)

_CHUNKS = st.sampled_from(["<", ">", "a", "B", "1", " ", "=", '"', "q" * 1000, "x" * 3999])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_CHUNKS, max_size=40),
    st.integers(min_value=_LONG_TAG_CHARS - 3, max_value=_LONG_TAG_CHARS * 3),
    st.booleans(),
    st.sampled_from(["<a", "<Z", "<1", ">a"]),
)
def test_long_tag_check_agrees_with_the_pattern(
    chunks: list[str], length: int, plant: bool, opener: str
) -> None:
    text = "".join(chunks)
    if plant:
        middle = len(text) // 2
        text = text[:middle] + opener + "v" * length + ">" + text[middle:]
    assert _holds_long_tag(text) == bool(_LONG_TAG.search(text))


def test_a_tag_with_too_many_attributes_keeps_the_first_ones() -> None:
    attributes = " ".join(f"a{n}=1" for n in range(3 * MAX_ATTRIBUTES))
    root, warnings = parse_page(f"<html><body><p {attributes}>kept text</p></body></html>")
    assert root is not None
    assert not warnings
    paragraph = root.find(".//p")
    assert paragraph is not None
    assert len(paragraph.attrib) == MAX_ATTRIBUTES
    assert paragraph.text == "kept text"


def test_a_page_of_one_long_script_string_is_not_capped() -> None:
    page = "<html><body><script>" + "x" * 50_000 + "</script><p>text</p></body></html>"
    assert not _holds_long_tag(page)
    root, _ = parse_page(page)
    assert root is not None
    assert root.findtext(".//p") == "text"


def test_soft_hyphens_are_dropped_as_a_reader_sees_the_words() -> None:
    """&shy; shows only where a line breaks: inside a word it would cut it in two."""
    article = dechaff.clean(
        "<html><body><article><p>Der Not&shy;fall&shy;daten&shy;satz und der Medi\u00adkations"
        "\u00adplan werden gespeichert, sagte die Ministerin am Montag in Berlin.</p>"
        "<p>Die neue Regel gilt ab dem nächsten Jahr für alle Versicherten im Land.</p>"
        "</article></body></html>"
    )
    assert article.paragraphs[0].startswith("Der Notfalldatensatz und der Medikationsplan werden")
    assert "\u00ad" not in article.body
    assert clean_line("Ein  Not\u00adfall.\x07") == "Ein Notfall."  # text dumps too
