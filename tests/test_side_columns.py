"""A table page's side column above the declared headline leaves the text; a kicker or a story's lines stay."""

from __future__ import annotations

from index.ingest.side_columns import column_above, may_be_kicker

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


def test_a_dateline_above_the_headline_makes_no_column() -> None:
    above = ["新闻", "本地", "江城晚报网6月18日讯（记者 刘浏）"]
    assert column_above([*above, HEADLINE, LEAD], HEADLINE) == 0


def test_a_bulleted_item_or_a_channels_word_is_no_kicker() -> None:
    assert not may_be_kicker("·本站于5月1日起启用新域名")
    assert not may_be_kicker("体育")
    assert may_be_kicker("乡村振兴在行动")


def test_a_line_above_that_the_declared_headline_repeats_makes_no_column() -> None:
    declared = "中新网长治5月28日电题：六旬老人开藏书馆近万册图书见证晋东南地区变迁"
    above = ["发布范围：全局", "六旬老人开藏书馆近万册图书见证晋东南地区变迁", "江网办〔2021〕5号"]
    assert column_above([*above, declared, LEAD], declared) == 0
