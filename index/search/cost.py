"""What a query will cost, known before it runs: the posting lists it reads and the postings in them.

A search reads whole posting lists (index/search/matching.py), so its time follows the lists and postings it reads,
which the term table gives without reading them (document frequencies). A plan whose work is over its
budget (`SEARCH_MAX_QUERY_WORK`) is refused with a message naming its most costly parts, before any list is
read; `Deadline` is the second guard, for what the count does not see (a slow disk, a busy machine).

Measured on the 10.6k corpus (11,149 sections, one core, warm cache; benchmarks/startup.py times such queries):
159 excluded common characters read 163 lists of 859k postings in 0.50 s; 125 characters joined by OR, 400
lists of 799k postings in 0.43 s; a quoted run of 498 characters, 335 lists of 8k postings in 0.09 s. So
a list costs about what 400 postings do (opening it, its first block) and 2M postings' worth is a second.
"""

from __future__ import annotations

import time
import weakref
from dataclasses import dataclass

from whoosh import query as wq

from index.search.request import QueryError
from index.store.postings import PostingSource

LIST_WORK = 400  # a posting list costs what this many postings do


@dataclass(frozen=True)
class Cost:
    lists: int = 0
    postings: int = 0

    @property
    def work(self) -> int:
        return self.lists * LIST_WORK + self.postings

    def __add__(self, other: Cost) -> Cost:
        return Cost(self.lists + other.lists, self.postings + other.postings)


KNOWN_FREQUENCIES = 200_000  # per open generation, about 30 MB at most; then forgotten and counted afresh
_known: weakref.WeakKeyDictionary[PostingSource, dict[tuple[str, str], int]] = weakref.WeakKeyDictionary()


def frequency(source: PostingSource, field: str, text: str) -> int:
    """`source.frequency`, remembered for the life of the open generation (its term tables never change): Whoosh
    looks a term up in every segment's table, 0.5 ms a term at 10.6k (cProfile of 300 queries.py queries: 13%
    of their time went to planning), and the same words and bigrams recur from query to query."""
    known = _known.get(source)
    if known is None or len(known) >= KNOWN_FREQUENCIES:
        known = _known[source] = {}
    key = (field, text)
    count = known.get(key)
    if count is None:
        count = known[key] = source.frequency(field, text)
    return count


def cost(query: wq.Query, source: PostingSource) -> Cost:
    """The lists `query` reads and their postings (as Evaluator.matches reads them)."""
    if isinstance(query, wq.Term):
        return Cost(1, frequency(source, query.fieldname, query.text))
    if isinstance(query, wq.Phrase):
        return Cost(len(query.words), sum(frequency(source, query.fieldname, w) for w in query.words))
    if isinstance(query, wq.And | wq.Or | wq.DisjunctionMax):
        return sum((cost(q, source) for q in query.subqueries), Cost())
    if isinstance(query, wq.AndNot):
        return cost(query.a, source) + cost(query.b, source)
    if isinstance(query, wq.Every):
        return Cost(0, len(source.live))
    raise TypeError(f"cannot plan a {type(query).__name__} query")


class QueryTooCostly(QueryError):
    """A query that would read more than the budget (a 400 like any query that cannot be answered as asked);
    the message says what to remove."""


def check(parts: list[tuple[str, Cost]], budget: int, params: dict[str, str] | None = None) -> Cost:
    """The plan's total cost; QueryTooCostly when its work is over `budget`, naming the costliest of the
    labelled `parts` (a word, a phrase, an exclusion, a filter) and, as its `param`, the parameter of the
    costliest (`params` maps a filter's label to its parameter; the rest are `q`'s)."""
    total = sum((c for _, c in parts), Cost())
    if total.work <= budget:
        return total
    ordered = sorted(parts, key=lambda p: -p[1].work)
    costliest = [label for label, c in ordered[:5] if label]
    param = (params or {}).get(ordered[0][0], "q")
    raise QueryTooCostly(
        f"this query would read {total.lists:,} posting lists holding {total.postings:,} postings, more than "
        f"one search may ({budget:,}: SEARCH_MAX_QUERY_WORK); remove some of its most common parts: "
        f"{' '.join(costliest)}",
        param,
    )


class QueryTimeout(RuntimeError):
    """A query that ran past its deadline."""


@dataclass(frozen=True)
class Deadline:
    """A point on the monotonic clock after which a query stops (`None`: never)."""

    at: float | None
    ms: int = 0

    @classmethod
    def after(cls, ms: int) -> Deadline:
        return cls(time.monotonic() + ms / 1000 if ms > 0 else None, ms)

    def check(self) -> None:
        if self.at is not None and time.monotonic() > self.at:
            raise QueryTimeout(
                f"the query ran longer than {self.ms} ms (SEARCH_QUERY_TIMEOUT_MS) and was stopped; "
                "try fewer or rarer words, or again in a moment"
            )


NEVER = Deadline(None)
