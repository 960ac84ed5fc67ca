"""One open generation of the index: its searcher, an evaluator over its postings, and the per-document
columns that results are grouped, filtered, sorted and counted by, read once as arrays."""

from __future__ import annotations

import bisect
import weakref
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from index import store
from index.search.collapse import story_numbers
from index.search.introduced import trusted
from index.search.matching import Evaluator
from index.search.results import Copy
from index.store import introduced
from index.store.postings import PostingSource
from index.store.reprints import read_groups
from index.store.vocabulary import Vocabulary

COLUMN_FACETS = ("province", "city", "year", "source")  # counted from the index's columns of the same name
# `month` (YYYY-MM) is counted from the date column: articles dated only to a year, or undated, have none.
FACETS = (*COLUMN_FACETS, "month")
CHRONOLOGICAL_FACETS = ("month",)  # in time order, for a timeline; the others by count, most first


@dataclass
class Generation:
    name: str
    searcher: object
    meta: dict
    evaluator: Evaluator
    article_no: np.ndarray  # per document: its article's number, an index into article_ids
    article_ids: list[str]
    article_numbers: dict[str, int]  # the reverse of article_ids
    first_doc: np.ndarray  # per article number: its first live document (-1 for an article that is gone)
    codes: dict[str, tuple[np.ndarray, list[str]]]  # per facet: a value number per document, and the values
    dates: np.ndarray  # the date column as an array, for sorting by date
    date_order: np.ndarray  # the dated documents, in date order
    date_keys: list[str]  # their dates
    story: np.ndarray  # per article number: its story's number (reprint groups first, index/search/collapse.py)
    groups: int  # how many reprint groups (story numbers below this are groups)
    copies: dict[str, list[Copy]]  # per grouped article id: its group's copies, earliest first
    vocabulary: Vocabulary  # words and phrases with their counts and pinyin: completions, pinyin readings
    introduced: list[tuple[str, str]]  # (full, short) pairs its articles introduce that queries expand
    overview: dict | None = None  # facet counts over every article, made on first use
    aliases: tuple | None = None  # (aliases, those aliases joined with `introduced`), made on first use

    @classmethod
    def open(cls, index_dir: Path, cache_mb: float) -> Generation:
        ix, meta, generation = store.open_generation(index_dir)
        searcher = ix.searcher()
        reader = searcher.reader()
        source = PostingSource(searcher, cache_mb)
        article_no, article_ids = codes(list(reader.column_reader("article_id")))
        live = np.flatnonzero(source.live)
        first_doc = np.full(len(article_ids), -1, dtype=np.int64)
        articles, first = np.unique(article_no[live], return_index=True)
        first_doc[articles] = live[first]
        columns = {name: list(reader.column_reader(name)) for name in (*COLUMN_FACETS, "date")}
        columns["month"] = [date[:7] if len(date) >= 7 else "" for date in columns["date"]]
        dates = np.array(columns["date"], dtype=str)
        date_order = np.flatnonzero(dates != "")
        date_order = date_order[np.argsort(dates[date_order], kind="stable")]
        groups = [[Copy(**copy) for copy in group] for group in read_groups(generation)]
        story, _ = story_numbers(article_ids, [[copy.id for copy in group] for group in groups])
        opened = cls(
            name=generation.name,
            searcher=searcher,
            meta=meta,
            evaluator=Evaluator(source),
            article_no=article_no,
            article_ids=article_ids,
            article_numbers={article_id: number for number, article_id in enumerate(article_ids)},
            first_doc=first_doc,
            codes={name: codes(columns[name]) for name in FACETS},
            dates=dates,
            date_order=date_order,
            date_keys=[str(d) for d in dates[date_order]],
            story=story,
            groups=len(groups),
            copies={copy.id: group for group in groups for copy in group},
            vocabulary=Vocabulary.open(generation),
            introduced=trusted(introduced.candidates(generation)),
        )
        # Close its files once nothing uses it: after a swap, when the last query on it has finished.
        weakref.finalize(opened, searcher.close)
        return opened

    @property
    def live(self) -> np.ndarray:
        """Per document: whether it is live (not deleted by a later build)."""
        return self.evaluator.source.live

    @cached_property
    def live_count(self) -> int:
        """How many articles the generation holds (every search weighs its words by it)."""
        return len(self.live_articles())

    def live_articles(self) -> np.ndarray:
        """The numbers of the articles the generation holds, ascending."""
        return np.flatnonzero(self.first_doc >= 0)

    def dated_between(self, low: str, high: str) -> np.ndarray:
        """Documents dated from `low` to `high`, ascending (ISO text at any precision compares as dates do)."""
        start = bisect.bisect_left(self.date_keys, low)
        end = bisect.bisect_right(self.date_keys, high)
        return np.sort(self.date_order[start:end])

    def articles_of(self, docs: np.ndarray) -> np.ndarray:
        """The distinct articles of `docs`, ascending. A build numbers articles in document order, so the
        articles of ascending documents are usually ascending already and only repeats need dropping: at
        ×10, np.unique took 7% of a query's CPU (cProfile of 300 queries.py queries)."""
        articles = self.article_no[docs]
        if len(articles) > 1 and (articles[1:] >= articles[:-1]).all():
            keep = np.empty(len(articles), dtype=bool)
            keep[0] = True
            np.not_equal(articles[1:], articles[:-1], out=keep[1:])
            return articles[keep]
        return np.unique(articles)


def codes(values: list[str]) -> tuple[np.ndarray, list[str]]:
    """A number per value (first seen, first numbered) for each of `values`, and the distinct values."""
    numbers: dict[str, int] = {}
    out = np.fromiter((numbers.setdefault(v, len(numbers)) for v in values), dtype=np.int64, count=len(values))
    return out, list(numbers)
