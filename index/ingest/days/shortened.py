"""A day shown short with its full day in the markup: `<time datetime="2020-04-04T09:30:00+08:00">20/04/04</time>`.

A theme prints its byline's day in a short form of its own (a two-digit year first, `20/04/04`, `20-4-1`) and keeps
the whole day in the `<time>` element's `datetime`. Read alone the short form is either no day or the wrong one
(`20/04/04` read day first is 20 April 2004); the element's attribute says which it is, so its text is read as that
day, as `relative` does for `3 天前`.
"""

from __future__ import annotations

import re

from index.ingest.days.reading import read_date
from index.ingest.days.shapes import SHORT_YEAR_SHOWN, TIME

_TIME = re.compile(TIME)


def shown_in_full(root) -> None:
    """Replace, in place, the text of each `<time>` that shows its day with a two-digit year (and no child) by the
    full day its `datetime` gives (ISO, its time kept where the text shows one)."""
    for element in root.iter("time"):
        text = (element.text or "").strip()
        if not text or len(element) or not SHORT_YEAR_SHOWN.match(text):
            continue
        if day := read_date(element.get("datetime") or ""):
            time = _TIME.search(text)
            element.text = f"{day} {time.group()}" if time else day
