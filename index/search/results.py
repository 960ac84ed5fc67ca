"""What a search answers, as plain typed data: the API and the CLI serialize it (`to_dict`), the page reads
its attributes, and service/openapi.py generates the API's schemas from these classes (their type hints, and
each field's trailing comment or docstring as its description). Nothing here knows about the index."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Literal

from index.article import Section
from index.search.highlight import Snippet
from index.search.query import Term
from index.search.request import FacetCount, Sort


@dataclass
class HitSection:
    """One of a hit's best matching sections: its heading path (None for the lead) and a snippet."""

    section_no: int
    heading: str | None  # heading path (`parent › child`); null for the lead
    snippet: Snippet


@dataclass(frozen=True)
class Copy:
    """Another copy of the same story (a reprint found at build time)."""

    id: str
    title: str | None
    source: str | None
    date: str | None  # ISO at the precision found


@dataclass
class Hit:
    """One article of the results: its metadata, score and best matching sections, and (when results are
    collapsed to one hit per story) the story's other copies that matched too, earliest first."""

    id: str
    title: str | None  # null when the article has no title line
    title_html: str | None  # the title HTML-escaped with matches in <mark>
    province: str | None
    city: str | None
    date: str | None  # ISO at the precision found: 2023-01-10, 2022-12 or 2022
    source: str | None
    authors: list[str]
    score: float | None  # relevance score; null when sorted by date
    matched: Literal["all", "partial"]
    """`all`: the article holds every word and phrase asked for (such hits come first); `partial`: it holds
    most of them, the rarer ones weighing more (shown only when fewer than a page of articles hold them all)."""
    missing: list[str]  # the words of the query a partial hit does not hold (empty when matched all)
    sections: list[HitSection]  # best matching sections
    reprints: list[Copy] = field(default_factory=list)  # when collapsed: the story's other matching copies


@dataclass
class Facet:
    """A value of a facet and how many hits have it."""

    value: str
    count: int


@dataclass
class Corrected:
    """A word of the query also searched as the word it likely stands for (index/search/respell.py): the index
    holds the typed form rarely and a word of the same reading far more often."""

    typed: str  # as typed: `诈偏`
    intended: str  # the likely intended word: `诈骗`
    weight: float  # what a match of `intended` counts for against one of `typed` (1): more the commoner it is


@dataclass
class QueryReading:
    """How the request was read: the text as normalized, its terms, what was read otherwise than as written
    (`notes`), and the filters as understood."""

    q: str
    normalized: str  # q after Traditional→Simplified and width folding
    mode: Literal["search", "browse"]
    """`browse` when q asks for nothing (empty, or only operators or punctuation): the filters' articles, or
    every article, newest first."""
    terms: list[Term]
    notes: list[str]
    """How q was read where it was not plain: unmatched quotes or brackets ignored or closed, lone operators
    ignored, function words left out, headline furniture, a long text looked up by its rarest words."""
    filters: dict[str, str | None]  # the filters as understood: canonical region names, ISO dates
    corrections: list[Corrected] = field(default_factory=list)  # words also searched as the likely intended one


@dataclass
class SearchResult:
    """One page of matching articles, with facets."""

    query: QueryReading
    total: int
    """Matching stories (articles with `collapse=false`): those holding everything asked for, and, when fewer
    than per_page do, those holding most of it. Not sections."""
    page: int
    per_page: int
    pages: int
    sort: Sort
    collapse: bool  # one hit per story (its other copies in `Hit.reprints`)
    facet_count: FacetCount  # what the facets count
    took_ms: float
    notice: str | None
    """For people, when some hits hold only part of the query: 没有文章包含全部词语，以下结果包含其中大部分 (or
    how many hold everything)."""
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[Facet]] = field(default_factory=dict)
    """Counts of stories (or copies, see `facet_count`) over every hit, not only this page: province, city,
    year, source (most first) and month (`YYYY-MM`, in time order; articles dated only to a year, or undated,
    are in no month)."""

    def to_dict(self) -> dict:
        return plain(self)


@dataclass
class Related:
    """An article on the same subject as another (`/similar`), with its more-like-this score."""

    id: str
    title: str | None
    source: str | None
    date: str | None
    province: str | None
    score: float  # more-like-this score (BM25 of the article's words)


@dataclass
class SimilarResult:
    """Other stories on an article's subject."""

    id: str  # the article asked about
    took_ms: float
    similar: list[Related] = field(default_factory=list)
    """Best first: one article per story, never the article itself or its reprints."""

    def to_dict(self) -> dict:
        return plain(self)


@dataclass
class OutlineSection:
    """A section of an article as the article page shows it: flattened to its depth, marked for a query."""

    level: int  # 0 for a top section, 1 for a `——` subsection of it, ...
    heading: str | None  # the heading path (`parent › child`)
    heading_html: str | None  # the section's own heading, HTML-escaped, the query's words in <mark>
    paragraphs_html: list[str]  # the paragraphs, HTML-escaped, the query's words in <mark>


# Fields the page reads but the API does not send (`to_dict` leaves them out, and so does the schema).
PAGE_ONLY = {"page_only": True}


@dataclass
class ArticleView:
    """One whole article: metadata, sections with paragraphs, original text, and its reprints."""

    id: str
    content_hash: str
    title: str | None
    subtitle: str | None
    province: str | None
    city: str | None
    date: str | None  # ISO at the precision found
    source: str | None
    authors: list[str]
    editor: str | None
    url: str | None  # the original's address, when the input gave one
    sections: list[Section]
    original: str  # the text as found (Traditional stays Traditional)
    traditional: bool  # whether the original was written in Traditional script
    encoding: str  # the encoding the input was read in
    reprints: list[Copy]  # the other copies of this story (reprints found at build time), earliest first
    title_html: str | None = field(default=None, metadata=PAGE_ONLY)
    outline: list[OutlineSection] = field(default_factory=list, metadata=PAGE_ONLY)

    def to_dict(self) -> dict:
        page_only = {f.name for f in fields(self) if f.metadata.get("page_only")}
        return {name: value for name, value in asdict(self).items() if name not in page_only}


@dataclass
class DictionaryHealth:
    """Whether the index was segmented with the words this service segments queries with."""

    index: str | None  # hash of the dictionaries the index was built with
    service: str  # hash of this service's (the package's and SEARCH_USER_DICT's)
    same: bool
    message: str | None = None  # when not the same: what to do about it (absent otherwise)
    reload_error: str | None = None  # why a changed dictionary file could not be read (absent otherwise)


@dataclass
class AliasHealth:
    """The alias table (简称 ⇄ 全称) queries are read with: the shipped one and SEARCH_ALIASES."""

    forms: int  # names of every group, in all their forms
    user_file: str | None  # SEARCH_ALIASES, when set
    learned: int  # (full, short) pairs the serving index's own articles introduce (以下简称…) that queries expand
    reload_error: str | None = None  # why a changed file could not be read (absent otherwise)


@dataclass
class Health:
    """Whether an index is serving, and which."""

    status: Literal["ok"]
    articles: int
    sections: int
    index_version: int | None
    built_at: str | None  # when the serving index was built
    generation: str | None
    dictionary: DictionaryHealth
    aliases: AliasHealth

    def to_dict(self) -> dict:
        """As JSON: a note that does not apply (`message`, `reload_error`) is absent rather than null."""
        data = asdict(self)
        for part in ("dictionary", "aliases"):
            for key in ("message", "reload_error"):
                if data[part].get(key, "") is None:
                    del data[part][key]
        return data


@dataclass
class ArticleRow:
    """One article of an export: its metadata, no text (`url` is the original's address, when the input gave one)."""

    id: str
    title: str | None
    province: str | None
    city: str | None
    date: str | None  # ISO at the precision found
    source: str | None
    authors: list[str]
    url: str | None  # the original's address, when the input gave one

    @classmethod
    def from_record(cls, article_id: str, record: dict) -> ArticleRow:
        """The metadata of a stored article record (index/build.py's), as exports and the article view read it."""
        return cls(
            id=article_id,
            title=record.get("title"),
            province=record.get("province"),
            city=record.get("city"),
            date=record.get("date"),
            source=record.get("source"),
            authors=list(record.get("authors") or []),
            url=record.get("url"),
        )

    def to_dict(self) -> dict:
        # dataclasses.asdict deep-copies field by field: 1.1 of 4.2 s of a profiled 10,580-row export
        return {**vars(self), "authors": list(self.authors)}


@dataclass
class Export:
    """Every matching article of a search, in its order: `total` as the search counts them, `rows` read lazily
    (one stored record at a time, so memory does not grow with the export), at most `limit` of them."""

    total: int
    limit: int
    rows: Iterator[ArticleRow]

    @property
    def count(self) -> int:
        return min(self.total, self.limit)

    @property
    def truncated(self) -> bool:
        return self.total > self.limit


_NAMES: dict[type, tuple[str, ...]] = {}
# Types `plain` returns as they are, asked first: most values of an answer are text and numbers, and asking
# `is_dataclass` about each took 0.77 of the 2.5 profiled seconds `to_dict` took over 980 answers.
_LEAVES = frozenset((str, int, float, bool, type(None)))


def plain(value: object) -> object:
    """What `dataclasses.asdict` gives (dataclasses as dicts, in field order, lists, tuples and dicts rebuilt),
    without its deep copy of every leaf: over the 300 answers of benchmarks/load.py's mix at 10.6k, in one
    process, 0.15 ms a result against asdict's 0.28 ms (a search's CPU mean is about 3 ms). The leaves here
    are immutable (text, numbers, None), so sharing them is safe."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    names = _NAMES.get(kind)
    if names is None and is_dataclass(kind):
        names = _NAMES[kind] = tuple(f.name for f in fields(kind))
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if kind is list:
        return [plain(item) for item in value]  # type: ignore[attr-defined]
    if kind is dict:
        return {plain(k): plain(v) for k, v in value.items()}  # type: ignore[attr-defined]
    if kind is tuple:
        return tuple(plain(item) for item in value)  # type: ignore[attr-defined]
    return value
