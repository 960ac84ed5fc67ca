"""The headline's words in the article's lead: a long query (a pasted headline, a clause with a question) rescores
the best articles by the share of its word weight that an article's first words hold.

An outlet writes its headline from its own lead, so the headline's rarer words (the place, the name, the number)
stand in the first sentence of its own article, while another outlet's report of the same event, or a digest of
pasted sentences, holds them further in. Measured (2026-12-06, tuning halves, score * (1 + 0.5 * share), the first
60 word positions of the first section, queries of six required units or more; the figures in
index/search/ranking.py): mixed 0.8098 -> 0.8136, headline 0.8201 -> 0.8245, asked 0.7528 -> 0.7624, lead 0.7217
-> 0.7250, typo 0.8290 -> 0.8342, keywords unchanged (its queries are shorter). The same share for every query
lost keywords (0.8769) and typo (0.8235): two or three keywords are in most leads of their subject. Off by default
(`Ranking.lead_boost` 0): the check sets of other generators lose on their tuning halves (ranking.py's figures).
"""

from __future__ import annotations

import math

import numpy as np

from index.store.postings import PostingSource
from index.text.lexicon import QUERY_STOPWORDS


def lead_shares(source: PostingSource, runs: list[list[str]], docs: np.ndarray, lead: int) -> np.ndarray:
    """Per document of `docs` (ascending: each an article's first section): the share of the runs' content-word
    weight (idf over the body's sections) that the document's first `lead` word positions hold."""
    words = list(dict.fromkeys(w for run in runs for w in run if w not in QUERY_STOPWORDS))
    weights = [math.log(source.doc_count / (source.frequency("body", w) + 1)) + 1 for w in words]
    held = np.zeros(len(docs))
    for word, weight in zip(words, weights, strict=True):
        postings = source.read("body", word, positions=True)
        _, rows, found = np.intersect1d(docs, postings.ids, assume_unique=True, return_indices=True)
        starts = np.where(found > 0, postings.ends[found - 1], 0)
        early = postings.positions[starts] < lead if len(found) else np.zeros(0, dtype=bool)
        held[rows[early]] += weight
    total = sum(weights)
    return held / total if total else held
