"""A series' or a column's kicker glued onto the text's first line leaves it (index.ingest.glued_kickers); a
headline's own kicker repeated over the text, an outlet's credit and a writer's credit in the same place stay."""

from __future__ import annotations

from index.ingest.glued_kickers import without_kicker
from tests.road_story import HEADLINE, STORY, read_text


def test_a_bracketed_kicker_glued_to_the_lead_leaves_the_text() -> None:
    body = read_text(["【聚焦两会】" + STORY[0], *STORY[1:]]).body
    assert "聚焦两会" not in body and body.startswith(STORY[0])


def test_a_series_kicker_before_a_bar_is_cut_from_the_lead() -> None:
    assert without_kicker("系列报道之三丨" + STORY[0], HEADLINE) == STORY[0]


def test_the_headline_repeated_with_its_own_kicker_stays() -> None:
    line = "【地评线】南方网评：为丰富国际抗疫斗争工具箱奉献中国智慧"
    assert without_kicker(line, "南方网评：为丰富国际抗疫斗争工具箱奉献中国智慧") == line


def test_an_outlets_credit_in_brackets_stays() -> None:
    lead = "【环球网报道】据路透社4月1日报道，多国卫生部门当天公布了新的防控措施，呼吁民众减少外出。"
    assert without_kicker(lead, HEADLINE) == lead


def test_a_writers_credit_before_a_bar_stays() -> None:
    lead = "记者｜" + STORY[0]
    assert without_kicker(lead, HEADLINE) == lead


def test_a_short_item_after_a_bracket_is_no_lead() -> None:
    assert without_kicker("【图集】乡村公路通车", HEADLINE) == "【图集】乡村公路通车"


def test_odd_input_is_returned_as_it_is() -> None:
    for lead in ["", "【】", "丨" * 5000, "【" + "路" * 20000 + "】"]:
        assert without_kicker(lead, None) == lead


def test_the_headline_repeated_with_its_kicker_and_the_text_run_on_stays() -> None:
    headline = "南方网评：为丰富国际抗疫斗争工具箱奉献中国智慧"
    line = f"【地评线】{headline}{STORY[0]}"
    assert without_kicker(line, headline) == line
