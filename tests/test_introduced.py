"""Alias pairs the indexed articles introduce themselves (`…（以下简称“网信办”）`): found by their wording, kept
with the generation through incremental builds, and trusted by queries only where the short form is a name."""

from __future__ import annotations

from pathlib import Path

from index.build import build
from index.search.introduced import trusted
from index.search.request import SearchRequest
from index.search.searcher import SearchIndex
from index.settings import Settings
from index.store.introduced import Candidate
from index.text.introductions import introductions

INTRODUCING = (
    "江城经济技术开发区新签约项目12个\n\n"
    "江城经济技术开发区（以下简称“江城经开区”）今年新签约项目12个，总投资86亿元。江城经开区将继续优化营商环境。"
)
FULL_ONLY = "江城经济技术开发区建成人才公寓\n\n江城经济技术开发区建成人才公寓三栋，可提供房源六百套。"
OTHER = "江城地铁三号线开通\n\n江城地铁三号线今天开通运营，全长二十六公里，设站十八座。"


def test_a_name_followed_by_its_quoted_short_form_in_brackets_is_an_introduction() -> None:
    (found,) = introductions("国家互联网信息办公室（以下简称“网信办”）近日发布规定。")
    assert found.short == "网信办" and "国家互联网信息办公室" in found.endings


def test_a_short_form_unquoted_between_commas_is_an_introduction() -> None:
    (found,) = introductions("江城市人民政府办公室，简称市府办，负责全市政务工作。")
    assert found.short == "市府办" and "江城市人民政府办公室" in found.endings


def test_a_short_form_in_traditional_script_is_introduced_in_simplified() -> None:
    (found,) = introductions("國家發展和改革委員會（簡稱“國家發改委”）")
    assert found.short == "国家发改委" and "国家发展和改革委员会" in found.endings


def test_a_name_the_text_never_introduces_gives_nothing() -> None:
    assert introductions("江城经济技术开发区（江城经开区）今年新签约项目12个。") == []


def first_hit(index_dir: Path, q: str) -> tuple[str | None, str]:
    hits = SearchIndex(index_dir).search(SearchRequest(q=q)).hits
    return (hits[0].title, hits[0].matched) if hits else (None, "")


def write(folder: Path, name: str, text: str) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def built(tmp_path: Path) -> tuple[Path, Path, Settings]:
    """A folder holding the introducing article and one that writes only the full name, indexed once."""
    source, index_dir = tmp_path / "src", tmp_path / "index"
    source.mkdir()
    write(source, "introducing", INTRODUCING)
    write(source, "full-only", FULL_ONLY)
    settings = Settings(index_dir=str(index_dir), build_procs=1)
    build([source], settings)
    return source, index_dir, settings


def test_an_incremental_build_keeps_the_pairs_of_articles_it_did_not_read_again(tmp_path: Path) -> None:
    source, index_dir, settings = built(tmp_path)
    write(source, "other", OTHER)
    assert build([source], settings).unchanged == 2
    assert first_hit(index_dir, "江城经开区 人才公寓") == ("江城经济技术开发区建成人才公寓", "all")


def test_an_article_removed_takes_the_pairs_it_introduced_with_it(tmp_path: Path) -> None:
    source, index_dir, settings = built(tmp_path)
    (source / "introducing.txt").unlink()
    assert build([source], settings).removed == 1
    assert first_hit(index_dir, "江城经开区 人才公寓")[1] != "all"


def test_a_short_form_the_index_holds_widely_for_other_meanings_is_not_trusted() -> None:
    station = Candidate("华南核与辐射安全监督站", "华南站", introductions=1, articles=1, held=35, full_held=1)
    commission = Candidate("卫生健康委员会", "卫健委", introductions=1, articles=1, held=60, full_held=58)
    assert trusted([station, commission]) == [("卫生健康委员会", "卫健委")]


def test_a_two_character_short_form_one_article_introduces_is_not_trusted() -> None:
    once = Candidate("江城市城市建设投资集团", "江投", introductions=1, articles=1, held=1, full_held=1)
    twice = Candidate("江城市城市建设投资集团", "江投", introductions=2, articles=2, held=2, full_held=2)
    assert trusted([once]) == [] and trusted([twice]) == [("江城市城市建设投资集团", "江投")]


def test_health_counts_the_pairs_the_serving_index_learned(tmp_path: Path) -> None:
    _, index_dir, _ = built(tmp_path)
    assert SearchIndex(index_dir).health().aliases.learned == 1
