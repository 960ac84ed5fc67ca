"""A badge beside the headline on a page read alone (index.ingest.badges)."""

from __future__ import annotations

from index.ingest.badges import badges

LEAD = (
    "县交通局负责人介绍，新路采用沥青路面，并在急弯处加装了防护栏和反光标志。"
    "沿线六个乡镇的农产品运输时间平均缩短了一半。"
)


def test_a_word_under_the_headline_is_a_badge() -> None:
    assert badges(["青溪县新建乡村公路一百二十公里", "原创", "2023-05-08 来源：青溪日报", LEAD]) == {1}


def test_a_bracketed_mark_beside_a_headline_that_exclaims_is_a_badge() -> None:
    assert badges(["青溪县新建公路，运输时间缩短一半！", "【热】", "时间：2023-05-08", LEAD]) == {1}


def test_a_writer_s_name_under_the_headline_is_no_badge() -> None:
    assert not badges(["青溪县新建乡村公路一百二十公里", "张伟", LEAD])


def test_a_short_line_inside_the_text_is_no_badge() -> None:
    assert not badges([LEAD, "此外", "全县还将新建充电桩", LEAD])


def test_a_short_headline_opening_the_page_is_no_badge() -> None:
    assert not badges(["老屋", "【作者】 陈晓 【时间】 2006-04-03", LEAD])


def test_a_short_fragment_of_a_broken_text_is_no_badge() -> None:
    assert not badges(["这两天的天气真是让人受不了", "夜晚", "气温又降了好几度", LEAD])
