"""Results as the API sends them: `to_dict` is exactly what `dataclasses.asdict` gives, without its deep copies."""

from __future__ import annotations

from dataclasses import asdict

from index.search import SearchIndex, SearchRequest


def test_a_search_result_as_a_dict_is_what_asdict_gives(seed_search: SearchIndex) -> None:
    for q in ("网络安全", "“网信办”", "庆阳 -泉州"):
        found = seed_search.search(SearchRequest(q=q, per_page=10))
        assert found.hits and found.to_dict() == asdict(found)
        assert list(found.to_dict()) == list(asdict(found))  # in field order, as the JSON is written


def test_a_search_result_as_a_dict_shares_no_list_with_the_result(seed_search: SearchIndex) -> None:
    found = seed_search.search(SearchRequest(q="网络安全"))
    data = found.to_dict()
    data["hits"].clear()
    assert found.hits
