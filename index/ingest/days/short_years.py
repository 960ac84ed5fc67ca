"""Two-digit years written last: `07-05-18 14:22` on a Malaysian or Singaporean forum is 7 May 2018, where
index.ingest.days.reading's `read_date` reads a two-digit year first, as Chinese sites write it (2007-05-18).

Which field is the year is decided by the page's other days written the same way (two digits, a separator, a
time after): a thread's posts and replies differ in their day far more often than in their year, so where the
first field varies among them and the last is the same on every one, the year is last. Then a first field above 12
can only be a day, a second above 12 only a day too (month first); else day first, as the sites that write the year
last (Hong Kong, Macau, Singapore, Malaysia) do. A page with one such day, or whose days share both fields or
neither, keeps the year-first reading (`18-03-08 23:16`, `18-03-09 07:30`: the first field is shared).
"""

from __future__ import annotations

import datetime

from index.ingest.days.reading import LAST_YEAR
from index.ingest.days.shapes import SHORT_YEAR_LAST


def in_page_order(day: str | None, texts: list[str]) -> str | None:
    """`day` (ISO) reread with its year last when it is one of the page's two-digit days read year first and
    the page's days of that form put the year last; else `day` unchanged."""
    if not day or len(day) != 10 or not day.startswith("20"):
        return day
    if not any(_writes_short(text, day) for text in texts):  # (most pages: a test of substrings, no scan)
        return day
    found = {(int(a), int(b), int(c)) for text in texts for a, _, b, c in SHORT_YEAR_LAST.findall(text)}
    if len(found) < 2 or len({c for _, _, c in found}) != 1 or len({a for a, _, _ in found}) == 1:
        return day
    month_first = any(b > 12 for _, b, _ in found) and all(a <= 12 for a, _, _ in found)
    for a, b, c in found:
        if day == f"{2000 + a:04d}-{b:02d}-{c:02d}":
            month, date = (a, b) if month_first else (b, a)
            try:
                reread = datetime.date(2000 + c, month, date)
            except ValueError:
                return day
            return reread.isoformat() if reread.year <= LAST_YEAR else day
    return day


def _writes_short(text: str, day: str) -> bool:
    """`text` writes `day` with a two-digit year first (`07-05-18` for 2007-05-18), not inside a longer year."""
    year, month, date = day[2:4], day[5:7], day[8:10]
    for form in {
        f"{year}{sep}{m}{sep}{d}" for sep in "-/." for m in (month, month.lstrip("0")) for d in (date, date.lstrip("0"))
    }:
        at = text.find(form)
        while at >= 0:
            if at == 0 or not (text[at - 1].isdigit() or text[at - 1] in "-/."):
                return True
            at = text.find(form, at + 1)
    return False
