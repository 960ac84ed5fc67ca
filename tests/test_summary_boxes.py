"""A summary box over the text that the text says again (index.ingest.summary_boxes): labelled by any summary
word, or its points alone once its label is gone, it leaves the text; an editor's note and a summary the text does
not repeat stay. A `消息来源：X` line closing the text is the source's line."""

from __future__ import annotations

from index.ingest.summary_boxes import without_repeated_summary
from tests.road_story import STORY, read_text


def test_an_ai_summary_the_text_repeats_leaves_it() -> None:
    box = "AI 摘要：青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。"
    assert without_repeated_summary([box, *STORY]) == STORY


def test_a_boxs_points_cut_from_the_paragraphs_under_it_leave_the_text() -> None:
    points = ["青溪县今年新建乡村公路一百二十公里，沿线", "县交通局负责人介绍，新路采用沥青路面"]
    assert without_repeated_summary([*points, *STORY]) == STORY


def test_a_summary_the_text_does_not_repeat_stays() -> None:
    box = "本文导读：山区县修路难在哪里？记者跟随养护工人走了一整天。"
    assert without_repeated_summary([box, *STORY]) == [box, *STORY]


def test_a_news_source_line_closing_the_text_gives_the_source_and_leaves_the_text() -> None:
    article = read_text([*STORY, "消息来源：青溪日报"])
    assert article.source == "青溪日报" and "消息来源" not in article.body
