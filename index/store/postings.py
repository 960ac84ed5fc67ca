"""Whole posting lists as numpy arrays, read from the index's codec (index/store/codec.py), and what BM25 needs.

Stepping Whoosh's matchers one posting at a time costs several Python calls per posting per matcher, and a
query over common words spent most of its time there. The codec stores a term's postings as arrays, so a list
is read whole with a few numpy calls and scored with numpy; tests compare every read with Whoosh's own
matchers over the same files.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.util.numeric import byte_to_length

from index.store.codec import NumpyTermsReader

# What a cached posting list costs besides its arrays' data and its position strings: the two array objects,
# the Postings, its key (a tuple and the term) and the cache's entry. Measured with tracemalloc over the 4,671
# bigrams starting with 的 or 是 on 2,000 corpus articles (tests/test_postings.py checks it): most posting
# lists are short (median 3 postings), and counting their arrays alone gave 193 bytes an entry where the
# process held 674 (634 with slots), so a budget of 64 MB held over 200 MB (issue 13).
ENTRY_BYTES = 450
# And what a list read with positions costs besides its positions' data: two more array objects (tracemalloc
# over the 6,362 bigram lists of the seed index: 220 bytes a list more than ENTRY_BYTES' share).
POSITIONS_BYTES = 220

# Terms whose segments are remembered (_located): some 1.5 KB each at 16 segments.
LOCATED = 4096

# Whoosh stores a field's length in a document as one byte; this table turns the bytes back into lengths.
_LENGTHS = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


@dataclass(frozen=True, slots=True)
class Postings:
    """One term's documents in ascending order (deleted ones left out), its frequency in each and, when
    asked for, its positions in each: all of them one after another, posting `i`'s ending at `ends[i]`."""

    ids: np.ndarray  # int64
    freqs: np.ndarray  # float64
    positions: np.ndarray | None = None  # int64
    ends: np.ndarray | None = None  # int64

    def __len__(self) -> int:
        return len(self.ids)

    def positions_of(self, row: int) -> list[int]:
        """The ascending positions of posting `row`."""
        start = int(self.ends[row - 1]) if row else 0
        return self.positions[start : self.ends[row]].tolist()

    @property
    def nbytes(self) -> int:
        """What this list holds in memory once cached (see ENTRY_BYTES)."""
        extra = 0 if self.positions is None else POSITIONS_BYTES + self.positions.nbytes + self.ends.nbytes
        return ENTRY_BYTES + self.ids.nbytes + self.freqs.nbytes + extra


NOTHING = Postings(np.zeros(0, np.int64), np.zeros(0, np.float64), np.zeros(0, np.int64), np.zeros(0, np.int64))


class PostingSource:
    """The segments of one open searcher: posting lists, live documents and field lengths, with a
    least-recently-used cache of posting lists (they are immutable for the life of the searcher)."""

    def __init__(self, searcher, cache_mb: float) -> None:
        self.searcher = searcher
        self.schema = searcher.schema
        reader = searcher.reader()
        # segment readers and their first document numbers (an empty index has none)
        self.leaves = [(leaf, base) for leaf, base in reader.leaf_readers() if hasattr(leaf, "_terms")]
        for leaf, _ in self.leaves:
            if not isinstance(leaf._terms, NumpyTermsReader):
                raise TypeError(f"a segment of {type(leaf._terms).__name__}: the index's codec reads only its own")
        self.doc_count = reader.doc_count_all()
        self.live = np.ones(self.doc_count, dtype=bool)
        for leaf, base in self.leaves:
            deleted = leaf.deleted_docs_set
            if deleted:
                self.live[base + np.fromiter(deleted, dtype=np.int64)] = False
        self._all_live = bool(self.live.all())  # a fresh build deletes nothing: no list needs filtering
        self._lengths: dict[str, np.ndarray] = {}
        self._where: dict[tuple[str, str], list[tuple[NumpyTermsReader, int, int]]] = {}
        self._cache: OrderedDict[tuple, Postings] = OrderedDict()
        self._cache_bytes = 0
        self._cache_limit = int(cache_mb * 1024 * 1024)
        self._lock = threading.Lock()

    @property
    def cached_bytes(self) -> int:
        return self._cache_bytes

    def lengths(self, field: str) -> np.ndarray:
        """The length (in tokens) of `field` in every document, as Whoosh's BM25 sees it."""
        if field not in self._lengths:
            out = np.zeros(self.doc_count, dtype=np.float64)
            for leaf, base in self.leaves:
                column = leaf._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
                if column is not None:
                    stored = np.frombuffer(bytes(column.load()), dtype=np.uint8)
                    out[base : base + len(stored)] = _LENGTHS[stored]
            self._lengths[field] = out
        return self._lengths[field]

    def average_length(self, field: str) -> float:
        return self.searcher.avg_field_length(field) or 1.0

    def frequency(self, field: str, text: str) -> int:
        """How many documents hold `text` in `field` (deleted ones included), from the term table alone."""
        if field not in self.schema:
            return 0
        return sum(terms.doc_frequency_at(field, number) for terms, _, number in self._located(field, text))

    def _located(self, field: str, text: str) -> list[tuple[NumpyTermsReader, int, int]]:
        """The segments whose table holds `text` in `field`: (terms reader, first document, term number). A
        query counts its words (cost.py, respell.py) before it reads them, each lookup once per segment: so
        they are remembered (the last LOCATED terms), and a search at ×10 looks each term up once instead of
        twice in each of its 16 segments."""
        key = (field, text)
        found = self._where.get(key)
        if found is None:
            btext = self.schema[field].to_bytes(text)
            found = []
            for leaf, base in self.leaves:
                number = leaf._terms.term_number(field, btext)
                if number >= 0:
                    found.append((leaf._terms, base, number))
            if len(self._where) >= LOCATED:
                self._where.clear()
            self._where[key] = found
        return found

    def read(self, field: str, text: str, positions: bool = False) -> Postings:
        """The postings of `text` in `field` (NOTHING when absent), with positions if asked."""
        key = (field, text, positions)
        with self._lock:
            for known in (key, (field, text, True)):
                cached = self._cache.get(known)
                if cached is not None:
                    self._cache.move_to_end(known)
                    return cached
        postings = self._read(field, text, positions)  # threads read at once (index/store/thread_files.py)
        size = postings.nbytes
        if size > self._cache_limit:
            return postings
        with self._lock:
            if key not in self._cache:
                self._cache[key] = postings
                self._cache_bytes += size
            while self._cache_bytes > self._cache_limit:
                _, dropped = self._cache.popitem(last=False)
                self._cache_bytes -= dropped.nbytes
        return postings

    def _read(self, field: str, text: str, positions: bool) -> Postings:
        if field not in self.schema:
            return NOTHING
        ids, freqs, found, counts = [], [], [], []
        for terms, base, number in self._located(field, text):
            read = terms.postings_at(field, number, positions)
            ids.append(read[0] + base)
            freqs.append(read[1])
            if positions and read[2] is not None:
                found.append(read[2])
                counts.append(read[3])
        if not ids:
            return NOTHING
        all_ids = np.concatenate(ids)
        all_freqs = np.concatenate(freqs)
        all_positions = np.concatenate(found) if found else None
        all_counts = np.concatenate(counts) if found else None
        live = None if self._all_live else self.live[all_ids]
        if live is not None and not live.all():
            all_ids, all_freqs = all_ids[live], all_freqs[live]
            if all_positions is not None:
                all_positions = all_positions[np.repeat(live, all_counts)]
                all_counts = all_counts[live]
        ends = np.cumsum(all_counts) if all_counts is not None else None
        return Postings(all_ids, all_freqs, all_positions, ends)
