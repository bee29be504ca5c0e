"""Bytes to text: find the encoding of a saved page and decode it.

The order is the browsers' (byte order mark, then declarations, then sniffing), except that
a declaration is believed only when the bytes agree with it: pages that declare gb2312 or
iso-8859-1 but are really UTF-8 are common.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import NamedTuple

from dechaff.errors import NotAPageError, SourceError

__all__ = ["Decoded", "decode", "sniff_binary"]


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from a page's bytes, with the encoding used and why it was chosen."""

    text: str
    encoding: str
    reason: str
    warnings: tuple[str, ...]


class _Trial(NamedTuple):
    text: str
    errors: int


_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 LE first: its mark starts with the UTF-16 LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"%PDF-", "pdf"),
    (b"\x1f\x8b", "gzip"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
)

# Control bytes that do not occur in text: everything below 0x20 except tab, LF, FF, CR and
# ESC (which ISO-2022-JP uses), plus DEL.  NUL is counted on its own.
_CONTROLS = bytes([*range(1, 9), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NOT_CONTROLS = bytes(b for b in range(256) if b not in _CONTROLS)
# The same for decoded text (as a str.translate table deleting them), plus C1 controls and U+FFFD.
_JUNK_CHARS: dict[int, None] = dict.fromkeys([0, *_CONTROLS, *range(0x80, 0xA0), 0xFFFD])

_SNIFF_BYTES = 4096
_WIDE_SNIFF_BYTES = 1024
_DECLARATION_BYTES = 4096
_DETECT_BYTES = 64 * 1024

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(
    rb"""\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE
)
_MARKUP_START = re.compile(rb"\s*<(?:!doctype\b|html\b|head\b|body\b|\?xml\b|!--)", re.I)
_NON_ASCII = re.compile(rb"[\x80-\xff]")
# Han, kana, CJK and full-width punctuation, and printable ASCII.
_CJK_CHARS = re.compile(r"[\s!-~\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")

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

_WIDE = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})

# Among equally good detector answers, the most common on the web (and supersets first).
_DETECT_PREFERENCE = (
    "utf_8",
    "gb18030",
    "gbk",
    "gb2312",
    "big5hkscs",
    "big5",
    "cp932",
    "shift_jis",
    "cp949",
    "euc_kr",
    "cp1252",
    "latin_1",
)


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary data (``"png"``, ..., ``"binary"``), or None if it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    head = data[:_SNIFF_BYTES]
    if not head or _bom(head) is not None or _wide_codec(head) is not None:
        return None
    nuls = head.count(0)
    if nuls * 5 > len(head):
        return "binary"
    # Stray control characters do not make a document that opens as markup binary.
    if _control_bytes(head) * 100 > len(head) * 3 and not _MARKUP_START.match(head):
        return "binary"
    return None


def decode(data: bytes, *, declared: str | None = None, markup: bool | None = None) -> Decoded:
    """Decode a page's bytes to text.

    ``declared`` is a charset from outside the page (an HTTP header); ``markup=False`` skips
    looking for ``<meta>`` and ``<?xml?>`` declarations.  Raises :class:`NotAPageError` for
    images, archives and other binary data.
    """
    data = _as_bytes(data)
    if not data:
        return Decoded(text="", encoding="utf-8", reason="utf-8", warnings=())
    kind = sniff_binary(data)
    if kind is not None and not (kind == "binary" and _declared_wide(data, declared)):
        raise NotAPageError(f"the bytes are {kind} data, not a page")
    bom = _bom(data)
    if bom is not None:
        return _from_bom(data, bom, declared)
    wide = _wide_codec(data)
    if wide is not None:
        return _from_wide(data, wide, declared)
    return _from_declarations(data, _declarations(data, declared, markup))


def _as_bytes(data: object) -> bytes:
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise SourceError(f"decode() needs bytes, not {type(data).__name__}")


def _drop_nuls(data: bytes) -> bytes:
    """Remove NUL bytes; safe for every encoding but UTF-16/32, where 0x00 is part of characters.

    Done on bytes because searching a decoded str for NUL is slow (no memchr for wide strings).
    """
    return data.replace(b"\x00", b"") if b"\x00" in data else data


def _bom(data: bytes) -> tuple[str, int] | None:
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return codec, len(mark)
    return None


def _wide_codec(data: bytes) -> str | None:
    """Recognise UTF-16/32 without a byte order mark, mostly by where the NUL bytes fall."""
    sample = data[:_WIDE_SNIFF_BYTES]
    sample = sample[: len(sample) // 4 * 4] or sample[: len(sample) // 2 * 2]
    if not sample:
        return None
    if sample.count(0) * 20 >= len(sample):
        for codec in _wide_candidates(sample):
            if _plain_text(sample, codec):
                return codec
    # Chinese or Japanese in UTF-16 has no NULs but, read byte by byte, many control bytes.
    if _control_bytes(sample) * 100 >= len(sample):
        return next((c for c in ("utf-16-le", "utf-16-be") if _cjk_text(sample, c)), None)
    return None


def _declared_wide(data: bytes, declared: str | None) -> bool:
    """True if the HTTP header says UTF-16/32 and the bytes read as text that way.

    Needed because UTF-16 of a script outside Latin-1 has no NULs but many control bytes.
    """
    codec = _codec_for(declared) if declared else None
    return codec in _WIDE and _plain_text(data[:_WIDE_SNIFF_BYTES], codec)


def _wide_candidates(sample: bytes) -> list[str]:
    """The encodings whose zero bytes fall where ``sample`` has most of its NULs."""
    found = []
    if len(sample) >= 4:
        # The top byte of a UTF-32 code unit is always zero.
        if _nul_share(sample[3::4]) > 0.9 and _nul_share(sample[0::4]) < 0.1:
            found.append("utf-32-le")
        if _nul_share(sample[0::4]) > 0.9 and _nul_share(sample[3::4]) < 0.1:
            found.append("utf-32-be")
    even, odd = _nul_share(sample[0::2]), _nul_share(sample[1::2])
    if odd >= 0.1 and even * 8 <= odd:
        found.append("utf-16-le")
    if even >= 0.1 and odd * 8 <= even:
        found.append("utf-16-be")
    return found


def _nul_share(lane: bytes) -> float:
    return lane.count(0) / len(lane)


def _plain_text(sample: bytes, codec: str) -> bool:
    # Arrays of small integers have the NUL pattern of UTF-16/32 but decode to control chars;
    # the wrong width decodes to NULs or invalid code points (U+FFFD).
    text = sample.decode(codec, "replace")
    return (len(text) - len(text.translate(_JUNK_CHARS))) * 20 <= len(text)


def _cjk_text(sample: bytes, codec: str) -> bool:
    text = sample.decode(codec, "replace")
    return len(_CJK_CHARS.findall(text)) >= 0.85 * len(text)


def _control_bytes(data: bytes) -> int:
    return len(data.translate(None, _NOT_CONTROLS))


def _declarations(data: bytes, declared: str | None, markup: bool | None) -> list[tuple[str, str]]:
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


def _codec_for(label: str) -> str | None:
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


def _trial(data: bytes, codec: str) -> _Trial:
    """Decode strictly if possible, else with U+FFFD, counting the replacements."""
    if codec not in _WIDE:
        data = _drop_nuls(data)
    try:
        return _Trial(data.decode(codec), 0)
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode(codec, "replace")
    except (LookupError, UnicodeError):
        return _Trial("", len(data) + 1)
    return _Trial(text, text.count("\ufffd"))


def _tolerable(errors: int, size: int) -> bool:
    """A few bad bytes (one in a thousand) do not disprove an encoding."""
    return errors <= max(1, size // 1000)


class _Page:
    """The bytes, with the UTF-8 trial computed at most once."""

    __slots__ = ("_utf8", "data")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._utf8: _Trial | None = None

    def utf8(self) -> _Trial:
        if self._utf8 is None:
            self._utf8 = _trial(self.data, "utf-8")
        return self._utf8

    def looks_utf8(self) -> bool:
        """True if the bytes are (nearly all) UTF-8 with multi-byte characters in them."""
        if self.data.isascii():
            return False
        trial = self.utf8()
        if not trial.errors:
            return True
        if not _tolerable(trial.errors, len(self.data)):
            return False
        non_ascii = len(trial.text) - len(trial.text.encode("ascii", "ignore"))
        return non_ascii - trial.errors >= 4 * trial.errors

    def attempt(self, codec: str, source: str) -> _Trial | None:
        """Decode as a declared codec, or None if the bytes disagree with it."""
        if codec == "utf-8":
            trial = self.utf8()
        elif self.looks_utf8():
            return None
        elif codec in _WIDE and (source != "http-header" or self.data.isascii()):
            # A <meta> readable as ASCII cannot be in UTF-16 (browsers then use UTF-8); and
            # UTF-16 text with NULs in it was recognised before declarations were looked at.
            return None
        else:
            trial = _trial(self.data, codec)
        return trial if _tolerable(trial.errors, len(self.data)) else None


def _from_declarations(data: bytes, declarations: list[tuple[str, str]]) -> Decoded:
    page = _Page(data)
    warnings: list[str] = []
    rejected: list[str] = []
    for label, source in declarations:
        codec = _codec_for(label)
        if codec is None:
            warnings.append(f"unknown charset label {label!r} ignored")
            continue
        trial = page.attempt(codec, source)
        if trial is not None:
            return _result(trial, codec, source, warnings, rejected)
        rejected.append(label)
    utf8 = page.utf8()
    if not utf8.errors or page.looks_utf8():
        return _result(utf8, "utf-8", "utf-8", warnings, rejected)
    codec = _detect(data)
    if codec is not None:
        return _result(_trial(data, codec), codec, "detected", warnings, rejected)
    warnings.append("could not tell the encoding; decoded as utf-8 with replacement characters")
    return _result(utf8, "utf-8", "fallback", warnings, rejected)


def _from_bom(data: bytes, bom: tuple[str, int], declared: str | None) -> Decoded:
    codec, size = bom
    return _result(_trial(data[size:], codec), codec, "bom", [], _disagreeing(declared, codec))


def _from_wide(data: bytes, codec: str, declared: str | None) -> Decoded:
    rejected = _disagreeing(declared, codec)
    reason = "http-header" if declared and not rejected else "detected"
    return _result(_trial(data, codec), codec, reason, [], rejected)


def _disagreeing(declared: str | None, codec: str) -> list[str]:
    """The outside declaration, in a list, if it names another encoding than ``codec``."""
    if not declared:
        return []
    found = _codec_for(declared)
    if found is None or _family(found) == _family(codec):
        return []
    return [declared]


def _family(codec: str) -> str:
    """``utf-16-le`` -> ``utf-16``, so that a declared "utf-16" agrees with the bytes' order."""
    return codec.removesuffix("-le").removesuffix("-be")


def _detect(data: bytes) -> str | None:
    """Ask charset-normalizer about a bounded sample; None if it has no answer."""
    from charset_normalizer import from_bytes

    try:
        matches = from_bytes(_sample(data), preemptive_behaviour=False)
        best = matches.best()
        if best is None:
            return None
        # Ties (e.g. cp1250 and cp1252 on French text) go to the encoding the web uses most.
        ties = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
        names = {name for m in ties for name in (m.encoding, *m.could_be_from_charset)}
    # A third-party detector must not turn a page into a crash: any failure means "no answer".
    except Exception:
        return None
    preferred = next((name for name in _DETECT_PREFERENCE if name in names), best.encoding)
    return _codec_for(preferred)


def _sample(data: bytes) -> bytes:
    """Up to ``_DETECT_BYTES`` from the first non-ASCII line, never cut inside a character."""
    if len(data) <= _DETECT_BYTES:
        return data
    first = _NON_ASCII.search(data)
    start = 0 if first is None else data.rfind(b"\n", 0, first.start()) + 1
    end = start + _DETECT_BYTES
    # "\n" and ">" are never inside a multi-byte character of UTF-8 or the legacy CJK
    # encodings (UTF-16/32 never get here), so a cut just after one is between characters:
    # a truncated character would make the detector rule out the right encoding.
    cut = max(data.rfind(b"\n", start, end), data.rfind(b">", start, end))
    return data[start : cut + 1] if cut > start else data[start:end]


def _result(
    trial: _Trial, codec: str, reason: str, warnings: list[str], rejected: list[str]
) -> Decoded:
    notes = list(warnings)
    if trial.errors:
        notes.append(
            f"{trial.errors} byte sequence(s) could not be decoded as {codec}"
            " and were replaced with U+FFFD"
        )
    notes.extend(
        f"declared charset {label} disagrees with the bytes; decoded as {codec}"
        for label in rejected
    )
    text = _clean(trial.text, nuls=codec in _WIDE)
    return Decoded(text=text, encoding=codec, reason=reason, warnings=tuple(notes))


def _clean(text: str, *, nuls: bool) -> str:
    """Strip a BOM, drop NULs (unless the bytes were cleaned already), normalise newlines."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if nuls and "\x00" in text:
        text = text.replace("\x00", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
