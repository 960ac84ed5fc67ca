"""A series' kicker glued onto the text's first line leaves it (index.ingest.glued_kickers); a headline repeated
with its kicker, a case's section label, a column's kicker and a credit in the same place stay."""

from __future__ import annotations

from index.ingest.glued_kickers import without_kicker
from tests.road_story import HEADLINE, STORY, read_text


def test_a_series_kicker_glued_to_the_lead_leaves_the_text() -> None:
    body = read_text(["系列报道之三丨" + STORY[0], *STORY[1:]]).body
    assert "系列报道" not in body and body.startswith(STORY[0])


def test_a_bracketed_series_kicker_is_cut_from_the_lead() -> None:
    assert without_kicker("【系列评论之二】" + STORY[0], HEADLINE) == STORY[0]


def test_the_headline_repeated_with_a_series_kicker_and_the_text_run_on_stays() -> None:
    line = f"系列报道之三丨{HEADLINE}{STORY[0]}"
    assert without_kicker(line, HEADLINE) == line


def test_a_cases_section_label_opening_the_lead_stays() -> None:
    lead = "【案情】2017年2月19日，某县村民驾驶大货车行至河龙线时与另一辆大货车相撞，致两车不同程度受损。"
    assert without_kicker(lead, HEADLINE) == lead


def test_a_columns_kicker_and_a_credit_opening_the_lead_stay() -> None:
    for lead in ["【地评线】" + STORY[0], "【环球网报道记者侯佳欣】" + STORY[0], "采写丨" + STORY[0]]:
        assert without_kicker(lead, HEADLINE) == lead


def test_odd_input_is_returned_as_it_is() -> None:
    for lead in ["", "【】", "丨" * 5000, "【" + "路" * 20000 + "】"]:
        assert without_kicker(lead, None) == lead
