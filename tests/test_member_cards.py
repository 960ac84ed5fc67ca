"""A thread's or a community post's poster shown only in a member's card or as a bare handle beside the post, with
no byline, is its writer; a reply's card and a line of the story are not (index.ingest.member_cards)."""

from __future__ import annotations

from index.ingest.member_cards import card_poster, handle_poster

TEXT = "最近小区门口的早餐摊都不见了，听说是统一搬进了菜市场里，大家觉得这样方便吗？"
REPLY = "城南那家还可以，去年我家就是找的他们，价格也公道。"


def test_a_name_with_a_glued_level_over_a_members_counters_is_the_poster() -> None:
    lines = ["求推荐本地靠谱的装修公司", "2020-09-07 21:36", TEXT, "青石板Lv.6 资深业主", "经验：2310", "发帖：842"]
    assert card_poster(lines, "求推荐本地靠谱的装修公司") == "青石板"


def test_a_name_over_two_counters_is_the_poster() -> None:
    lines = ["小区门口的早餐摊被取缔了", "稻花香里", "UID 20931", "帖子 1288", "积分 3402", "注册时间 2011-8-23", TEXT]
    assert card_poster(lines, "小区门口的早餐摊被取缔了") == "稻花香里"


def test_a_name_over_a_badges_title_and_level_is_the_poster() -> None:
    lines = ["今年的樱花节还办不办了", "小城故事多", "江城达人", "12", TEXT, "1楼2019-03-15 09:48"]
    assert card_poster(lines, "今年的樱花节还办不办了") == "小城故事多"


def test_the_opening_posts_card_wins_over_a_replys() -> None:
    lines = ["老城区停车难", "江边老李", "积分 1523", "帖子 356", TEXT, "风吹麦浪", "积分 88", "帖子 12", REPLY]
    assert card_poster(lines, "老城区停车难") == "江边老李"


def test_a_card_left_of_the_title_stands_over_the_headline() -> None:
    lines = ["江边老李", "积分 1523", "帖子 356", "注册时间 2015-3-2", "老城区停车难", "发表于 2021-4-12 10:22", TEXT]
    assert card_poster(lines, "老城区停车难") == "江边老李"


def test_a_repliers_name_beside_its_stamp_is_no_card() -> None:
    lines = ["求推荐本地靠谱的装修公司", TEXT, "风吹麦浪 2020-09-07 22:01", REPLY]
    assert card_poster(lines, "求推荐本地靠谱的装修公司") is None


def test_a_story_with_no_card_names_no_poster() -> None:
    lines = ["全市首批智慧社区通过验收", "2022-08-09 10:30", TEXT, "责任编辑：李娜"]
    assert card_poster(lines, "全市首批智慧社区通过验收") is None


def test_an_at_handle_before_the_posts_stamp_is_the_poster() -> None:
    lines = ["周末去江心岛露营的一点经验", "@tree_hole_07 2021-10-17 20:15", TEXT]
    assert handle_poster(lines, "周末去江心岛露营的一点经验") == "tree_hole_07"


def test_an_ens_name_over_the_headline_is_the_poster() -> None:
    lines = ["Writing", "chenmo.eth", "DAO 治理投票为什么总是没人参加", "September 2nd, 2022", TEXT]
    assert handle_poster(lines, "DAO 治理投票为什么总是没人参加") == "chenmo.eth"


def test_a_handle_in_a_sentence_names_no_poster() -> None:
    lines = ["周末去江心岛露营的一点经验", "@tree_hole_07 说得对，下次一起去", TEXT]
    assert handle_poster(lines, "周末去江心岛露营的一点经验") is None


def test_a_handle_far_from_the_headline_names_no_poster() -> None:
    lines = ["周末去江心岛露营的一点经验", "2021-10-17 20:15", TEXT, REPLY, "@summer_wind"]
    assert handle_poster(lines, "周末去江心岛露营的一点经验") is None


def test_empty_huge_and_odd_input_names_no_one() -> None:
    assert card_poster([], "") is None
    assert handle_poster([], "标题") is None
    assert card_poster(["标题", "积分" * 50000, "Lv." * 1000], "标题") is None
    assert handle_poster(["标题", "@" * 100000], "标题") is None


def test_an_ens_name_before_a_dot_and_a_chinese_day_is_the_poster() -> None:
    lines = ["在链上记录一座小城的日常", "jiangcheng.eth · 2023年1月8日", TEXT]
    assert handle_poster(lines, "在链上记录一座小城的日常") == "jiangcheng.eth"


def test_an_at_handle_beside_its_follow_button_is_the_poster() -> None:
    lines = ["@momo_reads + 关注", "带爸妈去看了一场话剧", "2022-04-03 21:50", TEXT]
    assert handle_poster(lines, "带爸妈去看了一场话剧") == "momo_reads"
