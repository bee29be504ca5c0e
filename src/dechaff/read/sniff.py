"""What the bytes are before any charset is read: binary data (images, archives, PDFs),
a byte order mark, or UTF-16/32 without one."""

from __future__ import annotations

import codecs
import re

from .charsets import WIDE, codec_for

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

_MARKUP_START = re.compile(rb"\s*<(?:!doctype\b|html\b|head\b|body\b|\?xml\b|!--)", re.I)
# Han, kana, CJK and full-width punctuation, and printable ASCII.
_CJK_CHARS = re.compile(r"[\s!-~\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary data (``"png"``, ..., ``"binary"``), or None if it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    head = data[:_SNIFF_BYTES]
    if not head or byte_order_mark(head) is not None or wide_codec(head) is not None:
        return None
    nuls = head.count(0)
    if nuls * 5 > len(head):
        return "binary"
    # Stray control characters do not make a document that opens as markup binary.
    if _control_bytes(head) * 100 > len(head) * 3 and not _MARKUP_START.match(head):
        return "binary"
    return None


def byte_order_mark(data: bytes) -> tuple[str, int] | None:
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return codec, len(mark)
    return None


def wide_codec(data: bytes) -> str | None:
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


def declared_wide(data: bytes, declared: str | None) -> bool:
    """True if the HTTP header says UTF-16/32 and the bytes read as text that way.

    Needed because UTF-16 of a script outside Latin-1 has no NULs but many control bytes.
    """
    codec = codec_for(declared) if declared else None
    return codec in WIDE and _plain_text(data[:_WIDE_SNIFF_BYTES], codec)


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
