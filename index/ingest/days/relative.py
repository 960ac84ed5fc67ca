"""A relative day shown with its absolute day in the element's markup: `<span title="2019-04-12 10:12">3 天前</span>`,
`<time datetime="2019-04-11T10:12:00+08:00">昨天 10:12</time>`.

A page saved later says `3 天前` of a day nobody can count back to, so the text alone dates nothing (`shapes.RELATIVE`);
the element the site renders it in often keeps the day it counts from in its `title` (the tooltip) or `datetime`.
Such an element's text is read as that day, so the publication line under a headline carries it like any other
and a reply's relative stamp becomes a reply's day, which the readers of replies already set aside. So is one after
a post's label (Discuz's `<em title="2019-4-12 10:12">发表于 3 天前</em>`: the label stays), and one whose element
keeps the moment as a script's Unix time (`<span data-time="1600052400">5天前</span>`, on a Chinese site's clock).
"""

from __future__ import annotations

import datetime
import re

from index.ingest.days.clock import CHINA
from index.ingest.days.reading import LAST_YEAR, read_date
from index.ingest.days.shapes import RELATIVE, TIME

# what a Chinese site prints instead of a day (an element's whole text, after a post's label if any): `3 天前`,
# `5小时前`, `昨天 10:12`, `刚刚`, `发表于 3 天前` (Discuz's `<em title="2019-4-12 10:12">发表于 3 天前</em>`)
_SHOWN = re.compile(
    rf"((?:楼主\s*)?(?:发表于|发布于|回复于|编辑于|更新于|发帖时间|发表时间|发布时间)?\s*[:：]?\s*)"
    rf"((?:{RELATIVE}|半小时前|刚刚|(?:今天|昨天|前天)\s*(?:{TIME})?))"
)
_ATTRIBUTES = ("datetime", "title")  # where the absolute day is kept: a <time>'s, a tooltip's
# where a script keeps it as a Unix time (seconds or milliseconds): `<span data-time="1600052400">5天前</span>`
_EPOCH_ATTRIBUTES = ("data-time", "data-timestamp", "data-ts", "data-publish-time", "data-ctime")
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")


def shown_as_days(root) -> None:
    """Replace, in place, the relative day of each element that shows one (and nothing else but a post's label, no
    child) by the absolute day its `datetime` or `title` gives (ISO), or its script's Unix time, where it gives
    one."""
    for element in root.iter():
        text = element.text
        if (
            not isinstance(element.tag, str)
            or not text
            or len(element)
            or not (shown := _SHOWN.fullmatch(text.strip()))
        ):
            continue
        day = next((day for name in _ATTRIBUTES if (day := read_date(element.get(name) or ""))), None)
        day = day or next((day for name in _EPOCH_ATTRIBUTES if (day := _epoch_day(element.get(name)))), None)
        if day:
            element.text = shown.group(1) + day


def _epoch_day(value: str | None) -> str | None:
    """A Unix time's day on a Chinese site's clock (`1600052400` -> 2020-09-14), or None."""
    if not value or not _EPOCH.fullmatch(value.strip()):
        return None
    day = datetime.datetime.fromtimestamp(int(value.strip()[:10]), CHINA).date()
    return day.isoformat() if day.year <= LAST_YEAR else None
