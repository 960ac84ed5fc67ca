"""Queries: parse the user's text and filters into a Whoosh query, rank sections, group them by article,
count facets over every hit, and cut highlighted snippets. The CLI and the HTTP API both call `search`.
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
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import query as wq

from index import store
from index.analysis import GRAM_JOINER, characters, gram, segment, warm_up
from index.highlight import find_matches, mark, snippet
from index.normalize import normalize_text
from index.phrase import ExactPhrase
from index.regions import canonical_city, canonical_province
from index.rules import QUERY_STOPWORDS, QUESTION_WORDS
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
    match_only: list[wq.Query] | None = None  # cheaper clauses that match the same sections (no boosts)

    @property
    def matching(self) -> list[wq.Query]:
        """The clauses to find matches with: boosts that only rank (phrases over words) left out."""
        return self.match_only if self.match_only is not None else self.clauses

    @property
    def needles(self) -> tuple[str, ...]:
        """Strings to highlight: the words and phrases that were asked for, not excluded ones."""
        out = []
        for term in self.terms:
            if not term.exclude:
                out.extend([term.text, *term.words] if term.kind == "words" else [term.text])
        return tuple(dict.fromkeys(n for n in out if n))


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
    return ExactPhrase("grams", terms, boost=boost)


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
    return ParsedQuery(
        parsed.normalized, parsed.terms, [_relaxed(content, per_word)], "relaxed", match_only=[wq.Or(per_word)]
    )


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
    """One open generation: its searcher and, per document number, the columns queries group and count by
    (read once, so grouping and facets are list lookups rather than Whoosh column reads per hit)."""

    name: str
    searcher: object
    meta: dict
    article_of: list[str]
    columns: dict[str, list[str]]
    dated: list[tuple[str, int]]  # (date, docnum) of the dated documents, in date order
    overview: dict[str, list[dict]] | None = None

    def dated_between(self, low: str, high: str) -> set[int]:
        """Documents dated from `low` to `high` (ISO text at any precision compares as dates do)."""
        start = bisect.bisect_left(self.dated, (low, -1))
        end = bisect.bisect_right(self.dated, (high, len(self.article_of)))
        return {docnum for _, docnum in self.dated[start:end]}

    @classmethod
    def open(cls, index_dir: Path) -> _Generation:
        ix, meta, generation = store.open_generation(index_dir)
        searcher = ix.searcher()
        reader = searcher.reader()
        article_of = list(reader.column_reader("article_id"))
        columns = {name: list(reader.column_reader(name)) for name in (*FACETS, "date")}
        dated = sorted((date, docnum) for docnum, date in enumerate(columns["date"]) if date)
        opened = cls(generation.name, searcher, meta, article_of, columns, dated)
        # Close its files once nothing uses it: after a swap, when the last query on it has finished.
        weakref.finalize(opened, searcher.close)
        return opened

    def first_docs(self) -> dict[str, int]:
        """Each article's first document number."""
        first: dict[str, int] = {}
        for docnum, article_id in enumerate(self.article_of):
            first.setdefault(article_id, docnum)
        return first


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
            generation.overview = _facets(generation, generation.first_docs().values())
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
        searcher = generation.searcher
        groups, allowed = _matching_articles(generation, parsed, filters)
        sort = "date" if not parsed.clauses and request.sort == "relevance" else request.sort
        wanted = request.page * request.per_page
        facets = _facets(generation, [docnums[0] for docnums in groups.values()])
        if not groups:
            ranked = []
        elif sort == "relevance":
            ranked = _ranked(searcher, _section_query(parsed, filters.queries), allowed, wanted, len(groups))
        else:
            dates = generation.columns["date"]
            order = sorted(groups, key=lambda a: (dates[groups[a][0]], a), reverse=True)
            order = [a for a in order if dates[groups[a][0]]] + [a for a in order if not dates[groups[a][0]]]
            ranked = [(a, None, sorted(groups[a])[:SECTIONS_PER_HIT]) for a in order[:wanted]]
        start = (request.page - 1) * request.per_page
        hits = [_hit(searcher, parsed, article, score, docnums) for article, score, docnums in ranked[start:wanted]]
        total = len(groups)
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
            "facets": facets,
        }


def _section_query(parsed: ParsedQuery, filters: list[wq.Query]) -> wq.Query:
    """What a section must match to be shown: any clause (sections holding more clauses score higher)."""
    clauses = parsed.clauses[0] if len(parsed.clauses) == 1 else wq.Or(parsed.clauses)
    return wq.And([clauses, *filters]) if filters else clauses


def _matching_articles(
    generation: _Generation, parsed: ParsedQuery, filters: Filters
) -> tuple[dict[str, list[int]], set[int] | None]:
    """Every matching article with the document numbers of its matching sections, and all of those
    (None when that is simply every match of the one clause, which Whoosh can rank unaided).

    Each clause is matched on its own and the articles that hold every clause (in any of their sections)
    are kept, so `网络安全 数字经济` finds a report that treats them in different sections.
    """
    searcher, article_of = generation.searcher, generation.article_of
    in_range = generation.dated_between(*filters.dates) if filters.dates else None
    if not parsed.matching and not filters.queries and in_range is not None:
        docsets = [in_range]  # browsing by date alone
    else:
        extra = filters.queries
        clauses = [wq.And([c, *extra]) if extra else c for c in (parsed.matching or [wq.Every()])]
        docsets = [set(searcher.docs_for_query(clause)) for clause in clauses]
        if in_range is not None:
            docsets = [docs & in_range for docs in docsets]
    articles = set.intersection(*({article_of[d] for d in docs} for docs in docsets))
    if parsed.exclude is not None and articles:
        articles -= {article_of[d] for d in searcher.docs_for_query(parsed.exclude)}
    groups: dict[str, list[int]] = {}
    allowed: set[int] = set()
    for docnum in sorted(set().union(*docsets)):
        article_id = article_of[docnum]
        if article_id in articles:
            groups.setdefault(article_id, []).append(docnum)
            allowed.add(docnum)
    if len(docsets) == 1 and parsed.exclude is None and in_range is None:
        return groups, None
    return groups, allowed


def _ranked(
    searcher, query: wq.Query, allowed: set[int] | None, wanted: int, articles: int
) -> list[tuple[str, float, list[int]]]:
    """The top `wanted` articles by their best section's score, each with up to three best sections.

    Whoosh ranks sections with a top-N limit; the limit grows until enough distinct articles are in it.
    """
    limit = max(wanted * 4, 40)
    while True:
        results = searcher.search(query, filter=allowed, limit=limit)
        ranked: dict[str, tuple[float, list[int]]] = {}
        for hit in results:
            _, docnums = ranked.setdefault(hit["article_id"], (round(hit.score, 4), []))
            if len(docnums) < SECTIONS_PER_HIT:
                docnums.append(hit.docnum)
        if len(ranked) >= min(wanted, articles) or results.scored_length() < limit:
            return [(a, score, docnums) for a, (score, docnums) in ranked.items()]
        limit *= 4


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


def _facets(generation: _Generation, docnums) -> dict[str, list[dict]]:
    """Counts of each facet's values over the articles whose first matching documents are `docnums`."""
    counts = {name: Counter() for name in FACETS}
    for name, counter in counts.items():
        column = generation.columns[name]
        counter.update(value for value in (column[d] for d in docnums) if value)
    return {
        name: [{"value": v, "count": c} for v, c in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
        for name, counter in counts.items()
    }


def _validate(request: SearchRequest) -> None:
    if request.sort not in SORTS:
        raise QueryError(f"sort must be one of {', '.join(SORTS)}, not {request.sort!r}", "sort")
    if not 1 <= request.page <= MAX_PAGE:
        raise QueryError(f"page must be between 1 and {MAX_PAGE}", "page")
    if not 1 <= request.per_page <= MAX_PER_PAGE:
        raise QueryError(f"per_page must be between 1 and {MAX_PER_PAGE} (SEARCH_MAX_PER_PAGE)", "per_page")
