"""Matching and ranking: the query's units evaluated over one generation's postings (index/search/matching.py),
articles that hold every unit ranked first, then, when fewer than a page of them exist, the articles that hold
most of the query's weight.

One rule ranks every kind of query (keywords, pasted headlines, questions, paragraphs), the way
Meilisearch's `matchingStrategy: frequency` and Elasticsearch's `minimum_should_match` do: an article
missing a word is not dropped but placed after those that hold them all, the more so the rarer the word.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from whoosh import query as wq

from index.search.cost import Cost, check, cost
from index.search.filters import Filters
from index.search.matching import Evaluator, Matches, member, union
from index.search.query import ParsedQuery, Unit
from index.search.ranking import Ranking
from index.search.reader import Generation
from index.store.postings import PostingSource


@dataclass(frozen=True)
class Wanted:
    """What the caller needs of a search: a page's size (below it, partial matches fill in), how many hits
    must be in their final order, the order, and the work (postings) it may read."""

    per_page: int
    hits: int
    sort: str
    budget: int


@dataclass
class Found:
    """Every hit of a search, in order: the first `full` hold everything that was asked."""

    articles: np.ndarray  # article numbers, in the order shown
    scores: np.ndarray | None  # per article, in that order (None when sorted by date)
    full: int
    partial: bool  # whether articles holding only part of the query were let in
    sections: Matches  # the matching sections of those articles, scored
    required: list[tuple[str, np.ndarray]]  # per required unit: its label and the articles holding it
    needles: tuple[str, ...]  # what to highlight: the words and phrases looked up

    @property
    def total(self) -> int:
        return len(self.articles)


def find(
    generation: Generation,
    evaluator: Evaluator,
    parsed: ParsedQuery,
    filters: Filters,
    ranking: Ranking,
    wanted: Wanted,
) -> Found:
    """The hits of `parsed` within `filters`: articles holding every required unit (and every strict one,
    and nothing excluded); when fewer than `wanted.per_page` of them exist, then the articles holding at least
    `min_coverage` of the best share of the required units' weight, after them. Scores come from the units;
    the boosts (words found together) rescore the first `rerank_window` articles (or the first `wanted.hits`).
    The plan is counted before any posting list is read (`_affordable`): over `wanted.budget`, what is only scored
    is left out, and QueryTooCostly when what must hold is over it alone."""
    units = _within_budget(generation, parsed.units, ranking, parsed.notes) if parsed.units else []
    units, boosts = _affordable(evaluator.source, units, parsed, filters, wanted.budget)
    allowed = _allowed(generation, evaluator, filters)
    excluded = generation.articles_of(evaluator.ids(parsed.exclude)) if parsed.exclude is not None else None
    if not parsed.units:
        return _filtered(generation, allowed, excluded, parsed.needles)
    dropped = {u.word for u in parsed.units} - {u.word for u in units}
    needles = tuple(n for n in parsed.needles if n not in dropped)
    matches = [_matches(evaluator, unit, allowed) for unit in units]
    blend = _blended(units, ranking)
    held = _holders(generation, units, matches, excluded, ranking, wanted.per_page, blend)
    full, partial = held.full, held.partial
    if len(partial) and not any(len(articles) for _, articles in held.required):
        parsed.notes.append("no article holds any of its words: the articles holding some of their characters in a row")
    article_no = generation.article_no
    sections = union(matches).within(np.flatnonzero(member(article_no, np.concatenate([full, partial]))))
    if wanted.sort == "date":
        ordered = np.concatenate([_by_date(generation, full), _by_date(generation, partial)])
        return Found(ordered, None, len(full), len(partial) > 0, sections, held.required, needles)
    factor = np.ones(len(generation.article_ids))
    factor[partial] = held.coverage[partial] ** ranking.coverage_power
    if blend:
        factor = held.coverage**ranking.blend_power
    score = _article_scores(generation, sections, ranking) * factor
    if blend:  # one tier: an article holding all of it first only where its score puts it
        order = _by_score(np.concatenate([full, partial]), score)
    else:
        order = np.concatenate([_by_score(full, score), _by_score(partial, score)])
    window = order[: max(ranking.rerank_window, wanted.hits)]
    if boosts and len(window):
        # second pass: only the best articles are worth the position lists the boosts read
        docs = np.flatnonzero(member(article_no, window))
        sections = union([sections, *(evaluator.matches(q, within=docs) for q in boosts)])
        score = _article_scores(generation, sections, ranking) * factor
        on_top = 0 if blend else min(len(window), len(full))
        order[: len(window)] = np.concatenate([_by_score(window[:on_top], score), _by_score(window[on_top:], score)])
    leading = _leading(order, full) if blend else len(full)
    return Found(order, score[order], leading, len(partial) > 0, sections, held.required, needles)


def _blended(units: list[Unit], ranking: Ranking) -> bool:
    """Whether a query is long enough (`ranking.blend_words` required units or more) to be ranked in one tier."""
    return bool(ranking.blend_words) and sum(u.required for u in units) >= ranking.blend_words


def _leading(order: np.ndarray, full: np.ndarray) -> int:
    """How many of the first articles of `order` hold every required unit (`full`): those shown as matching all."""
    held = member(order, full)
    return len(order) if held.all() else int(np.argmin(held))


def _filtered(
    generation: Generation, allowed: np.ndarray | None, excluded: np.ndarray | None, needles: tuple[str, ...]
) -> Found:
    """A search with no words: every live article the filters let through (less the excluded), newest first."""
    docs = np.flatnonzero(generation.live) if allowed is None else allowed[generation.live[allowed]]
    articles = generation.articles_of(docs)
    if excluded is not None:
        articles = np.setdiff1d(articles, excluded, assume_unique=True)
    sections = Matches(docs, np.zeros(len(docs)))
    return Found(_by_date(generation, articles), None, len(articles), False, sections, [], needles)


@dataclass
class _Held:
    """Which articles hold the query: all of it (`full`), or enough of its weight to fill a short page."""

    full: np.ndarray  # article numbers, ascending
    partial: np.ndarray
    coverage: np.ndarray  # per article number: its share of the required units' weight
    required: list[tuple[str, np.ndarray]]  # per required unit: its label and the articles holding it


def _holders(
    generation: Generation,
    units: list[Unit],
    matches: list[Matches],
    excluded: np.ndarray | None,
    ranking: Ranking,
    per_page: int,
    blend: bool = False,
) -> _Held:
    """Articles holding every required and strict unit and nothing excluded; when fewer than `per_page` (or
    always, for a query ranked in one tier: `blend`), also those holding at least `min_coverage` of the best
    share of the required units' weight (idf-like: a rarer unit weighs more)."""
    holding = [generation.articles_of(m.ids) for m in matches]
    size = len(generation.article_ids)
    ok = np.ones(size, dtype=bool)
    if excluded is not None:
        ok[excluded] = False
    count = np.zeros(size, dtype=np.int64)
    weight = np.zeros(size)
    required = [(unit.label, arts) for unit, arts in zip(units, holding, strict=True) if unit.required]
    live_articles = max(1, generation.live_count)
    total_weight = 0.0
    for unit, arts in zip(units, holding, strict=True):
        if unit.strict:
            hold = np.zeros(size, dtype=bool)
            hold[arts] = True
            ok &= hold
        if unit.required:
            w = math.log(1 + live_articles / (1 + len(arts)))  # a rarer unit weighs more
            weight[arts] += w
            count[arts] += 1
            total_weight += w
    matched = count > 0 if required else np.isin(np.arange(size), np.concatenate(holding))
    if required and not matched.any():  # no article holds a word asked for: those holding its bigrams, not none
        matched = np.isin(np.arange(size), np.concatenate(holding))
    full = np.flatnonzero(ok & matched & (count == len(required)))
    partial = np.zeros(0, dtype=np.int64)
    coverage = weight / total_weight if total_weight else np.ones(size)
    if (blend or len(full) < per_page) and required:
        candidates = ok & matched & (count < len(required))
        if candidates.any():
            best = coverage[candidates].max()
            partial = np.flatnonzero(candidates & (coverage >= ranking.min_coverage * best))
    return _Held(full, partial, coverage, required)


def _by_score(articles: np.ndarray, score: np.ndarray) -> np.ndarray:
    """`articles` by descending score (ties in index order)."""
    return articles[np.lexsort((articles, -score[articles]))]


def _allowed(generation: Generation, evaluator: Evaluator, filters: Filters) -> np.ndarray | None:
    """The documents the filters let through, ascending (None: no filter)."""
    allowed = None
    for _, query in filters.queries:
        ids = evaluator.ids(query)
        allowed = ids if allowed is None else np.intersect1d(allowed, ids, assume_unique=True)
    if filters.dates:
        in_range = generation.dated_between(*filters.dates)
        allowed = in_range if allowed is None else np.intersect1d(allowed, in_range, assume_unique=True)
    return allowed


def _matches(evaluator: Evaluator, unit: Unit, allowed: np.ndarray | None) -> Matches:
    """The sections holding `unit`, scored, among the `allowed` ones."""
    found = evaluator.matches(unit.query)
    return found if allowed is None else found.within(allowed)


def _affordable(
    source: PostingSource, units: list[Unit], parsed: ParsedQuery, filters: Filters, budget: int
) -> tuple[list[Unit], list[wq.Query]]:
    """The units and boosts a search can afford within `budget` (index/search/cost.py), counted before any posting
    list is read. Over it, what is only scored (bigrams, furniture, numbers, the boosts) is left out, the
    costliest first, and the notes say so; when what must hold (required words, phrases, exclusions,
    filters) is over it alone: QueryTooCostly, naming the costliest of those."""
    boost_units = [Unit("", q) for q in parsed.boosts]
    asked = [(param, Unit(f"{param}=…", q)) for param, q in filters.queries]
    must = [u for u in units if u.required or u.strict] + parsed.exclusions + [unit for _, unit in asked]
    may = [u for u in units if not (u.required or u.strict)] + boost_units
    costs = {id(u): cost(u.query, source) for u in must + may}
    spent = sum((costs[id(u)] for u in must + may), Cost()).work
    left_out: set[int] = set()
    for unit in sorted(may, key=lambda u: -costs[id(u)].work):
        if spent <= budget:
            break
        left_out.add(id(unit))
        spent -= costs[id(unit)].work
    if spent > budget:
        check([(u.label, costs[id(u)]) for u in must], budget, {unit.label: param for param, unit in asked})
    if left_out:
        parsed.notes.append(f"left out {len(left_out)} of its commonest scored parts to stay within the query budget")
    kept = [u for u in units if id(u) not in left_out]
    return kept, [u.query for u in boost_units if id(u) not in left_out]


def _within_budget(generation: Generation, units: list[Unit], ranking: Ranking, notes: list[str]) -> list[Unit]:
    """`units` with at most `ranking.max_words` word units and `ranking.max_grams` bigram units: a long text
    (a pasted paragraph) is looked up by its rarest words and bigrams, which single out its article, instead
    of by every common one."""
    words = [u for u in units if u.word]
    grams = [u for u in units if u.gram]
    if len(words) <= ranking.max_words and len(grams) <= ranking.max_grams:
        return list(units)
    frequency = generation.evaluator.source.frequency
    rarest_words = sorted(words, key=lambda u: frequency("body", u.word))[: ranking.max_words]
    rarest_grams = sorted(grams, key=lambda u: frequency("grams", u.gram))[: ranking.max_grams]
    kept = {id(u) for u in rarest_words + rarest_grams}
    if len(words) > ranking.max_words:
        notes.append(f"looked up by its {ranking.max_words} rarest words of {len(words)}")
    return [u for u in units if not (u.word or u.gram) or id(u) in kept]


def _article_scores(generation: Generation, sections: Matches, ranking: Ranking) -> np.ndarray:
    """Per article number: its best section's score, plus `other_sections` of the rest."""
    articles = generation.article_no[sections.ids]
    best = np.zeros(len(generation.article_ids))
    np.maximum.at(best, articles, sections.scores)
    if not ranking.other_sections:
        return best
    total = np.bincount(articles, weights=sections.scores, minlength=len(best))
    return best + ranking.other_sections * (total - best)


def _by_date(generation: Generation, articles: np.ndarray) -> np.ndarray:
    """`articles` newest first (then by id, descending; undated last)."""
    docs = generation.first_doc[articles]
    ids = np.array([generation.article_ids[a] for a in articles], dtype=str)
    return articles[np.lexsort((ids, generation.dates[docs]))[::-1]]
