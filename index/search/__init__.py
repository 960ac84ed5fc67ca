"""A search request -> typed, ranked, collapsed hits over one open generation: request limits, query reading,
filters, the cost plan, matching over posting arrays, ranking, highlighting, related articles, suggestions."""

from index.search.cost import QueryTimeout
from index.search.request import FACET_COUNTS, SORTS, QueryError, SearchRequest
from index.search.results import ArticleRow, Export, Facet, Hit, QueryReading, SearchResult
from index.search.searcher import SearchIndex

__all__ = [
    "FACET_COUNTS",
    "SORTS",
    "ArticleRow",
    "Export",
    "Facet",
    "Hit",
    "QueryError",
    "QueryReading",
    "QueryTimeout",
    "SearchIndex",
    "SearchRequest",
    "SearchResult",
]
