"""The HTML parser's guards: the long-tag check agrees with the pattern it stands in for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import dechaff
from dechaff.core.blocks import clean_line
from dechaff.html.parse import (
    _LONG_TAG,
    _LONG_TAG_CHARS,
    _LONG_TAG_UTF8,
    _STRAY_END,
    _STRAY_END_UTF8,
    _XML_DECLARATION,
    _XML_DECLARATION_UTF8,
    MAX_ATTRIBUTES,
    _blank,
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
    assert _holds_long_tag(text, _LONG_TAG, "<", ">") == bool(_LONG_TAG.search(text))
    # in bytes, a check that misses none: each character is a byte or more
    wide = text.replace("v", "é")
    if _LONG_TAG.search(wide):
        assert _holds_long_tag(wide.encode(), _LONG_TAG_UTF8, b"<", b">")


# str's whitespace (and a few that are not), letters that fold onto others under re.I.
_MARKUP = st.text(
    alphabet="<>/?!xmlXMLbodyBODYhtmlHTML \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2000\u200a"
    "\u200b\u2028\u2029\u202f\u205f\u3000\u00e9\u212a\u017f\u0131\u0130\ufeff\ud800",
    max_size=30,
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_MARKUP | st.sampled_from(["</body", "</html", "<?xml", " >"]), max_size=8))
def test_the_stray_ends_go_alike_from_bytes_and_from_str(parts: list[str]) -> None:
    text = "".join(parts)
    data = text.encode("utf-8", "replace")
    by_str = _STRAY_END.sub("", _XML_DECLARATION.sub("", text, count=1))
    by_bytes = _STRAY_END_UTF8.sub(b"", _XML_DECLARATION_UTF8.sub(b"", data, count=1))
    assert by_bytes == by_str.encode("utf-8", "replace")
    assert _blank(by_bytes) == (not by_str.strip())


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
    assert not _holds_long_tag(page, _LONG_TAG, "<", ">")
    assert not _holds_long_tag(page.encode(), _LONG_TAG_UTF8, b"<", b">")
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


# A page whose menu button holds a <div> that is never closed: libxml2 ignores the
# button's end tag and nests the rest of the page inside the button.
UNCLOSED_MENU_BUTTON = """<!doctype html><html><head>
<title>Rivers of the north | Example News</title></head><body>
<header class="site-header"><a href="/">Example News</a>
<button class="menu-toggle" aria-label="Menu"><div class="hamburger"><span></span></button>
<nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header><main><article><h1>Rivers of the north</h1>
<p>The rivers of the north run high this spring, after a winter of heavy snow in the hills
above the valley towns.</p>
<p>Farmers along the banks have moved their animals to higher ground, and the town councils
have opened the old flood barriers for the first time in a decade.</p>
<p>Engineers expect the water to fall again by the end of the month, once the last of the
snow has melted and the lakes upstream have filled.</p>
</article></main><footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>
</body></html>"""


def test_a_control_the_parser_nested_the_page_in_is_walked() -> None:
    root, _ = parse_page(UNCLOSED_MENU_BUTTON)
    assert root is not None
    button = root.find(".//button")
    assert button is not None
    assert button.find(".//article") is not None  # the artifact
    article = dechaff.clean(UNCLOSED_MENU_BUTTON)
    assert article.title == "Rivers of the north"
    assert [p.split()[:3] for p in article.paragraphs] == [
        ["The", "rivers", "of"],
        ["Farmers", "along", "the"],
        ["Engineers", "expect", "the"],
    ]
    assert article.removed_of(dechaff.Boilerplate.COPYRIGHT) == (
        "Copyright 2024 Example News. All rights reserved.",
    )


def test_controls_with_their_own_content_stay_skipped() -> None:
    from dechaff.html.segment import CONTROL_MAX_ELEMENTS, segment

    many = "<span>x</span>" * CONTROL_MAX_ELEMENTS
    page = (
        "<html><body><p>before</p><button><div>Open the question?</div></button>"
        "<select><option>First</option></select><button><b>y</b>"
        + "<span>w</span>" * (CONTROL_MAX_ELEMENTS - 2)  # with <b> and <p>: the limit
        + "<p>no</p></button><button><div>z</div>"
        + many  # one over the limit
        + "</button><p>after</p></body></html>"
    )
    blocks, _ = segment(page)
    assert [b.text for b in blocks] == ["before", "z", "x" * CONTROL_MAX_ELEMENTS, "after"]
