"""More like this: other stories on an article's subject, found through its most distinctive words.

The article's words (jieba, as indexed) are weighed by tf-idf against the index; the top DISTINCTIVE
of them, each boosted by its weight, make one OR query over titles and bodies, scored with the same
BM25 evaluator as searches. An article scores as its best section; the article's own story (itself and
its reprints) is left out, and the rest is collapsed to one article per story.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
from whoosh import query as wq

from index.search.collapse import collapse
from index.search.ranking import Ranking
from index.text.analysis import word_terms
from index.text.lexicon import QUERY_STOPWORDS

MAX_RELATED = 50  # the most related stories one request may ask for
DISTINCTIVE = 25  # words in the query: fewer missed the subject of long reports, more only cost time
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")  # a word worth asking for has a letter or a Chinese character


def distinctive_words(searcher, texts: list[str], limit: int = DISTINCTIVE) -> list[tuple[str, float]]:
    """The `limit` words of `texts` with the highest tf-idf in the body field, each with its weight
    (the best one 1.0). Words in fewer than two sections cannot find another article."""
    counts = Counter(
        term
        for text in texts
        for term, _ in word_terms(text)
        if len(term) >= 2 and _WORD.search(term) and term not in QUERY_STOPWORDS
    )
    total = searcher.doc_count_all()
    weighed = []
    for term, count in counts.items():
        frequency = searcher.doc_frequency("body", term)
        if frequency >= 2:
            weighed.append((term, (1 + math.log(count)) * math.log(total / frequency)))
    weighed.sort(key=lambda item: (-item[1], item[0]))
    top = weighed[:limit]
    return [(term, weight / top[0][1]) for term, weight in top] if top else []


def like_query(words: list[tuple[str, float]], ranking: Ranking) -> wq.Query:
    """One OR over the body and title of each word, boosted by its weight."""
    return wq.Or(
        [wq.Term("body", term, boost=weight) for term, weight in words]
        + [wq.Term("title", term, boost=weight * ranking.field_boosts["title"]) for term, weight in words]
    )


def ranked_like(generation, article: int, limit: int, ranking: Ranking) -> list[tuple[int, float]]:
    """(best section's document number, score) of up to `limit` other stories like `article`'s, best first.

    The article's title counts twice among its texts: a headline names the subject in a few words."""
    docs = np.flatnonzero((generation.article_no == article) & generation.evaluator.source.live)
    if not len(docs):
        return []
    searcher = generation.searcher
    stored = [searcher.stored_fields(int(d)) for d in docs]
    words = distinctive_words(searcher, [stored[0].get("title", "")] * 2 + [f.get("body", "") for f in stored])
    if not words:
        return []
    found = generation.evaluator.matches(like_query(words, ranking))
    other = generation.story[generation.article_no[found.ids]] != generation.story[article]
    ids, scores = found.ids[other], found.scores[other]
    order = np.lexsort((ids, -scores))
    ids, scores = ids[order], scores[order]
    articles = generation.article_no[ids]
    _, best = np.unique(articles, return_index=True)
    best = np.sort(best)
    stories = collapse(articles[best], generation.story, generation.groups)
    at = {int(a): i for a, i in zip(articles[best], best, strict=True)}
    return [(int(ids[at[int(a)]]), round(float(scores[at[int(a)]]), 4)) for a in stories.leads[:limit]]
