"""Pinyin: the syllables, Latin text split into them, and the toneless reading of Chinese words.

Chinese text is never folded to pinyin in the index (景点 and 经典 would become one word). Instead the
vocabulary (index/vocabulary.py) keeps, beside each of its Chinese words and phrases, its reading, and a
query or prefix typed in Latin letters is looked up among those readings.

Readings come from pypinyin's data: its per-character table (first, most common reading) and its phrase
dictionary, matched longest-first as `pypinyin.lazy_pinyin` does, so heteronyms read as in context (重庆 is
chongqing, 银行 yinhang). `lazy_pinyin` itself took 100 µs a word (24,337 distinct words of 300 corpus
articles); the same readings from its tables take 13 µs through its phrase segmenter and under 2 µs for a
word of two characters or one without heteronyms (tests/test_pinyin.py checks they agree).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Protocol

from pypinyin.constants import PHRASES_DICT, PINYIN_DICT
from pypinyin.seg.mmseg import seg


def _toneless(syllable: str) -> str:
    """`lǜ` -> `lv`, `ê̄` -> `e`: tone marks dropped, ü written v as keyboards type it."""
    decomposed = unicodedata.normalize("NFD", syllable)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0308")
    return unicodedata.normalize("NFC", kept).replace("ü", "v").replace("ê", "e")


_READINGS = {chr(cp): [_toneless(r) for r in readings.split(",")] for cp, readings in PINYIN_DICT.items()}
_CHAR = {ch: readings[0] for ch, readings in _READINGS.items()}
_HETERONYMS = frozenset(ch for ch, readings in _READINGS.items() if len(set(readings)) > 1)
_PHRASES = {phrase: [_toneless(r[0]) for r in readings] for phrase, readings in PHRASES_DICT.items()}
# Interjections (hm, hng, m, n, ng) are readings but would let Latin words such as `hmm` pass for pinyin.
SYLLABLES = frozenset(r for readings in _READINGS.values() for r in readings) - {"hm", "hng", "m", "n", "ng"}
_SPELLINGS = {"lue": "lve", "nue": "nve"}  # how keyboards without ü spell 略 and 虐
_LONGEST = max(map(len, SYLLABLES))
_PREFIXES = frozenset(s[:i] for s in (*SYLLABLES, *_SPELLINGS) for i in range(1, len(s) + 1))
_LATIN = re.compile(r"[a-z']+")
# Readings pypinyin's phrase dictionary does not know, for words of the bundled dictionary that hold a
# heteronym: the 都 of 一都四区 is dū, a capital (中国康养之都), not dōu.
_DOMAIN_READINGS = {"一都四区": ["yi", "du", "si", "qu"]}


def reading(word: str) -> list[str] | None:
    """The toneless syllables of a Chinese word (`重庆` -> chong, qing), or None when a character of it
    has no reading (Latin letters, digits, punctuation)."""
    found = _DOMAIN_READINGS.get(word) or _PHRASES.get(word)
    if found is not None and len(found) == len(word):
        return list(found)
    if not all(ch in _CHAR for ch in word):
        return None
    if len(word) <= 2 or not any(ch in _HETERONYMS for ch in word):  # no phrase of it to look for
        return [_CHAR[ch] for ch in word]
    out: list[str] = []
    for piece in seg.cut(word):
        phrase = _PHRASES.get(piece)
        out.extend(phrase if phrase is not None and len(phrase) == len(piece) else (_CHAR[ch] for ch in piece))
    return out


def initials(syllables: list[str]) -> str:
    """The first letter of each syllable, as input methods take abbreviations (网络安全 -> wlaq)."""
    return "".join(s[0] for s in syllables)


def latin(text: str) -> str | None:
    """`text` as lowercase letters when it is made of Latin letters only (spaces and `'` between syllables
    allowed: `dong shu xi suan`, `xi'an`), else None."""
    folded = "".join(text.lower().split())
    return folded.replace("'", "") if folded and _LATIN.fullmatch(folded) else None


@lru_cache(maxsize=4096)
def split(letters: str) -> tuple[str, ...] | None:
    """`letters` (lowercase, no spaces) as valid pinyin syllables, longest first where there is a choice
    (`xian` -> xian, `dongshuxisuan` -> dong shu xi suan), or None when they are not pinyin (`apple`)."""
    if not letters:
        return None

    @cache
    def rest(start: int) -> tuple[str, ...] | None:
        if start == len(letters):
            return ()
        for end in range(min(len(letters), start + _LONGEST), start, -1):
            syllable = letters[start:end]
            syllable = _SPELLINGS.get(syllable, syllable)
            if syllable in SYLLABLES and (tail := rest(end)) is not None:
                return (syllable, *tail)
        return None

    return rest(0)


def is_prefix(letters: str) -> bool:
    """True when `letters` could be the beginning of pinyin: whole syllables, then the start of one
    (`wangl`, `dongshux`); False for what only initials could be (`wlaq`)."""

    @cache
    def ok(start: int) -> bool:
        if letters[start:] in _PREFIXES:
            return True
        for end in range(start + 1, min(len(letters), start + _LONGEST) + 1):
            syllable = letters[start:end]
            if _SPELLINGS.get(syllable, syllable) in SYLLABLES and end < len(letters) and ok(end):
                return True
        return False

    return bool(letters) and ok(0)


class Readings(Protocol):
    """What reading pinyin needs of the index: its words, and its Chinese words by their pinyin."""

    def __contains__(self, key: str) -> bool: ...

    def sounding(self, letters: str) -> list[str]: ...


RUN_WORDS = 8  # `dong shu xi suan`: at most this many space-separated syllable groups are read together


def read_run(values: list[str], index: Readings) -> tuple[int, list[str]] | None:
    """How many of `values` (a word of a query and the words after it) read together as pinyin, and the
    Chinese words of the index they stand for (the most common first); None when the first is no pinyin.

    The longest run of Latin-letter words that, joined, splits into syllables and sounds like a word or
    phrase of the index is taken (`dong shu xi suan` -> 东数西算). A Latin word the index holds itself
    (IPv6 and 5G hold digits; APP, English names) is never read as pinyin, nor is a run that spells one.
    """
    run: list[str] = []
    for value in values[:RUN_WORDS]:
        letters = latin(value)
        if letters is None:
            break
        run.append(letters)
    for length in range(len(run), 0, -1):
        joined = "".join(run[:length])
        if joined in index:
            if length == 1:
                return None
            continue
        if split(joined) is not None and (words := index.sounding(joined)):
            return length, words
    return None
