"""A table page's side column above the declared headline leaves the text; a kicker or a story's lines stay."""

from __future__ import annotations

from index.ingest.side_columns import column_above, is_item

HEADLINE = "青溪县启动农村电商提升行动"
LEAD = "青溪县近日启动农村电商提升行动，计划用两年时间建成县乡村三级物流体系，带动特色农产品线上销售。"


def test_a_side_columns_lines_above_the_headline_are_counted() -> None:
    column = ["用户登录", "用户名：", "密 码：", "登录 注册", "网站公告", "·本站于5月1日起启用新域名", "栏目导航"]
    assert column_above([*column, HEADLINE, LEAD], HEADLINE) == len(column)


def test_one_line_above_the_headline_is_no_column() -> None:
    assert column_above(["乡村振兴在行动", HEADLINE, LEAD], HEADLINE) == 0


def test_a_sentence_above_the_headline_is_no_column() -> None:
    assert column_above(["网站公告", "本站将于今晚进行系统维护。", HEADLINE, LEAD], HEADLINE) == 0


def test_a_headline_the_text_does_not_show_near_its_top_finds_no_column() -> None:
    assert column_above(["用户登录", "网站公告", LEAD], HEADLINE) == 0


def test_a_bulleted_line_is_a_lists_item() -> None:
    assert is_item("·本站于5月1日起启用新域名")
    assert not is_item("乡村振兴在行动")
