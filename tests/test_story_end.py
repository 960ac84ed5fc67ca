"""The story's end mark (index.ingest.story_end): the short lines a page puts after `（完）` or `-END-` are the
page's; written lines, fields and a signature's day after it stay."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.extract import extract
from index.ingest.story_end import after_end, end_mark

STORY = [
    "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。",
    "县交通局负责人介绍，新路采用沥青路面，并在急弯处加装了防护栏和反光标志。",
    "下一步，全县还将改造危桥十八座，力争年底前实现村村通客车。（完）",
]


def _extract(*after: str) -> str:
    lines = ["青溪县新建乡村公路一百二十公里", "2023年5月8日 来源：青溪日报", "", *STORY, *after]
    return extract(RawDocument("made-up", "made-up.txt", "\n".join(lines), "0" * 32, "utf-8", {}))


def test_a_mark_closing_the_last_paragraph_is_the_storys_end() -> None:
    assert end_mark(STORY) == 2


def test_a_mark_over_no_writing_ends_nothing() -> None:
    assert end_mark(["（完）", *STORY[:2]]) is None


def test_short_lines_after_the_end_mark_are_the_pages() -> None:
    lines = [*STORY, "青溪融媒", "青溪融媒体中心出品", "0736-1234567"]
    assert after_end(lines, lines) == {3, 4, 5}


def test_a_written_line_after_the_end_mark_stays() -> None:
    lines = [*STORY, "相关链接：青溪县去年已完成农村公路提质改造八十公里，惠及群众十二万人。"]
    assert after_end(lines, lines) == set()


def test_an_editors_credit_after_the_end_mark_is_left_for_the_fields() -> None:
    lines = [*STORY, "【编辑:周文】", "编 辑：刘青"]
    assert after_end(lines, lines) == set()


def test_an_issuer_over_its_day_after_the_end_mark_is_a_signature() -> None:
    lines = [*STORY, "青溪县交通运输局", "二〇二三年五月八日"]
    assert after_end(lines, lines) == set()


def test_a_pages_promotions_after_the_end_leave_the_article() -> None:
    article = _extract("", "青溪融媒", "往期回顾", "想了解更多青溪新鲜事")
    assert article.body.split("\n") == STORY


def test_an_english_end_mark_after_the_text_ends_the_story() -> None:
    assert end_mark([*STORY[:2], "— THE END —"]) == 2
