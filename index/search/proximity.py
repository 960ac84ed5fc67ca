"""Where an article holds a long query together: the share of the query's bigram weight found in the densest
stretch of its text, for reranking the first articles of a pasted headline.

A headline's words are found scattered over many articles: a digest of unrelated news, or another outlet's
report of the same event that shares most of its words, scores as well by BM25, which adds up each word
wherever it stands. The article the headline was written for holds its words close together, usually in one
sentence or two of its lead. Bigrams rather than words, so that a word cut otherwise in the article (证券市场
against 证券 and 市场 apart) still counts, and read from the grams field's positions (one position a character,
index/store/schema.py) of the first articles only.
"""

from __future__ import annotations

import math

import numpy as np

from index.store.postings import PostingSource


def densest_share(source: PostingSource, docs: np.ndarray, grams: list[str], width: int) -> np.ndarray:
    """Per document of `docs` (ascending): the share of `grams`' weight (a rarer bigram weighs more, as the
    required words do in index/search/find.py) that some `width` consecutive positions of it hold, each bigram
    counted once."""
    grams = list(dict.fromkeys(grams))
    weights = np.array([math.log(1 + source.doc_count / (1 + source.frequency("grams", g))) for g in grams])
    total = weights.sum()
    out = np.zeros(len(docs))
    if not len(docs) or not total:
        return out
    owners, places, which = [], [], []
    for number, text in enumerate(grams):
        postings = source.read("grams", text, positions=True)
        if not len(postings):
            continue
        rows = np.searchsorted(postings.ids, docs)
        held = rows < len(postings.ids)
        held[held] = postings.ids[rows[held]] == docs[held]
        for at in np.flatnonzero(held):
            positions = postings.positions_of(int(rows[at]))
            owners.extend([at] * len(positions))
            places.extend(positions)
            which.extend([number] * len(positions))
    if not owners:
        return out
    owner, place, gram = np.array(owners), np.array(places), np.array(which)
    order = np.lexsort((place, owner))
    owner, place, gram = owner[order], place[order], gram[order]
    bounds = np.flatnonzero(np.diff(owner)) + 1
    for start, end in zip(np.r_[0, bounds], np.r_[bounds, len(owner)], strict=True):
        out[owner[start]] = _densest(place[start:end], gram[start:end], weights, width) / total
    return out


def _densest(places: np.ndarray, grams: np.ndarray, weights: np.ndarray, width: int) -> float:
    """The most weight of distinct bigrams within `width` consecutive positions (`places` ascending)."""
    counts = [0] * len(weights)
    weight = weights.tolist()
    best = held = 0.0
    left = 0
    places, grams = places.tolist(), grams.tolist()
    for right, place in enumerate(places):
        if not counts[grams[right]]:
            held += weight[grams[right]]
        counts[grams[right]] += 1
        while place - places[left] >= width:
            counts[grams[left]] -= 1
            if not counts[grams[left]]:
                held -= weight[grams[left]]
            left += 1
        best = max(best, held)
    return best
