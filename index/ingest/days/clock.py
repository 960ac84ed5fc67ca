"""China's clock: the day a Chinese reader saw. A Unix time (a script's, a phone backup's, an API's, a database
column's) and a zoned stamp (UTC in a note export, an ISO offset) name a moment; the article's day is that moment's
day in China (UTC+8), so `2020-03-29T16:30Z` is 2020-03-30. Every reader that turns such a value into a day uses this
one clock; each keeps its own test of what is seconds and what milliseconds (it knows its format)."""

from __future__ import annotations

import datetime

CHINA = datetime.timezone(datetime.timedelta(hours=8))


def china_moment(seconds: float) -> datetime.datetime | None:
    """The moment `seconds` since 1970 names on China's clock, or None where no calendar holds it (a number too
    large or negative for the platform: OverflowError, OSError, ValueError)."""
    try:
        return datetime.datetime.fromtimestamp(seconds, CHINA)
    except (OverflowError, OSError, ValueError):
        return None
