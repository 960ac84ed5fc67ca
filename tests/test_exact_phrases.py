"""Exact phrases stay exact: any run of an indexed text is found as a phrase in the article that holds it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index

from index.search.request import SearchRequest
from index.search.searcher import SearchIndex
from index.text.cjk import CJK

# Runs of Chinese characters, letters and digits (a quote or a bracket inside would be query syntax).
_RUN = re.compile(f"[{CJK}0-9A-Za-z]{{2,}}")


def _inside_ascii(run: str, cut: int) -> bool:
    """Whether a cut at `cut` falls between two letters or digits of `run`."""
    return 0 < cut < len(run) and run[cut - 1].isascii() and run[cut].isascii()


class Runs(list):
    def __repr__(self) -> str:  # hypothesis shows the test's arguments
        return f"<{len(self)} runs>"


@pytest.fixture(scope="module")
def runs(seed_index_dir: Path) -> Runs:
    """(article id, run) for every run of every stored title, heading and body of the seed index, in order."""
    ix = whoosh_index.open_dir(str(seed_index_dir / "current"))
    with ix.searcher() as searcher:
        found = []
        for doc in sorted(searcher.documents(), key=lambda d: d["doc_id"]):
            for field in ("title", "heading", "body"):
                found += [(doc["article_id"], m.group(0)) for m in _RUN.finditer(doc.get(field) or "")]
    return Runs(found)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(which=st.integers(0, 2**32), where=st.integers(0, 2**32), length=st.integers(2, 16))
def test_every_substring_of_an_indexed_text_is_found_as_an_exact_phrase(
    which: int, where: int, length: int, runs: Runs, seed_search: SearchIndex
) -> None:
    article_id, run = runs[which % len(runs)]
    start = where % (len(run) - 1)
    end = min(start + length, len(run))
    phrase = run[start:end]
    # Letters and digits are indexed as whole runs (361°: 361, as jieba cuts it), so a phrase starts and ends at a
    # character of its own or at a whole run's edge: `36` inside `361` is no phrase of the text, as in Lucene.
    assume(not _inside_ascii(run, start) and not _inside_ascii(run, end))
    result = seed_search.search(SearchRequest(q=f'"{phrase}"'))
    assert article_id in [hit.id for hit in result.hits], phrase
