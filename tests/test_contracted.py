"""A short form no article writes (`非瘟`), read as the phrase of the index it contracts (非洲猪瘟), noted, and only
where one phrase of that shape stands out and fits the query's other words."""

from __future__ import annotations

import pytest

from index.build import build
from index.search.contracted import contracts
from index.search.request import SearchRequest
from index.search.searcher import SearchIndex
from index.settings import Settings

SWINE_FEVER = [
    "江城{}县发现非洲猪瘟疫情\n\n江城{}县一养殖场发生非洲猪瘟疫情，当地已启动应急响应。非洲猪瘟不传染人，生猪已扑杀。",
    "非洲猪瘟疫苗研发取得进展\n\n科研团队介绍，非洲猪瘟疫苗已在{}个省份完成第{}期临床试验，非洲猪瘟防控有望迎来转机。",
]
OTHER = [
    "江城地铁三号线开通\n\n江城地铁三号线今天开通运营，全长二十六公里，设站十八座，市民乘车出行更方便。",
    "非遗传承人走进校园\n\n非物质文化遗产传承人走进江城第一中学，为学生讲解剪纸技艺，现场气氛热烈。",
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    root = tmp_path_factory.mktemp("contracted")
    source, index_dir = root / "src", root / "index"
    source.mkdir()
    for n in range(1, 7):
        for k, text in enumerate(SWINE_FEVER):
            (source / f"{('outbreak', 'vaccine')[k]}-{n}.txt").write_text(text.format(n, n), encoding="utf-8")
    for k, text in enumerate(OTHER):
        (source / f"other-{k}.txt").write_text(text, encoding="utf-8")
    build([source], Settings(index_dir=str(index_dir), build_procs=1))
    return SearchIndex(index_dir)


def test_a_short_form_keeps_the_first_character_and_one_of_each_later_word() -> None:
    assert contracts("非瘟", "非洲猪瘟")
    assert contracts("社零", "社会消费品零售")
    assert contracts("卫健委", "卫生健康委员会")


def test_a_word_of_four_characters_gives_a_character_of_each_of_its_pairs() -> None:
    assert contracts("网安", "网络安全")
    assert not contracts("络安", "网络安全")


def test_a_phrase_writing_the_short_form_as_typed_or_too_short_contracts_nothing() -> None:
    assert not contracts("北京", "北京市")
    assert not contracts("猪瘟", "非洲猪瘟")


def test_a_short_form_no_article_writes_is_read_as_the_phrase_it_contracts(index: SearchIndex) -> None:
    result = index.search(SearchRequest(q="非瘟 疫苗", per_page=20))
    assert "read 非瘟 as the short form of 非洲猪瘟 as well" in result.query.notes
    assert {hit.id for hit in result.hits if hit.matched == "all"} == {f"vaccine-{n}" for n in range(1, 7)}


def test_a_short_form_is_not_read_where_the_phrase_never_meets_the_other_words(index: SearchIndex) -> None:
    result = index.search(SearchRequest(q="非瘟 地铁"))
    assert not any("short form" in note for note in result.query.notes)


def test_a_word_the_index_holds_is_never_read_as_a_short_form(index: SearchIndex) -> None:
    result = index.search(SearchRequest(q="猪瘟"))
    assert not any("short form" in note for note in result.query.notes)


@pytest.mark.parametrize("q", ["", "非", "非瘟" * 240, "瘟非 ??", "非瘟" + "\u0000"])
def test_odd_input_never_raises(index: SearchIndex, q: str) -> None:
    index.search(SearchRequest(q=q))
