"""A relative day shown with its absolute day in the element's markup: `<span title="2019-04-12 10:12">3 天前</span>`,
`<time datetime="2019-04-11T10:12:00+08:00">昨天 10:12</time>`.

A page saved later says `3 天前` of a day nobody can count back to, so the text alone dates nothing (`shapes.RELATIVE`);
the element the site renders it in often keeps the day it counts from in its `title` (the tooltip) or `datetime`.
Such an element's text is read as that day, so the publication line under a headline carries it like any other
and a reply's relative stamp becomes a reply's day, which the readers of replies already set aside.
"""

from __future__ import annotations

import re

from index.ingest.days.reading import read_date
from index.ingest.days.shapes import RELATIVE, TIME

# what a Chinese site prints instead of a day (an element's whole text): `3 天前`, `5小时前`, `昨天 10:12`, `刚刚`
_SHOWN = re.compile(rf"(?:{RELATIVE}|半小时前|刚刚|(?:今天|昨天|前天)\s*(?:{TIME})?)")
_ATTRIBUTES = ("datetime", "title")  # where the absolute day is kept: a <time>'s, a tooltip's


def shown_as_days(root) -> None:
    """Replace, in place, the text of each element that shows a relative day (and nothing else, no child) by the
    absolute day its `datetime` or `title` gives (ISO), where it gives one."""
    for element in root.iter():
        text = element.text
        if not isinstance(element.tag, str) or not text or len(element) or not _SHOWN.fullmatch(text.strip()):
            continue
        day = next((day for name in _ATTRIBUTES if (day := read_date(element.get(name) or ""))), None)
        if day:
            element.text = day
