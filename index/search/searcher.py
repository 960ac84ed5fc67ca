"""Search: the query's units evaluated over one generation's postings (index/search/matching.py), articles that
hold every unit ranked first, then, when fewer than a page of them exist, the articles that hold most of
the query's weight; facets counted over every hit; the page's hits cut with highlighted snippets. The CLI
and the HTTP API both call `SearchIndex.search`.

One rule ranks every kind of query (keywords, pasted headlines, questions, paragraphs), the way
Meilisearch's `matchingStrategy: frequency` and Elasticsearch's `minimum_should_match` do: an article
missing a word is not dropped but placed after those that hold them all, the more so the rarer the word.
"""

from __future__ import annotations

import json
import math
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np
from whoosh import query as wq

from index import store
from index.search.collapse import Stories, collapse, count_stories, every_copy
from index.search.cost import Cost, Deadline, check, cost
from index.search.filters import Filters, filter_query
from index.search.highlight import find_matches, mark, snippet
from index.search.matching import Evaluator, Matches, union
from index.search.query import ParsedQuery, Unit, parse_query
from index.search.ranking import Ranking
from index.search.reader import CHRONOLOGICAL_FACETS, FACETS, Generation
from index.search.request import SearchRequest, validate
from index.search.results import (
    ArticleRow,
    Export,
    Facet,
    Hit,
    HitSection,
    QueryReading,
    Related,
    SearchResult,
    SimilarResult,
)
from index.search.similar import ranked_like
from index.search.suggest import Suggestions, suggest
from index.settings import Settings
from index.store.postings import PostingSource
from index.text import dictionary
from index.text.analysis import using, warm_up

SECTIONS_PER_HIT = 3
NOTICE_NONE = "没有文章包含全部词语，以下结果包含其中大部分"
NOTICE_FEW = "只有 {full} 篇文章包含全部词语，其后的结果包含其中大部分"


class SearchIndex:
    """An open index that follows the `current` generation: after a build swaps it, the next call
    reopens. Safe to share between threads."""

    def __init__(self, index_dir: str | Path, settings: Settings | None = None, ranking: Ranking | None = None) -> None:
        self.index_dir = Path(index_dir)
        self.settings = settings or Settings()
        self.ranking = ranking or Ranking()
        self._lock = threading.Lock()
        self._open: Generation | None = None
        self.dictionary = dictionary.load(self.settings.user_dict)  # DictionaryError for a bad SEARCH_USER_DICT
        warm_up(self.dictionary)

    def _current(self) -> Generation:
        try:
            target = os.readlink(self.index_dir / store.CURRENT)
        except OSError:
            target = None
        with self._lock:
            if self._open is None or target != self._open.name:
                self._open = Generation.open(self.index_dir, self.settings.postings_cache_mb)
            return self._open

    def overview(self) -> dict[str, list[Facet]]:
        """Facet counts over every article (for filter menus before any query), cached per generation."""
        generation = self._current()
        if generation.overview is None:
            generation.overview = _facets(generation, generation.live_articles(), stories=True)
        return generation.overview

    def health(self) -> dict:
        generation = self._current()
        meta = generation.meta
        return {
            "status": "ok",
            "articles": meta.get("articles", 0),
            "sections": meta.get("sections", 0),
            "index_version": meta.get("format_version"),
            "built_at": meta.get("built_at"),
            "generation": generation.name,
            "dictionary": _dictionary_health(meta, self.dictionary),
        }

    def article(self, article_id: str) -> dict | None:
        """The whole stored article (metadata, sections with paragraphs, original text), or None.

        The input's path on the server stays private: it is the operator's business, not the reader's.
        """
        fields = self._current().searcher.document(doc_id=f"{article_id}#0")
        if not fields or "article" not in fields:
            return None
        record = json.loads(fields["article"])
        record.pop("path", None)
        record["reprints"] = [asdict(c) for c in self._current().copies.get(article_id, []) if c.id != article_id]
        return record

    def similar(self, article_id: str, limit: int = 10) -> SimilarResult | None:
        """Up to `limit` other stories on the subject of an article (index/search/similar.py), or None when no
        article has this id. Its own reprints are never among them."""
        started = time.perf_counter()
        generation = self._current()
        number = generation.article_numbers.get(article_id)
        if number is None or generation.first_doc[number] < 0:
            return None
        related = []
        for doc, score in ranked_like(generation, number, limit, self.ranking):
            fields = generation.searcher.stored_fields(doc)
            related.append(
                Related(
                    id=fields["article_id"],
                    title=fields.get("title") or None,
                    source=fields.get("source") or None,
                    date=fields.get("date") or None,
                    province=fields.get("province") or None,
                    score=score,
                )
            )
        return SimilarResult(article_id, round((time.perf_counter() - started) * 1000, 2), related)

    def search(self, request: SearchRequest) -> SearchResult:
        started = time.perf_counter()
        per_page = validate(request, self.settings)
        start = (request.page - 1) * per_page
        run = self._run(request, per_page, start + per_page)
        return _result(request, run, run.stories.leads[start : start + per_page], per_page, started)

    def newest(self, request: SearchRequest, count: int) -> SearchResult:
        """The `count` newest of the articles the search finds (undated last), as one page of hits with
        snippets: what a feed of the search holds. The order and paging of `request` do not apply; with
        neither words nor filters, the newest of every article."""
        started = time.perf_counter()
        request = replace(request, sort="date", page=1, per_page=None)
        validate(request, self.settings)
        run = self._run(request, count, count)
        return _result(request, run, run.stories.leads[:count], count, started)

    def export(self, request: SearchRequest, limit: int) -> Export:
        """Every article the search finds (`total` of them), in the search's order, at most `limit`:
        metadata read one stored record at a time as the rows are taken. Paging of `request` does not apply."""
        request = replace(request, page=1, per_page=None)
        per_page = validate(request, self.settings)
        run = self._run(request, per_page, per_page)
        return Export(len(run.stories), limit, _rows(run.generation, run.stories.leads[:limit]))

    def _run(self, request: SearchRequest, per_page: int, wanted: int) -> _Run:
        """`request` read and matched against the current generation: every hit in order."""
        generation = self._current()
        parsed = self._parse(request.q, generation)
        filters = filter_query(request)
        sort = request.sort if parsed.units else "date"
        evaluator = generation.evaluator.until(Deadline.after(self.settings.query_timeout_ms))
        budget = self.settings.max_query_work
        found = _find(generation, evaluator, parsed, filters, self.ranking, per_page, wanted, sort, budget)
        # then one hit per story (index/search/collapse.py), before paging, whatever the order
        stories = (
            collapse(found.articles, generation.story, generation.groups)
            if request.collapse
            else every_copy(found.articles)
        )
        return _Run(generation, parsed, filters, sort, found, stories, request)

    def _parse(self, q: str, generation: Generation) -> ParsedQuery:
        """`q` read with this service's dictionaries, Latin words read as pinyin by the generation's words."""
        with using(self.dictionary):
            return parse_query(q, self.ranking, generation.vocabulary)

    def read_query(self, q: str) -> ParsedQuery:
        """How a search for `q` would read it (for highlighting an article with the query's words)."""
        return self._parse(q, self._current())

    def suggest(self, q: str, limit: int | None = None) -> Suggestions:
        """Completions of the prefix `q` from the index's own words and phrases (see index/store/vocabulary.py)."""
        return suggest(self._current().vocabulary, q, limit, self.settings)


def _dictionary_health(meta: dict, service: dictionary.Dictionary) -> dict:
    """Whether the index was segmented with the words this service segments queries with."""
    built = meta.get("dictionary") or {}
    same = built.get("hash") == service.hash and not built.get("mixed")
    health = {"index": built.get("hash"), "service": service.hash, "same": same}
    if not same:
        health["message"] = (
            "the index was segmented with other dictionaries than this service uses (SEARCH_USER_DICT, or a "
            "newer package): rebuild it with `python -m index build SRC --full`"
        )
    return health


@dataclass
class _Run:
    """A request as read and matched: what search, feed and export share."""

    generation: Generation
    parsed: ParsedQuery
    filters: Filters
    sort: str
    found: _Found
    stories: Stories  # the found articles, one per story unless the request keeps every copy
    request: SearchRequest

    def rank(self, article: int) -> int:
        """Where `article` stands among the found articles."""
        return int(np.flatnonzero(self.found.articles == article)[0])


def _result(request: SearchRequest, run: _Run, leads: np.ndarray, per_page: int, started: float) -> SearchResult:
    """The hits for `leads` (stories' lead articles) with snippets, and the total and facets over every hit."""
    parsed, found, total = run.parsed, run.found, len(run.stories)
    full = int(np.count_nonzero(np.isin(run.stories.leads, found.articles[: found.full])))
    reading = QueryReading(
        request.q, parsed.normalized, parsed.mode, parsed.terms, parsed.notes, run.filters.understood
    )
    return SearchResult(
        query=reading,
        total=total,
        page=request.page,
        per_page=per_page,
        pages=math.ceil(total / per_page),
        sort=run.sort,
        collapse=request.collapse,
        facet_count=request.counts,
        took_ms=round((time.perf_counter() - started) * 1000, 2),
        notice=_notice(found, full),
        hits=[_story_hit(run, int(lead)) for lead in leads],
        facets=_facets(run.generation, found.articles, stories=request.counts == "stories"),
    )


def _story_hit(run: _Run, lead: int) -> Hit:
    """The hit for a story's lead article, with the story's other matching copies, earliest first."""
    generation = run.generation
    hit = _hit(generation, run.found, run.rank(lead), run.sort)
    matched = {generation.article_ids[a] for a in run.stories.others(lead)}
    hit.reprints = [copy for copy in generation.copies.get(hit.id, []) if copy.id in matched]
    return hit


@dataclass
class _Found:
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


def _find(
    generation: Generation,
    evaluator: Evaluator,
    parsed: ParsedQuery,
    filters: Filters,
    ranking: Ranking,
    per_page: int,
    wanted: int,
    sort: str,
    budget: int,
) -> _Found:
    """The hits of `parsed` within `filters`: articles holding every required unit (and every strict one,
    and nothing excluded); when fewer than `per_page` of them exist, then the articles holding at least
    `min_coverage` of the best share of the required units' weight, after them. Scores come from the units;
    the boosts (words found together) rescore the first `rerank_window` articles (or the first `wanted`).
    The plan is counted before any posting list is read (`_affordable`): over `budget`, what is only scored
    is left out, and QueryTooCostly when what must hold is over it alone."""
    article_no = generation.article_no
    units = _within_budget(generation, parsed.units, ranking, parsed.notes) if parsed.units else []
    units, boosts = _affordable(evaluator.source, units, parsed, filters, budget)
    allowed = _allowed(generation, evaluator, filters)
    excluded = generation.articles_of(evaluator.ids(parsed.exclude)) if parsed.exclude is not None else None
    if not parsed.units:
        docs = np.flatnonzero(generation.live) if allowed is None else allowed[generation.live[allowed]]
        articles = generation.articles_of(docs)
        if excluded is not None:
            articles = np.setdiff1d(articles, excluded, assume_unique=True)
        sections = Matches(docs, np.zeros(len(docs)))
        return _Found(_by_date(generation, articles), None, len(articles), False, sections, [], parsed.needles)

    dropped = {u.word for u in parsed.units} - {u.word for u in units}
    needles = tuple(n for n in parsed.needles if n not in dropped)
    matches = [_matches(evaluator, unit, allowed) for unit in units]
    holding = [generation.articles_of(m.ids) for m in matches]

    size = len(generation.article_ids)
    ok = np.ones(size, dtype=bool)
    if excluded is not None:
        ok[excluded] = False
    count = np.zeros(size, dtype=np.int64)
    weight = np.zeros(size)
    required = [(unit.label, arts) for unit, arts in zip(units, holding, strict=True) if unit.required]
    live_articles = max(1, len(generation.live_articles()))
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
    full = np.flatnonzero(ok & matched & (count == len(required)))
    partial = np.zeros(0, dtype=np.int64)
    coverage = weight / total_weight if total_weight else np.ones(size)
    if len(full) < per_page and required:
        candidates = ok & matched & (count < len(required))
        if candidates.any():
            best = coverage[candidates].max()
            partial = np.flatnonzero(candidates & (coverage >= ranking.min_coverage * best))

    sections = union(matches).within(np.flatnonzero(np.isin(article_no, np.concatenate([full, partial]))))
    if sort == "date":
        ordered = np.concatenate([_by_date(generation, full), _by_date(generation, partial)])
        return _Found(ordered, None, len(full), len(partial) > 0, sections, required, needles)
    factor = np.ones(size)
    factor[partial] = coverage[partial] ** ranking.coverage_power
    score = _article_scores(generation, sections, ranking) * factor
    order = np.concatenate([_by_score(full, score), _by_score(partial, score)])
    window = order[: max(ranking.rerank_window, wanted)]
    if boosts and len(window):
        # second pass: only the best articles are worth the position lists the boosts read
        docs = np.flatnonzero(np.isin(article_no, window))
        sections = union([sections, *(evaluator.matches(q, within=docs) for q in boosts)])
        score = _article_scores(generation, sections, ranking) * factor
        on_top = min(len(window), len(full))
        order[: len(window)] = np.concatenate([_by_score(window[:on_top], score), _by_score(window[on_top:], score)])
    return _Found(order, score[order], len(full), len(partial) > 0, sections, required, needles)


def _by_score(articles: np.ndarray, score: np.ndarray) -> np.ndarray:
    """`articles` by descending score (ties in index order)."""
    return articles[np.lexsort((articles, -score[articles]))]


def _allowed(generation: Generation, evaluator: Evaluator, filters: Filters) -> np.ndarray | None:
    """The documents the filters let through, ascending (None: no filter)."""
    allowed = None
    for query in filters.queries:
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
    must = [u for u in units if u.required or u.strict] + parsed.exclusions + [Unit("", q) for q in filters.queries]
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
        check([(u.label, costs[id(u)]) for u in must], budget)
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


def _notice(found: _Found, full: int) -> str | None:
    """For people: that some hits hold only part of the query (`full` of the hits hold all of it)."""
    if not found.partial:
        return None
    return NOTICE_FEW.format(full=full) if full else NOTICE_NONE


def _hit(generation: Generation, found: _Found, rank: int, sort: str) -> Hit:
    """The article at `rank`: its metadata, how much of the query it holds and its best sections."""
    article = found.articles[rank]
    mine = generation.article_no[found.sections.ids] == article
    docs, scores = found.sections.ids[mine], found.sections.scores[mine]
    if sort == "relevance":
        docs = docs[np.lexsort((docs, -scores))]
    docnums = [int(d) for d in docs[:SECTIONS_PER_HIT]] or [int(generation.first_doc[article])]
    searcher = generation.searcher
    sections = [searcher.stored_fields(docnum) for docnum in docnums]
    first = sections[0]
    needles = found.needles
    title = first.get("title") or None
    missing = [label for label, holding in found.required if rank >= found.full and article not in holding]
    return Hit(
        id=generation.article_ids[article],
        title=title,
        title_html=mark(title, find_matches(title, needles)) if title else None,
        province=first.get("province") or None,
        city=first.get("city") or None,
        date=first.get("date") or None,
        source=first.get("source") or None,
        authors=[a for a in first.get("authors", "").split(",") if a],
        score=round(float(found.scores[rank]), 4) if found.scores is not None else None,
        matched="all" if rank < found.full else "partial",
        missing=missing,
        sections=[
            HitSection(fields["section_no"], fields.get("heading") or None, snippet(fields.get("body", ""), needles))
            for fields in sections
        ],
    )


def _rows(generation: Generation, articles: np.ndarray) -> Iterator[ArticleRow]:
    """`articles` (numbers) as export rows, each read from its stored first section only when it is taken."""
    searcher = generation.searcher
    for article in articles:
        record = json.loads(searcher.stored_fields(int(generation.first_doc[article]))["article"])
        yield ArticleRow(
            id=generation.article_ids[article],
            title=record.get("title"),
            province=record.get("province"),
            city=record.get("city"),
            date=record.get("date"),
            source=record.get("source"),
            authors=list(record.get("authors") or []),
            url=record.get("url"),
        )


def _facets(generation: Generation, articles: np.ndarray, stories: bool) -> dict[str, list[Facet]]:
    """Counts of each facet's values over `articles` (each by its first document): of stories (a story once
    per value however many of its copies have it) or of articles."""
    docs = generation.first_doc[articles]
    out = {}
    for name in FACETS:
        codes, values = generation.codes[name]
        if stories:
            counts = count_stories(codes[docs], articles, generation.story, generation.groups, len(values))
        else:
            counts = np.bincount(codes[docs], minlength=len(values))
        pairs = [(values[i], int(counts[i])) for i in np.flatnonzero(counts) if values[i]]
        order = (lambda kv: kv[0]) if name in CHRONOLOGICAL_FACETS else (lambda kv: (-kv[1], kv[0]))
        out[name] = [Facet(v, c) for v, c in sorted(pairs, key=order)]
    return out
