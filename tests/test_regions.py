"""Regions: which province and city an article is about, and place names for filters."""

from __future__ import annotations

import pytest

from index.text.regions import canonical_city, canonical_province, find_places, resolve_region


def test_a_city_in_the_title_gives_its_province() -> None:
    assert resolve_region("庆阳:擎旗奋进汇聚正能量", "") == ("甘肃省", "庆阳市")


def test_the_title_comes_before_the_text() -> None:
    text = "泉州市网信办召开会议。泉州市委书记讲话。泉州各县区参加。"
    assert resolve_region("庆阳:擎旗奋进汇聚正能量", text) == ("甘肃省", "庆阳市")


def test_a_province_in_the_title_takes_its_dominant_city_from_the_text() -> None:
    text = "庆阳市网信办召开会议。庆阳市委书记讲话。庆阳各县区参加。兰州市网信办到会指导。"
    assert resolve_region("甘肃网信工作会议召开", text) == ("甘肃省", "庆阳市")


def test_without_a_title_the_place_that_dominates_the_text_wins() -> None:
    text = "庆阳市网信办召开会议。庆阳市委书记讲话。庆阳各县区参加。"
    assert resolve_region(None, text) == ("甘肃省", "庆阳市")


def test_a_passing_mention_of_xian_does_not_make_a_shaanxi_report_a_xian_article() -> None:
    text = (
        "陕西省委高度重视网信事业发展。陕西省先后出台实施方案。陕西3项指数位居全国前十。"
        "西安丝路软件城汇聚了企业4000余家。互联网成为陕西高质量发展的最大增量。"
    )
    assert resolve_region(None, text) == ("陕西省", None)


def test_a_city_named_again_and_again_is_the_city() -> None:
    text = "西安市网信办召开会议。西安市委书记讲话。西安各区县参加。陕西省网信办到会指导。"
    assert resolve_region(None, text) == ("陕西省", "西安市")


def test_a_text_naming_no_place_has_no_region() -> None:
    assert resolve_region(None, "我国网民规模达10.51亿,互联网是学习宣传贯彻的重点领域。") == (None, None)


def test_two_provinces_named_equally_give_no_region() -> None:
    text = "甘肃省与福建省签订合作协议。甘肃和福建将共建网信协作机制。"
    assert resolve_region(None, text) == (None, None)


@pytest.mark.parametrize(
    "text",
    ["推动构建人类命运共同体,实现世界大同,大同小异。", "东方风来满眼春,东方欲晓。", "白银时代与普洱茶文化。"],
)
def test_short_city_names_that_are_common_words_do_not_count(text: str) -> None:
    assert find_places(text) == []
    assert resolve_region(None, text) == (None, None)


def test_common_word_city_names_count_in_full() -> None:
    text = "大同市网信办召开会议。大同市委书记讲话。大同市各区县参加。"
    assert resolve_region(None, text) == ("山西省", "大同市")


@pytest.mark.parametrize("title", ["延边网信工作综述", "延边州网信办召开会议", "延边朝鲜族自治州网信工作会议"])
def test_an_autonomous_prefecture_is_named_by_its_short_form(title: str) -> None:
    assert resolve_region(title, "") == ("吉林省", "延边朝鲜族自治州")


@pytest.mark.parametrize(
    ("title", "municipality"), [("北京网信工作综述", "北京市"), ("上海市网信办召开会议", "上海市")]
)
def test_a_municipality_is_both_province_and_city(title: str, municipality: str) -> None:
    assert resolve_region(title, "") == (municipality, municipality)


def test_a_county_named_in_full_votes_for_its_city() -> None:
    assert resolve_region("柞水县数字乡村建设纪实", "") == ("陕西省", "商洛市")


def test_the_longest_name_wins() -> None:
    assert [p.city for p in find_places("大兴安岭地区")] == ["大兴安岭地区"]


@pytest.mark.parametrize(
    ("name", "province"),
    [
        ("甘肃", "甘肃省"),
        ("甘肃省", "甘肃省"),
        ("内蒙古", "内蒙古自治区"),
        ("内蒙古自治区", "内蒙古自治区"),
        ("广西", "广西壮族自治区"),
        ("北京", "北京市"),
        ("吉林", "吉林省"),
        ("海南", "海南省"),
        ("庆阳", "甘肃省"),
        (" 庆阳市 ", "甘肃省"),
    ],
)
def test_canonical_province_accepts_both_name_forms(name: str, province: str) -> None:
    assert canonical_province(name) == province


@pytest.mark.parametrize(
    ("name", "city"),
    [
        ("庆阳", "庆阳市"),
        ("庆阳市", "庆阳市"),
        ("延边", "延边朝鲜族自治州"),
        ("延边州", "延边朝鲜族自治州"),
        ("延边朝鲜族自治州", "延边朝鲜族自治州"),
        ("北京", "北京市"),
        ("大同", "大同市"),
        ("大同市", "大同市"),
        ("吉林市", "吉林市"),
    ],
)
def test_canonical_city_accepts_both_name_forms(name: str, city: str) -> None:
    assert canonical_city(name) == city


@pytest.mark.parametrize("name", ["甘肃", "内蒙古", "吉林"])
def test_a_province_is_not_a_city(name: str) -> None:
    assert canonical_city(name) is None


@pytest.mark.parametrize("name", ["火星", "", "网信办"])
def test_unknown_names_are_not_places(name: str) -> None:
    assert canonical_province(name) is None
    assert canonical_city(name) is None
