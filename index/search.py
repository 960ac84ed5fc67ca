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
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from index import store
from index.analysis import warm_up
from index.collapse import Stories, collapse, count_stories, every_copy, story_numbers
from index.evaluate import Evaluator, Matches, union
from index.filters import Filters, filter_query
from index.highlight import find_matches, mark, snippet
from index.postings import PostingSource
from index.query import ParsedQuery, parse_query
from index.reprints import read_groups
from index.request import QueryError, SearchRequest, validate
from index.results import Copy, Facet, Hit, HitSection, QueryReading, Related, SearchResult, SimilarResult
from index.settings import Settings
from index.similar import ranked_like

SECTIONS_PER_HIT = 3
FACETS = ("province", "city", "year", "source")


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
    article_numbers: dict[str, int]  # the reverse of article_ids
    codes: dict[str, tuple[np.ndarray, list[str]]]  # per facet: a value number per document, and the values
    dates: np.ndarray  # the date column as an array, for sorting by date
    date_order: np.ndarray  # the dated documents, in date order
    date_keys: list[str]  # their dates
    story: np.ndarray  # per article number: its story's number (reprint groups first, index/collapse.py)
    groups: int  # how many reprint groups (story numbers below this are groups)
    copies: dict[str, list[Copy]]  # per grouped article id: its group's copies, earliest first
    overview: dict[str, list[dict]] | None = None

    @classmethod
    def open(cls, index_dir: Path, cache_mb: float) -> _Generation:
        ix, meta, generation = store.open_generation(index_dir)
        searcher = ix.searcher()
        reader = searcher.reader()
        article_no, article_ids = _codes(list(reader.column_reader("article_id")))
        columns = {name: list(reader.column_reader(name)) for name in (*FACETS, "date")}
        dates = np.array(columns["date"], dtype=str)
        date_order = np.flatnonzero(dates != "")
        date_order = date_order[np.argsort(dates[date_order], kind="stable")]
        groups = [[Copy(**copy) for copy in group] for group in read_groups(generation)]
        story, _ = story_numbers(article_ids, [[copy.id for copy in group] for group in groups])
        opened = cls(
            name=generation.name,
            searcher=searcher,
            meta=meta,
            evaluator=Evaluator(PostingSource(searcher, cache_mb)),
            article_no=article_no,
            article_ids=article_ids,
            article_numbers={article_id: number for number, article_id in enumerate(article_ids)},
            codes={name: _codes(columns[name]) for name in FACETS},
            dates=dates,
            date_order=date_order,
            date_keys=[str(d) for d in dates[date_order]],
            story=story,
            groups=len(groups),
            copies={copy.id: group for group in groups for copy in group},
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
            generation.overview = _facets(generation, _firsts(generation, generation.live_docs()), stories=True)
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
        record["reprints"] = [asdict(c) for c in self._current().copies.get(article_id, []) if c.id != article_id]
        return record

    def similar(self, article_id: str, limit: int = 10) -> SimilarResult | None:
        """Up to `limit` other stories on the subject of an article (index/similar.py), or None when no
        article has this id. Its own reprints are never among them."""
        started = time.perf_counter()
        generation = self._current()
        number = generation.article_numbers.get(article_id)
        if number is None or generation.searcher.document_number(doc_id=f"{article_id}#0") is None:
            return None
        related = []
        for doc, score in ranked_like(generation, number, limit):
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
        parsed = parse_query(request.q)
        filters = filter_query(request)
        if not parsed.clauses and not filters:
            raise QueryError('give q (words or a "phrase") or at least one filter', "q")
        generation = self._current()
        sections = _matching_sections(generation, parsed, filters)
        sort = "date" if not parsed.clauses and request.sort == "relevance" else request.sort
        firsts = _firsts(generation, sections.ids)
        start, wanted = (request.page - 1) * per_page, request.page * per_page
        ranking = _by_relevance(generation, sections) if sort == "relevance" else _by_date(generation, sections, firsts)
        # then one hit per story, before paging (index/collapse.py), whatever the order
        stories = (
            collapse(ranking.articles, generation.story, generation.groups)
            if request.collapse
            else every_copy(ranking.articles)
        )
        hits = [_story_hit(generation, parsed, ranking, stories, article) for article in stories.leads[start:wanted]]
        total = len(stories)
        return SearchResult(
            query=QueryReading(request.q, parsed.normalized, parsed.mode, parsed.terms, filters.understood),
            total=total,
            page=request.page,
            per_page=per_page,
            pages=math.ceil(total / per_page) if total else 0,
            sort=sort,
            collapse=request.collapse,
            facet_count=request.counts,
            took_ms=round((time.perf_counter() - started) * 1000, 2),
            hits=hits,
            facets=_facets(generation, firsts, stories=request.counts == "stories"),
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


@dataclass(frozen=True)
class _Ranking:
    """Every matching article in order, first to last, and the matching sections in the order each
    article's shown sections are picked from."""

    articles: np.ndarray  # article numbers
    scores: np.ndarray | None  # each article's score (None when not ranked by relevance)
    docs: np.ndarray  # matching sections
    doc_articles: np.ndarray  # their article numbers

    def score(self, article: int) -> float | None:
        if self.scores is None:
            return None
        return round(float(self.scores[np.flatnonzero(self.articles == article)[0]]), 4)

    def sections(self, article: int) -> list[int]:
        return [int(d) for d in self.docs[self.doc_articles == article][:SECTIONS_PER_HIT]]


def _by_relevance(generation: _Generation, sections: Matches) -> _Ranking:
    """Articles by their best section's score (ties in index order); each shows its best sections."""
    order = np.lexsort((sections.ids, -sections.scores))
    docs, scores = sections.ids[order], sections.scores[order]
    articles = generation.article_no[docs]
    _, best = np.unique(articles, return_index=True)
    best = np.sort(best)
    return _Ranking(articles[best], scores[best], docs, articles)


def _by_date(generation: _Generation, sections: Matches, firsts: np.ndarray) -> _Ranking:
    """Articles newest first (then by id, descending; undated last); each shows its first matching sections."""
    ids = np.array([generation.article_ids[a] for a in generation.article_no[firsts]], dtype=str)
    order = np.lexsort((ids, generation.dates[firsts]))[::-1]
    return _Ranking(generation.article_no[firsts[order]], None, sections.ids, generation.article_no[sections.ids])


def _story_hit(generation: _Generation, parsed: ParsedQuery, ranking: _Ranking, stories: Stories, article: int) -> Hit:
    """The hit for a story's lead article, with the story's other matching copies, earliest first."""
    article_id = generation.article_ids[article]
    hit = _hit(generation.searcher, parsed, article_id, ranking.score(article), ranking.sections(article))
    matched = {generation.article_ids[a] for a in stories.others(int(article))}
    hit.reprints = [copy for copy in generation.copies.get(article_id, []) if copy.id in matched]
    return hit


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


def _facets(generation: _Generation, docs: np.ndarray, stories: bool) -> dict[str, list[Facet]]:
    """Counts of each facet's values over `docs` (one document per article): of stories (a story once
    per value however many of its copies have it) or of articles."""
    out = {}
    articles = generation.article_no[docs]
    for name in FACETS:
        codes, values = generation.codes[name]
        if stories:
            counts = count_stories(codes[docs], articles, generation.story, generation.groups, len(values))
        else:
            counts = np.bincount(codes[docs], minlength=len(values))
        pairs = [(values[i], int(counts[i])) for i in np.flatnonzero(counts) if values[i]]
        out[name] = [Facet(v, c) for v, c in sorted(pairs, key=lambda kv: (-kv[1], kv[0]))]
    return out
