"""Every query is planned before it runs: what it would read is counted, a plan over budget is refused with
what to remove, and a query that runs past its deadline is stopped."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from whoosh import query as wq

from index.search.cost import Cost, Deadline, QueryTimeout, QueryTooCostly, check, cost
from index.search.query import chars_query, parse_query
from index.search.request import SearchRequest
from index.search.searcher import SearchIndex
from index.settings import Settings
from service.app import create_app


def test_a_single_character_is_one_term_of_the_character_field() -> None:
    assert chars_query("网") == wq.Term("chars", "网")


def test_an_excluded_word_is_read_from_one_list_of_its_characters() -> None:
    (exclusion,) = parse_query("网络安全 -是").exclusions
    assert exclusion.label == "-是" and exclusion.query == wq.Term("chars", "是")


def test_a_plan_counts_the_lists_and_postings_it_would_read(seed_search: SearchIndex) -> None:
    source = seed_search._current().evaluator.source
    one = cost(wq.Term("chars", "网"), source)
    assert one == Cost(1, source.frequency("chars", "网")) and one.postings >= 5
    phrase = cost(wq.Phrase("grams", ["网络", "络安", "安全"]), source)
    assert phrase.lists == 3 and phrase.work == 3 * 400 + phrase.postings


def test_a_plan_over_budget_names_its_costliest_parts() -> None:
    parts = [("网络", Cost(1, 10)), ("-的", Cost(1, 5000)), ("-是", Cost(1, 3000))]
    assert check(parts, budget=10_000).postings == 8010
    with pytest.raises(QueryTooCostly, match=r"remove some of its most common parts: -的 -是 网络"):
        check(parts, budget=5000)


def test_a_search_over_budget_is_refused_before_it_runs(seed_index_dir: Path) -> None:
    index = SearchIndex(seed_index_dir, Settings(index_dir=str(seed_index_dir), max_query_work=4000))
    assert index.search(SearchRequest(q="网络安全")).total >= 1
    with pytest.raises(QueryTooCostly, match="-的"):
        index.search(SearchRequest(q="网络安全 -的 -是 -在 -了 -和"))


def test_a_query_past_its_deadline_stops(seed_search: SearchIndex) -> None:
    expired = seed_search._current().evaluator.until(Deadline(time.monotonic() - 1, 5))
    with pytest.raises(QueryTimeout, match="5 ms"):
        expired.matches(wq.Term("chars", "网"))


def test_the_api_refuses_a_costly_query_with_what_to_remove(seed_index_dir: Path) -> None:
    client = create_app(Settings(index_dir=str(seed_index_dir), max_query_work=4000)).test_client()
    assert client.get("/api/search", query_string={"q": "网络安全"}).status_code == 200
    reply = client.get("/api/search", query_string={"q": "网络安全 -的 -是 -在 -了 -和"})
    assert reply.status_code == 400
    error = reply.get_json()["error"]
    assert error["code"] == "invalid_query" and "-的" in error["message"]


def test_a_title_filter_over_budget_is_refused_naming_title_not_q(seed_index_dir: Path) -> None:
    client = create_app(Settings(index_dir=str(seed_index_dir), max_query_work=4000)).test_client()
    long_title = "网信办召开网络安全工作会议部署全省网络生态治理" * 3
    reply = client.get("/api/search", query_string={"q": "网络安全", "title": long_title})
    assert reply.status_code == 400
    error = reply.get_json()["error"]
    assert error["code"] == "invalid_parameter" and error["param"] == "title" and "title=" in error["message"]


def test_the_api_answers_a_search_past_its_deadline_with_503_and_retry_after(
    seed_index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Deadline, "after", classmethod(lambda cls, ms: cls(0.0, ms)))  # already passed
    client = create_app(Settings(index_dir=str(seed_index_dir))).test_client()
    reply = client.get("/api/search", query_string={"q": "网络安全"})
    assert reply.status_code == 503 and reply.headers["Retry-After"] == "1"
    assert reply.get_json()["error"]["code"] == "query_timeout"


def test_over_budget_a_search_first_leaves_out_what_is_only_scored(seed_index_dir: Path) -> None:
    plain = SearchIndex(seed_index_dir, Settings(index_dir=str(seed_index_dir)))
    generation = plain._current()
    parsed = plain._parse("网络安全工作", generation)
    required = sum((cost(u.query, generation.evaluator.source) for u in parsed.units if u.required), Cost())
    assert any(not u.required for u in parsed.units) and parsed.boosts  # bigrams and words found together

    tight = SearchIndex(seed_index_dir, Settings(index_dir=str(seed_index_dir), max_query_work=required.work + 10))
    result = tight.search(SearchRequest(q="网络安全工作"))
    assert result.total == plain.search(SearchRequest(q="网络安全工作")).total
    assert any("within the query budget" in note for note in result.query.notes)
