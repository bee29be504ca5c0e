"""Tests for dechaff.read.decode: byte order marks, lying declarations, detection, binary data."""

from __future__ import annotations

import codecs
import gzip
import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dechaff.errors import DechaffError, NotAPageError, SourceError
from dechaff.read.decode import Decoded, decode, sniff_binary

# Our own text (not taken from any page), long enough for charset detection.
ZH = (
    "今天早上城里下了一场小雨，街道两旁的梧桐树显得格外清新。"
    "市图书馆宣布，从下个月起将延长周末的开放时间，方便上班族借阅图书。"
    "记者在现场看到，不少市民带着孩子排队办理借书证，大家都很期待新的安排。"
    "馆长表示，今年还会增加一批科技和历史类的新书，并举办多场面向中学生的读书讲座。"
)
ZH_TW = (
    "今天早上城裡下了一場小雨，街道兩旁的梧桐樹顯得格外清新。"
    "市圖書館宣佈，從下個月起將延長週末的開放時間。"
)
DE = "Die Bürger der Stadt äußerten sich über die Änderungen größtenteils zufrieden. "
FR = "Le café de la gare a rouvert ses portes après des travaux d'été ; l'accueil fut chaleureux."

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench" / "data"
META_CHARSET = re.compile(r"<meta\b[^>]*charset[^>]*>", re.IGNORECASE)


def html(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>News</title></head><body><p>{body}</p></body></html>\n"


def test_empty_input() -> None:
    assert decode(b"") == Decoded(text="", encoding="utf-8", reason="utf-8", warnings=())


def test_plain_utf8_is_the_fast_path() -> None:
    result = decode(html(ZH).encode("utf-8"))
    assert result == Decoded(text=html(ZH), encoding="utf-8", reason="utf-8", warnings=())


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_mark(bom: bytes, codec: str) -> None:
    page = html(ZH + FR)
    result = decode(bom + page.encode(codec))
    assert (result.text, result.encoding, result.reason) == (page, codec, "bom")
    assert not result.text.startswith("\ufeff")


def test_byte_order_mark_beats_a_declaration() -> None:
    page = html(ZH, head='<meta charset="gb2312">')
    result = decode(codecs.BOM_UTF8 + page.encode("utf-8"), declared="gbk")
    assert (result.text, result.encoding, result.reason) == (page, "utf-8", "bom")
    assert result.warnings == ("declared charset gbk disagrees with the bytes; decoded as utf-8",)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [html(ZH + FR), FR, ZH, "<p>" + ZH + "</p>"])
def test_utf16_and_utf32_without_byte_order_mark(codec: str, text: str) -> None:
    result = decode(text.encode(codec))
    assert (result.text, result.encoding, result.reason) == (text, codec, "detected")


def test_meta_charset_that_is_true() -> None:
    page = html(ZH, head='<meta charset="gb2312">')
    result = decode(page.encode("gb18030"))
    assert result == Decoded(text=page, encoding="gb18030", reason="meta", warnings=())


@pytest.mark.parametrize(
    ("label", "body"),
    [
        ("gb2312", ZH),
        ("gb2312", "中文"),  # these UTF-8 bytes are also valid GB18030 (mojibake)
        ("big5", ZH),
        ("iso-8859-1", FR),  # every byte of this UTF-8 is defined in windows-1252
        ("windows-1252", FR),
    ],
)
def test_meta_charset_that_lies_about_utf8(label: str, body: str) -> None:
    page = html(body, head=f'<meta charset="{label}">')
    result = decode(page.encode("utf-8"))
    assert (result.text, result.encoding, result.reason) == (page, "utf-8", "utf-8")
    assert result.warnings == (
        f"declared charset {label} disagrees with the bytes; decoded as utf-8",
    )


def test_http_equiv_content_type() -> None:
    head = '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">'
    page = html(ZH, head=head)
    result = decode(page.encode("gbk"))
    assert (result.text, result.encoding, result.reason) == (page, "gb18030", "meta")


def test_xml_declaration() -> None:
    page = f'<?xml version="1.0" encoding="ISO-8859-1"?>\n<html><body><p>{FR}</p></body></html>'
    result = decode(page.encode("latin-1"))
    assert (result.text, result.encoding, result.reason) == (
        page,
        "windows-1252",
        "xml-declaration",
    )


def test_latin1_label_means_windows_1252() -> None:
    # 0x93/0x94 are C1 controls in ISO-8859-1 but curly quotes in windows-1252, as browsers read.
    data = b'<meta charset="iso-8859-1"><p>\x93Quoted\x94 caf\xe9</p>'
    result = decode(data)
    assert result.text == '<meta charset="iso-8859-1"><p>“Quoted” café</p>'
    assert (result.encoding, result.reason) == ("windows-1252", "meta")


def test_http_header_is_used_and_outranks_meta() -> None:
    page = html(ZH_TW, head='<meta charset="utf-8">')
    result = decode(page.encode("big5"), declared="big5")
    assert (result.text, result.encoding, result.reason) == (page, "big5hkscs", "http-header")


def test_big5_alias_in_meta() -> None:
    page = html(ZH_TW, head='<meta charset="big5">')
    result = decode(page.encode("big5"))
    assert (result.text, result.encoding, result.reason) == (page, "big5hkscs", "meta")


@pytest.mark.parametrize(
    ("label", "codec", "text"),
    [
        ("shift_jis", "cp932", "今日は朝から雨が降っていました。"),
        ("x-sjis", "cp932", "今日は朝から雨が降っていました。"),
        ("euc-kr", "cp949", "오늘 아침에 비가 내렸습니다."),
        ("x-gbk", "gb18030", ZH),
        ("cp936", "gb18030", ZH),
    ],
)
def test_label_aliases(label: str, codec: str, text: str) -> None:
    page = html(text, head=f'<meta charset="{label}">')
    result = decode(page.encode(codec))
    assert (result.text, result.encoding, result.reason) == (page, codec, "meta")


def test_unknown_label_is_ignored_with_a_warning() -> None:
    page = html(ZH, head='<meta charset="klingon-8">')
    result = decode(page.encode("utf-8"))
    assert (result.text, result.encoding, result.reason) == (page, "utf-8", "utf-8")
    assert result.warnings == ("unknown charset label 'klingon-8' ignored",)


def test_cyrillic_utf16_without_byte_order_mark() -> None:
    text = "Сегодня утром в городе прошёл небольшой дождь, и улицы стали чище."
    result = decode(text.encode("utf-16-le"))
    assert (result.text, result.encoding, result.reason) == (text, "utf-16-le", "detected")


def test_http_header_utf16_is_believed_for_non_ascii_bytes() -> None:
    text = "<p>" + ZH + "</p>" + ZH
    result = decode(text.encode("utf-16-be"), declared="UTF-16BE")
    assert (result.text, result.encoding) == (text, "utf-16-be")
    result = decode(text.encode("utf-16-le"), declared="utf-16")
    assert (result.text, result.encoding) == (text, "utf-16-le")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_http_header_utf16_rescues_text_that_looks_binary(codec: str) -> None:
    # Greek without spaces or markup: no NULs, and every other byte is the control byte 0x03.
    text = "Σήμερατοπρωίέβρεξεστηνπόλη" * 5
    assert sniff_binary(text.encode(codec)) == "binary"
    result = decode(text.encode(codec), declared=codec)
    assert (result.text, result.encoding, result.reason) == (text, codec, "http-header")


def test_declared_utf16_on_single_byte_page_is_read_as_utf8() -> None:
    page = html(FR, head='<meta charset="utf-16">')
    result = decode(page.encode("utf-8"))
    assert (result.text, result.encoding) == (page, "utf-8")
    assert "declared charset utf-16 disagrees" in result.warnings[0]


def test_markup_false_ignores_meta() -> None:
    data = b'<meta charset="iso-8859-1"><p>plain ascii</p>'
    assert (decode(data).encoding, decode(data).reason) == ("windows-1252", "meta")
    assert (decode(data, markup=False).encoding, decode(data, markup=False).reason) == (
        "utf-8",
        "utf-8",
    )


def test_undeclared_gbk_is_detected() -> None:
    page = html(ZH)
    result = decode(page.encode("gb18030"))
    assert (result.text, result.encoding, result.reason) == (page, "gb18030", "detected")


def test_undeclared_western_page_is_windows_1252() -> None:
    # charset-normalizer rates cp1250 and cp1252 equal here; browsers would use windows-1252.
    page = html(FR * 3 + DE * 3)
    result = decode(page.encode("latin-1"))
    assert (result.text, result.encoding, result.reason) == (page, "windows-1252", "detected")


def test_undeclared_gbk_after_a_long_ascii_head_is_detected() -> None:
    # The detector sees a sample; it must include the Chinese that starts after 64 KB.
    page = "<script>\n" + "var counter = counter + 1;\n" * 3000 + "</script>\n" + html(ZH)
    assert len(page) > 64 * 1024
    result = decode(page.encode("gb18030"))
    assert (result.text, result.encoding, result.reason) == (page, "gb18030", "detected")


def test_declared_utf8_that_is_really_gbk() -> None:
    page = html(ZH, head='<meta charset="utf-8">')
    result = decode(page.encode("gb18030"))
    assert (result.text, result.encoding, result.reason) == (page, "gb18030", "detected")
    assert result.warnings == (
        "declared charset utf-8 disagrees with the bytes; decoded as gb18030",
    )


def test_single_broken_byte_in_declared_gbk_page_keeps_gbk() -> None:
    good = html(ZH + ZH, head='<meta charset="gbk">').encode("gb18030")
    cut = good.index("借阅".encode("gb18030"))
    data = good[:cut] + b"\xff" + good[cut:]
    result = decode(data)
    assert (result.encoding, result.reason) == ("gb18030", "meta")
    assert result.text.count("\ufffd") == 1
    assert result.text.replace("\ufffd", "") == good.decode("gb18030")
    assert len(result.warnings) == 1
    assert "replaced with U+FFFD" in result.warnings[0]


def test_mostly_utf8_with_a_stray_latin1_byte_stays_utf8() -> None:
    good = html(FR * 40).encode("utf-8")
    data = good + b"<p>Gr\xfc\xdfe</p>"  # a fragment pasted in as ISO-8859-1
    result = decode(data)
    assert (result.encoding, result.reason) == ("utf-8", "utf-8")
    assert result.text.startswith(good.decode("utf-8"))
    assert result.text.count("\ufffd") == 2


def test_nul_bytes_are_removed() -> None:
    data = ("Le café est ouvert.\x00 " + ZH + "\x00\n").encode("utf-8")
    assert decode(data).text == "Le café est ouvert. " + ZH + "\n"
    gbk = ("<p>" + ZH + "\x00</p>").encode("gb18030")
    assert decode(gbk, declared="gbk").text == "<p>" + ZH + "</p>"
    wide = (FR + "\x00" + FR).encode("utf-16-le")
    assert decode(wide).text == FR + FR


def test_newlines_are_normalised() -> None:
    result = decode("one\r\ntwo\rthree\n\r\nfour 中文".encode("gb18030"), declared="gbk")
    assert result.text == "one\ntwo\nthree\n\nfour 中文"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(50), "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "jpeg"),
        (b"GIF89a\x01\x00\x01\x00", "gif"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
        (gzip.compress(html(ZH).encode("utf-8")), "gzip"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zip"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "webp"),
        (random.Random(0).randbytes(4096), "binary"),
        (bytes(range(32)) * 20, "binary"),
    ],
)
def test_binary_data_is_not_a_page(data: bytes, kind: str) -> None:
    assert sniff_binary(data) == kind
    with pytest.raises(NotAPageError):
        decode(data)


@pytest.mark.parametrize(
    "data",
    [
        html(ZH).encode("utf-8"),
        html(ZH).encode("gb18030"),
        html(ZH).encode("utf-16-le"),
        codecs.BOM_UTF16_BE + html(ZH).encode("utf-16-be"),
        b"",
    ],
)
def test_text_is_not_binary(data: bytes) -> None:
    assert sniff_binary(data) is None


def test_non_bytes_input_is_a_source_error() -> None:
    with pytest.raises(SourceError):
        decode("already text")  # type: ignore[arg-type]
    assert decode(bytearray(b"abc")).text == "abc"  # type: ignore[arg-type]


REASONS = ("bom", "meta", "xml-declaration", "http-header", "utf-8", "detected", "fallback")
LABELS = (None, "utf-8", "gbk", "latin-1", "utf-16", "utf-32be", "no-such-charset")


@settings(deadline=None, max_examples=300)
@given(
    st.one_of(st.binary(max_size=3000), st.text(max_size=300).map(lambda t: t.encode("utf-16"))),
    st.sampled_from(LABELS),
)
def test_any_bytes_decode_or_raise_a_dechaff_error(data: bytes, declared: str | None) -> None:
    try:
        result = decode(data, declared=declared)
    except DechaffError:
        return
    assert "\r" not in result.text
    assert "\x00" not in result.text
    assert result.reason in REASONS
    assert codecs.lookup(result.encoding)


@settings(deadline=None)
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=500),
    st.sampled_from(["utf-8", "gb18030", "windows-1252"]),
)
def test_declared_text_round_trips(text: str, codec: str) -> None:
    try:
        data = text.lstrip("\ufeff").encode(codec)
    except UnicodeEncodeError:
        return
    result = decode(data, declared=codec, markup=False)
    # A declaration loses only to UTF-8 (when the bytes happen to be valid UTF-8).
    assert result.encoding in {codec, "utf-8"}
    assert result.text == data.decode(result.encoding)


def _gold(set_name: str) -> list[dict[str, str]]:
    with (DATA / set_name / "gold.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def test_gbk_benchmark_pages_decode_like_their_utf8_originals() -> None:
    if not (DATA / "zh-gbk" / "docs").is_dir() or not (DATA / "zh-news" / "docs").is_dir():
        pytest.skip("benchmark data not available")
    originals = {page["source"]: page["file"] for page in _gold("zh-news")}
    checked = 0
    for page in _gold("zh-gbk"):
        # "GB18030 re-encoding (declared charset) of <source of the zh-news page>"
        original = originals[page["source"].split(" of ", 1)[1]]
        expected = decode((DATA / "zh-news" / original).read_bytes()).text
        result = decode((DATA / "zh-gbk" / page["file"]).read_bytes())
        assert result.encoding == "gb18030", page["file"]
        assert "\ufffd" not in result.text, page["file"]
        assert META_CHARSET.sub("", result.text) == META_CHARSET.sub("", expected), page["file"]
        checked += 1
    assert checked == 68


def test_a_latin1_header_yields_to_the_page_s_own_gb2312_declaration() -> None:
    page = html(ZH, head='<meta charset="gb2312">')
    result = decode(page.encode("gb18030"), declared="iso-8859-1")
    assert (result.text, result.encoding, result.reason) == (page, "gb18030", "meta")


def test_a_latin1_header_yields_to_undeclared_multi_byte_bytes() -> None:
    page = html(ZH)
    result = decode(page.encode("gb18030"), declared="ISO-8859-1")
    assert (result.text, result.encoding, result.reason) == (page, "gb18030", "detected")
    assert result.warnings == (
        "declared charset ISO-8859-1 disagrees with the bytes; decoded as gb18030",
    )


@pytest.mark.parametrize("label", ["iso-8859-1", "latin-1", "windows-1252", "us-ascii"])
def test_a_genuine_latin1_page_with_a_latin1_header_stays_latin1(label: str) -> None:
    page = html(FR * 3 + DE * 3)
    result = decode(page.encode("latin-1"), declared=label)
    assert (result.text, result.encoding, result.reason) == (page, "windows-1252", "http-header")
    assert result.warnings == ()


def test_a_latin1_header_with_a_latin1_meta_keeps_the_header() -> None:
    page = html(FR, head='<meta charset="iso-8859-1">')
    result = decode(page.encode("latin-1"), declared="iso-8859-1")
    assert (result.encoding, result.reason) == ("windows-1252", "http-header")


def test_another_outside_charset_still_outranks_the_page() -> None:
    page = html(ZH, head='<meta charset="iso-8859-1">')
    result = decode(page.encode("gb18030"), declared="gbk")
    assert (result.text, result.encoding, result.reason) == (page, "gb18030", "http-header")


def test_a_crawl_record_s_encoding_is_a_declaration() -> None:
    page = f'<text id="http://example.com/a.html" title="新闻" encoding="gb2312">\n{html(ZH)}'
    result = decode(page.encode("gb18030"))
    assert (result.text, result.encoding, result.reason) == (page, "gb18030", "record")
    unset = page.replace('encoding="gb2312"', 'encoding="unset"')
    assert decode(unset.encode("utf-8")).warnings == ()  # not a label: no warning


def test_gbk_benchmark_pages_served_as_latin1_decode_like_their_utf8_originals() -> None:
    if not (DATA / "zh-gbk" / "docs").is_dir():
        pytest.skip("benchmark data not available")
    for page in _gold("zh-gbk"):
        data = (DATA / "zh-gbk" / page["file"]).read_bytes()
        assert decode(data, declared="iso-8859-1").text == decode(data).text, page["file"]


_CHINESE_STORY = (
    "记者从市金融工作局获悉，截至今年三月末，全市小微企业贷款余额达到八百六十亿元，"
    "同比增长百分之二十一，增速比各项贷款平均水平高出九个百分点。"
)


def test_undeclared_gbk_with_stray_bad_bytes_is_read_as_chinese() -> None:
    # Bytes no GBK character has make the detector rule GBK out (and name a Cyrillic
    # codepage, or nothing); a GB18030 reading of common hanzi with a stray bad byte is Chinese.
    page = ("<html><body><p>" + _CHINESE_STORY * 20 + "</p>").encode("gb18030")
    page += b"<p>\x81\x20 \xff</p>" + ("<p>" + _CHINESE_STORY + "</p></body></html>").encode(
        "gb18030"
    )
    decoded = decode(page)
    assert decoded.encoding == "gb18030"
    assert _CHINESE_STORY in decoded.text


@pytest.mark.parametrize(
    ("codec", "sentence"),
    [
        ("cp1251", "Москва — столица России, город федерального значения и центр округа. "),
        ("cp1253", "Η Αθήνα είναι η πρωτεύουσα και η μεγαλύτερη πόλη της Ελλάδας σήμερα. "),
    ],
)
def test_undeclared_single_byte_letters_are_not_read_as_hanzi(codec: str, sentence: str) -> None:
    page = ("<html><body><p>" + sentence * 6 + "</p></body></html>").encode(codec)
    decoded = decode(page)
    assert decoded.encoding == codec
    assert sentence in decoded.text


_PIECES = st.sampled_from(
    [
        "<p>",
        "a",
        "\r\n",
        "\r",
        "\x00",
        "\ufeff",
        "é",
        "中文",
        "\U0001f600",
        "\xa0",
        "<meta charset=utf-8>",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=12), st.sampled_from([None, "utf-8", "latin-1"]))
def test_the_utf8_handed_on_is_the_text_s(pieces: list[str], declared: str | None) -> None:
    """The bytes the decoder hands to the parser are exactly the text's UTF-8."""
    try:
        decoded = decode("".join(pieces).encode("utf-8"), declared=declared)
    except NotAPageError:
        return
    assert decoded.utf8 is None or decoded.utf8 == decoded.text.encode("utf-8")
