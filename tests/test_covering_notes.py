"""A sender's covering note over a forwarded text (index.ingest.covering_notes): the short sentences right above
a headline and its publication line are no headline and no text; a text that opens on its headline, or on its
own lead, keeps every line."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.covering_notes import covering_note
from index.ingest.extract import extract
from tests.road_story import HEADLINE, STORY


def _read(lines: list[str]) -> tuple[str | None, str]:
    article = extract(RawDocument("src", "src.txt", "\n".join(lines), "0" * 32, "utf-8", {}))
    return article.title, article.body


def _is_title(line: str) -> bool:
    return len(line) <= 30 and not line.endswith("。")


def _has_day(line: str) -> bool:
    return "年" in line and "日" in line


def test_a_senders_note_over_the_headline_is_neither_headline_nor_text() -> None:
    note = "编辑老师好，发上今日稿件，请审阅。"
    title, body = _read([note, "", HEADLINE, "2023年5月8日　来源：青溪融媒", "", *STORY])
    assert title == HEADLINE and note not in body and STORY[0] in body


def test_a_note_over_two_lines_goes_whole() -> None:
    lines = ["转王老师参考，注意核实数据。", "拟明日见报。", HEADLINE, "2023年5月8日", *STORY]
    assert covering_note(lines, _is_title, _has_day) == [0, 1]


def test_a_text_opening_on_its_headline_has_no_note() -> None:
    assert covering_note([HEADLINE, "2023年5月8日", *STORY], _is_title, _has_day) == []


def test_a_lead_above_a_subheading_is_the_storys_own() -> None:
    lines = [STORY[0], "沿线乡镇受益明显", STORY[1], STORY[2]]
    assert covering_note(lines, _is_title, _has_day) == []
    assert STORY[0] in _read(lines)[1]


def test_empty_and_odd_input_has_no_note() -> None:
    assert covering_note([], _is_title, _has_day) == []
    assert covering_note(["", "。", ""], _is_title, _has_day) == []
    assert covering_note(["请审阅。"] * 10_000, _is_title, _has_day) == []


def test_a_headline_labelled_and_exclaiming_over_its_fields_is_no_note() -> None:
    title, _ = _read(["标题：乡村公路修好了，客车也要跟上！", "作者：李明", "发布时间：2023-05-08 10:26:00", *STORY])
    assert title == "乡村公路修好了，客车也要跟上！"


def test_a_headline_that_exclaims_over_its_posters_name_is_no_note() -> None:
    title, _ = _read(["江城夜景航拍，太美了！", "江城文旅", "发布时间：2021-03-04 20:15", *STORY])
    assert title == "江城夜景航拍，太美了！"
