"""A line as a list shows another article (index.ingest.cleaning.is_title_like): a short title, maybe with a
bullet and a date, no full stop. The date is looked for only at the line's end, read backwards."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from index.ingest.cleaning import TITLE_MAX, is_title_like

LEAD = "本报讯（记者 王小明）4月1日，青溪县召开全县网信工作会议，部署今年的重点任务，会议由县委常委、宣传部部长主持。"


def test_a_list_item_with_its_day_reads_as_a_title() -> None:
    assert is_title_like("·青溪县举行龙舟比赛 2020-04-01")


def test_a_numbered_item_with_its_day_and_hour_reads_as_a_title() -> None:
    assert is_title_like("[1]青溪县举行龙舟比赛 【2020年4月1日 10:20】")


def test_a_paragraph_ending_in_a_day_is_no_title() -> None:
    assert not is_title_like(LEAD * 3 + "2020年4月1日")


def test_a_day_alone_is_no_title() -> None:
    assert not is_title_like("（2020-04-01）")


# The reading the rule is defined by: the list's date pattern tried at every position of the line.
_BULLET = re.compile(r"^(?:[·•●○◆◇■□▪▶▷►>\-*]|\d{1,2}[.、)）]|[\[【(（]\d{1,2}[\]】)）])\s*")
_LIST_DATE = re.compile(r"[\[【(（]?\s*(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?\s*[\]】)）]?$")


def _defined(line: str) -> bool:
    core = _LIST_DATE.sub("", _BULLET.sub("", line)).strip()
    return 0 < len(core) <= TITLE_MAX and bool(re.search(r"[\u4e00-\u9fff]", core)) and not re.search(r"[。；;]", core)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789２ \t\u3000\n[]【】()（）-/.:年月日·青溪县赛。，", max_size=40))
def test_the_day_is_cut_as_the_pattern_tried_everywhere_cuts_it(line: str) -> None:
    assert is_title_like(line) == _defined(line)
