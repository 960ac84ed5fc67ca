"""A live page's day: a 图文直播 or a rolling report, whose entries each open with their stamp, is dated by its start.

Its entries stand newest first (or oldest first) under the headline, each with a day and a time, over days; the
line nearest the headline is then the newest entry's, the last update's, not the day the page began. The page's day
is its earliest entry's, the start of the live, unless a line the page labels gives another (`直播时间：…`,
`发布于 …`, read before it). Only a page that calls itself live (`直播`, `滚动播报`, `持续更新`: its headline or its
head) is read so: a chronicle's entries (`大事记`) are its events', not its own day.
"""

from __future__ import annotations

from itertools import islice

from index.ingest.days.reading import read_date
from index.ingest.days.shapes import ENTRY_STAMP, LIVE

HEAD_LINES = 4  # shown lines at a page's top that can call it live (its headline's, a state's: `直播中`)


def live_day(day: str | None, title: str | None, lines: list[str]) -> str | None:
    """`day`, or the live's start where the page is live and `day` is none, or one of its entries' later days."""
    head = [line for line in islice((line for line in lines if line), HEAD_LINES)]
    if not (title and LIVE.search(title)) and not any(LIVE.search(line) for line in head):
        return day
    entries = {found for line in lines if ENTRY_STAMP.match(line) and (found := read_date(line))}
    if len(entries) < 2:
        return day
    start = min(entries)
    return start if day is None or day in entries else day
