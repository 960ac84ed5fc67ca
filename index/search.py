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
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index import dictionary, store
from index.analysis import using, warm_up
from index.evaluate import Evaluator, Matches, union
from index.filters import Filters, filter_query
from index.highlight import find_matches, mark, snippet
from index.postings import PostingSource
from index.query import ParsedQuery, parse_query
from index.request import QueryError, SearchRequest, validate
from index.results import Facet, Hit, HitSection, QueryReading, SearchResult
from index.settings import Settings
from index.suggest import Suggestions, suggest
from index.vocabulary import Vocabulary

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
    codes: dict[str, tuple[np.ndarray, list[str]]]  # per facet: a value number per document, and the values
    dates: np.ndarray  # the date column as an array, for sorting by date
    date_order: np.ndarray  # the dated documents, in date order
    date_keys: list[str]  # their dates
    vocabulary: Vocabulary  # words and phrases with their counts and pinyin: completions, pinyin readings
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
            vocabulary=Vocabulary.open(generation),
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
        self.dictionary = dictionary.load(self.settings.user_dict)  # DictionaryError for a bad SEARCH_USER_DICT
        warm_up(self.dictionary)

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
        return record

    def search(self, request: SearchRequest) -> SearchResult:
        started = time.perf_counter()
        per_page = validate(request, self.settings)
        generation = self._current()
        parsed = self._parse(request.q, generation)
        filters = filter_query(request)
        if not parsed.clauses and not filters:
            raise QueryError('give q (words or a "phrase") or at least one filter', "q")
        sections = _matching_sections(generation, parsed, filters)
        sort = "date" if not parsed.clauses and request.sort == "relevance" else request.sort
        firsts = _firsts(generation, sections.ids)
        start, wanted = (request.page - 1) * per_page, request.page * per_page
        if sort == "relevance":
            ranked = _by_relevance(generation, sections, start, wanted)
        else:
            ranked = _by_date(generation, sections, firsts, start, wanted)
        searcher = generation.searcher
        hits = [_hit(searcher, parsed, article, score, docnums) for article, score, docnums in ranked]
        total = len(firsts)
        return SearchResult(
            query=QueryReading(request.q, parsed.normalized, parsed.mode, parsed.terms, filters.understood),
            total=total,
            page=request.page,
            per_page=per_page,
            pages=math.ceil(total / per_page) if total else 0,
            sort=sort,
            took_ms=round((time.perf_counter() - started) * 1000, 2),
            hits=hits,
            facets=_facets(generation, firsts),
        )

    def _parse(self, q: str, generation: _Generation) -> ParsedQuery:
        """`q` parsed with this service's dictionaries, Latin words read as pinyin by the generation's words."""
        with using(self.dictionary):
            return parse_query(q, generation.vocabulary)

    def read_query(self, q: str) -> ParsedQuery:
        """How a search for `q` would read it (for highlighting an article with the query's words)."""
        return self._parse(q, self._current())

    def suggest(self, q: str, limit: int | None = None) -> Suggestions:
        """Completions of the prefix `q` from the index's own words and phrases (see index/vocabulary.py)."""
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
        out[name] = [Facet(v, c) for v, c in sorted(pairs, key=lambda kv: (-kv[1], kv[0]))]
    return out
