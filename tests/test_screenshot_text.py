"""A screenshot's OCR text read without the phone's and the app's frame, its lines whole again
(index/ingest/screenshot_text.py)."""

from __future__ import annotations

from index.ingest.screenshot_text import is_screenshot, unscreened

TITLE = "江城市开展网络安全宣传周活动"
PARAGRAPH = (
    "9月13日上午，江城市网络安全宣传周活动在市民广场启动，现场设置了二十余个展位，吸引市民参与。"
    "活动期间，全市各级网信部门将组织网络安全知识进社区、进校园。"
)
LINES = [PARAGRAPH[k : k + 16] for k in range(0, len(PARAGRAPH), 16)]  # a screen of 16 characters a line
LAST = "活动由市委网信办主办。"


def _shot(*body: str, status: str = "9:41 4G 86%") -> str:
    return "\n".join([status, "<  网信江城  ···", TITLE, "网信江城 2021-09-13", "", *body])


def test_a_text_that_opens_on_a_phones_status_line_is_a_screenshot() -> None:
    statuses = ["9:41 4G 86%", "下午3:05 5G 72%", "10:02 WiFi", "9:41"]
    assert [is_screenshot(f"{status}\n{TITLE}") for status in statuses] == [True, True, True, False]


def test_the_status_line_and_the_apps_bar_go() -> None:
    assert unscreened(_shot(LAST)).split("\n")[:3] == [TITLE, "网信江城 2021-09-13", ""]


def test_lines_as_long_as_the_screens_width_run_on_and_a_short_one_ends_the_paragraph() -> None:
    assert unscreened(_shot(*LINES, "", LAST)).split("\n")[-3:] == [PARAGRAPH, "", LAST]


def test_a_one_read_as_a_bar_or_an_ell_beside_figures_or_in_a_days_place_is_one() -> None:
    text = unscreened(_shot("2020年3月丨丨日，全市共有l5个区县20丨丨年起参与。", "Hello world"))
    assert text.split("\n")[-2:] == ["2020年3月11日，全市共有15个区县2011年起参与。", "Hello world"]


def test_the_counters_and_buttons_at_the_end_go() -> None:
    assert unscreened(_shot(LAST, "阅读 1.2万", "点赞 在看", "写留言")).endswith(LAST)


def test_any_other_text_is_as_it_was() -> None:
    for text in ("", "\n\n", f"{TITLE}\n丨2月", "9:41 4G 86%"):
        assert unscreened(text) == text or text == "9:41 4G 86%"


def test_each_screens_status_line_and_bar_go_and_a_line_broken_across_screens_runs_on() -> None:
    second = ["9:42 .ull 令 85%", "<  网信江城  ···"]
    text = unscreened(_shot(*LINES[:2], *second, *LINES[2:], "", LAST))
    assert text.split("\n")[-3:] == [PARAGRAPH, "", LAST]
