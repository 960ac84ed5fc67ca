"""What a search answers, as plain typed data: the API and the CLI serialize it (`to_dict`), the page reads
its attributes. Nothing here knows about the index."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

from index.search.highlight import Snippet
from index.search.query import Term
from index.search.respell import Correction


@dataclass
class HitSection:
    """One of a hit's best matching sections: its heading path (None for the lead) and a snippet."""

    section_no: int
    heading: str | None
    snippet: Snippet


@dataclass(frozen=True)
class Copy:
    """Another copy of a story (a reprint), as listed beside a hit or an article."""

    id: str
    title: str | None
    source: str | None
    date: str | None


@dataclass
class Hit:
    """One article of the results: its metadata, score and best matching sections, and (when results are
    collapsed to one hit per story) the story's other copies that matched too, earliest first."""

    id: str
    title: str | None
    title_html: str | None
    province: str | None
    city: str | None
    date: str | None
    source: str | None
    authors: list[str]
    score: float | None
    matched: str  # "all": holds everything the query asked for; "partial": most of it (see `missing`)
    missing: list[str]  # the words of the query a partial hit does not hold
    sections: list[HitSection]
    reprints: list[Copy] = field(default_factory=list)


@dataclass
class Facet:
    value: str
    count: int


@dataclass
class QueryReading:
    """How the request was read: the text as normalized, its terms, what was read otherwise than as written
    (`notes`), and the filters as understood."""

    q: str
    normalized: str
    mode: str
    terms: list[Term]
    notes: list[str]
    filters: dict[str, str | None]
    corrections: list[Correction] = field(default_factory=list)  # words also searched as the likely intended one


@dataclass
class SearchResult:
    query: QueryReading
    total: int  # matching stories (articles when not collapsed), not sections
    page: int
    per_page: int
    pages: int
    sort: str
    collapse: bool  # one hit per story (its other copies in `Hit.reprints`)
    facet_count: str  # what the facets count: "stories" or "copies"
    took_ms: float
    notice: str | None  # for people, when some hits hold only part of the query
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[Facet]] = field(default_factory=dict)  # counted over every hit, not only this page

    def to_dict(self) -> dict:
        out = asdict(self)
        out["query"]["corrections"] = [
            {"from": c.typed, "to": c.intended, "weight": c.weight} for c in self.query.corrections
        ]
        return out


@dataclass
class Related:
    """An article on the same subject as another (`/similar`), with its more-like-this score."""

    id: str
    title: str | None
    source: str | None
    date: str | None
    province: str | None
    score: float


@dataclass
class SimilarResult:
    id: str  # the article asked about
    took_ms: float
    similar: list[Related] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ArticleRow:
    """One article of an export: its metadata, no text (`url` is the original's address, when the input gave one)."""

    id: str
    title: str | None
    province: str | None
    city: str | None
    date: str | None
    source: str | None
    authors: list[str]
    url: str | None

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
