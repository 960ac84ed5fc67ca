"""The index's own vocabulary: its words and phrases with how many articles hold them, and their pinyin.

It answers completions as you type (`网络` -> 网络安全, `wangl` and `wlaq` -> 网络安全) and tells the query
parser which Chinese words a Latin word such as `dongshuxisuan` sounds like (index/text/readings.py).

What goes in, per article:
  * every phrase of one to MAX_PHRASE_WORDS jieba words of its title and section headings (`head`);
  * every word of its text, and the phrases of two or three words its body repeats.
A phrase never crosses punctuation or a space and neither starts nor ends with a function word (的, 和) or
a single character. `docs` counts the articles holding an entry in any of these ways; `head` those whose
title or a heading holds it. Completions rank title and heading entries first (by `docs`), then body-only
ones, which fill the list where titles and headings are thin.

Stored with each generation in `vocabulary/` (written in the build's workspace, so it is swapped in with
the index and never seen half-written): the entries' keys (lowercase, no spaces) as one sorted UTF-8 blob
with offsets, their counts, and their pinyin readings joined (`wangluoanquan`) and as initials (`wlaq`),
each a sorted blob with the entry each belongs to. A prefix is then a range found by bisection, and its
best entries are picked by numpy from that range. The arrays are memory-mapped: workers share the pages.
marisa-trie was measured against it (benchmarks/suggest.py, the 10.6k corpus, 447k entries): its trie of the
keys is smaller (5.2 MB), but it numbers keys in its own order, so the best completions of a prefix mean
walking every key under it: 0.32 ms for a one- or two-character prefix against 0.08 ms here, where a prefix
is a range and the largest ranges keep their best entries. Pinyin keys are many to one besides (景点 and 经典
are both jingdian), which a plain trie does not hold.

A build keeps the counts right without reading every article again: it subtracts the entries of the
articles it removes or replaces (from their stored text) and adds those of the articles it writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.store.sorted_strings import SortedStrings, load_array
from index.text import readings

FOLDER = "vocabulary"
MAX_COMPLETIONS = 20  # the most a prefix is completed with
# A prefix that more entries start with than this (网, zh) has its best MAX_COMPLETIONS kept at build time:
# ranking a range of 50,000 entries per keystroke took over 10 ms, one of 2,000 well under one.
HOT_RANGE = 2000
READINGS_KEPT = 4  # a pinyin word stands for at most this many Chinese words...
READING_SHARE = 0.05  # ...each held by at least this share of the articles holding the most common one


def completion_order(head: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """The order of completions: title and heading entries first, then by articles holding them, then by
    title and heading articles."""
    head, docs = head.astype(np.int64), docs.astype(np.int64)
    return ((head > 0).astype(np.int64) << 62) | (docs << 31) | np.minimum(head, 2**31 - 1)


def best_of(ids: np.ndarray, mine: np.ndarray, limit: int) -> np.ndarray:
    """The `limit` of `ids` (entry numbers) with the highest scores (`mine`, one each), best first, ties
    by entry number (that is, by key)."""
    ids = np.asarray(ids, dtype=np.int64)
    if len(ids) > limit:  # keep every entry tied with the last one kept, so that ties go by key
        keep = mine >= np.partition(mine, len(mine) - limit)[len(mine) - limit]
        ids, mine = ids[keep], mine[keep]
    return ids[np.lexsort((ids, -mine))][:limit]


@dataclass
class Completion:
    """A word or phrase of the index that completes a prefix."""

    text: str  # a word or phrase of the index's titles, headings or text
    count: int  # articles holding it


class Vocabulary:
    """A generation's vocabulary, read-only and memory-mapped; empty when the generation has none."""

    def __init__(self, folder: Path | None = None) -> None:
        self.size = 0
        if folder is None or not (folder / "keys.npy").exists():
            empty = SortedStrings(np.zeros(0, dtype=np.uint8), np.zeros(1, dtype=np.uint32))
            self.keys = self.pinyin = self.initials = empty
            self.head = self.docs = np.zeros(0, dtype=np.uint32)
            self.pinyin_ids = self.initials_ids = np.zeros(0, dtype=np.uint32)
            self.displays: dict[str, str] = {}
            self.hot: dict[str, dict[str, list[int]]] = {"keys": {}, "pinyin": {}, "initials": {}}
            return
        self.keys = SortedStrings.load(folder, "keys", mmap=True)
        self.head = load_array(folder / "head.npy")
        self.docs = load_array(folder / "docs.npy")
        self.pinyin = SortedStrings.load(folder, "pinyin", mmap=True)
        self.pinyin_ids = load_array(folder / "pinyin_ids.npy")
        self.initials = SortedStrings.load(folder, "initials", mmap=True)
        self.initials_ids = load_array(folder / "initials_ids.npy")
        self.displays = json.loads((folder / "displays.json").read_text(encoding="utf-8"))
        self.hot = json.loads((folder / "hot.json").read_text(encoding="utf-8"))
        self.size = sum(f.stat().st_size for f in folder.iterdir())

    @classmethod
    def open(cls, generation: Path) -> Vocabulary:
        return cls(generation / FOLDER)

    def __len__(self) -> int:
        return len(self.keys)

    def __contains__(self, key: str) -> bool:
        """True when `key` (lowercase, no spaces) is a word or phrase of the index."""
        start, end = self.keys.exact(key)
        return start < end

    def complete(self, prefix: str, limit: int) -> list[Completion]:
        """The best `limit` entries starting with `prefix` (a key: lowercase, no spaces) or, for Latin
        letters, whose pinyin does (`wangl`) or whose initials do (`wlaq`)."""
        found = [self._candidates("keys", self.keys, None, prefix)]
        letters = readings.latin(prefix)
        if letters and readings.is_prefix(letters):
            found.append(self._candidates("pinyin", self.pinyin, self.pinyin_ids, letters))
        elif letters:
            found.append(self._candidates("initials", self.initials, self.initials_ids, letters))
        ids = np.unique(np.concatenate(found)) if len(found) > 1 else found[0]
        if not len(ids):
            return []
        best = best_of(ids, completion_order(self.head[ids], self.docs[ids]), limit)
        return [Completion(self._display(int(i)), int(self.docs[i])) for i in best]

    def _candidates(self, name: str, strings: SortedStrings, ids: np.ndarray | None, prefix: str) -> np.ndarray:
        """The entries of `strings` starting with `prefix`: all of them, or the best MAX_COMPLETIONS kept
        at build time when there are more than HOT_RANGE."""
        start, end = strings.range(prefix)
        if end - start > HOT_RANGE and prefix in self.hot[name]:
            return np.array(self.hot[name][prefix], dtype=np.int64)
        return np.arange(start, end, dtype=np.int64) if ids is None else ids[start:end].astype(np.int64)

    def count(self, key: str) -> int:
        """How many articles hold `key` (lowercase, no spaces) as a word or phrase; 0 for none."""
        start, end = self.keys.exact(key)
        return int(self.docs[start]) if start < end else 0

    def sounding(self, letters: str) -> list[str]:
        """The Chinese words and phrases whose whole pinyin is `letters`, the most common first."""
        found = self.homophones(letters)
        if not found:
            return []
        floor = max(1, int(found[0][1] * READING_SHARE))
        return [word for word, docs in found if docs >= floor]

    def homophones(self, letters: str, limit: int = READINGS_KEPT) -> list[tuple[str, int]]:
        """The `limit` commonest words and phrases whose whole pinyin is `letters`, with the articles holding each."""
        start, end = self.pinyin.exact(letters)
        if start == end:
            return []
        ids = np.asarray(self.pinyin_ids[start:end], dtype=np.int64)
        docs = np.asarray(self.docs[ids])
        order = np.lexsort((ids, -docs.astype(np.int64)))[:limit]
        return [(self._display(int(ids[i])), int(docs[i])) for i in order]

    def _display(self, i: int) -> str:
        key = self.keys[i].decode("utf-8")
        return self.displays.get(key, key)
