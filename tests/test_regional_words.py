"""Taiwan's and Hong Kong's words in a Traditional-script query, read as the mainland words the index writes."""

from __future__ import annotations

import pytest

from index.build import build
from index.search.regional_words import mainland_pairs
from index.search.request import SearchRequest
from index.search.searcher import SearchIndex
from index.settings import Settings

ARTICLES = {
    "software": (
        "本市软件园新增三家软件企业\n\n"
        "记者从市工业和信息化局获悉，本市软件园今年新增三家软件企业，主要从事工业软件开发和网络安全服务。"
        "园区负责人表示，将继续为软件企业提供人才公寓和研发补贴。"
    ),
    "harbour": (
        "港口货物吞吐量创新高\n\n"
        "今年前十个月，本市港口完成货物吞吐量一点二亿吨，同比增长百分之六。港口集团表示，新建的集装箱码头"
        "将于明年投入使用，园区企业的进出口货物将更快通关。"
    ),
    "leisure": (
        "市民公园举办骑行活动\n\n"
        "周末，三百多名市民在市民公园参加骑行活动。活动主办方提醒，骑行时要佩戴头盔，注意交通安全。"
        "公园管理处表示，园区将新增两条骑行道。"
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    source = tmp_path_factory.mktemp("regional-src")
    for name, text in ARTICLES.items():
        (source / f"{name}.txt").write_text(text, encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("regional-index")
    build([source], Settings(index_dir=str(index_dir), build_procs=1))
    return SearchIndex(index_dir)


def test_a_taiwan_word_finds_the_article_writing_the_mainland_word(index: SearchIndex) -> None:
    found = index.search(SearchRequest(q="園區軟體企業"))
    assert found.hits[0].id == "software"
    assert "没有文章包含全部词语" not in (found.notice or "")  # it holds every word of the query
    assert any("软体 also as 软件" in note for note in found.query.notes)


def test_a_query_in_simplified_script_is_read_as_typed() -> None:
    held = {"软体": 0, "软件": 50}.get
    assert mainland_pairs("软体园新增企业", lambda word: held(word, 0)) == []


def test_a_taiwan_word_the_index_writes_more_often_than_the_mainland_one_is_kept() -> None:
    held = {"软体": 80, "软件": 5}
    assert mainland_pairs("軟體園新增企業", lambda word: held.get(word, 0)) == []


def test_a_taiwan_word_is_paired_with_the_mainland_word_the_index_writes_more_often() -> None:
    held = {"软体": 1, "软件": 60}
    assert mainland_pairs("軟體園新增企業", lambda word: held.get(word, 0)) == [("软体", "软件")]


def test_a_query_of_one_taiwan_word_is_read_as_the_mainland_word_too() -> None:
    held = {"软体": 1, "软件": 60}
    assert mainland_pairs("軟體", lambda word: held.get(word, 0)) == [("软体", "软件")]
