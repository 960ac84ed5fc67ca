"""Evaluate a Whoosh query tree over whole posting lists: every matching document with its BM25 score.

A search needs every match anyway (to count articles and facets), so the tree is evaluated term at a
time with numpy arrays instead of document at a time with Whoosh's matchers. Scores follow Whoosh's
BM25F: each term is scored in its field and multiplied by its boost; Or and And add their parts' scores.
A phrase is scored as one term whose documents are the ones that hold it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from whoosh import query as wq

from index.search.cost import NEVER, Deadline
from index.store.postings import Postings, PostingSource

K1 = 1.2
B = 0.75
# Documents are looked up through a table over their range once they are at least 1/TABLE_SHARE of it: at ×10
# (121k sections) the union of three lists of 20k took 10.8 ms by np.unique and 1.4 by table, of 1k 0.35 and 0.26.
TABLE_SHARE = 64


@dataclass(frozen=True)
class Matches:
    """Matching document numbers in ascending order, each with its score."""

    ids: np.ndarray  # int64
    scores: np.ndarray  # float64

    def __len__(self) -> int:
        return len(self.ids)

    def within(self, ids: np.ndarray) -> Matches:
        """Only the documents also in `ids` (ascending)."""
        keep = member(self.ids, ids)
        return Matches(self.ids[keep], self.scores[keep])

    def without(self, ids: np.ndarray) -> Matches:
        keep = ~member(self.ids, ids)
        return Matches(self.ids[keep], self.scores[keep])

    def boosted(self, boost: float) -> Matches:
        return self if boost == 1.0 else Matches(self.ids, self.scores * boost)


NONE = Matches(np.zeros(0, np.int64), np.zeros(0, np.float64))


def member(values: np.ndarray, among: np.ndarray) -> np.ndarray:
    """Per value: whether `among` holds it (integers from 0). Through a table over their range when they are
    many beside it: np.isin sorts both, 4.7 ms for a ×10 index's 121k documents against 3k, 0.35 by table."""
    if not len(values) or not len(among):
        return np.zeros(len(values), dtype=bool)
    top = max(int(values.max()), int(among.max())) + 1
    if (len(values) + len(among)) * TABLE_SHARE < top:
        return np.isin(values, among)
    table = np.zeros(top, dtype=bool)
    table[among] = True
    return table[values]


def union(parts: list[Matches]) -> Matches:
    """Documents matching any part; a document's scores from each part are added (in the parts' order, by
    bincount: the same sums whether the documents are found by sorting or, when many, through a table)."""
    parts = [p for p in parts if len(p)]
    if len(parts) <= 1:
        return parts[0] if parts else NONE
    every = np.concatenate([p.ids for p in parts])
    weights = np.concatenate([p.scores for p in parts])
    top = max(int(p.ids[-1]) for p in parts) + 1
    if len(every) * TABLE_SHARE < top:
        ids, inverse = np.unique(every, return_inverse=True)
        return Matches(ids, np.bincount(inverse, weights=weights, minlength=len(ids)))
    held = np.zeros(top, dtype=bool)
    held[every] = True
    ids = np.flatnonzero(held)
    return Matches(ids, np.bincount(every, weights=weights, minlength=top)[ids])


def best_of(parts: list[Matches], tiebreak: float = 0.0) -> Matches:
    """Documents matching any part, each scored by its best part and `tiebreak` of the others: Lucene's dis_max
    (Whoosh's own matcher keeps the tie-breaker but scores the best part alone)."""
    parts = [p for p in parts if len(p)]
    if len(parts) <= 1:
        return parts[0] if parts else NONE
    ids, inverse = np.unique(np.concatenate([p.ids for p in parts]), return_inverse=True)
    every = np.concatenate([p.scores for p in parts])
    scores = np.zeros(len(ids))
    np.maximum.at(scores, inverse, every)
    if tiebreak:
        scores += tiebreak * (np.bincount(inverse, weights=every, minlength=len(ids)) - scores)
    return Matches(ids, scores)


def intersection(parts: list[Matches]) -> Matches:
    """Documents matching every part, the scores added; the smallest part is narrowed first."""
    if not parts:
        return NONE
    parts = sorted(parts, key=len)
    out = parts[0]
    for part in parts[1:]:
        if not len(out):
            return NONE
        ids, mine, theirs = np.intersect1d(out.ids, part.ids, assume_unique=True, return_indices=True)
        out = Matches(ids, out.scores[mine] + part.scores[theirs])
    return out


class Evaluator:
    """Evaluates query trees against one open generation's postings."""

    def __init__(self, source: PostingSource, deadline: Deadline = NEVER) -> None:
        self.source = source
        self.deadline = deadline

    def until(self, deadline: Deadline) -> Evaluator:
        """This evaluator for one query, stopping with QueryTimeout once `deadline` has passed."""
        return Evaluator(self.source, deadline)

    def matches(self, query: wq.Query, within: np.ndarray | None = None) -> Matches:
        """The documents matching `query`, scored; only those among `within` (ascending) when it is given,
        which spares a phrase decoding the positions of documents that are not wanted (its idf then takes
        its rarest word's document frequency, an upper bound of the phrase's own)."""
        if isinstance(query, wq.Term):
            found = self._term(query.fieldname, query.text)
        elif isinstance(query, wq.Phrase):
            found = self._phrase(query.fieldname, query.words, query.slop, within)
        elif isinstance(query, wq.And):
            found = intersection([self.matches(q, within) for q in query.subqueries])
        elif isinstance(query, wq.Or):
            found = union([self.matches(q, within) for q in query.subqueries])
        elif isinstance(query, wq.DisjunctionMax):
            found = best_of([self.matches(q, within) for q in query.subqueries], query.tiebreak)
        elif isinstance(query, wq.AndNot):
            found = self.matches(query.a, within)
            if len(found):
                found = found.without(self.matches(query.b, within).ids)
        elif isinstance(query, wq.Every):
            ids = np.flatnonzero(self.source.live)
            found = Matches(ids, np.zeros(len(ids)))
        else:
            raise TypeError(f"cannot evaluate a {type(query).__name__} query")
        if within is not None and not isinstance(query, wq.Phrase):
            found = found.within(within)
        return found.boosted(query.boost)

    def ids(self, query: wq.Query) -> np.ndarray:
        """The documents matching `query`, unscored."""
        return self.matches(query).ids

    def _term(self, field: str, text: str) -> Matches:
        self.deadline.check()
        postings = self.source.read(field, text)
        return self._scored(field, postings.ids, postings.freqs)

    def _phrase(self, field: str, words: list[str], slop: int, within: np.ndarray | None = None) -> Matches:
        """Documents holding `words` in order, each within `slop` positions of the one before (1: adjacent);
        the phrase's frequency in a document is how many times it starts there."""
        if not words:
            return NONE
        self.deadline.check()
        postings = [self.source.read(field, w, positions=True) for w in words]
        if len(postings) == 1:
            found = self._scored(field, postings[0].ids, postings[0].freqs)
            return found if within is None else found.within(within)
        ids = _common_ids(postings)
        frequency = None
        if within is not None:
            frequency = min(len(p) for p in postings)
            ids = ids[member(ids, within)]
        if not len(ids):
            return NONE
        rows = [np.searchsorted(p.ids, ids) for p in postings]
        if slop <= 1:
            counts = _adjacent(postings, rows, len(ids))
            keep = np.flatnonzero(counts)
            return self._scored(field, ids[keep], counts[keep].astype(np.float64), frequency)
        keep, freqs = [], []
        for n in range(len(ids)):
            if n % 1024 == 1023:
                self.deadline.check()
            count = _occurrences([p.positions_of(row[n]) for p, row in zip(postings, rows, strict=True)], slop)
            if count:
                keep.append(n)
                freqs.append(count)
        return self._scored(field, ids[keep], np.asarray(freqs, dtype=np.float64), frequency)

    def _scored(self, field: str, ids: np.ndarray, freqs: np.ndarray, frequency: int | None = None) -> Matches:
        """BM25 of a term found `freqs` times in documents `ids` of `field` (unscored fields score 0); its
        document frequency is `len(ids)` unless given."""
        if not len(ids):
            return NONE
        if not self.source.schema[field].scorable:
            return Matches(ids, np.zeros(len(ids)))
        idf = math.log(self.source.doc_count / ((len(ids) if frequency is None else frequency) + 1)) + 1
        lengths = self.source.lengths(field)[ids] / self.source.average_length(field)
        scores = idf * (freqs * (K1 + 1)) / (freqs + K1 * ((1 - B) + B * lengths))
        return Matches(ids, scores)


def _common_ids(postings: list[Postings]) -> np.ndarray:
    ids = min(postings, key=len).ids
    for p in postings:
        if not len(ids):
            break
        ids = np.intersect1d(ids, p.ids, assume_unique=True)
    return ids


def _adjacent(postings: list[Postings], rows: list[np.ndarray], candidates: int) -> np.ndarray:
    """Per candidate document (row `rows[k][n]` of word k's postings): how many distinct positions of the first
    word start the whole sequence, each later word at the next position. Each word's positions in the
    candidates become keys (candidate, position less the word's offset), so the starts are the keys every
    word shares: the same count as `_occurrences` with numpy instead of a Python set per document (a
    phrase's documents at ×10 took 2.7 of 10.6 s of 300 queries' profile)."""
    gathered = [_positions_at(p, row) for p, row in zip(postings, rows, strict=True)]
    span = max(int(positions.max()) for _, positions in gathered) + 1  # every list holds a position
    starts = None
    for offset, (owner, positions) in enumerate(gathered):
        shifted = positions - offset
        ok = shifted >= 0
        keys = _distinct(owner[ok] * span + shifted[ok])  # ascending: rows ascend, positions ascend within
        starts = keys if starts is None or not len(keys) else starts[_present(starts, keys)]
        if not len(starts):
            break
    return np.bincount(starts // span, minlength=candidates)


def _distinct(ascending: np.ndarray) -> np.ndarray:
    """`ascending` without repeats."""
    keep = np.empty(len(ascending), dtype=bool)
    keep[:1] = True
    np.not_equal(ascending[1:], ascending[:-1], out=keep[1:])
    return ascending[keep]


def _present(values: np.ndarray, ascending: np.ndarray) -> np.ndarray:
    """Per value: whether `ascending` (sorted, not empty) holds it."""
    at = np.minimum(np.searchsorted(ascending, values), len(ascending) - 1)
    return ascending[at] == values


def _positions_at(postings: Postings, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The positions of postings `rows`, one after another: for each, which of `rows` it is of, and itself."""
    ends = postings.ends[rows]
    lengths = ends - np.where(rows > 0, postings.ends[rows - 1], 0)
    owner = np.repeat(np.arange(len(rows), dtype=np.int64), lengths)
    skip = np.repeat(ends - np.cumsum(lengths), lengths)  # from a position's rank among them to its index
    return owner, postings.positions[np.arange(len(owner), dtype=np.int64) + skip]


def _occurrences(positions: list[list[int]], slop: int) -> int:
    """How many positions of the first word start the whole sequence."""
    if slop <= 1:
        starts = set(positions[0])
        for offset, later in enumerate(positions[1:], start=1):
            starts &= {p - offset for p in later}
            if not starts:
                return 0
        return len(starts)
    count = 0
    later_sets = [sorted(p) for p in positions[1:]]
    for start in positions[0]:
        at = start
        for later in later_sets:
            nxt = next((p for p in later if at < p <= at + slop), None)
            if nxt is None:
                break
            at = nxt
        else:
            count += 1
    return count
