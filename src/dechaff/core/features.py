"""Script-aware measures of a piece of text: length, punctuation, link-like shape.

Chinese, Japanese and Korean text has no spaces, so every measure here counts
one CJK character as one unit, the way a word counts elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from . import native

# Han (with extensions A and the compatibility block), kana, Hangul, Bopomofo.
CJK_RANGES = (
    (0x3040, 0x30FF), (0x3100, 0x312F), (0x31A0, 0x31BF), (0x31F0, 0x31FF),
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xAC00, 0xD7AF),
)  # fmt: skip
CJK_CLASS = "".join(f"{chr(low)}-{chr(high)}" for low, high in CJK_RANGES)
_CJK_CHAR = re.compile(f"[{CJK_CLASS}]")
_WORD = re.compile(rf"[^\W_{CJK_CLASS}]+")

# Sentence punctuation. Full-width marks always count; half-width ones count
# after a letter (or a letter and a closing quote) or a CJK character, so
# "2,616" and "11:14" do not.
FULL_MARKS = "。！？；，、：…"
HALF_MARKS = ".,;:!?"
HALF_MARKS_AFTER_CJK = ",;:!?"  # these count right after a CJK character, whatever follows
QUOTES_BEFORE_MARK = "\"'“”‘’»«)]"  # between a letter and its mark
AFTER_MARK = "\"'”’)]"  # what may follow a mark, besides a space or the end
END_MARKS = "。！？!?.…"  # a sentence ends with one of these
CLOSERS = "\"'”’」』）)"  # and these may follow it
_FULL_PUNCT = re.compile(f"[{FULL_MARKS}]")
_HALF = f"[{re.escape(HALF_MARKS)}]"
_HALF_AFTER_CJK = f"[{re.escape(HALF_MARKS_AFTER_CJK)}]"
_HALF_PUNCT = re.compile(
    # the mark first, then what precedes it (lookbehinds that include the mark): a
    # pattern that opens with a character set lets the regex engine skip ahead fast
    rf"{_HALF}(?:(?<=[^\W\d_]{_HALF})|(?<=[^\W\d_] {_HALF})"
    rf"|(?<=[^\W\d_][{re.escape(QUOTES_BEFORE_MARK)}]{_HALF})|(?<=[{CJK_CLASS}]{_HALF}))"
    rf"(?=\s|$|[{re.escape(AFTER_MARK)}])"
    rf"|{_HALF_AFTER_CJK}(?<=[{CJK_CLASS}]{_HALF_AFTER_CJK})"
)
_END_PUNCT = re.compile(rf"[{END_MARKS}][{re.escape(CLOSERS)}]*\s*$")


# A Chinese word averages under two characters: one word of a spaced script
# carries about as much text as two CJK characters.
WORD_WEIGHT = 2


class TextShape(NamedTuple):
    """Length and punctuation measures of one block of text.

    A named tuple: every block of every page gets one, and a tuple is built
    several times faster than a frozen dataclass.
    """

    cjk_chars: int
    words: int  # runs of non-CJK letters and digits
    punct: int  # sentence punctuation marks
    ends_sentence: bool

    @property
    def units(self) -> int:
        """Length in words, where each CJK character is one word."""
        return self.cjk_chars + self.words

    @property
    def weight(self) -> int:
        """Length in CJK-character equivalents: a word of other scripts weighs two."""
        return self.cjk_chars + WORD_WEIGHT * self.words

    @property
    def punct_density(self) -> float:
        """Sentence punctuation per unit of length."""
        return self.punct / self.units if self.units else 0.0


# A line's UTF-8 bytes mapped to character classes: ASCII letters and digits to "a",
# the sentence marks to "p", other ASCII to " ", and the bytes of other characters to
# "a" (the ones that are no letter or digit are blanked out first). Words are the runs
# of "a", counted in C.
_CLASSES = bytes(
    ord("a") if code > 127 or chr(code).isalnum() else ord("p") if chr(code) in ".,;:!?" else 32
    for code in range(256)
)
_NOT_WORD_BEYOND_ASCII = re.compile(r"[^\x00-\x7f\w]")  # the range first: faster


def _words_and_marks(classes: bytes) -> tuple[int, bool]:
    """The number of words in a line's classes, and whether it has a half-width mark."""
    words = classes.count(b" a") + classes.count(b"pa") + classes.startswith(b"a")
    return words, b"p" in classes


def shape_of_python(text: str) -> TextShape:
    """Measure one block of text.

    Lines without CJK characters (nearly all lines of most pages) are counted over their
    bytes' classes, several times faster than with the patterns, and with the same counts.
    """
    if text.isascii():  # no CJK, no full-width marks
        words, marked = _words_and_marks(text.encode("ascii").translate(_CLASSES))
        if not marked:  # no mark: no punctuation, no sentence end
            return TextShape(0, words, 0, False)
        punct = len(_HALF_PUNCT.findall(text))
        return TextShape(0, words, punct, bool(_END_PUNCT.search(text)))
    if _CJK_CHAR.search(text) is None:
        blanked = _NOT_WORD_BEYOND_ASCII.sub(" ", text)
        words, marked = _words_and_marks(blanked.encode("utf-8").translate(_CLASSES))
        punct = len(_FULL_PUNCT.findall(text))
        if marked:
            punct += len(_HALF_PUNCT.findall(text))
        return TextShape(0, words, punct, bool(_END_PUNCT.search(text)))
    cjk = len(_CJK_CHAR.findall(text))
    punct = len(_FULL_PUNCT.findall(text)) + len(_HALF_PUNCT.findall(text))
    words = len(_WORD.findall(text))
    return TextShape(cjk, words, punct, bool(_END_PUNCT.search(text)))


shape_of: Callable[[str], TextShape] = shape_of_python
# _shape.pyx, beside this module: the same measures in one pass in C, when built
cshape = native.load("dechaff.core._shape")
if cshape is not None:
    cshape.configure_shape(
        TextShape, CJK_RANGES, FULL_MARKS, HALF_MARKS, HALF_MARKS_AFTER_CJK,
        QUOTES_BEFORE_MARK, AFTER_MARK, END_MARKS, CLOSERS,
    )  # fmt: skip
    shape_of = cshape.shape

SENTENCE_MIN_DENSITY = 1 / 60


def reads_as_prose(shape: TextShape) -> bool:
    """True when a block is written in sentences: punctuated, and not a keyword list."""
    return shape.units >= 8 and shape.punct >= 1 and shape.punct_density >= 1 / 30


def reads_as_sentences(shape: TextShape) -> bool:
    """True when a block is prose that ends a sentence, as article paragraphs do.

    A finished sentence may run long without a comma, so half the punctuation
    density of reads_as_prose will do.
    """
    return (
        shape.ends_sentence
        and shape.units >= 8
        and shape.punct >= 1
        and shape.punct_density >= SENTENCE_MIN_DENSITY
    )
