"""Queries as people mistype and abbreviate them (issue 23), through the API under gunicorn: a slip of pinyin
input searched as the word it likely stands for as well, aliases (简称 ⇄ 全称), pinyin inside Chinese text, and
the user dictionary and aliases read again while the service runs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import Server, gunicorn


@dataclass
class Service:
    server: Server
    aliases: Path
    user_dict: Path


@pytest.fixture(scope="module")
def service(slips_index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    files = tmp_path_factory.mktemp("slips-files")
    aliases, user_dict = files / "aliases.txt", files / "words.txt"
    aliases.write_text("# 我们自己的简称\n", encoding="utf-8")
    user_dict.write_text("# 我们自己的词\n", encoding="utf-8")
    with gunicorn(slips_index_dir, SEARCH_ALIASES=str(aliases), SEARCH_USER_DICT=str(user_dict)) as running:
        yield Service(running, aliases, user_dict)


@pytest.fixture
def server(service: Service) -> Server:
    return service.server


def titles(result: dict) -> list[str]:
    return [hit["title"] for hit in result["hits"]]


def rewrite(path: Path, text: str) -> None:
    """Write `text` to `path` with a later modification time than before, as an editor saving it would."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


# ---------------------------------------------------------------- did you mean


def test_a_slip_of_pinyin_input_is_searched_as_the_word_it_sounds_like(server: Server) -> None:
    result = server.search(q="诈偏", per_page=50)
    assert [(c["typed"], c["intended"]) for c in result["query"]["corrections"]] == [("诈偏", "诈骗")]
    assert result["total"] == 24
    assert all("诈骗" in title for title in titles(result))


def test_a_slip_beside_a_common_word_is_corrected_alone(server: Server) -> None:
    result = server.search(q="疫情防空")
    assert [(c["typed"], c["intended"]) for c in result["query"]["corrections"]] == [("防空", "防控")]
    assert all("疫情防控" in title for title in titles(result))


def corrected(result: dict) -> list[tuple[str, str]]:
    return [(c["typed"], c["intended"]) for c in result["query"]["corrections"]]


def test_a_word_one_character_away_is_found_though_its_reading_differs_in_context(server: Server) -> None:
    result = server.search(q="息藏援藏干部")  # 藏 alone reads cang, so 息藏 sounds xicang; in 西藏 it reads zang
    assert corrected(result) == [("息藏", "西藏")]
    assert all("西藏" in title for title in titles(result)) and result["total"] == 10


def test_a_stretch_the_index_never_holds_is_corrected_to_a_word_five_articles_hold(server: Server) -> None:
    result = server.search(q="游储银行")
    assert corrected(result) == [("游储", "邮储")]
    assert result["total"] == 6


def test_a_slip_of_fuzzy_pinyin_is_searched_as_the_word_it_nearly_sounds_like(server: Server) -> None:
    result = server.search(q="疫情凡控")  # 凡 reads fan, 防 fang: an/ang alike to fuzzy pinyin input
    assert corrected(result) == [("凡控", "防控")]
    assert all("疫情防控" in title for title in titles(result))


def test_a_slip_of_fuzzy_pinyin_is_read_whatever_the_other_words_of_the_query(server: Server) -> None:
    result = server.search(q="诈骗 凡控")  # no article holds 诈骗 and 防控 together
    assert corrected(result) == [("凡控", "防控")]


def test_a_slip_of_fuzzy_pinyin_is_read_as_a_character_the_index_holds_though_jieba_seldom_writes_it_alone(
    server: Server,
) -> None:
    result = server.search(q="肺杨疫苗")  # 杨 reads yang, 炎 yan: 炎 is in jieba's dictionary alone under 1,000 times
    assert [(c["typed"], c["intended"]) for c in result["query"]["corrections"]] == [("肺杨", "肺炎")]
    assert titles(result) and all("肺炎疫苗" in title for title in titles(result))


def test_a_rare_word_the_index_holds_is_not_taken_for_a_commoner_one_of_a_fuzzy_reading(server: Server) -> None:
    result = server.search(q="检车")  # one article holds it; 检测 (jiance against jianche) twelve
    assert corrected(result) == []
    assert titles(result) == ["玉溪车管所周末照常检车"]


def test_a_word_held_by_fewer_than_five_articles_is_no_correction_of_one_never_held(server: Server) -> None:
    assert corrected(server.search(q="田牢")) == []


def test_a_stretch_across_words_the_index_writes_in_a_row_is_corrected_to_a_word_four_times_commoner(
    server: Server,
) -> None:
    result = server.search(q="楼是成交回暖")  # 楼 + 是, written in a row once (这栋大楼是…); 楼市 in eight articles
    assert corrected(result) == [("楼是", "楼市")]
    held = [hit["title"] for hit in result["hits"] if hit["matched"] == "all"]
    assert len(held) == 8 and all(title.endswith("楼市成交回暖") for title in held)


def test_of_words_sounding_alike_the_one_keeping_the_typed_characters_is_meant(server: Server) -> None:
    result = server.search(q="蔬菜价格暴张")  # 保障 and 暴涨 both read baozhang; 暴 was typed right
    assert corrected(result) == [("暴张", "暴涨")]
    assert titles(result)[0].endswith("蔬菜价格暴涨")


def test_a_stretch_that_is_no_word_is_never_read_as_a_word_sharing_none_of_its_characters(server: Server) -> None:
    assert corrected(server.search(q="包章")) == []  # reads baozhang, as 保障 and 暴涨: a slip keeps a character


def test_two_slips_in_one_word_are_read_where_the_other_words_of_the_query_meet_the_word(server: Server) -> None:
    result = server.search(q="信关检测")  # 信关 reads xinguan and the index never holds it; 新冠 meets 检测
    assert corrected(result) == [("信关", "新冠")]
    assert "新冠检测" in titles(result)[0]


def test_two_slips_in_one_word_are_not_read_as_a_word_the_other_words_never_meet(server: Server) -> None:
    assert corrected(server.search(q="信关楼市")) == []  # 新冠 and 楼市 share no article


def test_the_other_words_of_the_query_weigh_a_slip_though_typed_apart_from_it(server: Server) -> None:
    result = server.search(q="信关 检测")  # two runs: 新冠 meets 检测 wherever the query holds it
    assert corrected(result) == [("信关", "新冠")]
    assert "新冠检测" in titles(result)[0]


class _Held:
    """An index of 10,000 articles as the corrector counts it: 驾驶 and 酒精 common, 假使 in five articles."""

    articles = 10_000

    def __init__(self, typed_meets: int) -> None:
        self.sections = {"假使": 5, "驾驶": 400, "酒精": 200}
        self.typed_meets = typed_meets

    def held(self, text: str) -> int:
        return self.sections.get(text, 0)

    def together(self, text: str) -> int:
        return self.held(text)

    def character(self, ch: str) -> int:
        return 5_000

    def count(self, key: str) -> int:
        return self.held(key)

    def homophones(self, letters: str, limit: int = 8) -> list[tuple[str, int]]:
        return [("驾驶", 400), ("假使", 5)] if letters == "jiashi" else []

    def cooccurring(self, word: str, others: tuple[str, ...]) -> tuple[int, float]:
        if "酒精" not in others:
            return 0, 0.0
        return {"驾驶": (40, 8.0), "假使": (self.typed_meets, 0.1)}.get(word, (0, 0.0))

    def meeting(self, words: tuple[str, ...], least: int = 1) -> int:
        return self.cooccurring(words[0], words[1:])[0] if len(words) > 1 else self.held(words[0])

    def holding(self, words: tuple[str, ...]) -> bool:
        return self.meeting(words) > 0


def _read(q: str, counts: _Held) -> list[tuple[str, str]]:
    from index.search.respell import corrections
    from index.text.analysis import segment

    return [(fix.typed, fix.intended) for fix in corrections(q, segment(q), counts, 10_000)]


def test_a_real_word_is_read_as_another_of_its_reading_that_the_querys_other_words_meet() -> None:
    assert _read("假使 酒精", _Held(typed_meets=0)) == [("假使", "驾驶")]


def test_a_real_word_the_querys_other_words_meet_as_typed_is_left_alone() -> None:
    assert _read("假使 酒精", _Held(typed_meets=4)) == []


class _Place:
    """An index of 10,000 articles as the corrector counts it: 沛县 in 10 sections and 配线, of its reading, in
    30; 沛 (jieba's dictionary writes it alone 116 times) in 40, under the 50 of a character common in the index."""

    articles = 10_000

    def held(self, text: str) -> int:
        return 10 if text == "沛县" else 0

    def together(self, text: str) -> int:
        return self.held(text)

    def character(self, ch: str) -> int:
        return 40 if ch == "沛" else 5_000

    def count(self, key: str) -> int:
        return self.held(key)

    def homophones(self, letters: str, limit: int = 8) -> list[tuple[str, int]]:
        return [("沛县", 10), ("配线", 30)] if letters == "peixian" else []

    def cooccurring(self, word: str, others: tuple[str, ...]) -> tuple[int, float]:
        return 0, 0.0

    def meeting(self, words: tuple[str, ...], least: int = 1) -> int:
        return 0

    def holding(self, words: tuple[str, ...]) -> bool:
        return False


def test_a_slip_beside_a_rare_character_is_read_keeping_that_character() -> None:
    assert _read("沛显 称赞", _Place()) == [("沛显", "沛县")]  # 沛 is meant: no input method offers it by mistake


class _Qijiang(_Place):
    """As `_Place`, with 綦江 (a district of Chongqing) in 30 sections and 起见, of 綦见's reading, in 200; 綦 as rare
    as 沛."""

    def held(self, text: str) -> int:
        return {"綦江": 30, "起见": 200}.get(text, 0)

    def character(self, ch: str) -> int:
        return 40 if ch == "綦" else 5_000

    def homophones(self, letters: str, limit: int = 8) -> list[tuple[str, int]]:
        return [("起见", 200)] if letters == "qijian" else []


def test_a_rare_character_typed_is_kept_though_a_commoner_word_of_the_reading_replaces_it() -> None:
    assert _read("綦见 男子 骗取", _Qijiang()) == [("綦见", "綦江")]  # jian and jiang alike to fuzzy pinyin input


def test_words_jieba_glues_into_one_the_index_never_holds_are_searched_apart(server: Server) -> None:
    result = server.search(q="卫健委新冠")  # jieba's HMM makes one word of the two; the index holds each
    assert result["total"] == 12
    assert "卫健委 also as 卫生健康委员会、卫生健康委" in result["query"]["notes"]


def test_a_name_jieba_glues_to_the_character_after_it_is_read_apart_from_it(server: Server) -> None:
    result = server.search(q="卫健委对新冠检测")  # jieba's HMM makes one word of 卫健委对, found nowhere
    assert "卫健委 also as 卫生健康委员会、卫生健康委" in result["query"]["notes"]
    assert result["total"] == 12


def test_a_slip_beside_a_word_the_index_holds_often_is_read_keeping_that_word(server: Server) -> None:
    result = server.search(q="乌症状")  # 症状 is common and stays; 乌 reads wu, as 无 does
    assert corrected(result) == [("乌症状", "无症状")]
    assert result["total"] == 12


def test_a_fuzzy_slip_beside_a_word_the_index_holds_often_is_read_keeping_that_word(server: Server) -> None:
    result = server.search(q="星期十")  # 十 reads shi, 四 si: sh and s alike to fuzzy pinyin input
    assert [(c["typed"], c["intended"]) for c in result["query"]["corrections"]] == [("星期十", "星期四")]
    assert titles(result) and all("星期四" in title for title in titles(result))


def test_a_slip_beside_a_common_word_is_read_as_a_word_four_times_commoner_than_the_stretch(server: Server) -> None:
    result = server.search(q="星期司")  # 星期 stays; 星期四 (six articles) is no ten times commoner than 星期司 (+1)
    assert corrected(result) == [("星期司", "星期四")]
    assert result["total"] == 6


def test_a_slip_jieba_joins_to_a_neighbouring_character_is_read_across_that_word(server: Server) -> None:
    result = server.search(q="城中村一间小出阻屋里消防检查")  # jieba: 小出 + 阻 + 屋里; 出租 meets 城中村 and 消防
    assert ("出阻", "出租") in corrected(result)
    assert "出租" in titles(result)[0]


def test_a_slip_of_a_common_word_the_vocabulary_does_not_list_is_read_as_that_word(server: Server) -> None:
    result = server.search(q="以经完成老旧小区改造")  # 已经: one of jieba's commonest words, held by eight articles
    assert corrected(result)[0] == ("以经", "已经")
    assert result["total"] == 8


def test_a_slip_read_as_a_function_word_is_left_out_as_that_word_would_be(server: Server) -> None:
    result = server.search(q="老旧小区改造了身么")  # 什么 is held by six of the eight, and left out typed right
    assert corrected(result) == [("身么", "什么")]
    assert any("身么" in note for note in result["query"]["notes"])
    assert result["total"] == 8


def test_a_word_no_article_holds_answers_with_the_articles_holding_its_characters_in_a_row(server: Server) -> None:
    result = server.search(q="旅游景点")  # one word to jieba; the articles write 旅游线路 and 景点 apart
    assert titles(result) and all("旅游线路" in title for title in titles(result))
    assert "no article holds any of its words" in " ".join(result["query"]["notes"])


def test_a_set_phrase_one_character_off_beside_a_common_word_is_read_as_the_phrase(server: Server) -> None:
    result = server.search(q="全力意赴抗洪")  # 全力 is common and stays; 意 reads yi, as 以 does
    assert corrected(result) == [("全力意赴", "全力以赴")]
    assert titles(result) and all("全力以赴" in title for title in titles(result))


def test_a_stretch_the_index_never_holds_is_read_as_a_rare_word_the_querys_other_words_meet(server: Server) -> None:
    result = server.search(q="贵阳 南命")  # 南明 is held by three articles, each with 贵阳
    assert corrected(result) == [("南命", "南明")]
    assert titles(result) and all("南明" in title for title in titles(result))


def test_a_stretch_the_index_never_holds_is_not_read_as_a_rare_word_nothing_else_asked_meets(server: Server) -> None:
    assert corrected(server.search(q="南命")) == []


def test_a_real_word_no_article_holds_beside_the_other_words_is_read_as_the_sound_alike_they_meet(
    server: Server,
) -> None:
    result = server.search(q="疫情 防空 隔离点", per_page=50)  # 防空 is in four articles, none with 疫情
    assert corrected(result) == [("防空", "防控")]
    assert "did you mean 防控: 防空 read as 防控 as well" in result["query"]["notes"]
    whole = [hit["title"] for hit in result["hits"] if hit["matched"] == "all"]
    assert len(whole) == 24 and all("疫情防控" in title for title in whole)


def test_a_real_word_articles_hold_beside_the_other_words_is_searched_as_typed(server: Server) -> None:
    result = server.search(q="防空 警报", per_page=50)
    assert result["query"]["corrections"] == []
    assert result["total"] == 4 and all("防空演练" in title for title in titles(result))


def test_a_real_word_is_never_read_as_a_sound_alike_sharing_none_of_its_characters(server: Server) -> None:
    result = server.search(q="景点 诵读")  # 经典 meets 诵读 in twelve articles, 景点 in none (meilisearch#4075)
    assert result["query"]["corrections"] == []
    assert not any(hit["matched"] == "all" for hit in result["hits"])


def test_a_word_typed_as_words_of_its_reading_jieba_cuts_apart_is_read_as_that_word(server: Server) -> None:
    result = server.search(q="检查长 调研")  # 检查 + 长: 检查 is common, so only 长 was read before, as nothing
    assert corrected(result) == [("检查长", "检察长")]
    assert "did you mean 检察长: 检查长 read as 检察长 as well" in result["query"]["notes"]
    assert result["total"] == 6 and all("检察长到基层调研" in title for title in titles(result))


def test_a_name_the_index_knows_is_never_read_as_a_slip(server: Server) -> None:
    result = server.search(q="市八医院")  # 市八 sounds like 十八, held by 24 articles; 十八医院 by none
    assert result["query"]["corrections"] == []
    assert [hit["title"] for hit in result["hits"] if hit["matched"] == "all"] == ["市八医院开设夜间门诊"]


def test_correct_false_searches_the_words_as_typed_only(server: Server) -> None:
    result = server.search(q="诈偏", correct="false")
    assert result["query"]["corrections"] == []
    assert result["total"] == 0


def test_a_word_the_index_holds_often_is_never_corrected(server: Server) -> None:
    result = server.search(q="景点", per_page=50)
    assert result["query"]["corrections"] == []
    assert result["total"] == 12 and all("旅游线路" in title for title in titles(result))


def test_a_quoted_phrase_is_never_corrected(server: Server) -> None:
    result = server.search(q="“诈偏”")
    assert result["query"]["corrections"] == []
    assert result["total"] == 0


# ---------------------------------------------------------------- aliases


def test_an_abbreviation_finds_the_article_writing_the_full_name(server: Server) -> None:
    result = server.search(q="工信部 5G")
    assert set(titles(result)) == {"工业和信息化部发布5G应用扬帆行动计划", "工信部：加快千兆光网建设"}
    assert all(hit["matched"] == "all" for hit in result["hits"])
    assert "工信部 also as 工业和信息化部" in result["query"]["notes"]


def test_the_full_name_finds_the_article_writing_the_abbreviation(server: Server) -> None:
    result = server.search(q="工业和信息化部")
    assert set(titles(result)) == {"工业和信息化部发布5G应用扬帆行动计划", "工信部：加快千兆光网建设"}


def test_a_latin_short_form_finds_the_article_writing_the_chinese_name(server: Server) -> None:
    result = server.search(q="IOC 执委会")
    assert titles(result) == ["国际奥林匹克委员会召开执委会"] and result["hits"][0]["matched"] == "all"
    assert "ioc also as 国际奥林匹克委员会、国际奥委会" in result["query"]["notes"]


def test_a_name_written_without_its_joining_he_finds_the_article_writing_it_with(server: Server) -> None:
    result = server.search(q="发展改革委员会 投资计划")
    assert [hit["title"] for hit in result["hits"] if hit["matched"] == "all"] == ["江北省发展和改革委员会下达投资计划"]
    assert "发展改革委员会 also as 发展和改革委员会、发展改革委、发改委" in result["query"]["notes"]


def test_an_article_writing_both_forms_of_a_name_counts_it_once(server: Server) -> None:
    result = server.search(q="香港特区")
    assert titles(result) == ["香港特区推出新一轮消费券", "香港特别行政区成立纪念活动举行"]


def test_a_short_form_an_article_introduces_finds_the_article_writing_only_the_full_name(server: Server) -> None:
    result = server.search(q="江城经开区 人才公寓")
    assert result["hits"][0]["title"] == "江城经济技术开发区建成人才公寓" and result["hits"][0]["matched"] == "all"
    assert "江城经开区 also as 江城经济技术开发区" in result["query"]["notes"]


def test_a_word_of_the_dictionary_an_article_introduces_as_a_short_form_is_not_expanded(server: Server) -> None:
    result = server.search(q="科协")
    assert titles(result) == ["江城市科学技术协会换届"]
    assert not any("江城市科学技术协会" in note for note in result["query"]["notes"])


def test_an_alias_file_edited_while_the_service_runs_changes_the_next_answer(service: Service) -> None:
    def first() -> dict:
        return service.server.search(q="曲靖交通警察")["hits"][0]

    assert first()["missing"] == ["交通警察"]
    rewrite(service.aliases, "# 我们自己的简称\n交通警察 交警\n")
    try:
        result = service.server.search(q="曲靖交通警察")
        assert result["hits"][0]["title"] == "曲靖交警开展城市拥堵治理" and result["hits"][0]["matched"] == "all"
        assert "交通警察 also as 交警" in result["query"]["notes"]
    finally:
        rewrite(service.aliases, "# 我们自己的简称\n")
    assert first()["missing"] == ["交通警察"]


def test_health_reports_the_aliases_in_use(service: Service) -> None:
    health = service.server.request("/api/health").json
    assert health["aliases"]["user_file"] == str(service.aliases)
    assert health["aliases"]["forms"] > 100


# ---------------------------------------------------------------- pinyin inside Chinese text


def test_pinyin_inside_chinese_text_is_read_as_the_chinese_word(server: Server) -> None:
    result = server.search(q="城市擁堵，qujing交警做了些什麼")
    assert titles(result)[0] == "曲靖交警开展城市拥堵治理"
    assert "qujing" not in result["hits"][0]["missing"]
    assert "read the pinyin qujing as 曲靖" in result["query"]["notes"]


def test_pinyin_inside_chinese_text_scores_every_article_as_the_chinese_word_would(server: Server) -> None:
    def ranked(q: str) -> list[tuple[str, float]]:
        return [(hit["title"], round(hit["score"], 3)) for hit in server.search(q=q)["hits"]]

    # the words beside the pinyin are scored once, as in the headline written in Chinese, not once more
    assert ranked("城市擁堵，qujing交警做了些什麼") == ranked("城市擁堵，曲靖交警做了些什麼")


def test_pinyin_joined_to_digits_inside_chinese_text_is_read_as_the_chinese_word(server: Server) -> None:
    result = server.search(q="qingyang2批援藏干部")  # jieba keeps letters and digits together: qingyang2
    assert "read the pinyin qingyang as 庆阳" in result["query"]["notes"]
    assert titles(result)[0] == "庆阳第2批援藏干部抵达西藏" and result["hits"][0]["matched"] == "all"


def test_pinyin_of_several_words_in_a_row_inside_chinese_text_is_read_as_those_words(server: Server) -> None:
    result = server.search(q="庆阳推出jingpinlvyouxianlu")  # 精品 and 旅游线路: no one word of the index sounds so
    assert "read the pinyin jingpinlvyouxianlu as 精品旅游线路" in result["query"]["notes"]
    assert titles(result)[0] == "庆阳推出2条旅游线路" and result["hits"][0]["matched"] == "all"


def test_pinyin_syllables_apart_inside_chinese_text_are_read_and_say_so(server: Server) -> None:
    result = server.search(q="城市拥堵 qu jing 交警")  # read by the parser's whole-pinyin path, word by word
    assert "read the pinyin qu jing as 曲靖" in result["query"]["notes"]
    assert titles(result)[0] == "曲靖交警开展城市拥堵治理" and result["hits"][0]["matched"] == "all"


def test_pinyin_of_two_characters_the_index_writes_often_but_lists_as_no_word_is_read_as_them(server: Server) -> None:
    result = server.search(q="kao pu 维修店")  # jieba cuts 靠谱 into 靠 and 谱: no word of the vocabulary reads kaopu
    assert "read the pinyin kao pu as 靠谱" in result["query"]["notes"]
    assert titles(result) and all("靠谱维修店" in title for title in titles(result))
    assert all(hit["matched"] == "all" for hit in result["hits"])


def test_pinyin_in_a_headlines_furniture_is_scored_as_the_chinese_word(server: Server) -> None:
    result = server.search(q="交警开展城市拥堵治理_qujing新闻网")  # the site's name after the headline, typed in pinyin
    assert any("as headline furniture" in note for note in result["query"]["notes"])
    assert "read the pinyin qujing as 曲靖" in result["query"]["notes"]
    assert titles(result)[0] == "曲靖交警开展城市拥堵治理"


def test_a_latin_word_the_index_holds_stays_latin_inside_chinese_text(server: Server) -> None:
    result = server.search(q="huawei发布手机")
    assert not any(note.startswith("read the pinyin") for note in result["query"]["notes"])
    assert titles(result)[0] == "Huawei发布新款折叠屏手机" and result["hits"][0]["matched"] == "all"


# ---------------------------------------------------------------- dictionaries reloaded


def test_a_user_dictionary_edited_while_the_service_runs_segments_the_next_query(service: Service) -> None:
    def words() -> list[str]:
        # the first query with new words loads jieba's dictionary again (a second or two; more on a busy machine)
        reply = service.server.request("/api/search", {"q": "扬帆行动计划"}, timeout=120)
        return reply.json["query"]["terms"][0]["words"]

    assert words() != ["扬帆行动计划"]
    rewrite(service.user_dict, "# 我们自己的词\n扬帆行动计划 300\n")
    try:
        assert words() == ["扬帆行动计划"]
        health = service.server.request("/api/health").json["dictionary"]
        assert health["same"] is False and "rebuild" in health["message"]
    finally:
        rewrite(service.user_dict, "# 我们自己的词\n")
    assert service.server.request("/api/health").json["dictionary"]["same"] is True
