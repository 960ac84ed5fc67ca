"""The alias table (简称 ⇄ 全称) and an operator's own file: read, refused with the line when malformed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from index.search.query import parse_query
from index.text import aliases


def test_every_form_of_a_group_stands_for_the_others() -> None:
    table = aliases.load()
    assert "工业和信息化部" in table.forms["工信部"]
    assert "工信部" in table.forms["工业和信息化部"]
    assert "香港特别行政区" in table.forms["香港特区"]


def test_a_provincial_departments_short_form_stands_for_its_name_with_and_without_he() -> None:
    forms = aliases.load().forms["人社厅"]
    assert {"人力资源和社会保障厅", "人力资源社会保障厅"} <= set(forms)


def test_a_full_name_joining_its_fields_with_he_stands_for_itself_written_without_it() -> None:
    assert "发展和改革委员会" in aliases.load().forms["发展改革委员会"]
    assert aliases.unjoined("国家粮食和物资储备局") == "国家粮食物资储备局"


def test_a_he_inside_a_word_joins_nothing() -> None:
    assert aliases.unjoined("中华人民共和国") is None
    assert aliases.unjoined("科学技术普及协会") is None  # 普及


def test_a_national_bodys_full_name_written_without_its_country_stands_for_its_group() -> None:
    assert {"中国银行保险监督管理委员会", "银保监会"} <= set(aliases.load().forms["银行保险监督管理委员会"])


def test_a_companys_or_a_short_names_rest_after_its_country_stands_for_nothing() -> None:
    assert aliases.unprefixed("中国投资有限责任公司") is None  # any investment company's kind
    assert aliases.unprefixed("中国科学院") is None  # any province's academy
    assert "投资有限责任公司" not in aliases.load().forms


def test_a_short_form_found_in_the_corpus_by_its_names_initials_is_shipped() -> None:
    assert aliases.load().forms["混改"] == ("混合所有制改革",)


def test_a_latin_short_form_stands_for_the_chinese_name_lowercase() -> None:
    assert "采购经理指数" in aliases.load().forms["pmi"]


def test_the_longest_form_in_a_text_is_found_not_a_shorter_one_inside_it() -> None:
    (found,) = aliases.load().find("国家卫健委通报")
    assert (found.text, found.start, found.end) == ("国家卫健委", 0, 5)


def test_a_users_file_adds_groups_in_traditional_script_read_as_simplified(tmp_path: Path) -> None:
    own = tmp_path / "aliases.txt"
    own.write_text("# 我們的簡稱\n曲靖交警支隊 曲靖交警\n", encoding="utf-8")
    assert aliases.load(str(own)).forms["曲靖交警"] == ("曲靖交警支队",)


def test_a_line_of_one_form_is_refused_naming_the_file_and_line(tmp_path: Path) -> None:
    own = tmp_path / "aliases.txt"
    own.write_text("工业和信息化部 工信部\n网信办\n", encoding="utf-8")
    with pytest.raises(aliases.AliasError, match=r"aliases.txt, line 2: expected two or more forms"):
        aliases.load(str(own))


def test_the_cli_refuses_a_missing_alias_file_in_one_line(slips_index_dir: Path, tmp_path: Path) -> None:
    env = os.environ | {"SEARCH_ALIASES": str(tmp_path / "missing.txt")}
    done = subprocess.run(
        [sys.executable, "-m", "index", "search", "--index-dir", str(slips_index_dir), "工信部"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "cannot read the alias file" in done.stderr


class _Words:
    """An index's words and the sections holding each, as the query reading sees them."""

    def __init__(self, held: dict[str, int]) -> None:
        self.held = held

    def __contains__(self, word: str) -> bool:
        return word in self.held

    def count(self, word: str) -> int:
        return self.held.get(word, 0)

    def sounding(self, letters: str) -> list[str]:
        return []


def _grams(q: str, held: dict[str, int]) -> set[str]:
    words = _Words(held)
    parsed = parse_query(q, readings=words, aliases=aliases.load(), held=words.count)
    return {unit.gram for unit in parsed.units if unit.gram}


def test_a_name_typed_in_a_form_the_index_writes_less_often_is_not_scored_by_its_own_bigrams() -> None:
    # 工信部's unit scores its characters already; its bigrams would count them twice, for 工信部 alone
    for held in ({"工信部": 3, "工业和信息化部": 40, "折叠屏": 5}, {"工信部": 20, "工业和信息化部": 20, "折叠屏": 5}):
        grams = _grams("工信部 折叠屏", held)
        assert not {"工信", "信部"} & grams
        assert {"折叠", "叠屏"} <= grams


def test_a_name_typed_in_the_form_the_index_writes_most_keeps_its_bigrams() -> None:
    grams = _grams("工信部 折叠屏", {"工信部": 40, "工业和信息化部": 3, "折叠屏": 5})
    assert {"工信", "信部", "折叠", "叠屏"} <= grams


def test_a_short_form_jieba_glues_to_a_places_name_is_read_as_its_group() -> None:
    parsed = parse_query("西乌旗市监局", readings=_Words({}), aliases=aliases.load())
    assert "市监局 also as 市场监督管理局、市场监管局" in parsed.notes


def test_a_short_form_across_a_word_of_the_dictionary_is_not_read() -> None:
    parsed = parse_query("上交所得税", readings=_Words({}), aliases=aliases.load())
    assert not any("上海证券交易所" in note for note in parsed.notes)
