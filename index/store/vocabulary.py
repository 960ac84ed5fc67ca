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

import bisect
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index.text import readings
from index.text.analysis import _WORDY, Span, tokens, word_terms
from index.text.lexicon import QUERY_STOPWORDS

FOLDER = "vocabulary"
MAX_PHRASE_WORDS = 4  # title and heading phrases: up to four words (网络 安全 宣传 周)
MAX_ENTRY_CHARS = 16  # longer runs are sentences, not something one types
MAX_COMPLETIONS = 20  # the most a prefix is completed with
# A prefix that more entries start with than this (网, zh) has its best MAX_COMPLETIONS kept at build time:
# ranking a range of 50,000 entries per keystroke took over 10 ms, one of 2,000 well under one.
HOT_RANGE = 2000
READINGS_KEPT = 4  # a pinyin word stands for at most this many Chinese words...
READING_SHARE = 0.05  # ...each held by at least this share of the articles holding the most common one
_CHINESE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
# Words no one types to find something; a phrase neither starts nor ends with one.
_FUNCTION_WORDS = QUERY_STOPWORDS | frozenset(
    "我们 进行 以及 通过 没有 自己 一些 这样 还是 已经 其中 目前 因为 所以".split()
)


# What each word is to a phrase, remembered (a build asks about every token of every text):
_BREAK, _INSIDE, _EDGE = 0, 1, 2  # punctuation or space; a word only inside a phrase; a word it may end with
_KINDS: dict[str, int] = {}


def _kind(word: str) -> int:
    found = _KINDS.get(word)
    if found is None:
        if not _WORDY.search(word):
            found = _BREAK
        elif len(word) >= 2 and word.lower() not in _FUNCTION_WORDS and not word.isdigit():
            found = _EDGE
        else:
            found = _INSIDE
        _KINDS[word] = found
    return found


def _can_edge(word: str) -> bool:
    """A word a phrase may start or end with: two characters or more, not a function word, not a number."""
    return _kind(word) == _EDGE


def _runs(spans: list[Span]) -> Iterable[list[str]]:
    """The words of `spans` in runs that punctuation and spaces break."""
    run: list[str] = []
    for word, _, _ in spans:
        if _WORDY.search(word):
            run.append(word)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _phrases(run: list[str], longest: int) -> Iterable[tuple[str, ...]]:
    """The phrases of one to `longest` words of `run` that start and end with a word that may."""
    for start, first in enumerate(run):
        if not _can_edge(first):
            continue
        length = 0
        for end in range(start, min(len(run), start + longest)):
            length += len(run[end])
            if length > MAX_ENTRY_CHARS:
                break
            if _can_edge(run[end]):
                yield tuple(run[start : end + 1])


def _scan(spans: list[Span], words: set[str], phrases: list[tuple[str, ...]]) -> None:
    """Add the words of `spans` a phrase may start or end with to `words`, and its phrases of two and three
    words (within runs, as `_phrases` makes them) to `phrases`: one pass with no list per run, since every
    token of every body goes through here (1.2 ms an article with runs and generators, 0.5 ms so)."""
    kinds, limit = _KINDS, MAX_ENTRY_CHARS
    word1 = word2 = ""
    kind1 = kind2 = _BREAK
    size1 = size2 = 0
    for word, _, _ in spans:
        kind = kinds.get(word)
        if kind is None:
            kind = _kind(word)
        if kind == _BREAK:
            kind1 = kind2 = _BREAK
            continue
        size = len(word)
        if kind == _EDGE:
            words.add(word)
            if kind1 == _EDGE and size1 + size <= limit:
                phrases.append((word1, word))
            if kind2 == _EDGE and kind1 != _BREAK and size2 + size1 + size <= limit:
                phrases.append((word2, word1, word))
        word2, kind2, size2 = word1, kind1, size1
        word1, kind1, size1 = word, kind, size


@dataclass
class ArticleEntries:
    """One article's entries (each as its words): those of its title and headings, and all of them."""

    head: set[tuple[str, ...]] = field(default_factory=set)
    anywhere: set[tuple[str, ...]] = field(default_factory=set)


def article_entries(
    title: str, headings: Iterable[str], bodies: Iterable[str], tokenize: Callable[[str], list[Span]] = tokens
) -> ArticleEntries:
    """The entries of an article given the texts its index documents hold (the title, each heading path,
    each section's body), segmented by `tokenize` (the build passes the tokens it indexed)."""
    found = ArticleEntries()
    for text in dict.fromkeys([title, *headings]):
        for run in _runs(tokenize(text)) if text else ():
            found.head.update(_phrases(run, MAX_PHRASE_WORDS))
    words: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    for text in dict.fromkeys([title, *headings, *bodies]):
        if text:
            _scan(tokenize(text), words, phrases)
    found.anywhere = {(w,) for w in words}
    found.anywhere.update(p for p, n in Counter(phrases).items() if n > 1)
    found.anywhere |= found.head
    return found


def section_texts(docs: list[dict]) -> tuple[str, list[str], list[str]]:
    """(title, headings, bodies) of an article's index documents, as article_entries takes them."""
    return docs[0].get("title") or "", [d.get("heading") or "" for d in docs], [d.get("body") or "" for d in docs]


class TokenMemo:
    """jieba's tokens of each text of the article being written, made once: the writer's word fields and
    the vocabulary read the same tokens (and a title, a field of every section, is segmented once)."""

    def __init__(self) -> None:
        self.memo: dict[str, list[Span]] = {}

    def __call__(self, text: str) -> list[Span]:
        found = self.memo.get(text)
        if found is None:
            found = self.memo[text] = tokens(text)
        return found

    def word_terms(self, text: str) -> list[tuple[str, int]]:
        return word_terms(text, self(text))

    def clear(self) -> None:
        self.memo.clear()


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

    def merge(self, other: Tally) -> None:
        for key, (display, head, docs) in other.entries.items():
            entry = self.entries.get(key)
            if entry is None:
                self.entries[key] = [display, head, docs]
            else:
                entry[0] = min(entry[0], display)
                entry[1] += head
                entry[2] += docs
        for key, reading in other.readings.items():
            self.readings.setdefault(key, reading)

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
        keys = _Strings.load(folder, "keys").all()
        displays = json.loads((folder / "displays.json").read_text(encoding="utf-8"))
        head, docs = np.load(folder / "head.npy").tolist(), np.load(folder / "docs.npy").tolist()
        tally.entries = {k: [displays.get(k, k), h, d] for k, h, d in zip(keys, head, docs, strict=True)}
        by_entry: dict[int, list[str]] = {}  # entry number -> its pinyin and initials, from their sorted arrays
        for name in ("pinyin", "initials"):
            ids = np.load(folder / f"{name}_ids.npy").tolist()
            for i, value in zip(ids, _Strings.load(folder, name).all(), strict=True):
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
        arrays.update(_Strings.arrays("keys", live))
        score = _score(arrays["head"], arrays["docs"])
        hot = {"keys": _hot(live, np.arange(len(live)), score)}
        for name, keys in (("pinyin", [r[0] for r in pairs]), ("initials", [r[1] for r in pairs])):
            ids = sorted((i for i, k in enumerate(keys) if k), key=keys.__getitem__)
            ordered = [keys[i] for i in ids]
            arrays.update(_Strings.arrays(name, ordered))
            arrays[f"{name}_ids"] = np.array(ids, dtype=np.uint32)
            hot[name] = _hot(ordered, arrays[f"{name}_ids"], score)
        size = _save_bytes(folder / "hot.json", json.dumps(hot, ensure_ascii=False).encode("utf-8"))
        for name, array in arrays.items():
            size += _save(folder / f"{name}.npy", array)
        displays = {k: e[0] for k, e in zip(live, entries, strict=True) if e[0] != k}
        size += _save_bytes(folder / "displays.json", json.dumps(displays, ensure_ascii=False).encode("utf-8"))
        descriptor = os.open(folder, os.O_RDONLY)  # the folder's entries on disk before the swap publishes them
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        return size


def _score(head: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """The order of completions: title and heading entries first, then by articles holding them, then by
    title and heading articles."""
    head, docs = head.astype(np.int64), docs.astype(np.int64)
    return ((head > 0).astype(np.int64) << 62) | (docs << 31) | np.minimum(head, 2**31 - 1)


def _top(ids: np.ndarray, mine: np.ndarray, limit: int) -> np.ndarray:
    """The `limit` of `ids` (entry numbers) with the highest scores (`mine`, one each), best first, ties
    by entry number (that is, by key)."""
    ids = np.asarray(ids, dtype=np.int64)
    if len(ids) > limit:  # keep every entry tied with the last one kept, so that ties go by key
        keep = mine >= np.partition(mine, len(mine) - limit)[len(mine) - limit]
        ids, mine = ids[keep], mine[keep]
    return ids[np.lexsort((ids, -mine))][:limit]


def _hot(strings: list[str], ids: np.ndarray, score: np.ndarray) -> dict[str, list[int]]:
    """For each prefix that more than HOT_RANGE of `strings` (sorted; the entry of each in `ids`) start
    with, its best MAX_COMPLETIONS entries. A prefix's range holds its children's, so they are found by
    going down from the first characters while ranges stay large."""
    out: dict[str, list[int]] = {}
    todo = list(dict.fromkeys(s[:1] for s in strings if s))
    while todo:
        prefix = todo.pop()
        start = bisect.bisect_left(strings, prefix)
        end = bisect.bisect_left(strings, prefix + "\U0010ffff", lo=start)
        if end - start <= HOT_RANGE:
            continue
        found = ids[start:end]
        out[prefix] = _top(found, score[found], MAX_COMPLETIONS).tolist()
        todo.extend(dict.fromkeys(s[: len(prefix) + 1] for s in strings[start:end] if len(s) > len(prefix)))
    return out


def _all_chinese(key: str) -> bool:
    return _CHINESE.fullmatch(key) is not None


def _reading(word: str) -> list[str] | None:
    return readings.reading(word) if _all_chinese(word) else None


def _save(path: Path, array: np.ndarray) -> int:
    with open(path, "wb") as handle:
        np.save(handle, array)
        handle.flush()
        os.fsync(handle.fileno())
        return handle.tell()


def _save_bytes(path: Path, data: bytes) -> int:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return len(data)


class _Strings:
    """Strings as one UTF-8 blob and offsets, in the order given (sorted where a prefix is looked up)."""

    def __init__(self, blob: np.ndarray, offsets: np.ndarray) -> None:
        self.blob, self.offsets = blob, offsets

    @staticmethod
    def arrays(name: str, strings: list[str]) -> dict[str, np.ndarray]:
        encoded = [s.encode("utf-8") for s in strings]
        ends = np.cumsum([len(e) for e in encoded], dtype=np.int64)
        if len(ends) and ends[-1] >= 2**32:
            raise ValueError(f"the vocabulary's {name} take {ends[-1]} bytes, more than 32-bit offsets reach")
        offsets = np.concatenate([[0], ends]).astype(np.uint32)
        return {name: np.frombuffer(b"".join(encoded), dtype=np.uint8), f"{name}_offsets": offsets}

    @classmethod
    def load(cls, folder: Path, name: str, mmap: bool = False) -> _Strings:
        return cls(_load(folder / f"{name}.npy", mmap), np.load(folder / f"{name}_offsets.npy"))

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> bytes:
        return self.blob[self.offsets[i] : self.offsets[i + 1]].tobytes()

    def all(self) -> list[str]:
        data = self.blob.tobytes()
        offsets = self.offsets.tolist()
        return [data[a:b].decode("utf-8") for a, b in zip(offsets, offsets[1:], strict=False)]

    def range(self, prefix: str) -> tuple[int, int]:
        """The positions of the strings that start with `prefix` (the strings sorted as UTF-8 bytes)."""
        low = prefix.encode("utf-8")
        start = bisect.bisect_left(self, low)
        return start, bisect.bisect_left(self, low + b"\xff", lo=start)  # no UTF-8 byte is 0xff

    def exact(self, key: str) -> tuple[int, int]:
        """The positions of the strings equal to `key`."""
        found = key.encode("utf-8")
        start = bisect.bisect_left(self, found)
        return start, bisect.bisect_right(self, found, lo=start)


def _load(path: Path, mmap: bool = True) -> np.ndarray:
    """An array from `path`, memory-mapped (as a plain ndarray: numpy's memmap class slows each index)."""
    return np.load(path, mmap_mode="r").view(np.ndarray) if mmap else np.load(path)


@dataclass
class Completion:
    text: str
    count: int  # articles holding it


class Vocabulary:
    """A generation's vocabulary, read-only and memory-mapped; empty when the generation has none."""

    def __init__(self, folder: Path | None = None) -> None:
        self.size = 0
        if folder is None or not (folder / "keys.npy").exists():
            empty = _Strings(np.zeros(0, dtype=np.uint8), np.zeros(1, dtype=np.uint32))
            self.keys = self.pinyin = self.initials = empty
            self.head = self.docs = np.zeros(0, dtype=np.uint32)
            self.pinyin_ids = self.initials_ids = np.zeros(0, dtype=np.uint32)
            self.displays: dict[str, str] = {}
            self.hot: dict[str, dict[str, list[int]]] = {"keys": {}, "pinyin": {}, "initials": {}}
            return
        self.keys = _Strings.load(folder, "keys", mmap=True)
        self.head = _load(folder / "head.npy")
        self.docs = _load(folder / "docs.npy")
        self.pinyin = _Strings.load(folder, "pinyin", mmap=True)
        self.pinyin_ids = _load(folder / "pinyin_ids.npy")
        self.initials = _Strings.load(folder, "initials", mmap=True)
        self.initials_ids = _load(folder / "initials_ids.npy")
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
        best = _top(ids, _score(self.head[ids], self.docs[ids]), limit)
        return [Completion(self._display(int(i)), int(self.docs[i])) for i in best]

    def _candidates(self, name: str, strings: _Strings, ids: np.ndarray | None, prefix: str) -> np.ndarray:
        """The entries of `strings` starting with `prefix`: all of them, or the best MAX_COMPLETIONS kept
        at build time when there are more than HOT_RANGE."""
        start, end = strings.range(prefix)
        if end - start > HOT_RANGE and prefix in self.hot[name]:
            return np.array(self.hot[name][prefix], dtype=np.int64)
        return np.arange(start, end, dtype=np.int64) if ids is None else ids[start:end].astype(np.int64)

    def sounding(self, letters: str) -> list[str]:
        """The Chinese words and phrases whose whole pinyin is `letters`, the most common first."""
        start, end = self.pinyin.exact(letters)
        if start == end:
            return []
        ids = np.asarray(self.pinyin_ids[start:end], dtype=np.int64)
        docs = np.asarray(self.docs[ids])
        order = np.lexsort((ids, -docs.astype(np.int64)))[:READINGS_KEPT]
        floor = max(1, int(docs[order[0]] * READING_SHARE))
        return [self._display(int(ids[i])) for i in order if docs[i] >= floor]

    def _display(self, i: int) -> str:
        key = self.keys[i].decode("utf-8")
        return self.displays.get(key, key)
