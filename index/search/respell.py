"""Did you mean: the words of a query that pinyin input likely slipped on (诈偏 for 诈骗, 疫情防空 for 疫情防控),
found by the index's own counts.

A typing slip with a pinyin input method is a word of the same toneless reading picked from the candidates,
so the stretch typed is rare or absent in the index while a word sounding the same is common. Only what the
index says is unlikely is corrected: the stretch typed must be held by at most 1/RATIO as many articles as the
word it would become (景点 and 经典 are both common: neither is ever taken for the other, the failure that made
Meilisearch withdraw homophone matching, meilisearch#4075), it never holds a word the index holds often or a
name the index knows, and quoted phrases are never read here (index/search/query.py only passes plain runs).
The typed form keeps counting (index/search/query.py makes either form satisfy the word).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from index.text.analysis import Span, in_dictionary
from index.text.lexicon import QUERY_STOPWORDS
from index.text.readings import sounds

RATIO = 20  # the word it becomes must be held by this many times more articles (+1) than the stretch typed
HELD_OFTEN = 0.005  # a word held by this share of the articles is never corrected, nor a stretch holding one
LONGEST = 4  # characters in a stretch corrected at once
NAME_TAGS = ("nr", "ns", "nt", "nz")  # jieba's tags of person, place, organization and other proper names


class Counts(Protocol):
    """What the corrector needs of the index's vocabulary (index/store/vocabulary.py)."""

    def count(self, key: str) -> int: ...

    def homophones(self, letters: str, limit: int = ...) -> list[tuple[str, int]]: ...


@dataclass(frozen=True)
class Correction:
    """A stretch of a run of the query (`start`:`end` of its text) read as another word as well."""

    typed: str
    intended: str
    weight: float  # what a match of `intended` counts for against one of `typed` (1): more the commoner it is
    start: int
    end: int


@cache
def _names() -> frozenset[str]:
    """The words jieba's dictionary tags as names (人名, 地名, 机构名, 其他专名): never corrected."""
    import jieba

    found = set()
    with open(Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME), encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3 and parts[2].startswith(NAME_TAGS):
                found.add(parts[0])
    return frozenset(found)


def corrections(text: str, spans: list[Span], counts: Counts, articles: int) -> list[Correction]:
    """The likely intended words for stretches of `text` (a run of a query), given its jieba words `spans`:
    stretches of consecutive words holding no word the index holds often, no function word and no name,
    of 2 to LONGEST Chinese characters, longest first from left to right, that sound like a word held by
    RATIO times more articles."""
    often = max(2, int(articles * HELD_OFTEN))
    solid = [_solid(word, counts, often) for word, _, _ in spans]
    out: list[Correction] = []
    i = 0
    while i < len(spans):
        found = None
        for j in range(len(spans), i, -1):
            start, end = spans[i][1], spans[j - 1][2]
            stretch = text[start:end]
            if not 2 <= len(stretch) <= LONGEST or any(solid[i:j]) or not _chinese(stretch):
                continue
            if any(spans[k][2] != spans[k + 1][1] for k in range(i, j - 1)):
                continue  # words apart (a space, punctuation) are no one word
            found = _intended(stretch, counts, often, start, end)
            if found:
                out.append(found)
                i = j
                break
        if not found:
            i += 1
    return out


def _solid(word: str, counts: Counts, often: int) -> bool:
    """Whether a word of the query is never corrected: a function word, a word the index holds often, or a
    name the index knows (tagged so by jieba, or found by its HMM, outside its dictionary, and held by the index)."""
    if word in QUERY_STOPWORDS:
        return True
    if len(word) < 2:
        return False
    held = counts.count(word)
    return held >= often or (held > 0 and (word in _names() or not in_dictionary(word)))


def _chinese(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


def _intended(stretch: str, counts: Counts, often: int, start: int, end: int) -> Correction | None:
    """The commonest word of the index sounding like `stretch`, when it is RATIO times commoner."""
    typed = counts.count(stretch)
    if typed >= often:
        return None
    best: tuple[str, int] | None = None
    for letters in sounds(stretch):
        for word, held in counts.homophones(letters):
            if word != stretch and len(word) == len(stretch) and (best is None or held > best[1]):
                best = (word, held)
    if best is None or best[1] < RATIO * (typed + 1):
        return None
    ratio = best[1] / (typed + 1)
    return Correction(stretch, best[0], round(1 - 1 / math.sqrt(ratio), 3), start, end)
