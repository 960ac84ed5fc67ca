"""The answer assembled from what a search found: the page's hits with their best sections and snippets, each
story's matching reprints, the notice for partial matches, facet counts, and export rows read as taken."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from index.search.collapse import Stories, count_stories
from index.search.filters import Filters
from index.search.find import Found
from index.search.highlight import find_matches, mark, snippet
from index.search.matching import Matches, member
from index.search.query import ParsedQuery
from index.search.reader import CHRONOLOGICAL_FACETS, FACETS, Generation
from index.search.request import SearchRequest
from index.search.results import ArticleRow, Corrected, Facet, Hit, HitSection, QueryReading, SearchResult

SECTIONS_PER_HIT = 3
NOTICE_NONE = "没有文章包含全部词语，以下结果包含其中大部分"
NOTICE_FEW = "只有 {full} 篇文章包含全部词语，其后的结果包含其中大部分"
NOTICE_PAST = "第 {page} 页没有结果：结果只有 {pages} 页"


@dataclass
class Run:
    """A request as read and matched: what search, feed and export share."""

    generation: Generation
    parsed: ParsedQuery
    filters: Filters
    sort: str
    found: Found
    stories: Stories  # the found articles, one per story unless the request keeps every copy
    request: SearchRequest

    def ranks(self, articles: np.ndarray) -> dict[int, int]:
        """Where each of `articles` stands among the found articles (one pass for a page's)."""
        places = np.flatnonzero(np.isin(self.found.articles, articles))
        return dict(zip(self.found.articles[places].tolist(), places.tolist(), strict=True))


def result(request: SearchRequest, run: Run, leads: np.ndarray, per_page: int, started: float) -> SearchResult:
    """The hits for `leads` (stories' lead articles) with snippets, and the total and facets over every hit."""
    parsed, found, total = run.parsed, run.found, len(run.stories)
    pages = math.ceil(total / per_page)
    shown = _sections_of(run.generation, found.sections, leads)
    full = int(np.count_nonzero(member(run.stories.leads, found.articles[: found.full])))
    reading = QueryReading(
        request.q,
        parsed.normalized,
        parsed.mode,
        parsed.terms,
        parsed.notes + run.filters.notes,
        run.filters.understood,
        [Corrected(c.typed, c.intended, c.weight) for c in parsed.corrections],
    )
    return SearchResult(
        query=reading,
        total=total,
        page=request.page,
        per_page=per_page,
        pages=pages,
        sort=run.sort,
        collapse=request.collapse,
        facet_count=request.counts,
        took_ms=round((time.perf_counter() - started) * 1000, 2),
        notice=NOTICE_PAST.format(page=request.page, pages=pages) if request.page > pages > 0 else _notice(found, full),
        hits=_story_hits(run, leads, shown),
        facets=facets(run.generation, found.articles, stories=request.counts == "stories"),
    )


def _sections_of(generation: Generation, sections: Matches, articles: np.ndarray) -> tuple[np.ndarray, ...]:
    """The matching sections of `articles` (the page's), their scores and their articles: found once for the
    page rather than among every matching section for each hit (at ×10 a common word matches 50k sections)."""
    owners = generation.article_no[sections.ids]
    keep = member(owners, articles)
    return sections.ids[keep], sections.scores[keep], owners[keep]


def _story_hits(run: Run, leads: np.ndarray, shown: tuple[np.ndarray, ...]) -> list[Hit]:
    """The hits for stories' lead articles, each with its story's other matching copies, earliest first."""
    generation = run.generation
    ranks, others = run.ranks(leads), run.stories.others(leads)
    found = []
    for lead in leads.tolist():
        hit = _hit(generation, run.found, ranks[lead], run.sort, shown)
        matched = {generation.article_ids[a] for a in others[lead]}
        hit.reprints = [copy for copy in generation.copies.get(hit.id, []) if copy.id in matched]
        found.append(hit)
    return found


def _notice(found: Found, full: int) -> str | None:
    """For people: that some hits hold only part of the query (`full` of the hits hold all of it)."""
    if not found.partial:
        return None
    return NOTICE_FEW.format(full=full) if full else NOTICE_NONE


def _hit(generation: Generation, found: Found, rank: int, sort: str, shown: tuple[np.ndarray, ...]) -> Hit:
    """The article at `rank`: its metadata, how much of the query it holds and its best sections (among
    `shown`, the page's sections: `_sections_of`)."""
    article = found.articles[rank]
    ids, scores, owners = shown
    mine = owners == article
    docs, scores = ids[mine], scores[mine]
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
        matched="all" if rank < found.full or not missing else "partial",
        missing=missing,
        sections=[
            HitSection(fields["section_no"], fields.get("heading") or None, snippet(fields.get("body", ""), needles))
            for fields in sections
        ],
    )


def rows(generation: Generation, articles: np.ndarray) -> Iterator[ArticleRow]:
    """`articles` (numbers) as export rows, each read from its stored first section only when it is taken."""
    searcher = generation.searcher
    for article in articles:
        record = json.loads(searcher.stored_fields(int(generation.first_doc[article]))["article"])
        yield ArticleRow.from_record(generation.article_ids[article], record)


def facets(generation: Generation, articles: np.ndarray, stories: bool) -> dict[str, list[Facet]]:
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
        held = np.flatnonzero(counts)
        pairs = [(values[i], n) for i, n in zip(held.tolist(), counts[held].tolist(), strict=True) if values[i]]
        order = (lambda kv: kv[0]) if name in CHRONOLOGICAL_FACETS else (lambda kv: (-kv[1], kv[0]))
        out[name] = [Facet(v, c) for v, c in sorted(pairs, key=order)]
    return out
