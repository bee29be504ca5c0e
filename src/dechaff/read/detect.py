"""A charset guessed from the bytes, by charset-normalizer on a bounded sample."""

from __future__ import annotations

import re

from .charsets import codec_for

_DETECT_BYTES = 64 * 1024

_NON_ASCII = re.compile(rb"[\x80-\xff]")

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


def detect(data: bytes) -> str | None:
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
    return codec_for(preferred)


# GB2312's first level, the 3,755 hanzi in most use, has lead bytes 0xB0-0xD7. Chinese text
# is mostly of them; Cyrillic or Greek letters of a single-byte codepage read as GBK pairs
# land in the rarer second level and beyond.
_COMMON_LEAD = range(0xB0, 0xD8)
MIN_HANZI = 10
HANZI_SHARE = 0.7  # of the non-ASCII characters
COMMON_SHARE = 0.6  # of the hanzi


def reads_as_chinese(text: str) -> bool:
    """Whether a GB18030 reading of some bytes is Chinese text: its non-ASCII characters
    mostly hanzi, and those mostly of the common level."""
    wide = [c for c in text if c > "\x7f" and c != "\ufffd"]
    hanzi = [c for c in wide if "\u4e00" <= c <= "\u9fff"]
    if len(hanzi) < MIN_HANZI or len(hanzi) < HANZI_SHARE * len(wide):
        return False
    common = 0
    for c in hanzi:
        try:
            common += c.encode("gb2312")[0] in _COMMON_LEAD
        except UnicodeEncodeError:
            continue
    return common >= COMMON_SHARE * len(hanzi)


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
