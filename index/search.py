"""Search: one open generation's columns and postings, the query evaluated (index/evaluate.py) to every
matching section with its score, sections grouped by article, ranked, facets counted over every hit and
the page's hits cut with highlighted snippets. The CLI and the HTTP API both call `SearchIndex.search`.
"""

from __future__ import annotations

import bisect
import json
import math
import os
import threading
import time
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from index import store
from index.analysis import warm_up
from index.evaluate import Evaluator, Matches, union
from index.filters import Filters, filter_query
from index.highlight import find_matches, mark, snippet
from index.postings import PostingSource
from index.query import ParsedQuery, parse_query
from index.request import QueryError, SearchRequest, validate
from index.results import ArticleRow, Export, Facet, Hit, HitSection, QueryReading, SearchResult
from index.settings import Settings

SECTIONS_PER_HIT = 3
COLUMN_FACETS = ("province", "city", "year", "source")  # counted from the index's columns of the same name
# `month` (YYYY-MM) is counted from the date column: articles dated only to a year, or undated, have none.
FACETS = (*COLUMN_FACETS, "month")
CHRONOLOGICAL_FACETS = ("month",)  # in time order, for a timeline; the others by count, most first


@dataclass
class _Generation:
    """One open generation: its searcher, an evaluator over its postings and, per document number, the
    columns that results are grouped, filtered, sorted and counted by (read once, as arrays)."""

    name: str
    searcher: object
    meta: dict
    evaluator: Evaluator
    article_no: np.ndarray  # per document: its article's number, an index into article_ids
    article_ids: list[str]
    codes: dict[str, tuple[np.ndarray, list[str]]]  # per facet: a value number per document, and the values
    dates: np.ndarray  # the date column as an array, for sorting by date
    date_order: np.ndarray  # the dated documents, in date order
    date_keys: list[str]  # their dates
    overview: dict[str, list[dict]] | None = None
    heads: np.ndarray | None = None  # per article: its section 0 (the one storing the whole article), when asked

    @classmethod
    def open(cls, index_dir: Path, cache_mb: float) -> _Generation:
        ix, meta, generation = store.open_generation(index_dir)
        searcher = ix.searcher()
        reader = searcher.reader()
        article_no, article_ids = _codes(list(reader.column_reader("article_id")))
        columns = {name: list(reader.column_reader(name)) for name in (*COLUMN_FACETS, "date")}
        columns["month"] = [date[:7] if len(date) >= 7 else "" for date in columns["date"]]
        dates = np.array(columns["date"], dtype=str)
        date_order = np.flatnonzero(dates != "")
        date_order = date_order[np.argsort(dates[date_order], kind="stable")]
        opened = cls(
            name=generation.name,
            searcher=searcher,
            meta=meta,
            evaluator=Evaluator(PostingSource(searcher, cache_mb)),
            article_no=article_no,
            article_ids=article_ids,
            codes={name: _codes(columns[name]) for name in FACETS},
            dates=dates,
            date_order=date_order,
            date_keys=[str(d) for d in dates[date_order]],
        )
        # Close its files once nothing uses it: after a swap, when the last query on it has finished.
        weakref.finalize(opened, searcher.close)
        return opened

    def dated_between(self, low: str, high: str) -> np.ndarray:
        """Documents dated from `low` to `high`, ascending (ISO text at any precision compares as dates do)."""
        start = bisect.bisect_left(self.date_keys, low)
        end = bisect.bisect_right(self.date_keys, high)
        return np.sort(self.date_order[start:end])

    def live_docs(self) -> np.ndarray:
        return np.flatnonzero(self.evaluator.source.live)

    def head_docs(self) -> np.ndarray:
        """Per article number, its first live document: section 0, which stores the whole article (an
        article's sections are written together, in order; an updated article's old ones are deleted)."""
        if self.heads is None:
            live = self.live_docs()
            articles, first = np.unique(self.article_no[live], return_index=True)
            heads = np.full(len(self.article_ids), -1, dtype=np.int64)
            heads[articles] = live[first]
            self.heads = heads
        return self.heads


def _codes(values: list[str]) -> tuple[np.ndarray, list[str]]:
    """A number per value (first seen, first numbered) for each of `values`, and the distinct values."""
    numbers: dict[str, int] = {}
    codes = np.fromiter((numbers.setdefault(v, len(numbers)) for v in values), dtype=np.int64, count=len(values))
    return codes, list(numbers)


class SearchIndex:
    """An open index that follows the `current` generation: after a build swaps it, the next call
    reopens. Safe to share between threads."""

    def __init__(self, index_dir: str | Path, settings: Settings | None = None) -> None:
        self.index_dir = Path(index_dir)
        self.settings = settings or Settings()
        self._lock = threading.Lock()
        self._open: _Generation | None = None
        warm_up()

    def _current(self) -> _Generation:
        try:
            target = os.readlink(self.index_dir / store.CURRENT)
        except OSError:
            target = None
        with self._lock:
            if self._open is None or target != self._open.name:
                self._open = _Generation.open(self.index_dir, self.settings.postings_cache_mb)
            return self._open

    def overview(self) -> dict[str, list[Facet]]:
        """Facet counts over every article (for filter menus before any query), cached per generation."""
        generation = self._current()
        if generation.overview is None:
            generation.overview = _facets(generation, _firsts(generation, generation.live_docs()))
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
        return record

    def search(self, request: SearchRequest) -> SearchResult:
        started = time.perf_counter()
        match = self._match(request)
        generation, sections, firsts, per_page = match.generation, match.sections, match.firsts, match.per_page
        start, wanted = (request.page - 1) * per_page, request.page * per_page
        if match.sort == "relevance":
            ranked = _by_relevance(generation, sections, start, wanted)
        else:
            ranked = _by_date(generation, sections, firsts, start, wanted)
        return _result(request.q, match, ranked, request.page, per_page, started)

    def newest(self, request: SearchRequest, count: int) -> SearchResult:
        """The `count` newest of the articles the search matches (undated last), as one page of hits with
        snippets: what a feed of the search holds. Paging and order of `request` do not apply; with neither
        words nor filters, the newest of every article."""
        started = time.perf_counter()
        match = self._match(replace(request, sort="date", page=1, per_page=None), everything=True)
        ranked = _by_date(match.generation, match.sections, match.firsts, 0, count)
        return _result(request.q, match, ranked, 1, count, started)

    def export(self, request: SearchRequest, limit: int) -> Export:
        """Every article the search matches (`total` of them), in the search's order, at most `limit`: metadata
        read one stored record at a time as the rows are taken. Paging of `request` does not apply; with
        neither words nor filters, every article of the index, newest first."""
        match = self._match(replace(request, page=1, per_page=None), everything=True)
        return Export(len(match.firsts), limit, _rows(match.generation, _article_order(match)[:limit]))

    def _match(self, request: SearchRequest, everything: bool = False) -> _Match:
        """`request` checked and matched: the articles `total` counts, shared by search, feed and export.
        A request with neither words nor filters is refused, or with `everything` matches every article."""
        per_page = validate(request, self.settings)
        parsed = parse_query(request.q)
        filters = filter_query(request)
        if not parsed.clauses and not filters and not everything:
            raise QueryError('give q (words or a "phrase") or at least one filter', "q")
        generation = self._current()
        if parsed.clauses or filters:
            sections = _matching_sections(generation, parsed, filters)
        else:  # browsing without a filter: every live section, as browsing by a filter keeps those it passes
            live = generation.live_docs()
            sections = Matches(live, np.zeros(len(live)))
        sort = "date" if not parsed.clauses and request.sort == "relevance" else request.sort
        return _Match(generation, parsed, filters, sections, _firsts(generation, sections.ids), sort, per_page)


@dataclass
class _Match:
    """A request's matching sections (scored) and one document per matching article, on the generation
    they were found in; `per_page` is the page size the request asks for."""

    generation: _Generation
    parsed: ParsedQuery
    filters: Filters
    sections: Matches
    firsts: np.ndarray
    sort: str
    per_page: int


def _result(
    q: str, match: _Match, ranked: list[tuple[str, float | None, list[int]]], page: int, per_page: int, started: float
) -> SearchResult:
    """The ranked page of `match` as hits with snippets, with the total and facets over every match."""
    generation, parsed, total = match.generation, match.parsed, len(match.firsts)
    hits = [_hit(generation.searcher, parsed, article, score, docnums) for article, score, docnums in ranked]
    return SearchResult(
        query=QueryReading(q, parsed.normalized, parsed.mode, parsed.terms, match.filters.understood),
        total=total,
        page=page,
        per_page=per_page,
        pages=math.ceil(total / per_page) if total else 0,
        sort=match.sort,
        took_ms=round((time.perf_counter() - started) * 1000, 2),
        hits=hits,
        facets=_facets(generation, match.firsts),
    )


def _matching_sections(generation: _Generation, parsed: ParsedQuery, filters: Filters) -> Matches:
    """The sections to show, scored: those that pass the filters, match at least one clause and belong to
    an article that holds every clause (in any of its sections) and nothing excluded.

    Each clause is matched on its own, so `网络安全 数字经济` finds a report that treats them in different
    sections; a section's score is the sum of its clauses' scores.
    """
    evaluator, article_no = generation.evaluator, generation.article_no
    allowed = None
    for query in filters.queries:
        ids = evaluator.ids(query)
        allowed = ids if allowed is None else np.intersect1d(allowed, ids, assume_unique=True)
    if filters.dates:
        in_range = generation.dated_between(*filters.dates)
        allowed = in_range if allowed is None else np.intersect1d(allowed, in_range, assume_unique=True)
    if parsed.clauses:
        clauses = [evaluator.matches(clause) for clause in parsed.clauses]
        if allowed is not None:
            clauses = [clause.within(allowed) for clause in clauses]
    else:  # browsing by filters alone
        allowed = allowed[generation.evaluator.source.live[allowed]]
        clauses = [Matches(allowed, np.zeros(len(allowed)))]
    articles = np.unique(article_no[clauses[0].ids])
    for clause in clauses[1:]:
        articles = np.intersect1d(articles, article_no[clause.ids], assume_unique=False)
    if parsed.exclude is not None and len(articles):
        articles = np.setdiff1d(articles, np.unique(article_no[evaluator.ids(parsed.exclude)]), assume_unique=True)
    sections = union(clauses) if len(clauses) > 1 else clauses[0]
    keep = np.isin(article_no[sections.ids], articles)
    return Matches(sections.ids[keep], sections.scores[keep])


def _firsts(generation: _Generation, docs: np.ndarray) -> np.ndarray:
    """The first of `docs` (ascending) in each article: one document per article, for its metadata."""
    _, first = np.unique(generation.article_no[docs], return_index=True)
    return docs[np.sort(first)]


def _by_relevance(
    generation: _Generation, sections: Matches, start: int, end: int
) -> list[tuple[str, float, list[int]]]:
    """Articles `start` to `end` by their best section's score (ties in index order), each with up to
    three of its best sections."""
    order = np.lexsort((sections.ids, -sections.scores))
    docs, scores = sections.ids[order], sections.scores[order]
    articles = generation.article_no[docs]
    _, best = np.unique(articles, return_index=True)
    page = np.sort(best)[start:end]
    out = []
    for rank in page:
        article = articles[rank]
        docnums = docs[articles == article][:SECTIONS_PER_HIT]
        out.append((generation.article_ids[article], round(float(scores[rank]), 4), [int(d) for d in docnums]))
    return out


def _by_date(
    generation: _Generation, sections: Matches, firsts: np.ndarray, start: int, end: int
) -> list[tuple[str, None, list[int]]]:
    """Articles `start` to `end`, newest first (then by id, descending; undated last), each with its first
    three matching sections."""
    ids = np.array([generation.article_ids[a] for a in generation.article_no[firsts]], dtype=str)
    order = np.lexsort((ids, generation.dates[firsts]))[::-1][start:end]
    out = []
    for doc in firsts[order]:
        article = generation.article_no[doc]
        docnums = sections.ids[generation.article_no[sections.ids] == article][:SECTIONS_PER_HIT]
        out.append((generation.article_ids[article], None, [int(d) for d in docnums]))
    return out


def _article_order(match: _Match) -> np.ndarray:
    """The number of every matching article, in the order paging through the search walks them
    (`_by_relevance`: best section's score, ties in index order; `_by_date`: newest first, then id descending,
    undated last), from the arrays alone: no stored field is read."""
    generation, sections, firsts = match.generation, match.sections, match.firsts
    if match.sort == "relevance":
        order = np.lexsort((sections.ids, -sections.scores))
        articles = generation.article_no[sections.ids[order]]
        _, best = np.unique(articles, return_index=True)
        return articles[np.sort(best)]
    ids = np.array([generation.article_ids[a] for a in generation.article_no[firsts]], dtype=str)
    return generation.article_no[firsts[np.lexsort((ids, generation.dates[firsts]))[::-1]]]


def _rows(generation: _Generation, articles: np.ndarray) -> Iterator[ArticleRow]:
    """`articles` (numbers) as export rows, each read from its stored section 0 only when it is taken."""
    heads, searcher = generation.head_docs(), generation.searcher
    for article in articles:
        record = json.loads(searcher.stored_fields(int(heads[article]))["article"])
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


def _hit(searcher, parsed: ParsedQuery, article_id: str, score: float | None, docnums: list[int]) -> Hit:
    """One article of the results: its metadata and its best matching sections with snippets."""
    sections = [searcher.stored_fields(docnum) for docnum in docnums]
    first = sections[0]
    needles = parsed.needles
    title = first.get("title") or None
    return Hit(
        id=article_id,
        title=title,
        title_html=mark(title, find_matches(title, needles)) if title else None,
        province=first.get("province") or None,
        city=first.get("city") or None,
        date=first.get("date") or None,
        source=first.get("source") or None,
        authors=[a for a in first.get("authors", "").split(",") if a],
        score=score,
        sections=[
            HitSection(fields["section_no"], fields.get("heading") or None, snippet(fields.get("body", ""), needles))
            for fields in sections
        ],
    )


def _facets(generation: _Generation, docs: np.ndarray) -> dict[str, list[Facet]]:
    """Counts of each facet's values over `docs` (one document per article)."""
    out = {}
    for name in FACETS:
        codes, values = generation.codes[name]
        counts = np.bincount(codes[docs], minlength=len(values))
        pairs = [(values[i], int(counts[i])) for i in np.flatnonzero(counts) if values[i]]
        order = (lambda kv: kv[0]) if name in CHRONOLOGICAL_FACETS else (lambda kv: (-kv[1], kv[0]))
        out[name] = [Facet(v, c) for v, c in sorted(pairs, key=order)]
    return out
