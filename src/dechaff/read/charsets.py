"""Charset labels: the ones a page declares, and the codec a browser reads each with."""

from __future__ import annotations

import codecs
import re

_DECLARATION_BYTES = 4096

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
# A SogouT-style crawl record wraps a page in <text id=URL title=... encoding=...>, the
# encoding the crawler read the page with ("unset" when it had none).
_RECORD_ENCODING = re.compile(
    rb"""\s*<text\b[^>]*?\bencoding\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(
    rb"""\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE
)

# Web labels Python does not know.
_EXTRA_LABELS = {
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "csgb2312": "gb18030",
    "cn-big5": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "x-euc-jp": "euc_jp",
    "unicode-1-1-utf-8": "utf-8",
    "x-cp1252": "windows-1252",
    "x-mac-roman": "mac-roman",
    "windows-874": "cp874",
    "iso-8859-8-i": "iso8859-8",
}

# Python codec name -> the superset browsers decode it with.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "iso8859-1": "windows-1252",
    "ascii": "windows-1252",
    "cp1252": "windows-1252",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "utf-8-sig": "utf-8",
    # Without a byte order mark (which is looked at first), browsers read these as LE.
    "utf-16": "utf-16-le",
    "utf-32": "utf-32-le",
}

# Codecs that decode to text but are never a page's charset (or are unsafe to honour).
_NOT_CHARSETS = frozenset(
    {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "utf-7"}
)

# What ISO-8859-1, ascii and windows-1252 labels are read with: the charset HTTP named by
# default, which servers and crawls still send for pages in any encoding. From outside the
# page it is a default, not a finding; see read.decode.
WESTERN = "windows-1252"
# The legacy codecs of more than one byte a character, as codec_for names them: bytes that
# decode cleanly in one of these are seldom in a single-byte charset.
MULTI_BYTE = frozenset(
    {"gb18030", "big5hkscs", "cp932", "euc_jp", "cp949", "iso2022_jp", "euc_jis_2004", "johab"}
)

# The codecs of two or four bytes a character, where a NUL byte is part of the text.
WIDE = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})


def charset_declarations(
    data: bytes, declared: str | None, markup: bool | None
) -> list[tuple[str, str]]:
    """The charset labels the page carries, with where each came from, in order of authority."""
    found: list[tuple[str, str]] = []
    if declared:
        found.append((declared, "http-header"))
    if markup is not False:
        head = data[:_DECLARATION_BYTES]
        meta = _META_CHARSET.search(head)
        if meta:
            found.append((meta.group(1).decode("ascii"), "meta"))
        xml = _XML_ENCODING.match(head)
        if xml:
            found.append((xml.group(1).decode("ascii"), "xml-declaration"))
        record = _RECORD_ENCODING.match(head)
        if record and codec_for(record.group(1).decode("ascii")) is not None:
            found.append((record.group(1).decode("ascii"), "record"))
    return found


def weigh_outside(declarations: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The declarations in the order to try them: an outside (HTTP) charset first, unless it
    is the Western default and the page declares a charset of its own, which then comes
    first (a page that says gb2312 served as ISO-8859-1 is GBK, as crawlers read it)."""
    if not declarations or declarations[0][1] != "http-header":
        return declarations
    if codec_for(declarations[0][0]) != WESTERN:
        return declarations
    if all(codec_for(label) == WESTERN for label, _ in declarations[1:]):
        return declarations
    return [*declarations[1:], declarations[0]]


def codec_for(label: str) -> str | None:
    """Map a charset label to the Python codec browsers would use, or None if unknown."""
    label = label.strip().strip("\"'").lower()
    name = _EXTRA_LABELS.get(label, label)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return _SUPERSETS.get(info.name, info.name)
