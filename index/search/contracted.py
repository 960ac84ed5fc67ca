"""A short form that no article writes, read as the phrase of the index it contracts (`非瘟` as 非洲猪瘟, `社零`
as 社会消费品零售, `固投` as 固定资产投资).

People shorten a name or a term by keeping a character of each of its words (卫生 健康 委员会 -> 卫健委), and
many such forms are newer or more colloquial than the articles, so the shipped tables and the pairs the articles
introduce (index/text/aliases.py, index/text/introductions.py) never hold them all. What the index holds is the
full phrase, often. So a stretch of the query that no section holds as typed, made of characters jieba cannot read
as a word the index knows, is read as well as the phrase of the vocabulary (index/store/vocabulary.py) that starts
with its first character and takes each of its other characters, in order, from a later word of its own, one
word a character: where one such phrase is held by ABSENT_NEEDS articles or more and DOMINANT times as many as any
other that is not a longer form of it, and, when the query has other words, meets them as the corrector's
TOGETHER says (`非瘟 疫苗`: 非洲猪瘟 beside 疫苗). Nothing here reads a stretch the index holds, a name it knows,
a quoted phrase or a slip the corrector read first (index/search/query.py passes only what is left).

Figures (2026-12-08, typo19, the 10.6k corpus indexed by body as benchmarks/relevance.py does; thresholds set
beforehand, never tuned): asked of the 199 short forms of 2-4 characters of the shipped tables whose other form
the index holds in 5 articles or more, as if neither table held them, this reads 35 (33 rightly: 卫健委, 市监局,
固投, 国新办, 北师大 …; 港大 as 港珠澳大桥 and 人保 as 人寿保险 wrongly) and leaves 164 unread. Over every query of the
400-query sets (both halves) one is read anew (重果, a slip of 中国, as 重大成果 besides: its article stays 1st) and
no rank moves.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from index.search.respell import ABSENT_NEEDS
from index.text.analysis import segment

SHORTEST, LONGEST = 2, 4  # characters of a short form
DOMINANT = 3  # the phrase is held by this many times the articles of any other phrase it may be
LONGER = 2  # a phrase contracted keeps at least this many characters more than its short form
PAIRED = 4  # a word of this many characters or more gives a short form a character of each of its pairs


def contracts(short: str, phrase: str) -> bool:
    """Whether `short` keeps the first character of `phrase` and, in order, one character of each of some of its
    later jieba words (卫健委 of 卫生 健康 委员会, 非瘟 of 非洲 猪瘟, 网安 of 网络安全's pairs), and is not written in
    it as typed."""
    if len(phrase) < len(short) + LONGER or phrase[0] != short[0] or short in phrase:
        return False
    words = [part for w, _, _ in segment(phrase) for part in _parts(w)]
    if len(words) < len(short):
        return False
    at = 1  # the next word that may give a character
    if not words[0].startswith(short[0]):
        return False
    for ch in short[1:]:
        while at < len(words) and ch not in words[at]:
            at += 1
        if at == len(words):
            return False
        at += 1
    return True


def expanded(
    short: str,
    keys,
    docs: np.ndarray,
    meets: Callable[[str], bool] | None = None,
) -> str | None:
    """The phrase of the vocabulary (`keys`, sorted strings with `range`; `docs`, the articles holding each) that
    `short` contracts, as the module's docstring says; None where there is none or no one phrase stands out."""
    if not SHORTEST <= len(short) <= LONGEST or not all("\u4e00" <= ch <= "\u9fff" for ch in short):
        return None
    start, end = keys.range(short[0])
    if start >= end:
        return None
    held = np.asarray(docs[start:end])
    found: list[tuple[int, str]] = []
    for i in np.nonzero(held >= ABSENT_NEEDS)[0]:
        phrase = keys[start + int(i)].decode("utf-8")
        if _in_order(short, phrase) and contracts(short, phrase):
            found.append((int(held[i]), phrase))
    # a longer form of a phrase found (非洲猪瘟疫情 of 非洲猪瘟) is the same reading, not a rival
    found = [(n, p) for n, p in found if not any(q != p and p.startswith(q) for _, q in found)]
    found.sort(key=lambda item: (-item[0], item[1]))
    if not found or (len(found) > 1 and found[0][0] < DOMINANT * found[1][0]):
        return None
    phrase = found[0][1]
    return phrase if meets is None or meets(phrase) else None


def _parts(word: str) -> list[str]:
    """A word as a short form takes from it: a word of four characters or more as its pairs (网络安全 is 网络 安全,
    as 网安 says), a shorter one whole."""
    if len(word) < PAIRED:
        return [word]
    return [word[at : at + 2] for at in range(0, len(word), 2)]


def _in_order(short: str, phrase: str) -> bool:
    """Whether the characters of `short` are in `phrase` in order (a cheap test before segmenting it)."""
    at = 0
    for ch in short:
        at = phrase.find(ch, at) + 1
        if not at:
            return False
    return True
