"""Filters typed into the query as other engines take them: `province:福建 网信` narrows as `province=福建` does."""

from __future__ import annotations

import pytest
from conftest import QUANZHOU

from index.search.request import QueryError, SearchRequest
from index.search.searcher import SearchIndex
from index.search.typed_filters import typed_filters, without_typed_filters


def test_a_typed_province_becomes_the_province_filter_and_leaves_the_words() -> None:
    request, notes = typed_filters(SearchRequest(q="province:福建 网络安全"))
    assert (request.q, request.province) == ("网络安全", "福建")
    assert notes == ["province:福建 read as the filter province=福建"]


def test_a_typed_month_is_both_ends_of_the_date_span() -> None:
    request, _ = typed_filters(SearchRequest(q="网信 date:2023-5"))
    assert (request.q, request.date_from, request.date_to) == ("网信", "2023-05", "2023-05")


def test_a_quoted_value_keeps_its_spaces_and_full_width_colons_are_read() -> None:
    request, _ = typed_filters(SearchRequest(q="source：“人民网 北京频道” 冬奥"))
    assert (request.q, request.source) == ("冬奥", "人民网 北京频道")


def test_a_name_inside_a_quoted_phrase_and_a_chinese_label_stay_text() -> None:
    for q in ('"province:福建" 网信', "来源：新华网 网信", "会议于10:30召开"):
        assert typed_filters(SearchRequest(q=q)) == (SearchRequest(q=q), [])


def test_a_filter_given_twice_with_two_values_is_refused_naming_q() -> None:
    with pytest.raises(QueryError) as refused:
        typed_filters(SearchRequest(q="province:福建 网信", province="甘肃"))
    assert refused.value.param == "q" and "province" in refused.value.message


def test_a_filter_typed_and_chosen_from_a_menu_alike_is_one_filter() -> None:
    asked = SearchRequest(q="province:福建 网信 date:2023-5", province="福建省", date_from="2023-05")
    request, _ = typed_filters(asked)
    assert (request.q, request.province, request.date_from, request.date_to) == ("网信", "福建省", "2023-05", "2023-05")


def test_a_typed_date_that_is_no_date_is_refused_naming_q() -> None:
    with pytest.raises(QueryError) as refused:
        typed_filters(SearchRequest(q="网信 date:去年"))
    assert refused.value.param == "q" and "YYYY" in refused.value.message


def test_a_typed_title_asks_for_titles_holding_the_words() -> None:
    request, notes = typed_filters(SearchRequest(q="title:约谈 网络安全"))
    assert (request.q, request.title) == ("网络安全", "约谈")
    assert notes == ["title:约谈 read as the filter title=约谈"]


def test_the_words_without_their_typed_filters_keep_a_quoted_name() -> None:
    assert without_typed_filters('title:约谈 "source:新华网" 网络安全 date:2023') == '"source:新华网" 网络安全'


def test_a_typed_place_nobody_knows_is_refused_naming_q() -> None:
    with pytest.raises(QueryError) as refused:
        typed_filters(SearchRequest(q="province:火星 网络安全"))
    assert refused.value.param == "q" and "火星" in refused.value.message


def test_a_search_narrowed_by_a_typed_province_finds_what_the_parameter_finds(seed_search: SearchIndex) -> None:
    typed = seed_search.search(SearchRequest(q="网信 province:福建"))
    given = seed_search.search(SearchRequest(q="网信", province="福建"))
    assert [hit.id for hit in typed.hits] == [hit.id for hit in given.hits] == [QUANZHOU]
    assert typed.query.q == "网信 province:福建" and typed.query.filters["province"] == "福建省"
    assert "province:福建 read as the filter province=福建" in typed.query.notes
