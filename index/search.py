"""Queries: parse the user's text and filters into Whoosh query trees, evaluate them (index/evaluate.py) to
every matching section with its score, group sections by article, rank, count facets over every hit and
cut highlighted snippets. The CLI and the HTTP API both call `search`.
"""

from __future__ import annotations

import bisect
import json
import math
import os
import re
import threading
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from whoosh import query as wq

from index import store
from index.analysis import GRAM_JOINER, characters, gram, segment, warm_up
from index.evaluate import Evaluator, Matches, union
from index.highlight import find_matches, mark, snippet
from index.lexicon import QUERY_STOPWORDS, QUESTION_WORDS
from index.normalize import normalize_text
from index.postings import PostingSource
from index.regions import canonical_city, canonical_province
from index.schema import FIELD_BOOSTS

MAX_QUERY_CHARS = int(os.environ.get("SEARCH_MAX_QUERY_CHARS", 500))
MAX_PER_PAGE = int(os.environ.get("SEARCH_MAX_PER_PAGE", 50))
DEFAULT_PER_PAGE = min(10, MAX_PER_PAGE)  # a lower cap lowers the default too, so a bare query still answers
MAX_PAGE = int(os.environ.get("SEARCH_MAX_PAGE", 1000))
SECTIONS_PER_HIT = 3
LONG_QUERY_WORDS = 5  # a query of more words than this is ranked by its words rather than requiring all
PHRASE_BOOST = 1.0  # weight of the exact-characters side of a word or run against its word matches
SORTS = ("relevance", "date")
FACETS = ("province", "city", "year", "source")

# Quote marks: a phrase opens at any of them and closes at the next, so reversed or mixed pairs
# (”角瓜“, “...") are read as the user meant them.
_QUOTES = frozenset('"“”「」『』')
_FULL_WIDTH_PARENS = {0xFF08: "(", 0xFF09: ")"}  # （网络 OR 安全） groups like (网络 OR 安全)
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


class QueryError(ValueError):
    """A request that cannot be answered as asked; `param` names the offending parameter."""

    def __init__(self, message: str, param: str = "q") -> None:
        super().__init__(message)
        self.message = message
        self.param = param


# ---------------------------------------------------------------- parsing the query text


@dataclass
class Term:
    """One thing the user asked for: a word group (unquoted text) or an exact phrase."""

    text: str
    kind: str  # "words" or "phrase"
    exclude: bool = False
    words: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"text": self.text, "kind": self.kind, "exclude": self.exclude, "words": self.words}


@dataclass
class ParsedQuery:
    """The query as understood. An article matches when each clause matches one of its sections (the
    title counts in every section) and no section holds what is excluded."""

    normalized: str
    terms: list[Term]
    clauses: list[wq.Query]  # none: no text query (browse mode)
    mode: str  # "all" (every clause), "relaxed" (ranked by words; long queries) or "browse"
    exclude: wq.Query | None = None  # `-term` at the top level

    @property
    def needles(self) -> tuple[str, ...]:
        """Strings to highlight: the words and phrases that were asked for, not excluded ones. Function and
        question words (了, 哪个) are left out when anything else was asked for: marking every 了 of an
        article says nothing about why it matched, and would pull the snippet to wherever they cluster."""
        out = []
        for term in self.terms:
            if not term.exclude:
                out.extend([term.text, *term.words] if term.kind == "words" else [term.text])
        needles = tuple(dict.fromkeys(n for n in out if n))
        meaningful = tuple(n for n in needles if n not in QUERY_STOPWORDS)
        return meaningful or needles


def _lex(text: str) -> list[tuple[str, str]]:
    """Tokens (kind, value): phrase, lparen, rparen, or, not, word."""
    tokens: list[tuple[str, str]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in _QUOTES:
            end = next((j for j in range(i + 1, len(text)) if text[j] in _QUOTES), -1)
            if end == -1:
                raise QueryError(f"unbalanced quote {ch} in q: close the phrase with a matching quote")
            tokens.append(("phrase", text[i + 1 : end]))
            i = end + 1
        elif ch in "()":
            tokens.append(("lparen" if ch == "(" else "rparen", ch))
            i += 1
        elif (
            ch == "-"
            and (not tokens or text[i - 1].isspace() or text[i - 1] == "(")
            and i + 1 < len(text)
            and not text[i + 1].isspace()
        ):
            tokens.append(("not", ch))
            i += 1
        else:
            j = i
            while j < len(text) and not text[j].isspace() and text[j] not in _QUOTES and text[j] not in "()":
                j += 1
            word = text[i:j]
            tokens.append(("or", word) if word in ("OR", "|") else ("word", word))
            i = j
    return tokens


def _field_terms(word: str) -> list[wq.Query]:
    """`word` as a term of the title, heading and body, each with its BM25F weight."""
    return [wq.Term(name, word, boost=boost) for name, boost in FIELD_BOOSTS.items()]


def _word_query(word: str, alone: bool = False) -> wq.Query:
    """A jieba word: as a word in title, heading or body (ranked), or as characters in sequence (recall).

    A single character is looked up in the character field only when it is the whole term (`网`): as one
    of several words it would expand to every bigram it starts, at great cost for little recall.
    """
    parts: list[wq.Query] = _field_terms(word)
    if alone or len(characters(word)) > 1:
        parts.append(_chars_query(word, boost=PHRASE_BOOST))
    return wq.Or(parts)


def _chars_query(text: str, boost: float = 1.0) -> wq.Query:
    """The exact character sequence of `text` (punctuation aside), wherever jieba put its word boundaries:
    one bigram term for two characters, consecutive bigrams for more, a character for one (see analysis.grams)."""
    units = [unit.lower() for unit, _, _ in characters(text)]
    if len(units) == 1:
        unit = units[0]
        prefix = unit if len(unit) == 1 and not unit.isascii() else unit + GRAM_JOINER
        return wq.Or([wq.Term("grams", unit, boost=boost), wq.Prefix("grams", prefix, boost=boost)])
    terms = [gram(a, b) for a, b in zip(units, units[1:], strict=False)]
    if len(terms) == 1:
        return wq.Term("grams", terms[0], boost=boost)
    return wq.Phrase("grams", terms, boost=boost)


def _query_words(text: str) -> list[str]:
    return [w.lower() for w, _, _ in segment(text)]


class _Parser:
    """Recursive descent over the tokens: AND of clauses; OR binds tighter; `-` excludes; parentheses group."""

    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.at = 0
        self.terms: list[Term] = []
        self.operators = False

    def peek(self) -> str | None:
        return self.tokens[self.at][0] if self.at < len(self.tokens) else None

    def parse(self) -> tuple[list[wq.Query], wq.Query | None]:
        """(the clauses an article must all match, what excludes an article) for the whole query."""
        positives, negatives = self.conjunction(top=True)
        if self.peek() == "rparen":
            raise QueryError("unbalanced parenthesis in q: ')' without '('")
        return positives, (wq.Or(negatives) if negatives else None)

    def conjunction(self, top: bool = False):
        positives, negatives = [], []
        while self.peek() not in (None, "rparen"):
            negate = False
            if self.peek() == "not":
                self.at += 1
                negate = True
                self.operators = True
            node = self.disjunction(negate)
            if node is not None:
                (negatives if negate else positives).append(node)
        if not positives:
            if negatives:
                raise QueryError("q excludes terms but asks for none: add a word or phrase to look for")
            return ([], []) if top else None
        if top:
            return positives, negatives
        node = positives[0] if len(positives) == 1 else wq.And(positives)
        return wq.AndNot(node, wq.Or(negatives)) if negatives else node

    def disjunction(self, negate: bool) -> wq.Query | None:
        options = [self.primary(negate)]
        while self.peek() == "or":
            self.at += 1
            self.operators = True
            if self.peek() in (None, "rparen"):
                raise QueryError("OR needs a term on both sides")
            options.append(self.primary(negate))
        options = [o for o in options if o is not None]
        if not options:
            return None
        return options[0] if len(options) == 1 else wq.Or(options)

    def primary(self, negate: bool) -> wq.Query | None:
        kind, value = self.tokens[self.at]
        self.at += 1
        if kind == "lparen":
            self.operators = True
            node = self.conjunction()
            if self.peek() != "rparen":
                raise QueryError("unbalanced parenthesis in q: '(' without ')'")
            self.at += 1
            return node
        if kind == "rparen":
            raise QueryError("unbalanced parenthesis in q: ')' without '('")
        if kind == "or":
            raise QueryError("OR needs a term on both sides")
        text = normalize_text(value).strip().lower()
        if kind == "phrase":
            if not characters(text):
                return None
            self.terms.append(Term(text, "phrase", negate))
            return _chars_query(text)
        words = _query_words(text)
        if not words:
            return None
        self.terms.append(Term(text, "words", negate, words))
        return self.words_query(text, words)

    @staticmethod
    def words_query(text: str, words: list[str]) -> wq.Query:
        """An unspaced run (`东数西算工程`): all its jieba words, ranked higher when close together, or else
        its exact characters, for when the document's words were cut differently (网络安全宣传周 vs 宣传)."""
        if len(words) == 1:
            return _word_query(words[0], alone=True)
        words_only = [wq.Or(_field_terms(w)) for w in words]
        # a section holding the run as typed matches both sides and so ranks above one that scatters its words
        return wq.Or([wq.And(words_only), _chars_query(text, boost=PHRASE_BOOST)])


def parse_query(text: str) -> ParsedQuery:
    """The Whoosh query for the user's text; QueryError for what cannot be parsed."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"q is {len(text)} characters long; the limit is {MAX_QUERY_CHARS} (SEARCH_MAX_QUERY_CHARS)")
    normalized = normalize_text(text).translate(_FULL_WIDTH_PARENS).strip()
    if not normalized:
        return ParsedQuery("", [], [], "browse")
    parser = _Parser(_lex(normalized))
    clauses, exclude = parser.parse()
    if not clauses:
        return ParsedQuery(normalized, parser.terms, [], "browse")
    words = [w for t in parser.terms if t.kind == "words" and not t.exclude for w in t.words]
    parsed = ParsedQuery(normalized, parser.terms, clauses, "all", exclude)
    if not parser.operators and len(words) > LONG_QUERY_WORDS and all(t.kind == "words" for t in parser.terms):
        return _as_relaxed(parsed)
    if exclude is None and _is_question(normalized, words):
        return _as_relaxed(parsed)  # its answer rarely holds 什么 or 哪些, nor every other word it uses
    return parsed


def _is_question(text: str, words: list[str]) -> bool:
    """A question mark, or a question word standing as a word of its own (几 in 几个, not in 几乎)."""
    return "?" in text or "\uff1f" in text or any(w in QUESTION_WORDS for w in words)


def _as_relaxed(parsed: ParsedQuery) -> ParsedQuery:
    """`parsed` ranked as a long query by the content words of all its wanted terms, quoted ones included."""
    words = [w for t in parsed.terms if not t.exclude for w in (t.words if t.kind == "words" else _query_words(t.text))]
    if not words:
        return parsed
    content = _content_words(words)
    per_word = [_word_query(w) for w in content]
    return ParsedQuery(parsed.normalized, parsed.terms, [_relaxed(content, per_word)], "relaxed")


def _content_words(words: list[str]) -> list[str]:
    """The words of a long query that carry meaning: each once, function and question words dropped."""
    return [w for w in dict.fromkeys(words) if w not in QUERY_STOPWORDS] or list(dict.fromkeys(words))


def _relaxed(content: list[str], per_word: list[wq.Query]) -> wq.Query:
    """A long, question-like query: BM25 over its content words (`per_word`, their queries), any of them
    matching, with a boost for documents that hold neighbouring words together."""
    parts: list[wq.Query] = list(per_word)
    for left, right in zip(content, content[1:], strict=False):
        parts.append(wq.Phrase("body", [left, right], slop=2, boost=0.5))
    return wq.Or(parts)


# ---------------------------------------------------------------- filters


@dataclass
class SearchRequest:
    q: str = ""
    province: str | None = None
    city: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    section: str | None = None
    source: str | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE


def parse_date_param(value: str, param: str) -> str:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (checked to be a real date) -> the zero-padded ISO text."""
    match = _DATE.match(value.strip())
    if not match:
        raise QueryError(f"{param} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}", param)
    year, month, day = match.groups()
    out = year
    if month:
        if not 1 <= int(month) <= 12:
            raise QueryError(f"{param} has no month {month}: {value!r}", param)
        out += f"-{int(month):02d}"
    if day:
        import calendar

        if not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
            raise QueryError(f"{param} has no day {day} in that month: {value!r}", param)
        out += f"-{int(day):02d}"
    return out


@dataclass
class Filters:
    """The request's filters: Whoosh queries for names and headings, a date span answered from the date
    column (a range over thousands of date terms would cost more than the query), and the filters as
    understood (canonical names, ISO dates) for the response."""

    queries: list[wq.Query] = field(default_factory=list)
    dates: tuple[str, str] | None = None
    understood: dict = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.queries or self.dates)


def filter_query(request: SearchRequest) -> Filters:
    """The request's filters, checked; QueryError naming the parameter for a bad one."""
    filters: list[wq.Query] = []
    understood: dict = {}
    dates = None
    if request.province:
        province = canonical_province(normalize_text(request.province))
        if not province:
            raise QueryError(f"unknown province {request.province!r}: use a name such as 甘肃 or 甘肃省", "province")
        filters.append(wq.Term("province", province))
        understood["province"] = province
    if request.city:
        city = canonical_city(normalize_text(request.city))
        if not city:
            raise QueryError(f"unknown city {request.city!r}: use a name such as 庆阳 or 庆阳市", "city")
        filters.append(wq.Term("city", city))
        understood["city"] = city
    low = parse_date_param(request.date_from, "date_from") if request.date_from else None
    high = parse_date_param(request.date_to, "date_to") if request.date_to else None
    if low and high and low > high:
        raise QueryError(f"date_from {low} is after date_to {high}", "date_from")
    if low or high:
        dates = (low or "0000", (high or "9999") + "\uffff")  # 2023-01 as date_to takes all of January
        understood["date_from"], understood["date_to"] = low, high
    if request.section and request.section.strip():
        words = _query_words(normalize_text(request.section).lower())
        if not words:
            raise QueryError("section must contain a word of a section heading", "section")
        filters.append(wq.And([wq.Term("heading", w) for w in words]))
        understood["section"] = request.section.strip()
    if request.source and request.source.strip():
        source = normalize_text(request.source).strip()
        filters.append(wq.Term("source", source))
        understood["source"] = source
    return Filters(filters, dates, understood)


# ---------------------------------------------------------------- running queries


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

    @classmethod
    def open(cls, index_dir: Path) -> _Generation:
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
            evaluator=Evaluator(PostingSource(searcher)),
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


def _codes(values: list[str]) -> tuple[np.ndarray, list[str]]:
    """A number per value (first seen, first numbered) for each of `values`, and the distinct values."""
    numbers: dict[str, int] = {}
    codes = np.fromiter((numbers.setdefault(v, len(numbers)) for v in values), dtype=np.int64, count=len(values))
    return codes, list(numbers)


class SearchIndex:
    """An open index that follows the `current` generation: after a build swaps it, the next call
    reopens. Safe to share between threads."""

    def __init__(self, index_dir: str | Path) -> None:
        self.index_dir = Path(index_dir)
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
                self._open = _Generation.open(self.index_dir)
            return self._open

    def overview(self) -> dict[str, list[dict]]:
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

    def search(self, request: SearchRequest) -> dict:
        started = time.perf_counter()
        _validate(request)
        parsed = parse_query(request.q)
        filters = filter_query(request)
        if not parsed.clauses and not filters:
            raise QueryError('give q (words or a "phrase") or at least one filter', "q")
        generation = self._current()
        sections = _matching_sections(generation, parsed, filters)
        sort = "date" if not parsed.clauses and request.sort == "relevance" else request.sort
        firsts = _firsts(generation, sections.ids)
        start, wanted = (request.page - 1) * request.per_page, request.page * request.per_page
        if sort == "relevance":
            ranked = _by_relevance(generation, sections, start, wanted)
        else:
            ranked = _by_date(generation, sections, firsts, start, wanted)
        searcher = generation.searcher
        hits = [_hit(searcher, parsed, article, score, docnums) for article, score, docnums in ranked]
        total = len(firsts)
        return {
            "query": {
                "q": request.q,
                "normalized": parsed.normalized,
                "mode": parsed.mode,
                "terms": [t.to_dict() for t in parsed.terms],
                "filters": filters.understood,
            },
            "total": total,
            "page": request.page,
            "per_page": request.per_page,
            "pages": math.ceil(total / request.per_page) if total else 0,
            "sort": sort,
            "took_ms": round((time.perf_counter() - started) * 1000, 2),
            "hits": hits,
            "facets": _facets(generation, firsts),
        }


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


def _hit(searcher, parsed: ParsedQuery, article_id: str, score: float | None, docnums: list[int]) -> dict:
    """One article of the results: its metadata and its best matching sections with snippets."""
    sections = [searcher.stored_fields(docnum) for docnum in docnums]
    first = sections[0]
    needles = parsed.needles
    title = first.get("title") or None
    return {
        "id": article_id,
        "title": title,
        "title_html": mark(title, find_matches(title, needles)) if title else None,
        "province": first.get("province") or None,
        "city": first.get("city") or None,
        "date": first.get("date") or None,
        "source": first.get("source") or None,
        "authors": [a for a in first.get("authors", "").split(",") if a],
        "score": score,
        "sections": [
            {
                "section_no": fields["section_no"],
                "heading": fields.get("heading") or None,
                "snippet": snippet(fields.get("body", ""), needles).to_dict(),
            }
            for fields in sections
        ],
    }


def _facets(generation: _Generation, docs: np.ndarray) -> dict[str, list[dict]]:
    """Counts of each facet's values over `docs` (one document per article)."""
    out = {}
    for name in FACETS:
        codes, values = generation.codes[name]
        counts = np.bincount(codes[docs], minlength=len(values))
        pairs = [(values[i], int(counts[i])) for i in np.flatnonzero(counts) if values[i]]
        out[name] = [{"value": v, "count": c} for v, c in sorted(pairs, key=lambda kv: (-kv[1], kv[0]))]
    return out


def _validate(request: SearchRequest) -> None:
    if request.sort not in SORTS:
        raise QueryError(f"sort must be one of {', '.join(SORTS)}, not {request.sort!r}", "sort")
    if not 1 <= request.page <= MAX_PAGE:
        raise QueryError(f"page must be between 1 and {MAX_PAGE}", "page")
    if not 1 <= request.per_page <= MAX_PER_PAGE:
        raise QueryError(f"per_page must be between 1 and {MAX_PER_PAGE} (SEARCH_MAX_PER_PAGE)", "per_page")
