"""A forum poster's panel: the card a thread shows beside each post (`山城夜话 中级会员 UID: 8812 精华: 2 发帖: 356
威望: 15 点 注册时间:2007-09-01`), read by its shape alone, never by a board's wording.

A panel is a run of labelled counters: three or more `label: value` pairs whose values are whole counts (a
unit set apart by a space) or days, with at most the poster's name and rank before them and nothing after. A
table-layout thread gives it as one cell, run together; a story's line that gives figures writes them in a
sentence, with its verbs and stops, or as amounts (`1.2万亿元`, `3%`), so a line of counts and nothing else is
interface. A single pair (`积分：1286`) is chrome's counter already.
"""

from __future__ import annotations

import re

from index.ingest.cleaning import ends_sentence

PANEL_PAIRS = 3  # pairs that make a panel: two (`UID: 30307 精华: 0`) could be a table's row of two figures
_PAIR = re.compile(
    r"(?P<label>[^\s:：\d]{1,6})\s*[:：]\s*"
    r"(?P<value>(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"  # a day: 注册时间:2006-02-11
    r"|\d{1,9}(?:\s+[^\s:：\d]{1,3}(?=\s|$))?)"  # a whole count, its unit set apart: 威望: 1 点, 金钱: 140 RMB
    r"(?=\s|$)"
)
_LEAD_WORDS = 2  # the poster's name and rank before the pairs
PANEL_MAX = 160  # a longer line is written text


def is_user_panel(line: str) -> bool:
    """A line that is a poster's panel: PANEL_PAIRS or more labelled counters, at most a name and a rank before
    them, nothing after, no sentence's end."""
    line = line.strip()
    if len(line) > PANEL_MAX or line.count(":") + line.count("：") < PANEL_PAIRS or ends_sentence(line):
        return False
    pairs = list(_PAIR.finditer(line))
    if len(pairs) < PANEL_PAIRS:
        return False
    lead = line[: pairs[0].start()].split()
    if len(lead) > _LEAD_WORDS or any(len(word) > 12 for word in lead):
        return False
    rest = line[pairs[0].start() :]
    for pair in pairs:
        rest = rest.replace(pair.group(0), "", 1)
    return not rest.strip()


def is_labelled_counter(line: str) -> bool:
    """A line that is one labelled counter or day and nothing else (`发帖: 12`, `注册时间:2005-01-10`)."""
    if len(line) > 40 or (":" not in line and "：" not in line):
        return False
    match = _PAIR.fullmatch(line.strip())
    return match is not None and not ends_sentence(line)


def panel_runs(kept: list[str]) -> set[int]:
    """The lines of a panel a page shows one counter a line (`UID: 30210`, `发帖: 12`, `注册时间:2005-01-10`): runs
    of PANEL_PAIRS or more lines in a row, each one labelled counter and nothing else."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(kept):
        if line and is_labelled_counter(line):
            run.append(i)
        elif line:  # a blank line inside the run does not end it
            found.update(run if len(run) >= PANEL_PAIRS else [])
            run = []
    return found | set(run if len(run) >= PANEL_PAIRS else [])
