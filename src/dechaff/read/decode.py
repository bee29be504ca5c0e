"""Bytes to text: find the encoding of a saved page and decode it.

The order is the browsers' (byte order mark, then declarations, then sniffing), except that
a declaration is believed only when the bytes agree with it: pages that declare gb2312 or
iso-8859-1 but are really UTF-8 are common. And an outside charset of the Western default
(ISO-8859-1, ascii, windows-1252: what HTTP named by default, and what servers and crawls
still send for pages in any encoding) is weighed as crawlers weigh it: the page's own
declaration, when the bytes agree with it, comes first; without one, bytes that the
detector reads as a legacy multi-byte encoding, and that decode cleanly in it, are read so.
Latin-1 "agrees" with any bytes, so agreeing is no evidence for it.

The steps live in modules of their own: ``sniff`` (binary data, byte order marks,
UTF-16/32 without one), ``charsets`` (declared labels and their codecs) and ``detect``
(charset-normalizer); this module tries them in order and decodes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from dechaff.errors import NotAPageError, SourceError

from .charsets import MULTI_BYTE, WESTERN, WIDE, charset_declarations, codec_for, weigh_outside
from .detect import detect, reads_as_chinese
from .sniff import byte_order_mark, declared_wide, sniff_binary, wide_codec

__all__ = ["Decoded", "decode", "sniff_binary"]


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from a page's bytes, with the encoding used and why it was chosen."""

    text: str
    encoding: str
    reason: str
    warnings: tuple[str, ...]
    # text in UTF-8, when that is what the bytes were (spares the parser encoding it again)
    utf8: bytes | None = field(default=None, compare=False, repr=False)


# Bytes that an outside Western charset yields for must hold this many characters of two
# bytes (each byte non-ASCII) when read in the multi-byte codec: a few words, not a stray sign.
MIN_WIDE_CHARS = 10
CHINESE = "gb18030"  # the superset of GB2312 and GBK
_ASCII_BYTES = bytes(range(128))


class _Trial(NamedTuple):
    text: str
    errors: int
    utf8: bytes | None = None  # the bytes, when they were UTF-8 that text decodes exactly


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
    if kind is not None and not (kind == "binary" and declared_wide(data, declared)):
        raise NotAPageError(f"the bytes are {kind} data, not a page")
    bom = byte_order_mark(data)
    if bom is not None:
        return _from_bom(data, bom, declared)
    wide = wide_codec(data)
    if wide is not None:
        return _from_wide(data, wide, declared)
    return _from_declarations(data, weigh_outside(charset_declarations(data, declared, markup)))


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


def _trial(data: bytes, codec: str) -> _Trial:
    """Decode strictly if possible, else with U+FFFD, counting the replacements."""
    if codec not in WIDE:
        data = _drop_nuls(data)
    try:
        return _Trial(data.decode(codec), 0, data if codec == "utf-8" else None)
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
        elif codec in WIDE and (source != "http-header" or self.data.isascii()):
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
        codec = codec_for(label)
        if codec is None:
            warnings.append(f"unknown charset label {label!r} ignored")
            continue
        if source == "http-header" and codec == WESTERN:
            found = _multi_byte(page)
            if found is not None:
                rejected.append(label)
                return _result(found[1], found[0], "detected", warnings, rejected)
        trial = page.attempt(codec, source)
        if trial is not None:
            return _result(trial, codec, source, warnings, rejected)
        rejected.append(label)
    utf8 = page.utf8()
    if not utf8.errors or page.looks_utf8():
        return _result(utf8, "utf-8", "utf-8", warnings, rejected)
    codec = detect(data)
    if codec not in MULTI_BYTE:
        # A few bad bytes make the detector rule out GBK: it names a single-byte codepage,
        # or nothing.
        chinese = _trial(data, CHINESE)
        if _tolerable(chinese.errors, len(data)) and reads_as_chinese(chinese.text):
            return _result(chinese, CHINESE, "detected", warnings, rejected)
    if codec is not None:
        return _result(_trial(data, codec), codec, "detected", warnings, rejected)
    warnings.append("could not tell the encoding; decoded as utf-8 with replacement characters")
    return _result(utf8, "utf-8", "fallback", warnings, rejected)


def _multi_byte(page: _Page) -> tuple[str, _Trial] | None:
    """The legacy multi-byte codec the detector names for bytes that are neither ASCII nor
    UTF-8, with the text, when they decode in it (with at most a stray bad byte) into
    characters of two bytes: Latin-1 letters read as GBK pair with the ASCII after them."""
    if page.data.isascii() or page.looks_utf8():
        return None
    codec = detect(page.data)
    if codec not in MULTI_BYTE:
        return None
    trial = _trial(page.data, codec)
    if not _tolerable(trial.errors, len(page.data)):
        return None
    wide = len(trial.text) - len(trial.text.encode("ascii", "ignore"))
    high = len(page.data.translate(None, _ASCII_BYTES))
    return (codec, trial) if wide >= MIN_WIDE_CHARS and high >= 1.8 * wide else None


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
    found = codec_for(declared)
    if found is None or _family(found) == _family(codec):
        return []
    return [declared]


def _family(codec: str) -> str:
    """``utf-16-le`` -> ``utf-16``, so that a declared "utf-16" agrees with the bytes' order."""
    return codec.removesuffix("-le").removesuffix("-be")


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
    text = _clean(trial.text, nuls=codec in WIDE)
    utf8 = trial.utf8 if text is trial.text else None
    return Decoded(text=text, encoding=codec, reason=reason, warnings=tuple(notes), utf8=utf8)


def _clean(text: str, *, nuls: bool) -> str:
    """Strip a BOM, drop NULs (unless the bytes were cleaned already), normalise newlines."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if nuls and "\x00" in text:
        text = text.replace("\x00", "")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
