"""A forum poster's panel, read by its shape (index.ingest.panels)."""

from __future__ import annotations

from index.ingest.panels import (
    is_user_panel,
    panel_owner,
    panel_runs,
    poster_cells,
    split_panel_runs,
    story_after_panel,
)


def test_a_posters_panel_run_together_in_one_cell_is_a_panel() -> None:
    assert is_user_panel("山城夜话 中级会员 UID: 8812 精华: 2 发帖: 356 威望: 15 点 注册时间:2007-09-01")


def test_a_line_of_labelled_counters_without_a_name_is_a_panel() -> None:
    assert is_user_panel("积分：2048 帖子：77 注册时间：2011-03-15")


def test_a_storys_line_of_figures_is_not_a_panel() -> None:
    assert not is_user_panel("一季度营收：38.6亿元 同比增长：12% 新签合同：217个")


def test_a_sentence_that_gives_counts_is_not_a_panel() -> None:
    assert not is_user_panel("截至目前，参赛队伍：48 支，志愿者：300 名，观众：12000 人次。")


def test_two_counters_are_not_yet_a_panel() -> None:
    assert not is_user_panel("UID: 8812 发帖: 356")


def test_a_panel_shown_one_counter_a_line_is_found_as_a_run() -> None:
    kept = ["山城夜话", "UID: 8812", "发帖: 356", "", "注册时间:2007-09-01", "楼主今天说的情况属实。"]
    assert panel_runs(kept) == {1, 2, 4}


def test_a_single_labelled_count_in_a_story_is_not_a_run() -> None:
    assert panel_runs(["本次活动共有参赛队伍48支。", "报名人数: 300", "主办方表示明年还将继续举办。"]) == set()


def test_a_posters_cell_above_the_first_post_is_a_panel() -> None:
    text = "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇受益。"
    kept = ["淮上渔夫", "等级：论坛游侠", "文章：2356", "青溪县新建乡村公路一百二十公里", text]
    assert poster_cells(kept, 4) == {0, 1, 2}


def test_a_storys_labelled_head_without_a_count_is_no_posters_cell() -> None:
    text = "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇受益。"
    kept = ["青溪日报", "来源：青溪日报", "作者：周明", "编辑：李娜", text]
    assert poster_cells(kept, 4) == set()


def test_a_cards_labels_and_values_each_on_a_line_are_a_panel() -> None:
    lines = ["积分", "1286", "在线时间", "520 小时", "注册时间", "2012-3-5", "青溪县今年新建乡村公路一百二十公里。"]
    assert split_panel_runs(lines) == set(range(6))


def test_a_storys_table_of_amounts_with_their_units_is_no_panel() -> None:
    assert split_panel_runs(["粮食产量", "1234万吨", "增长", "3.5%", "农民收入", "2.1万元"]) == set()


def test_a_cell_run_together_names_its_poster_first() -> None:
    assert panel_owner("山野村夫 等级：论坛游侠 文章：235 注册：2003-5-17") == "山野村夫"


def test_a_cards_label_before_its_counters_is_no_poster() -> None:
    assert panel_owner("积分 1203 帖子 456 注册时间 2007-3-1") is None


def test_a_boards_uid_line_with_its_rank_is_a_panel() -> None:
    assert is_user_panel("UID:430001 级别:业余侠客 威望:1 发帖:230")
    assert is_user_panel("江城老街 等级：版主 帖子：123 注册：2003-5-12")


def test_a_storys_grade_and_one_figure_is_no_panel() -> None:
    assert not is_user_panel("等级：一级 人数：3")


def test_a_posts_text_run_into_its_posters_panel_is_kept_without_it() -> None:
    text = "记者30日从江城市政府获悉，截至3月30日，全市284个在建重大项目已基本全面复工，总体复工率为98.2%。"
    assert story_after_panel(f"UID:430001 级别:学徒 威望:0 发帖:230 {text}") == text
    assert story_after_panel(f"江城老街 等级：版主 帖子：123 注册：2003-5-12 {text}") == text


def test_a_storys_line_with_figures_is_not_cut() -> None:
    line = "全市共有学校：123所，教师：4567人，学生：89012人，比上年均有增长，办学条件持续改善。"
    assert story_after_panel(line) is None


def test_a_posters_cell_with_its_state_and_four_counters_is_a_panel() -> None:
    text = "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇受益。"
    kept = ["南湖居士", "头衔：江南游侠", "文章：88", "积分：300", "注册时间：2003-1-2", "状态：离线", text]
    assert poster_cells(kept, 6) == set(range(6))
