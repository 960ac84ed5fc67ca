"""The face of a search: `SearchIndex`, an open index that follows the current generation and answers
searches, feeds, exports, articles, related articles, suggestions and health. The CLI and the HTTP API both
call it; matching and ranking are index/search/find.py, the answer's assembly index/search/hits.py."""

from __future__ import annotations

import gc
import json
import logging
import os
import threading
import time
from dataclasses import replace
from functools import partial
from pathlib import Path

import numpy as np

from index import store
from index.search import respell
from index.search.articles import article_view
from index.search.collapse import collapse, every_copy
from index.search.contracted import expanded
from index.search.cost import Deadline
from index.search.filters import filter_query
from index.search.find import Wanted, find
from index.search.hits import Run, facets, result, rows
from index.search.query import ParsedQuery, bigrams, parse_query
from index.search.ranking import Ranking
from index.search.reader import Generation
from index.search.regional_words import mainland_pairs
from index.search.request import QueryError, SearchRequest, validate
from index.search.respell import TOGETHER, Correction, corrections, spelled
from index.search.results import (
    AliasHealth,
    ArticleView,
    DictionaryHealth,
    Export,
    Facet,
    Health,
    Related,
    SearchResult,
    SimilarResult,
)
from index.search.similar import ranked_like
from index.search.suggest import Suggestions, suggest
from index.search.typed_filters import typed_filters
from index.settings import Settings
from index.text import aliases, dictionary
from index.text.analysis import Span, character_frequency, using, warm_up

log = logging.getLogger(__name__)


class SearchIndex:
    """An open index that follows the `current` generation: after a build swaps it, the next call
    reopens. Safe to share between threads."""

    def __init__(self, index_dir: str | Path, settings: Settings | None = None, ranking: Ranking | None = None) -> None:
        self.index_dir = Path(index_dir)
        self._link = self.index_dir / store.CURRENT  # read at every request: its path made once
        self.settings = settings or Settings()
        self.ranking = ranking or Ranking()
        self._lock = threading.Lock()
        self._open: Generation | None = None
        self.dictionary = dictionary.load(self.settings.user_dict)  # DictionaryError for a bad SEARCH_USER_DICT
        self.aliases = aliases.load(self.settings.aliases)  # AliasError for a bad SEARCH_ALIASES
        self._reload_errors: dict[str, str] = {}  # what could not be read again, kept for /api/health
        warm_up(self.dictionary)
        respell.warm_up()
        with using(self.dictionary):
            character_frequency("网")  # jieba's frequencies, which the corrector reads (1 s to load), likewise
        # The tables just read live as long as the process: out of the collector's sight, a full collection no
        # longer walks pypinyin's phrases (190k lists) during a query. It did in benchmarks/queries.py's mix:
        # one query took 85-97 ms of CPU instead of about 10 (its slowest). Before gunicorn forks its workers,
        # this also keeps the collector from writing to the pages they share (Python's gc.freeze documentation).
        gc.freeze()

    def _words(self) -> tuple[dictionary.Dictionary, aliases.Aliases]:
        """The dictionaries and aliases as their files are now: each is read again when it changed on disk (no
        restart). A file that became unreadable or malformed leaves the last good reading in use, and
        /api/health says why."""
        for name, load in (("dictionary", self._reload_dictionary), ("aliases", self._reload_aliases)):
            try:
                load()
                self._reload_errors.pop(name, None)
            except ValueError as error:  # DictionaryError, AliasError
                if self._reload_errors.get(name) != str(error):
                    log.warning("kept the last good %s: %s", name, error)
                self._reload_errors[name] = str(error)
        return self.dictionary, self.aliases

    def _reload_dictionary(self) -> None:
        self.dictionary = dictionary.load(self.settings.user_dict)

    def _reload_aliases(self) -> None:
        self.aliases = aliases.load(self.settings.aliases)

    def answer_version(self) -> tuple | None:
        """What an answer depends on besides its request (None without a generation): the generation `current`
        points to, and the dictionaries and aliases queries are read with. A cache of answers is keyed by it, so
        a build's swap or an edited SEARCH_USER_DICT or SEARCH_ALIASES makes every answer kept before unreachable."""
        try:
            generation = os.readlink(self._link)
        except OSError:
            return None
        words, _ = self._words()
        return generation, words.hash, aliases.stamps(self.settings.aliases)

    def _current(self) -> Generation:
        try:
            target = os.readlink(self._link)
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
            generation.overview = facets(generation, generation.live_articles(), stories=True)
        return generation.overview

    def health(self) -> Health:
        generation = self._current()
        meta = generation.meta
        return Health(
            status="ok",
            articles=meta.get("articles", 0),
            sections=meta.get("sections", 0),
            index_version=meta.get("format_version"),
            built_at=meta.get("built_at"),
            generation=generation.name,
            dictionary=_dictionary_health(meta, self._words()[0], self._reload_errors.get("dictionary")),
            aliases=AliasHealth(
                **self.aliases.describe(),
                learned=len(generation.introduced),
                reload_error=_reload_error(self._reload_errors.get("aliases")),
            ),
        )

    def article(self, article_id: str, q: str = "") -> ArticleView | None:
        """The whole stored article (metadata, sections with paragraphs, original text, reprints), or None;
        its title and outline marked with the words of a search for `q` (none for a query the search refuses)."""
        generation = self._current()
        fields = generation.searcher.document(doc_id=f"{article_id}#0")
        if not fields or "article" not in fields:
            return None
        try:
            needles = self._parse(q, generation).needles if q else ()
        except QueryError:
            needles = ()
        reprints = [c for c in generation.copies.get(article_id, []) if c.id != article_id]
        return article_view(json.loads(fields["article"]), reprints, needles)

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
        return result(request, run, run.stories.leads[start : start + per_page], per_page, started)

    def newest(self, request: SearchRequest, count: int) -> SearchResult:
        """The `count` newest of the articles the search finds (undated last), as one page of hits with
        snippets: what a feed of the search holds. The order and paging of `request` do not apply; with
        neither words nor filters, the newest of every article."""
        started = time.perf_counter()
        request = replace(request, sort="date", page=1, per_page=None)
        validate(request, self.settings)
        run = self._run(request, count, count)
        return result(request, run, run.stories.leads[:count], count, started)

    def export(self, request: SearchRequest, limit: int) -> Export:
        """Every article the search finds (`total` of them), in the search's order, at most `limit`:
        metadata read one stored record at a time as the rows are taken. Paging of `request` does not apply."""
        request = replace(request, page=1, per_page=None)
        per_page = validate(request, self.settings)
        run = self._run(request, per_page, per_page)
        return Export(len(run.stories), limit, rows(run.generation, run.stories.leads[:limit]))

    def _run(self, request: SearchRequest, per_page: int, wanted: int) -> Run:
        """`request` read and matched against the current generation: every hit in order."""
        generation = self._current()
        request, typed = typed_filters(request)
        parsed = self._parse(request.q, generation, request.correct)
        filters = filter_query(request)
        filters.notes[:0] = typed
        sort = request.sort if parsed.units else "date"
        evaluator = generation.evaluator.until(Deadline.after(self.settings.query_timeout_ms))
        needs = Wanted(per_page, wanted, sort, self.settings.max_query_work)
        found = find(generation, evaluator, parsed, filters, self.ranking, needs)
        # then one hit per story (index/search/collapse.py), before paging, whatever the order
        stories = (
            collapse(found.articles, generation.story, generation.groups)
            if request.collapse
            else every_copy(found.articles)
        )
        return Run(generation, parsed, filters, sort, found, stories, request)

    def _parse(self, q: str, generation: Generation, correct: bool = True) -> ParsedQuery:
        """`q` read with this service's dictionaries and aliases, Latin words read as pinyin by the generation's
        words and, when `correct`, likely slips by the generation's counts (index/search/respell.py)."""
        words, names = self._words()
        vocabulary = generation.vocabulary
        if generation.aliases is None or generation.aliases[0] is not names:
            generation.aliases = (names, names.joined(generation.introduced))  # as shipped, with the articles' own
        names = generation.aliases[1]

        counts = _Counts(generation)

        def speller(text: str, spans: list[Span]) -> list[Correction]:
            return corrections(text, spans, counts, generation.live_count)

        def held(text: str) -> int:  # a word's sections, or for words in a row an upper bound
            return counts.held(text) or (counts.together(text) if bigrams(text) else 0)

        def contract(short: str, others: tuple[str, ...]) -> str | None:  # index/search/contracted.py
            def meets(phrase: str) -> bool:
                return not others or any(counts.meeting((phrase, o), TOGETHER) >= TOGETHER for o in others)

            return expanded(short, vocabulary.keys, vocabulary.docs, meets)

        with using(words):
            regional = mainland_pairs(q, held)  # 軟體 read as 软件 as well (index/search/regional_words.py)
            if regional:
                extra = {w: (*names.forms.get(w, ()), m) for w, m in regional}
                names = aliases.Aliases(names.forms | extra, names.user_file)
            spell = partial(spelled, counts=counts, articles=generation.live_count)
            return parse_query(
                q,
                self.ranking,
                vocabulary,
                names,
                speller if correct else None,
                held,
                spell,
                generation.live_count,
                contract,
            )

    def suggest(self, q: str, limit: int | None = None) -> Suggestions:
        """Completions of the prefix `q` from the index's own words and phrases (see index/store/vocabulary.py)."""
        return suggest(self._current().vocabulary, q, limit, self.settings)


class _Counts:
    """A generation's counts as the corrector reads them (index/search/respell.py): how many sections hold some
    characters in a row (their rarest bigram's, an upper bound, from the term table alone), and the
    vocabulary's words of a reading."""

    def __init__(self, generation: Generation) -> None:
        self.frequency = generation.evaluator.source.frequency
        self.read = generation.evaluator.source.read
        self.sections = generation.evaluator.source.doc_count
        self.count = generation.vocabulary.count
        self.homophones = generation.vocabulary.homophones
        self.article_no = generation.article_no
        self.articles = generation.live_count

    def held(self, text: str) -> int:
        return max(self.count(text), self.frequency("body", text))

    def together(self, text: str) -> int:
        return min(self.frequency("grams", g) for g in bigrams(text))

    def character(self, ch: str) -> int:
        return self.frequency("chars", ch)

    def cooccurring(self, word: str, others: tuple[str, ...]) -> tuple[int, float]:
        """The sections whose body holds `word` and any of `others` as words, and how many chance would give."""
        ids = self.read("body", word).ids
        if not len(ids) or not others:
            return 0, 0.0
        other = np.unique(np.concatenate([self.read("body", o).ids for o in others]))
        together = int(np.isin(ids, other, assume_unique=True).sum())
        return together, len(ids) * len(other) / max(1, self.sections)

    def meeting(self, words: tuple[str, ...], least: int = 1) -> int:
        """The articles whose body holds every one of `words` as characters in a row (each of its bigrams, in any
        of its sections: 防空 is in an article writing 防空警报, one word of jieba's), the rarest bigram first; once
        fewer than `least` are left, that many."""
        found = None
        for ids in self._postings(words):
            articles = np.unique(self.article_no[ids])
            found = articles if found is None else found[np.isin(found, articles, assume_unique=True)]
            if len(found) < least:
                break
        return 0 if found is None else len(found)

    def holding(self, words: tuple[str, ...]) -> bool:
        """Whether an article holds every one of `words` as `meeting` counts them. A section holding them all is
        looked for first, among the rarest bigram's sections by bisection in the others' (most queries have one:
        mapping a common bigram's sections to articles for every query of two words or more cost
        benchmarks/queries.py's CPU p95 7.6 -> 9.1 ms)."""
        postings = self._postings(words)
        sections = postings[0] if postings else np.zeros(0, dtype=np.int64)
        for ids in postings[1:]:
            if not len(ids) or not len(sections):
                break
            at = np.minimum(np.searchsorted(ids, sections), len(ids) - 1)
            sections = sections[ids[at] == sections]
        return bool(len(sections)) or (len(postings) > 1 and self.meeting(words) > 0)

    def _postings(self, words: tuple[str, ...]) -> list[np.ndarray]:
        """The sections holding each bigram of `words`, the rarest first."""
        pairs = sorted(
            {pair for word in words for pair in bigrams(word)}, key=lambda pair: self.frequency("grams", pair)
        )
        return [self.read("grams", pair).ids for pair in pairs]


def _reload_error(message: str | None) -> str | None:
    return f"{message}; the last good version is in use" if message else None


def _dictionary_health(meta: dict, service: dictionary.Dictionary, error: str | None = None) -> DictionaryHealth:
    """Whether the index was segmented with the words this service segments queries with (reloaded when the
    files change: queries use the new words at once, documents after a rebuild)."""
    built = meta.get("dictionary") or {}
    same = built.get("hash") == service.hash and not built.get("mixed")
    health = DictionaryHealth(index=built.get("hash"), service=service.hash, same=same)
    if not same:
        health.message = (
            "the index was segmented with other dictionaries than this service uses (SEARCH_USER_DICT, or a "
            "newer package): rebuild it with `python -m index build SRC --full`"
        )
    health.reload_error = _reload_error(error)
    return health
