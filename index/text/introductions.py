"""Short forms a text introduces for names (简称 ⇄ 全称), by the text's own wording:
`国家互联网信息办公室（以下简称“网信办”）`, `…（简称“X”）`, `…（简称X）`, `…，简称X，…`, `…（下称X）`.

The full name is the clause before the bracket cut at word boundaries (jieba): every word-aligned ending of it
that holds the short form's characters in order is a candidate (`endings`), and `pairs` picks one per short form
over many texts. The build finds them in every article it indexes (index/store/introduced.py keeps them with
the generation); benchmarks/alias_pairs.py lists them for review.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from index.text.analysis import segment
from index.text.normalize import normalize_text

_HAN = "\u4e00-\u9fff"
# the clause before, then (以下)简称 and the short form, quoted or not, in brackets or between commas
INTRODUCED = re.compile(
    rf"([{_HAN}A-Za-z0-9]{{2,30}})[(（,，]\s*(?:以下)?(?:简称|下称)(?:为)?\s*[:：]?\s*[“\"「]?([{_HAN}A-Za-z0-9]{{2,8}})[”\"」]?\s*[)）,，]"
)
MAX_FULL = 20
_WORDING = ("简称", "下称", "簡稱")  # a text without one of these introduces nothing: not normalized, not read


@dataclass(frozen=True)
class Introduction:
    """A short form as one text introduces it, with the endings of the clause before that may be its full name."""

    short: str
    endings: tuple[str, ...]


@dataclass(frozen=True)
class Pair:
    """A full name and its short form, with how often they were introduced and in how many texts."""

    full: str
    short: str
    introductions: int
    texts: int


def subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


def endings(clause: str, short: str) -> tuple[str, ...]:
    """The word-aligned endings of `clause` that hold `short`'s characters in order and are longer than it."""
    found = []
    for _, start, _ in segment(clause):
        tail = clause[start:]
        if len(short) < len(tail) <= MAX_FULL and subsequence(short, tail):
            found.append(tail)
    return tuple(found)


def introductions(text: str) -> list[Introduction]:
    """The short forms `text` introduces, in order and as written (normalized: Simplified, half-width), each
    with its candidate full names (cut by jieba's words of the dictionary in use)."""
    if not any(word in text for word in _WORDING):
        return []
    found = []
    for match in INTRODUCED.finditer(normalize_text(text)):
        clause, short = match.group(1), match.group(2)
        tails = endings(clause, short)
        if tails:
            found.append(Introduction(short, tails))
    return found


def pairs(texts: Iterable[list[Introduction]], shortest: bool = False) -> list[Pair]:
    """One pair per short form over the introductions of `texts` (one list per text). The full name is the
    longest ending that at least half of the short form's introductions share (the shortest is in every one; a
    longer one that few share carries the sentence's own words, 由国家…). With `shortest`, the shortest ending
    (经济技术开发区, not 市级重大产业项目优先在北京经济技术开发区): what pairs no one reviewed need."""
    by_short: dict[str, Counter] = defaultdict(Counter)
    seen: Counter = Counter()
    holding: Counter = Counter()
    for found in texts:
        for short in {i.short for i in found}:
            holding[short] += 1
        for introduction in found:
            seen[introduction.short] += 1
            by_short[introduction.short].update(introduction.endings)
    chosen = []
    for short, tails in by_short.items():
        most = max(tails.values())
        shared = [t for t, n in tails.items() if n * 2 >= most]
        full = min(tails, key=len) if shortest else max(shared, key=len)
        chosen.append(Pair(full, short, seen[short], holding[short]))
    return chosen
