"""A page's date bar: the day an old portal's top bar (`2005年11月17日 星期四 | 设为首页 | 加入收藏`) or an
e-paper's page bar (`2019年06月18日 第A2版：综合新闻`) shows above the story.

On an e-paper or an old portal's saved page that bar IS the publication day; on a live portal it is the day the
page was saved (`今天是：2026年12月06日 星期日` above a story of 2021-03-04). So it is the last evidence: taken only
where the page gives no other day (no publication line, no declared day, no day in its own address), and only a
bar's shape: a day with its weekday or its edition (版, 版面, 期), and besides them only a few short words (the
site's links, the weather), among the lines above the headline.
"""

from __future__ import annotations

import re

from index.ingest.days.shapes import TIME, WEEKDAY, YEAR, YMD_DAY
from index.ingest.page_urls import valid_day

_MARK = re.compile(rf"{WEEKDAY}|第\s*[A-Za-z]?\d{{1,3}}\s*(?:版|期)|版面")
_DAY = re.compile(
    rf"(?:今天是|今日|日期)?\s*[:：]?\s*{YMD_DAY}|{WEEKDAY}|第\s*[A-Za-z]?\d{{1,3}}\s*(?:版|期)|版面|{TIME}"
)
# what else a bar holds: short words apart (links, a place and its weather), no sentence
_SENTENCE = re.compile(r"[，。！？；,;!?]")
REST = 40  # how many characters besides the day and its marks a bar may hold
ABOVE = 60  # how many lines above the headline are looked at when the headline is not found


def bar_day(lines: list[str], title: str | None) -> str | None:
    """The day of the date bar above the headline (the first such lines, up to it or ABOVE lines), or None: no
    bar, or bars of different days."""
    stop = next((i for i, line in enumerate(lines) if title and line.strip() == title.strip()), None)
    days = {day for line in lines[: ABOVE if stop is None else stop] if (day := _bar(line))}
    return days.pop() if len(days) == 1 else None


def _bar(line: str) -> str | None:
    if len(line) > 100 or not _MARK.search(line) or _SENTENCE.search(line):
        return None
    rest = re.sub(r"[\s|｜/·•:：\-—()（）\[\]【】]", "", _DAY.sub("", line))
    day = _FULL_DAY.search(line)
    return valid_day(*(int(g) for g in day.groups())) if day and len(rest) <= REST else None


_FULL_DAY = re.compile(rf"({YEAR})\s*[-/.年]\s*(\d{{1,2}})\s*[-/.月]\s*(\d{{1,2}})")
