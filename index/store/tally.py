"""The vocabulary being built: entry counts kept right across incremental builds (subtracting the entries of
removed or replaced articles, adding those written), pinyin readings, and the arrays it is written as."""

from __future__ import annotations

import bisect
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.dtypes import StringDType

from index.store import vocabulary
from index.store.phrases import ArticleEntries
from index.store.sorted_strings import SortedStrings, save_array, save_bytes
from index.store.vocabulary import FOLDER, MAX_COMPLETIONS, best_of, completion_order
from index.text import readings

_CHINESE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


@dataclass
class Counts:
    """A tally's entries and readings as columns, one row a key: what a shard worker sends the build's parent
    (pickled) and `write_counts` merges. For the 10.6k corpus's two shards, their tallies (dicts of lists) cost 2.1
    s of CPU to pickle, 2.5 to unpickle and 1.1 to merge; as columns 0.8, 0.5 and 0.8 (/work/tmp/speed/voc2.py)."""

    keys: list[str]
    displays: dict[int, str]  # by key number, where the display differs from the key
    head: np.ndarray  # int64, one per key
    docs: np.ndarray
    pinyin: list[str]  # each key's pinyin reading ('' for none)...
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

    def add_counted(
        self, anywhere: Iterable[tuple[tuple[str, ...], int]], head: Iterable[tuple[tuple[str, ...], int]]
    ) -> None:
        """Add entries each with the number of articles holding it, anywhere and in a title or heading: what
        `add` makes of those articles' entries one article at a time (a key's display the least of its forms, its
        words those of the first form given)."""
        entries = self.entries
        for words, articles in anywhere:
            display = "".join(words)
            key = display.lower()
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = [display, 0, 0]
                self._words[key] = words
            elif display < entry[0]:
                entry[0] = display
            entry[2] += articles
        for words, articles in head:
            entries["".join(words).lower()][1] += articles

    def read_new(self) -> None:
        """Make the pinyin readings of the entries added since the last call: one pypinyin look-up a word, kept
        joined with its initials, so that an entry of one word (most of them) takes its word's pair as it is and
        an entry of several joins theirs (1.03-1.14 -> 0.92-0.99 s of CPU for the 142k new entries of the first
        2,000 corpus articles, best and median of 5 alternating, /work/tmp/speed2/readab2.py)."""
        cache: dict[str, tuple[str, str] | None] = {}
        made = self.readings
        for key, words in self._words.items():
            if len(words) == 1:
                word = words[0]
                found = cache[word] if word in cache else cache.setdefault(word, _word_reading(word))
                if found is not None:
                    made[key] = found
                continue
            pairs = [cache[word] if word in cache else cache.setdefault(word, _word_reading(word)) for word in words]
            if None not in pairs:
                pinyin, initials = zip(*pairs, strict=True)
                made[key] = ("".join(pinyin), "".join(initials))
        self._words.clear()

    def counts(self) -> Counts:
        """The entries and readings as columns (the readings of new entries made first)."""
        self.read_new()
        keys = list(self.entries)
        entries = list(self.entries.values())
        none = ("", "")
        readings = [self.readings.get(k, none) for k in keys]
        return Counts(
            keys,
            {i: e[0] for i, (k, e) in enumerate(zip(keys, entries, strict=True)) if e[0] != k},
            np.fromiter((e[1] for e in entries), np.int64, len(entries)),
            np.fromiter((e[2] for e in entries), np.int64, len(entries)),
            [r[0] for r in readings],
            [r[1] for r in readings],
        )

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


def write_counts(counts: list[Counts], generation: Path) -> tuple[int, int]:
    """Merge `counts` and write the entries held by at least one article into `generation`/vocabulary: (entries
    written, bytes). A key's counts add up, its display is the least of its forms, its reading the first one
    given. Done on columns with numpy (keys sorted as numpy strings: code point order, which is UTF-8 byte
    order): merging the 10.6k corpus's two shards' counts into a tally's dicts and writing that took 4.4-5.0 s of
    CPU at the build's end, beside the parent grouping reprints; so 2.5-2.7 s, the same bytes (a loaded machine).
    It is what a build waits for last (the parent's own work after its workers takes about 2 s of CPU), so the
    keys are compared once sorted, picked and merged as object arrays rather than one by one, ASCII readings
    sorted without encoding each, and the keys encoded in one piece (`SortedStrings.arrays`): for the 10.6k
    corpus's two shards' counts, 3.32 -> 2.79 s of CPU (median of 5 runs of 3, alternating, load 8-9; lower in each
    pair: /work/tmp/speed4/wc_harness.py), the same bytes."""
    keys = np.array([key for found in counts for key in found.keys], dtype=object)
    strings = keys.astype(StringDType())
    order = np.argsort(strings, kind="stable")
    ranked = strings[order]
    del strings
    first = np.ones(len(keys), bool)
    first[1:] = ranked[1:] != ranked[:-1]
    del ranked
    starts = np.flatnonzero(first)
    inverse = np.empty(len(keys), np.int64)
    inverse[order] = np.cumsum(first) - 1
    distinct = keys[order[starts]]
    members = np.diff(starts, append=len(keys))
    head = _summed([found.head for found in counts], order, starts)
    docs = _summed([found.docs for found in counts], order, starts)
    offsets = np.cumsum([0] + [len(f.keys) for f in counts]).tolist()
    displays: dict[int, list[str]] = {}  # key number -> its forms other than itself
    pinyin, initials = np.full(len(distinct), "", object), np.full(len(distinct), "", object)
    for offset, found in reversed(list(zip(offsets, counts, strict=False))):  # so the first reading given stays
        for i, form in found.displays.items():
            displays.setdefault(int(inverse[offset + i]), []).append(form)
        given = np.array(found.pinyin, dtype=object)
        read = np.flatnonzero(given != "")
        at = inverse[read + offset]
        pinyin[at] = given[read]
        initials[at] = np.array(found.initials, dtype=object)[read]
    live = np.flatnonzero(docs > 0)
    keys = distinct[live].tolist()
    distinct = distinct.tolist()
    pairs = {"pinyin": pinyin[live], "initials": initials[live]}  # only Chinese words have one (`_word_reading`)
    folder = generation / FOLDER
    folder.mkdir()
    arrays = {"head": np.maximum(head[live], 0).astype(np.uint32), "docs": docs[live].astype(np.uint32)}
    arrays.update(SortedStrings.arrays("keys", keys))
    score = completion_order(arrays["head"], arrays["docs"])
    hot = {"keys": _hot(keys, np.arange(len(keys)), score)}
    for name, column in pairs.items():
        held = np.flatnonzero(column != "")
        given = column[held].tolist()
        encoded = np.array(given if "".join(given).isascii() else [r.encode("utf-8") for r in given], dtype=bytes)
        ids = held[np.argsort(encoded, kind="stable")]  # ties by entry, as the keys are sorted
        ordered = column[ids].tolist()
        arrays.update(SortedStrings.arrays(name, ordered))
        arrays[f"{name}_ids"] = ids.astype(np.uint32)
        hot[name] = _hot(ordered, arrays[f"{name}_ids"], score)
    size = save_bytes(folder / "hot.json", json.dumps(hot, ensure_ascii=False).encode("utf-8"))
    for name, array in arrays.items():
        size += save_array(folder / f"{name}.npy", array)
    shown = {}
    for number in sorted(displays):
        key = distinct[number]
        forms = displays[number] + ([key] if len(displays[number]) < members[number] else [])
        if docs[number] > 0 and min(forms) != key:
            shown[key] = min(forms)
    size += save_bytes(folder / "displays.json", json.dumps(shown, ensure_ascii=False).encode("utf-8"))
    descriptor = os.open(folder, os.O_RDONLY)  # the folder's entries on disk before the swap publishes them
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    return len(keys), size


def _summed(columns: list[np.ndarray], order: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Each distinct key's total of `columns` (concatenated, then in key `order`, a key's rows from `starts`)."""
    if not len(order):
        return np.zeros(0, np.int64)
    return np.add.reduceat(np.concatenate(columns)[order], starts)


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


def _word_reading(word: str) -> tuple[str, str] | None:
    """A word's pinyin and its initials, or None when it has none (only Chinese words have one)."""
    syllables = readings.reading(word) if _all_chinese(word) else None
    return None if syllables is None else ("".join(syllables), readings.initials(syllables))
