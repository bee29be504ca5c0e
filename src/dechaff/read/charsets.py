"""Charset labels: the ones a page declares, and the codec a browser reads each with."""

from __future__ import annotations

import codecs
import re

_DECLARATION_BYTES = 4096

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
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
    return found


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
