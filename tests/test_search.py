"""Searching the seed index through the library the CLI and the API share."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from index.search.query import parse_query
from index.search.request import QueryError, SearchRequest
from index.search.results import SearchResult
from index.search.searcher import SearchIndex
from index.settings import Settings
from index.store.schema import FORMAT_VERSION

QINGYANG = "000_c729cffc91d33526"
SHAANXI = "001_12268834ad4b7733"
QUANZHOU = "002_eec8dd7fda293d79"
NEIMENGGU = "003_06a59c289477a69b"
SHANGLUO = "004_e482cdb6bdf3e6cd"


def ids(result: SearchResult) -> list[str]:
    return [hit.id for hit in result.hits]


def full(result: SearchResult) -> list[str]:
    """The hits that hold everything asked for."""
    return [hit.id for hit in result.hits if hit.matched == "all"]


def search(index: SearchIndex, q: str = "", **filters) -> dict:
    return index.search(SearchRequest(q=q, **filters))


def test_keyword_finds_the_article_that_holds_it(seed_search: SearchIndex) -> None:
    assert ids(search(seed_search, "东数西算")) == [QINGYANG]


def test_traditional_query_finds_simplified_text(seed_search: SearchIndex) -> None:
    simplified = search(seed_search, "网络安全")
    traditional = search(seed_search, "網絡安全")
    assert traditional.total == simplified.total == 5
    assert QINGYANG in ids(traditional)


def test_full_width_query_works_like_half_width(seed_search: SearchIndex) -> None:
    assert ids(search(seed_search, "５Ｇ基站")) == ids(search(seed_search, "5G基站")) != []


def test_phrase_across_jieba_word_boundaries_matches(seed_search: SearchIndex) -> None:
    result = search(seed_search, '"络安全宣"')
    assert result.total >= 1
    for hit in result.hits:
        assert any("络安全宣" in s.snippet.text.replace(" ", "") for s in hit.sections)


def test_single_character_matches(seed_search: SearchIndex) -> None:
    assert search(seed_search, "网").total == 5


def test_name_jieba_does_not_know_is_found(seed_search: SearchIndex) -> None:
    assert ids(search(seed_search, "庄丹丹")) == [QUANZHOU]


def test_chinese_quotes_make_a_phrase(seed_search: SearchIndex) -> None:
    for q in ("“擎旗奋进”", "「擎旗奋进」", '"擎旗奋进"'):
        result = search(seed_search, q)
        assert ids(result) == [QINGYANG]
        assert result.query.terms[0].kind == "phrase"


def test_phrase_must_be_contiguous(seed_search: SearchIndex) -> None:
    assert search(seed_search, '"东数西算庆阳"').total == 0


def test_region_filter_narrows_the_hits(seed_search: SearchIndex) -> None:
    everything = search(seed_search, "网络安全")
    gansu = search(seed_search, "网络安全", province="甘肃")
    assert gansu.total < everything.total
    assert ids(gansu) == [QINGYANG]
    assert search(seed_search, "网络安全", province="甘肃省").total == 1


def test_city_filter_accepts_both_name_forms(seed_search: SearchIndex) -> None:
    assert (
        ids(search(seed_search, "网信", city="商洛")) == ids(search(seed_search, "网信", city="商洛市")) == [SHANGLUO]
    )


def test_articles_holding_every_word_come_first_and_alone_when_they_fill_a_page(seed_search: SearchIndex) -> None:
    result = search(seed_search, "网信 泉州", per_page=1)
    assert ids(result) == [QUANZHOU]
    assert result.total == 1 and result.notice is None
    assert result.hits[0].matched == "all" and result.hits[0].missing == []


def test_fewer_than_a_page_of_full_matches_are_followed_by_partial_ones(seed_search: SearchIndex) -> None:
    result = search(seed_search, "网信 泉州")
    assert ids(result)[0] == QUANZHOU
    assert [h.matched for h in result.hits] == ["all"] + ["partial"] * (result.total - 1)
    assert result.total == 5
    assert result.notice == "只有 1 篇文章包含全部词语，其后的结果包含其中大部分"
    assert all(h.missing == ["泉州"] for h in result.hits[1:])


def test_no_article_holding_every_word_is_not_a_dead_end(seed_search: SearchIndex) -> None:
    result = search(seed_search, "东数西算 月球车")
    assert ids(result) == [QINGYANG]
    assert result.hits[0].matched == "partial" and result.hits[0].missing == ["月球车"]
    assert result.notice == "没有文章包含全部词语，以下结果包含其中大部分"


def test_a_missing_rare_word_costs_more_than_a_missing_common_one(seed_search: SearchIndex) -> None:
    # 庆阳 is in one article, 网络 in all five: the article missing only 网络 comes before those missing 庆阳
    result = search(seed_search, "庆阳 网络 大熊猫")
    assert ids(result)[0] == QINGYANG


def test_a_phrase_set_apart_stays_strict_in_partial_hits(seed_search: SearchIndex) -> None:
    result = search(seed_search, '"东数西算" 月球车')
    assert ids(result) == [QINGYANG]
    assert search(seed_search, '"东数西算庆阳"').total == 0


def test_an_exclusion_stays_strict_in_partial_hits(seed_search: SearchIndex) -> None:
    result = search(seed_search, "网信 月球车 -庆阳")
    assert result.total == 4 and QINGYANG not in ids(result)


def test_words_may_sit_in_different_sections_of_one_article(seed_search: SearchIndex) -> None:
    result = search(seed_search, "爆款 区块链")
    assert full(result) == [QINGYANG]
    headings = {s.heading for s in result.hits[0].sections}
    assert {"净化“生态圈” 筑牢“防火墙”", "加快信息化 赋能促发展"} <= headings


def test_or_and_exclusion(seed_search: SearchIndex) -> None:
    assert set(ids(search(seed_search, "泉州 OR 庆阳"))) == {QUANZHOU, QINGYANG}
    assert QUANZHOU not in ids(search(seed_search, "网信 -泉州"))
    assert set(ids(search(seed_search, "(泉州 OR 庆阳) -东数西算"))) == {QUANZHOU}


def test_and_and_not_spelt_out_read_as_other_engines_read_them(seed_search: SearchIndex) -> None:
    assert ids(search(seed_search, "网信 AND 庆阳")) == ids(search(seed_search, "网信 庆阳"))
    assert ids(search(seed_search, "网信 NOT 泉州")) == ids(search(seed_search, "网信 -泉州"))
    assert "read AND as every word required, as without it" in search(seed_search, "网信 AND 庆阳").query.notes


def test_a_trailing_not_is_noted_and_the_rest_searched(seed_search: SearchIndex) -> None:
    result = search(seed_search, "庆阳 NOT")
    assert ids(result) == ids(search(seed_search, "庆阳"))
    assert "ignored a NOT with nothing to exclude" in result.query.notes


def test_hit_names_its_section_heading_and_marks_the_match(seed_search: SearchIndex) -> None:
    hit = search(seed_search, "东数西算").hits[0]
    headings = [s.heading for s in hit.sections]
    assert "加快信息化 赋能促发展" in headings
    snippet = hit.sections[0].snippet
    assert "<mark>东数西算</mark>" in snippet.html
    assert all(snippet.text[a:b] == "东数西算" for a, b in snippet.matches)


def test_a_question_marks_its_content_words_not_its_function_words() -> None:
    needles = parse_query("哪个城市开展了网络安全宣传周活动？").needles
    assert "网络安全" in needles and "城市" in needles
    assert "了" not in needles and "哪个" not in needles


def test_a_function_word_asked_for_alone_is_still_marked(seed_search: SearchIndex) -> None:
    hit = search(seed_search, '"了"').hits[0]
    assert "<mark>了</mark>" in hit.sections[0].snippet.html


def test_subsection_heading_carries_its_parent(seed_search: SearchIndex) -> None:
    hit = search(seed_search, "高举思想旗帜").hits[0]
    assert hit.id == SHAANXI
    assert any(s.heading and s.heading.endswith("› 高举思想旗帜") for s in hit.sections)


def test_section_filter_keeps_sections_under_matching_headings(seed_search: SearchIndex) -> None:
    result = search(seed_search, "网络", section="防火墙")
    assert ids(result) == [QINGYANG]
    assert {s.heading for s in result.hits[0].sections} == {"净化“生态圈” 筑牢“防火墙”"}


def test_title_filter_keeps_articles_whose_title_holds_the_words(seed_search: SearchIndex) -> None:
    result = search(seed_search, "网信", title="泉州")
    assert ids(result) == [QUANZHOU]
    assert result.query.filters["title"] == "泉州"


def test_title_filter_finds_characters_in_a_row_across_jiebas_words(seed_search: SearchIndex) -> None:
    assert ids(search(seed_search, "", title="州网信")) == [QUANZHOU]  # 泉州|网信办 as jieba cuts the title


def test_a_title_filter_without_a_word_finds_nothing_and_says_why(seed_search: SearchIndex) -> None:
    result = search(seed_search, "网络", title="——")
    assert result.total == 0
    assert any("holds no word to look for in titles" in note for note in result.query.notes)


def test_date_filters_use_the_precision_given(seed_search: SearchIndex) -> None:
    assert set(ids(search(seed_search, "网信", date_from="2023"))) == {QINGYANG, QUANZHOU}
    assert ids(search(seed_search, "网信", date_from="2022-12", date_to="2022-12")) == [NEIMENGGU]
    assert ids(search(seed_search, "网信", date_to="2023-01-09")) == [NEIMENGGU]


def test_full_width_digits_in_dates_are_read_as_digits(seed_search: SearchIndex) -> None:
    """As a Chinese input method types them: ２０２３ is 2023, ２０２２－１２ is 2022-12."""
    assert set(ids(search(seed_search, "网信", date_from="２０２３"))) == {QINGYANG, QUANZHOU}
    result = search(seed_search, "网信", date_from="２０２２－１２", date_to="２０２２－１２")
    assert ids(result) == [NEIMENGGU] and result.query.filters["date_from"] == "2022-12"


def test_sort_by_date_puts_newest_first_and_undated_last(seed_search: SearchIndex) -> None:
    result = search(seed_search, "网信", sort="date")
    assert ids(result)[:3] == [QUANZHOU, QINGYANG, NEIMENGGU]
    assert {hit.date for hit in result.hits[3:]} == {None}


def test_facets_count_every_hit_not_only_the_page(seed_search: SearchIndex) -> None:
    result = search(seed_search, "网信", per_page=1)
    assert len(result.hits) == 1
    provinces = {f.value: f.count for f in result.facets["province"]}
    assert provinces == {"陕西省": 2, "甘肃省": 1, "福建省": 1, "内蒙古自治区": 1}
    assert sum(f.count for f in result.facets["year"]) == 3


def test_paging_walks_through_every_article_once(seed_search: SearchIndex) -> None:
    pages = [ids(search(seed_search, "网信", per_page=2, page=n)) for n in (1, 2, 3)]
    assert [len(p) for p in pages] == [2, 2, 1]
    assert len({i for p in pages for i in p}) == 5


def test_a_query_of_symbols_alone_browses_and_says_why(seed_search: SearchIndex) -> None:
    result = search(seed_search, "*")
    assert result.query.mode == "browse" and result.total == 5
    assert result.query.notes == ["no word to look for in *: every article, newest first"]


def test_a_page_past_the_last_says_how_many_pages_there_are(seed_search: SearchIndex) -> None:
    result = search(seed_search, "网信", per_page=2, page=9)
    assert result.hits == [] and result.total == 5
    assert result.notice == "第 9 页没有结果：结果只有 3 页"


def test_empty_query_with_a_filter_browses(seed_search: SearchIndex) -> None:
    result = search(seed_search, "", province="陕西")
    assert result.query.mode == "browse"
    assert set(ids(result)) == {SHAANXI, SHANGLUO}


def test_long_question_finds_its_article_without_its_question_words(seed_search: SearchIndex) -> None:
    result = search(seed_search, "内蒙古网信系统怎样推进网络综合治理体系建设向纵深发展?")
    assert ids(result)[0] == NEIMENGGU
    assert "怎样" not in [w for t in result.query.terms for w in t.words if w in result.hits[0].missing]
    assert any("怎样" in note for note in result.query.notes)


def test_article_returns_sections_and_original_text(seed_search: SearchIndex) -> None:
    article = seed_search.article(NEIMENGGU)
    assert article.traditional is True
    assert article.original.startswith("□符 雷\n黨的二十大對(duì)網(wǎng)絡(luò)安全")
    assert len([s for s in article.sections if s.heading]) == 6
    assert seed_search.article("no-such-article") is None


def test_health_reports_the_index(seed_search: SearchIndex) -> None:
    health = seed_search.health()
    assert health.status == "ok" and health.articles == 5 and health.index_version == FORMAT_VERSION


def test_a_query_over_the_length_limit_is_refused(seed_index_dir) -> None:
    index = SearchIndex(seed_index_dir, Settings(max_query_chars=20))
    with pytest.raises(QueryError, match="limit is 20") as error:
        index.search(SearchRequest(q="网络安全" * 6))
    assert error.value.param == "q"


@pytest.mark.parametrize(
    ("filters", "param"),
    [
        ({"date_from": "2023-13"}, "date_from"),
        ({"date_to": "2023-02-30"}, "date_to"),
        ({"date_from": "yesterday"}, "date_from"),
        ({"date_from": "٢٠٢٣"}, "date_from"),  # digits of another script are not taken for a year
        ({"date_to": "0000"}, "date_to"),
        ({"province": "火星"}, "province"),
        ({"city": "不存在市"}, "city"),
        ({"sort": "random"}, "sort"),
        ({"page": 0}, "page"),
        ({"per_page": 1000}, "per_page"),
    ],
)
def test_bad_filters_name_their_parameter(seed_search: SearchIndex, filters: dict, param: str) -> None:
    with pytest.raises(QueryError) as error:
        search(seed_search, "网络", **filters)
    assert error.value.param == param


def test_an_or_group_lists_each_of_its_words_once(seed_search: SearchIndex) -> None:
    (group,) = search(seed_search, "泉州 OR 庆阳").query.terms
    assert group.kind == "group" and group.words == ["泉州", "庆阳"]


def test_a_date_range_that_ends_before_it_starts_finds_nothing_and_says_why(seed_search: SearchIndex) -> None:
    result = search(seed_search, "网络", date_from="2024", date_to="2023")
    assert result.total == 0 and result.hits == []
    assert "date_from 2024 is after date_to 2023: no article is dated in between" in result.query.notes


def test_a_heading_filter_without_a_word_finds_nothing_and_says_why(seed_search: SearchIndex) -> None:
    result = search(seed_search, "网络", section="！！")
    assert result.total == 0
    assert any("holds no word to look for in headings" in note for note in result.query.notes)


def test_nothing_to_search_for_browses_every_article_newest_first(seed_search: SearchIndex) -> None:
    result = search(seed_search, "  ")
    assert result.query.mode == "browse" and result.sort == "date"
    assert result.total == 5 and ids(result)[:3] == [QUANZHOU, QINGYANG, NEIMENGGU]


def test_script_in_a_document_comes_back_escaped(tmp_path) -> None:
    from index.build import build

    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "x.txt").write_text(
        "测试页面\n\n网页里出现了<script>alert(1)</script>这样的脚本,网信部门及时处置。", encoding="utf-8"
    )
    build([tmp_path / "src"], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    hit = SearchIndex(tmp_path / "ix").search(SearchRequest(q="脚本")).hits[0]
    html = hit.sections[0].snippet.html
    assert "<script>" not in html and "&lt;script&gt;" in html and "<mark>脚本</mark>" in html


def test_month_facet_counts_articles_dated_to_a_month_in_time_order(tmp_path) -> None:
    from index.build import build

    dates = ["2023-05-20", "2023-05", "2023-04-01", "2023", None]
    with (tmp_path / "in.jsonl").open("w", encoding="utf-8") as out:
        for number, date in enumerate(dates):
            text = f"第{number}篇:网信办召开网络安全工作会议,部署下一阶段工作。"
            out.write(json.dumps({"id": f"a{number}", "text": text, "date": date}, ensure_ascii=False) + "\n")
    build([tmp_path / "in.jsonl"], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    result = SearchIndex(tmp_path / "ix").search(SearchRequest(q="网络安全"))
    assert result.total == 5
    assert [(f.value, f.count) for f in result.facets["month"]] == [("2023-04", 1), ("2023-05", 2)]


def test_month_facet_follows_the_filters(seed_search: SearchIndex) -> None:
    assert [f.value for f in search(seed_search, "网信").facets["month"]] == ["2022-12", "2023-01", "2023-12"]
    assert search(seed_search, "网信", province="陕西").facets["month"] == []


def test_newest_are_the_matching_articles_by_date_whatever_order_or_page_was_asked(seed_search: SearchIndex) -> None:
    result = seed_search.newest(SearchRequest(q="网信 -泉州", sort="relevance", page=3), 2)
    assert ids(result) == [QINGYANG, NEIMENGGU] and result.total == 4 and result.sort == "date"
    assert "<mark>网信</mark>" in result.hits[0].sections[0].snippet.html


def test_an_open_index_leaves_its_lifelong_tables_out_of_the_collectors_sight(seed_index_dir: Path) -> None:
    """A full collection during a query walked pypinyin's phrase tables (190k lists): 85 ms of one query."""
    script = (
        "import gc, sys\n"
        "from index.search.searcher import SearchIndex\n"
        "from index.search.request import SearchRequest\n"
        "index = SearchIndex(sys.argv[1])\n"
        "index.search(SearchRequest(q='东数西算'))\n"
        "print(len(gc.get_objects()), gc.get_freeze_count())\n"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", script, str(seed_index_dir)], capture_output=True, text=True, cwd=root)
    tracked, frozen = map(int, done.stdout.split())
    assert frozen > 100_000 and tracked < 60_000
