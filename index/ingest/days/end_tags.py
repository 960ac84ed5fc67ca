"""A day written only in the article's end tag: a wire's end mark with its day (`【完】(2019-03-05)`, `（完）2019.3.5`)
or an archive's filing code closing each piece, its letters and the day's figures (`（XYS20040512）`, `(ZC20190305)`).

Old portals, reposting archives and overseas Chinese papers date a piece there and nowhere else, while the page
around it shows other days: the masthead's "today" (the day the page was saved), a sidebar's `昨日新聞` and
`今日更新` with theirs. The tag stands alone on one of the text's last lines and holds nothing but the mark and the
day, so it is the piece's own day (fields.py FRESH40: 2 of its 20 pages were dated by the masthead instead).
"""

from __future__ import annotations

import re

from index.ingest.days.reading import read_date
from index.ingest.days.shapes import YEAR, YMD_DAY

LAST = 3  # how many of the text's last lines the tag is looked for in
_END = r"(?:[【\[(（]\s*完\s*[】\])）]|完)"
_OPEN, _CLOSE = r"[(（\[【]", r"[)）\]】]"
_TAGGED = re.compile(rf"^\s*(?:{_END}\s*{_OPEN}?\s*({YMD_DAY})\s*{_CLOSE}?|{_OPEN}\s*({YMD_DAY})\s*{_CLOSE})\s*$")
_CODE = re.compile(rf"^\s*(?:{_END}\s*)?{_OPEN}\s*[A-Z]{{2,4}}\s*({YEAR})(\d{{2}})(\d{{2}})\s*{_CLOSE}\s*$")


def end_day(lines: list[str]) -> str | None:
    """The day of an end tag among the last LAST non-empty lines of `lines` (the nearest the end first), or None."""
    tail = [line for line in lines[-4 * LAST :] if line.strip()][-LAST:]
    for line in reversed(tail):
        if len(line) > 40:
            continue
        if (tagged := _TAGGED.match(line)) and (day := read_date(tagged.group(1) or tagged.group(2))):
            return day
        if (coded := _CODE.match(line)) and (day := read_date("-".join(coded.groups()))):
            return day
    return None
