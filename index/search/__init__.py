"""A search request -> typed, ranked, collapsed hits over one open generation: request limits, query reading,
filters, the cost plan, matching over posting arrays, ranking, highlighting, related articles, suggestions."""

from index.search.cost import QueryTimeout
from index.search.json_text import indented
from index.search.query import without_quotes
from index.search.request import FACET_COUNTS, SORTS, QueryError, SearchRequest
from index.search.results import (
    ArticleRow,
    ArticleView,
    Export,
    Facet,
    Health,
    Hit,
    QueryReading,
    SearchResult,
    SimilarResult,
)
from index.search.searcher import SearchIndex
from index.search.similar import MAX_RELATED
from index.search.suggest import DEFAULT_LIMIT as DEFAULT_SUGGESTIONS
from index.search.suggest import MAX_LIMIT as MAX_SUGGESTIONS
from index.search.suggest import Suggestions
from index.search.typed_filters import without_typed_filters

__all__ = [
    "DEFAULT_SUGGESTIONS",
    "FACET_COUNTS",
    "MAX_RELATED",
    "MAX_SUGGESTIONS",
    "SORTS",
    "ArticleRow",
    "ArticleView",
    "Export",
    "Facet",
    "Health",
    "Hit",
    "QueryError",
    "QueryReading",
    "QueryTimeout",
    "SearchIndex",
    "SearchRequest",
    "SearchResult",
    "SimilarResult",
    "Suggestions",
    "indented",
    "without_quotes",
    "without_typed_filters",
]
