"""The day a page's own address carries: `/html/2021-05/12/content_123.htm`, `/content/2007-04/12/…`,
`/20190618/…`, `/2019-06/18/`, `/2020/03-30/9142537.shtml`, `t20190618_123.html`.

An e-paper's and a portal's pages often show their day nowhere but in the address (the issue's seventh blind set:
two of its four missed days were there). Only the page's OWN address counts (its declared `url`: og:url, a
canonical link, a crawl's record; or a `本文网址：` line under the text): a link to another article carries
another day (`相关阅读` under a story of 06-18 linked 06-17, 06-16). It is evidence below the publication line
and any declared day, above a page's date bar (index.ingest.date_bars).
"""

from __future__ import annotations

import datetime
import re
from urllib.parse import urlsplit

from index.ingest.days.shapes import YEAR

# a year, a month and a day as addresses write them: together (`20190618`), apart by `-` or `/` in any mix
# (`2021-05/12`, `2020/03-30`, `2019/06/18`); a path's own segment or a file name's start (`t20190618_`)
_ADDRESS_DAY = re.compile(rf"(?:^|[/_=]|(?<=/t))({YEAR})([-/]?)(\d{{2}})[-/]?(\d{{2}})(?=[/_.\-]|$)")
# a line under the text that gives the page's own address (not `原文链接`: a reprint's original, another page)
_OWN_ADDRESS = re.compile(
    r"^(?:本文网址|本文链接|本文地址|本页网址|本页地址|文章网址|文章地址|本文永久链接)\s*[:：]\s*(\S+)"
)


def address_day(url: str | None) -> str | None:
    """The day in an address's path, or None (none there, or no valid day: `/2019/13/45/`)."""
    if not url:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:  # not an address
        return None
    for match in _ADDRESS_DAY.finditer(path):
        if found := valid_day(*(int(match.group(k)) for k in (1, 3, 4))):
            return found
    return None


def valid_day(year: int, month: int, day: int) -> str | None:
    """`YYYY-MM-DD`, or None for no day of the calendar (`2019-13-45`, `2021-02-30`)."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def own_day(url: str | None, lines: list[str]) -> str | None:
    """The day of the page's own address: its declared one, else a `本文网址：` line's; None when neither
    carries one or the two disagree."""
    days = {day for day in (address_day(url), *(_line_day(line) for line in lines)) if day}
    return days.pop() if len(days) == 1 else None


def _line_day(line: str) -> str | None:
    match = _OWN_ADDRESS.match(line.strip())
    return address_day(match.group(1)) if match else None
