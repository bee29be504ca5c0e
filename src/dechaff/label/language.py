"""Guess the language of a text from its script and its commonest words."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from importlib import resources

from ..core.features import CJK_CLASS

_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7af]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_GREEK = re.compile("[\u0370-\u03ff]")
_THAI = re.compile("[\u0e00-\u0e7f]")
_DEVANAGARI = re.compile("[\u0900-\u097f]")
_HEBREW = re.compile("[\u0590-\u05ff]")
_WORD = re.compile(rf"[^\W\d_{CJK_CLASS}]+")
# Any character of the scripts below, kana or Han (not the dashes and quotes Latin text uses).
_OTHER_SCRIPT = re.compile("[\u0370-\u0e7f\u3040-\u9fff\uac00-\ud7af]")
# Those and every CJK character: a text without any has _WORD's words split by whitespace.
_SPLIT_BY_SPACE = re.compile(f"[\u0370-\u0e7f\u3040-\u9fff\uac00-\ud7af{CJK_CLASS}]")

# Scripts used by one language (or one that dominates the web): code by pattern.
_SCRIPTS = (
    (_HANGUL, "ko"),
    (_THAI, "th"),
    (_GREEK, "el"),
    (_HEBREW, "he"),
    (_DEVANAGARI, "hi"),
    (_ARABIC, "ar"),
    (_CYRILLIC, "ru"),
)
SAMPLE_CHARS = 4_000  # a few paragraphs tell the language as well as the whole text
MIN_STOPWORD_HITS = 3


@functools.cache
def _stopwords() -> dict[str, frozenset[str]]:
    text = (resources.files("dechaff") / "lexicons" / "stopwords.lex").read_text(encoding="utf-8")
    words: dict[str, set[str]] = {}
    current: set[str] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = words.setdefault(line.strip("[]"), set())
        elif current is not None:
            current.add(line.lower())
    return {lang: frozenset(ws) for lang, ws in words.items()}


@functools.cache
def function_words() -> frozenset[str]:
    """The stopwords of every language listed: words that say nothing of a text's subject."""
    return frozenset().union(*_stopwords().values())


@functools.cache
def _stopword_languages() -> dict[str, tuple[str, ...]]:
    """Each stopword with the languages that list it; only those _WORD takes as one word."""
    index: dict[str, list[str]] = {}
    for lang, words in _stopwords().items():
        for word in words:
            if _WORD.fullmatch(word):
                index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


def detect(text: str) -> str | None:
    """An ISO 639-1 code for text, or None when it is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    # Most pages are in Latin script: one search rules out every other script.
    if _SPLIT_BY_SPACE.search(sample) is None:
        return _best(Counter(_hit_list(sample.lower())))
    words = _WORD.findall(sample.lower())
    if _OTHER_SCRIPT.search(sample):
        code = _by_script(sample, letters=sum(map(len, words)))
        if code is not None:
            return code
    languages = _stopword_languages()
    # count only the stopwords: most words of a text are none
    return _best(Counter([w for w in words if w in languages]))


def detect_lines(lines: Sequence[str], known: dict[str, list[str] | None]) -> str | None:
    """As detect("\\n".join(lines)), with each line's stopwords found once: a page's
    language is told twice, from its longer lines and from its body, which share most
    lines. ``known`` holds what was found in each line (None: other scripts), for one page.
    """
    hits = sample_hits(lines, known)
    if hits is None:  # CJK or other scripts: the whole sample's way
        return detect("\n".join(lines))
    return _best(hits)


def sample_hits(lines: Sequence[str], known: dict[str, list[str] | None]) -> Counter[str] | None:
    """stopword_hits of the sample of the lines' joined text, from each line's hits;
    None when the sample holds CJK or other-script characters."""
    hits: list[str] = []
    start = 0  # where the line starts in the joined text
    for line in lines:
        if start + len(line) > SAMPLE_CHARS:  # the sample ends inside this line
            found = _line_hits(line[: SAMPLE_CHARS - start])
        elif line in known:
            found = known[line]
        else:
            found = known[line] = _line_hits(line)
        if found is None:
            return None
        hits += found
        start += len(line) + 1
        if start >= SAMPLE_CHARS:
            break
    return Counter(hits)


def _line_hits(text: str) -> list[str] | None:
    """The stopwords among _WORD's words of text; None when it holds CJK or other scripts."""
    return None if _SPLIT_BY_SPACE.search(text) else _hit_list(text.lower())


def _best(hits: Counter[str]) -> str | None:
    """The language whose stopwords the hits are most, when they are enough."""
    scores = dict.fromkeys(_stopwords(), 0)
    languages = _stopword_languages()
    for word, count in hits.items():
        for lang in languages[word]:
            scores[lang] += count
    lang, most = max(scores.items(), key=lambda item: item[1])
    return lang if most >= MIN_STOPWORD_HITS else None


def stopword_hits(lowered: str) -> Counter[str]:
    """How often each stopword is one of _WORD's words of a lowercased text without CJK
    or other-script characters (_SPLIT_BY_SPACE)."""
    return Counter(_hit_list(lowered))


def _hit_list(lowered: str) -> list[str]:
    """stopword_hits' words, one per hit.

    Whitespace ends a word, and a run of letters between spaces is one word, whole: only
    the other runs ("end.", "(see") need _WORD's search, which costs more than the split.
    """
    languages = _stopword_languages()
    tokens = lowered.split()
    hits = [token for token in tokens if token in languages]
    others = " ".join([token for token in tokens if not token.isalpha()])
    hits += [word for word in _WORD.findall(others) if word in languages]
    return hits


def _by_script(sample: str, letters: int) -> str | None:
    """The language a script tells on its own (CJK, Cyrillic, ...), or None."""
    han = len(_HAN.findall(sample))
    kana = len(_KANA.findall(sample))
    if kana >= 5 and kana >= han * 0.05:
        return "ja"
    if han >= 10 and han >= letters * 0.3:
        return "zh"
    counts = {code: len(pattern.findall(sample)) for pattern, code in _SCRIPTS}
    code, count = max(counts.items(), key=lambda item: item[1])
    if count > letters * 0.5 and count >= 10:
        return code
    return None
