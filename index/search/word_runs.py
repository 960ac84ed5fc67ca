"""The headline's order: how much of a query's word weight an article holds as the query writes it, a stretch of
three or more of its words one after another in the body (`城市擁堵，qujing交警做了些什麼` and an article whose
lead says 曲靖交警做了些什么).

Another outlet's report of the same event often holds more of a headline's words than the headline's own
article, scattered; the article the headline was written for more often holds some of them in its order, as a
run. The neighbouring-word pairs (`Ranking.pair_boost`) already score two words within a few positions; this
rescores the best articles by the share of the query's content-word weight (idf) standing in such a run.
"""

from __future__ import annotations

import math

import numpy as np

from index.search.matching import positions_at, present
from index.store.postings import PostingSource
from index.text.lexicon import QUERY_STOPWORDS

SPAN = 1 << 24  # keys are document row * SPAN + position: a section holds fewer words than this


def run_shares(
    source: PostingSource, runs: list[list[str]], docs: np.ndarray, length: int, lead: int = 0
) -> np.ndarray:
    """Per document of `docs` (ascending): the share of the runs' content-word weight (idf over the body's
    sections) that stands in a stretch of `length` or more of a run's consecutive content words, each as far
    after the one before as in the query (a function word between them is not read: the positions of 的 and
    了 would cost more than all the rest), in one of those documents (within its first `lead` positions, when
    given)."""
    weights = {w: math.log(source.doc_count / (source.frequency("body", w) + 1)) + 1 for run in runs for w in run}
    held = np.zeros(len(docs))
    total = 0.0
    keys: dict[str, np.ndarray] = {}
    for run in runs:
        content = [(at, w) for at, w in enumerate(run) if w not in QUERY_STOPWORDS]
        total += sum(weights[w] for w in dict.fromkeys(w for _, w in content))
        covered = np.zeros((len(docs), len(content)), dtype=bool)
        for first in range(len(content) - length + 1):
            starts = _keys(source, content[first][1], docs, lead, keys)
            for at, word in content[first + 1 : first + length]:
                later = _keys(source, word, docs, lead, keys)
                if not len(starts) or not len(later):
                    starts = starts[:0]
                    break
                starts = starts[present(starts + (at - content[first][0]), later)]
            covered[np.unique(starts // SPAN), first : first + length] = True
        for word in dict.fromkeys(w for _, w in content):
            at = [i for i, (_, w) in enumerate(content) if w == word]
            held += covered[:, at].any(axis=1) * weights[word]
    return np.minimum(held / total, 1.0) if total else held


def _keys(source: PostingSource, word: str, docs: np.ndarray, lead: int, known: dict[str, np.ndarray]) -> np.ndarray:
    """The positions of `word` in `docs`, as keys (row of `docs` * SPAN + position), ascending; kept in `known`."""
    if word in known:
        return known[word]
    known[word] = _positions(source, word, docs, lead)
    return known[word]


def _positions(source: PostingSource, word: str, docs: np.ndarray, lead: int) -> np.ndarray:
    postings = source.read("body", word, positions=True)
    ids, rows, _ = np.intersect1d(docs, postings.ids, assume_unique=True, return_indices=True)
    if not len(ids):
        return np.zeros(0, dtype=np.int64)
    owner, positions = positions_at(postings, np.searchsorted(postings.ids, ids))
    if lead:
        keep = positions < lead
        owner, positions = owner[keep], positions[keep]
    return np.unique(rows[owner] * SPAN + positions)
