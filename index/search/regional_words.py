"""Words of Taiwan's and Hong Kong's usage in a Traditional-script query, read as the mainland words as well.

Converting the script (OpenCC t2s, index/text/normalize) changes characters, not vocabulary: 軟體 becomes 软体,
網路 网路, 資訊 资讯, 記憶體 记忆体, where a mainland article writes 软件, 网络, 信息, 内存; such a word was required
of every article and the article was left to the partial tier. Here each word of a Traditional-script query
that OpenCC's Taiwan-phrase table (tw2sp) writes otherwise is paired with that form, as an alias is (either
holds the word), where the index holds the mainland form more often than the form typed: an index of
Taiwan's own news keeps 软体 alone, and a word both sides use (资讯) is read both ways only where the index
says the other is the commoner. Of 552 corpus titles written as Taiwan writes them (OpenCC s2twp), 51 hold such a
word (2 as Hong Kong writes them, s2hk); of the evaluation sets' queries (benchmarks/relevance.py, 400 a set), 56
are read otherwise, two gain (mixed-fresh test half 0.8458 -> 0.8465) and none loses (2026-12-06).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import opencc

from index.text.analysis import segment
from index.text.normalize import normalize_text, to_simplified, to_traditional


@lru_cache(maxsize=1)
def _tw2sp() -> opencc.OpenCC:
    return opencc.OpenCC("tw2sp")


def mainland_pairs(text: str, held: Callable[[str], int]) -> list[tuple[str, str]]:
    """(word as read, mainland word) for the words of `text`, a query in Traditional script, that Taiwan and
    Hong Kong write otherwise, where `held` (sections holding a word) says the index writes the mainland
    form more often; none for a query with no Traditional character (a Simplified query's words are what the user
    means; a short one with two, 軟體, counts as Traditional here)."""
    if to_simplified(text) == text:
        return []
    pairs = []
    for word in dict.fromkeys(w for w, _, _ in segment(normalize_text(text).lower())):
        if len(word) < 2 or word.isascii():
            continue
        mainland = normalize_text(_tw2sp().convert(to_traditional(word))).lower()
        if mainland != word and held(mainland) > held(word):
            pairs.append((word, mainland))
    return pairs
