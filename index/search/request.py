"""A search as asked (text, filters, order, page) and the checks of its limits: the only things that
refuse a search. The query text itself is never refused for its syntax (index/search/query.py reads any text)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from index.settings import Settings

Sort = Literal["relevance", "date"]
SORTS: tuple[str, ...] = get_args(Sort)
# What facets count: a story once however many copies matched, or each copy.
FacetCount = Literal["stories", "copies"]
FACET_COUNTS: tuple[str, ...] = get_args(FacetCount)


class QueryError(ValueError):
    """A request that cannot be answered as asked; `param` names the offending parameter."""

    def __init__(self, message: str, param: str = "q") -> None:
        super().__init__(message)
        self.message = message
        self.param = param


@dataclass
class SearchRequest:
    q: str = ""
    province: str | None = None
    city: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    section: str | None = None
    title: str | None = None  # words the article's title must hold
    source: str | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int | None = None  # None: the settings' default
    collapse: bool = True  # one hit per story (reprints grouped under the best-ranked copy)
    facet_count: str | None = None  # None: stories when collapsed, copies when not
    correct: bool = True  # also search the words a query likely meant (index/search/respell.py); False: as typed

    @property
    def counts(self) -> str:
        """What the facets count for this request."""
        return self.facet_count or ("stories" if self.collapse else "copies")


def validate(request: SearchRequest, settings: Settings) -> int:
    """Check `request` against the limits; QueryError naming the parameter, else the page size to use."""
    if len(request.q) > settings.max_query_chars:
        raise QueryError(
            f"q is {len(request.q)} characters long; the limit is {settings.max_query_chars} (SEARCH_MAX_QUERY_CHARS)"
        )
    if request.sort not in SORTS:
        raise QueryError(f"sort must be one of {', '.join(SORTS)}, not {request.sort!r}", "sort")
    if request.facet_count is not None and request.facet_count not in FACET_COUNTS:
        raise QueryError(
            f"facet_count must be one of {', '.join(FACET_COUNTS)}, not {request.facet_count!r}", "facet_count"
        )
    if not 1 <= request.page <= settings.max_page:
        raise QueryError(f"page must be between 1 and {settings.max_page}", "page")
    per_page = settings.default_per_page if request.per_page is None else request.per_page
    if not 1 <= per_page <= settings.max_per_page:
        raise QueryError(f"per_page must be between 1 and {settings.max_per_page} (SEARCH_MAX_PER_PAGE)", "per_page")
    return per_page
