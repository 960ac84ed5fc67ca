"""Lines of fields and counters (index.ingest.info_lines): an uploader's card or a post's info line, made of
counters, times, labels and follow buttons with at most two names, is the page's; a story's line that gives
figures in a sentence stays."""

from __future__ import annotations

from index.ingest.info_lines import card_runs, is_info_line

STORY = "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。"


def test_an_uploaders_card_is_an_info_line() -> None:
    assert is_info_line("青溪融媒视频 86万粉丝 关注")


def test_a_card_run_together_is_an_info_line() -> None:
    assert is_info_line("青溪融媒视频86万粉丝+关注")


def test_an_account_a_time_ago_and_a_read_count_are_an_info_line() -> None:
    assert is_info_line("山城生活家 5天前 阅读 23816")


def test_a_platforms_stats_line_is_an_info_line() -> None:
    assert is_info_line("码上青溪 于 2022-05-08 09:15:02 发布 阅读量860 收藏 7")


def test_a_programmes_host_duration_and_plays_are_an_info_line() -> None:
    assert is_info_line("主播：青溪之声 时长 08:15 播放 1.6万 订阅")


def test_a_labelled_publication_line_with_a_counter_is_left_to_the_publication_readers() -> None:
    assert not is_info_line("发布时间：2022-05-08 09:15 来源：青溪日报 点击：120")


def test_a_line_without_a_counter_is_left_to_the_publication_readers() -> None:
    assert not is_info_line("2022年5月8日 来源：青溪日报")


def test_a_sentence_giving_a_count_is_no_info_line() -> None:
    assert not is_info_line("短视频发布后，他的粉丝很快超过86万，评论区里都是家乡人。")


def test_a_sub_heading_with_a_count_and_words_is_no_info_line() -> None:
    assert not is_info_line("三个月 五千次播放 一个小山村的走红之路")


def test_a_card_set_one_field_a_line_with_its_button_is_a_card() -> None:
    assert card_runs([STORY, "青溪融媒视频", "86万粉丝", "+关注", STORY]) == {1, 2, 3}


def test_an_accounts_name_over_its_followers_is_a_card() -> None:
    assert card_runs([STORY, "青溪融媒视频", "86万粉丝", STORY]) == {1, 2}


def test_a_sub_heading_over_a_read_count_is_no_card() -> None:
    assert card_runs([STORY, "下一步怎么走", "阅读 1234", STORY]) == set()


def test_a_writing_platforms_card_with_its_english_follow_button_and_followers_is_an_info_line() -> None:
    assert is_info_line("林小满 Follow 1.2k followers")


def test_a_name_over_its_count_of_followers_in_english_is_a_card() -> None:
    assert card_runs(["林小满", "1.2k followers", "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇受益。"]) == {0, 1}
