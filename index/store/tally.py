"""The vocabulary being built: entry counts kept right across incremental builds (subtracting the entries of
removed or replaced articles, adding those written), pinyin readings, and the arrays it is written as."""

from __future__ import annotations

import bisect
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.store import vocabulary
from index.store.phrases import ArticleEntries
from index.store.sorted_strings import SortedStrings, save_array, save_bytes
from index.store.vocabulary import FOLDER, MAX_COMPLETIONS, best_of, completion_order
from index.text import readings

_CHINESE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


@dataclass
class Counts:
    """A tally's entries and readings as columns: what a shard worker sends the build's parent (pickled) and the
    vocabulary's writer merges. For the 10.6k corpus's two shards, their tallies (dicts of lists) cost 2.1 s of
    CPU to pickle, 2.5 to unpickle and 1.1 to merge; as columns 0.8, 0.5 and 0.8 (/work/tmp/speed/voc2.py)."""

    keys: list[str]
    displays: dict[int, str]  # by key number, where the display differs from the key
    head: np.ndarray  # int64, one per key
    docs: np.ndarray
    read: list[str]  # the keys with a pinyin reading...
    pinyin: list[str]  # ...their reading...
    initials: list[str]  # ...and its initials


class Tally:
    """Entry counts being built: key -> [display, head, docs], and each Chinese entry's pinyin reading."""

    def __init__(self) -> None:
        self.entries: dict[str, list] = {}
        self.readings: dict[str, tuple[str, str]] = {}  # key -> pinyin, initials (Chinese entries only)
        self._words: dict[str, tuple[str, ...]] = {}  # new keys' words, until their reading is made

    def add(self, found: ArticleEntries, sign: int = 1) -> None:
        entries = self.entries
        for words in found.anywhere:
            display = "".join(words)
            key = display.lower()
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = [display, 0, 0]
                if sign > 0:
                    self._words[key] = words
            elif display < entry[0]:
                entry[0] = display  # capitals sort first: IPv6 is shown rather than ipv6
            entry[2] += sign
        for words in found.head:
            entries["".join(words).lower()][1] += sign

    def read_new(self) -> None:
        """Make the pinyin readings of the entries added since the last call (one pypinyin look-up a word)."""
        cache: dict[str, list[str] | None] = {}
        for key, words in self._words.items():
            syllables: list[str] = []
            for word in words:
                found = cache[word] if word in cache else cache.setdefault(word, _reading(word))
                if found is None:
                    break
                syllables.extend(found)
            else:
                self.readings[key] = ("".join(syllables), readings.initials(syllables))
        self._words.clear()

    def counts(self) -> Counts:
        """The entries and readings as columns (the readings of new entries made first)."""
        self.read_new()
        keys = list(self.entries)
        entries = list(self.entries.values())
        readings = list(self.readings.values())
        return Counts(
            keys,
            {i: e[0] for i, (k, e) in enumerate(zip(keys, entries, strict=True)) if e[0] != k},
            np.fromiter((e[1] for e in entries), np.int64, len(entries)),
            np.fromiter((e[2] for e in entries), np.int64, len(entries)),
            list(self.readings),
            [r[0] for r in readings],
            [r[1] for r in readings],
        )

    def merge(self, other: Counts) -> None:
        entries, displays = self.entries, other.displays
        for i, (key, head, docs) in enumerate(zip(other.keys, other.head.tolist(), other.docs.tolist(), strict=True)):
            entry = entries.get(key)
            if entry is None:
                entries[key] = [displays.get(i, key), head, docs]
            else:
                entry[0] = min(entry[0], displays.get(i, key))
                entry[1] += head
                entry[2] += docs
        setdefault = self.readings.setdefault
        for key, reading in zip(other.read, zip(other.pinyin, other.initials, strict=True), strict=True):
            setdefault(key, reading)

    @staticmethod
    def stored(generation: Path) -> bool:
        return (generation / FOLDER / "keys.npy").exists()

    @classmethod
    def load(cls, generation: Path) -> Tally:
        """The counts stored with `generation` (empty when it has none)."""
        tally = cls()
        folder = generation / FOLDER
        if not cls.stored(generation):
            return tally
        keys = SortedStrings.load(folder, "keys").all()
        displays = json.loads((folder / "displays.json").read_text(encoding="utf-8"))
        head, docs = np.load(folder / "head.npy").tolist(), np.load(folder / "docs.npy").tolist()
        tally.entries = {k: [displays.get(k, k), h, d] for k, h, d in zip(keys, head, docs, strict=True)}
        by_entry: dict[int, list[str]] = {}  # entry number -> its pinyin and initials, from their sorted arrays
        for name in ("pinyin", "initials"):
            ids = np.load(folder / f"{name}_ids.npy").tolist()
            for i, value in zip(ids, SortedStrings.load(folder, name).all(), strict=True):
                by_entry.setdefault(i, []).append(value)
        tally.readings = {keys[i]: (found[0], found[1]) for i, found in by_entry.items()}
        return tally

    def write(self, generation: Path) -> int:
        """Write the entries held by at least one article into `generation`/vocabulary; return its bytes."""
        folder = generation / FOLDER
        folder.mkdir()
        live = sorted(k for k, e in self.entries.items() if e[2] > 0)  # code point order is UTF-8 byte order
        entries = [self.entries[k] for k in live]
        pairs = [self.readings.get(k, ("", "")) if _all_chinese(k) else ("", "") for k in live]
        arrays = {
            "head": np.array([max(e[1], 0) for e in entries], dtype=np.uint32),
            "docs": np.array([e[2] for e in entries], dtype=np.uint32),
        }
        arrays.update(SortedStrings.arrays("keys", live))
        score = completion_order(arrays["head"], arrays["docs"])
        hot = {"keys": _hot(live, np.arange(len(live)), score)}
        for name, keys in (("pinyin", [r[0] for r in pairs]), ("initials", [r[1] for r in pairs])):
            ids = sorted((i for i, k in enumerate(keys) if k), key=keys.__getitem__)
            ordered = [keys[i] for i in ids]
            arrays.update(SortedStrings.arrays(name, ordered))
            arrays[f"{name}_ids"] = np.array(ids, dtype=np.uint32)
            hot[name] = _hot(ordered, arrays[f"{name}_ids"], score)
        size = save_bytes(folder / "hot.json", json.dumps(hot, ensure_ascii=False).encode("utf-8"))
        for name, array in arrays.items():
            size += save_array(folder / f"{name}.npy", array)
        displays = {k: e[0] for k, e in zip(live, entries, strict=True) if e[0] != k}
        size += save_bytes(folder / "displays.json", json.dumps(displays, ensure_ascii=False).encode("utf-8"))
        descriptor = os.open(folder, os.O_RDONLY)  # the folder's entries on disk before the swap publishes them
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        return size


def _hot(strings: list[str], ids: np.ndarray, score: np.ndarray) -> dict[str, list[int]]:
    """For each prefix that more than HOT_RANGE of `strings` (sorted; the entry of each in `ids`) start
    with, its best MAX_COMPLETIONS entries. A prefix's range holds its children's, so they are found by
    going down from the first characters while ranges stay large."""
    out: dict[str, list[int]] = {}
    todo = _children(strings, "", 0, len(strings))
    while todo:
        prefix = todo.pop()
        start = bisect.bisect_left(strings, prefix)
        end = bisect.bisect_left(strings, prefix + "\U0010ffff", lo=start)
        if end - start <= vocabulary.HOT_RANGE:  # read here: the reader and the tally share one bound
            continue
        found = ids[start:end]
        out[prefix] = best_of(found, score[found], MAX_COMPLETIONS).tolist()
        todo.extend(_children(strings, prefix, start, end))
    return out


def _children(strings: list[str], prefix: str, start: int, end: int) -> list[str]:
    """The distinct prefixes one character longer than `prefix` of `strings[start:end]` (sorted, all starting
    with `prefix`), in order: found by bisection from one to the next, not by reading every string (which
    took a third of writing the 10.6k corpus's vocabulary)."""
    out = []
    at, size = start, len(prefix) + 1
    while at < end:
        if len(strings[at]) < size:  # `prefix` itself
            at += 1
            continue
        child = strings[at][:size]
        out.append(child)
        at = bisect.bisect_left(strings, child + "\U0010ffff", lo=at, hi=end)
    return out


def _all_chinese(key: str) -> bool:
    return _CHINESE.fullmatch(key) is not None


def _reading(word: str) -> list[str] | None:
    return readings.reading(word) if _all_chinese(word) else None
