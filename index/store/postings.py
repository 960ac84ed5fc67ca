"""Whole posting lists as numpy arrays, read block by block from Whoosh's W3 codec, and what BM25 needs.

Stepping Whoosh's matchers one posting at a time costs several Python calls per posting per matcher, and a
query over common words spent most of its time there. Reading a term's blocks whole (one zlib and one pickle
call per 128 postings) and scoring them with numpy costs a small fraction of that. The block layout read
here is whoosh-reloaded 2.7.5's (pinned in pyproject.toml); tests compare every read with Whoosh's own
matchers, so a codec change fails loudly instead of answering wrongly.
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.matching import ListMatcher
from whoosh.util.numeric import byte_to_length

# What a cached posting list costs besides its arrays' data and its position strings: the two array objects,
# the Postings, its key (a tuple and the term) and the cache's entry. Measured with tracemalloc over the 4,671
# bigrams starting with 的 or 是 on 2,000 corpus articles (tests/test_postings.py checks it): most posting
# lists are short (median 3 postings), and counting their arrays alone gave 193 bytes an entry where the
# process held 674 (634 with slots), so a budget of 64 MB held over 200 MB (issue 13).
ENTRY_BYTES = 450

# Whoosh stores a field's length in a document as one byte; this table turns the bytes back into lengths.
_LENGTHS = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


@dataclass(frozen=True, slots=True)
class Postings:
    """One term's documents in ascending order (deleted ones left out), its frequency in each and, when
    asked for, its encoded positions in each."""

    ids: np.ndarray  # int64
    freqs: np.ndarray  # float64
    values: tuple[bytes, ...] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def nbytes(self) -> int:
        """What this list holds in memory once cached (see ENTRY_BYTES)."""
        values = 0 if self.values is None else sys.getsizeof(self.values) + sum(map(sys.getsizeof, self.values))
        return ENTRY_BYTES + self.ids.nbytes + self.freqs.nbytes + values


NOTHING = Postings(np.zeros(0, np.int64), np.zeros(0, np.float64), ())


class PostingSource:
    """The segments of one open searcher: posting lists, live documents and field lengths, with a
    least-recently-used cache of posting lists (they are immutable for the life of the searcher)."""

    def __init__(self, searcher, cache_mb: float) -> None:
        self.searcher = searcher
        self.schema = searcher.schema
        reader = searcher.reader()
        # segment readers and their first document numbers (an empty index has none)
        self.leaves = [(leaf, base) for leaf, base in reader.leaf_readers() if hasattr(leaf, "_terms")]
        self.doc_count = reader.doc_count_all()
        self.live = np.ones(self.doc_count, dtype=bool)
        for leaf, base in self.leaves:
            deleted = leaf.deleted_docs_set
            if deleted:
                self.live[base + np.fromiter(deleted, dtype=np.int64)] = False
        self._lengths: dict[str, np.ndarray] = {}
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
        return self.searcher.doc_frequency(field, text) if field in self.schema else 0

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
        fieldobj = self.schema[field]
        btext = fieldobj.to_bytes(text)
        ids, freqs, values = [], [], []
        for leaf, base in self.leaves:
            if (field, btext) not in leaf._terms:
                continue
            matcher = leaf._terms.matcher(field, btext, fieldobj.format)
            for block_ids, block_freqs, block_values in _blocks(matcher):
                ids.append(block_ids + base)
                freqs.append(block_freqs)
                if positions:
                    values.extend(block_values)
        if not ids:
            return NOTHING
        all_ids = np.concatenate(ids)
        all_freqs = np.concatenate(freqs)
        live = self.live[all_ids]
        if not live.all():
            all_ids, all_freqs = all_ids[live], all_freqs[live]
            values = [v for v, keep in zip(values, live, strict=False) if keep] if positions else values
        return Postings(all_ids, all_freqs, tuple(values) if positions else None)


def _blocks(matcher):
    """(ids, frequencies, encoded values) of each block of a W3 posting list, or of an inlined one."""
    if isinstance(matcher, ListMatcher):
        yield (
            np.asarray(matcher._ids, dtype=np.int64),
            np.asarray(matcher._weights, dtype=np.float64),
            matcher._values or (),
        )
        return
    while True:
        matcher._read_data()
        deltas, weights, values = matcher._data
        count = matcher._blocklength
        ids = np.cumsum(np.asarray(deltas, dtype=np.int64))
        if weights is None:
            freqs = np.ones(count, dtype=np.float64)
        elif isinstance(weights, float):
            freqs = np.full(count, weights, dtype=np.float64)
        else:
            freqs = np.asarray(weights, dtype=np.float64)
        yield ids, freqs, values or ()
        if matcher._lastblock:
            return
        matcher._goto(matcher._nextoffset)
