"""Two-digit years of the Republic of China's calendar, as Taiwan's forums and papers wrote them: `95/01/02 19:37`
is ROC 95, 2006. A two-digit year that would lie in the future is no 20xx year (index.ingest.days.reading,
`read_date`, reads it as the last century's: 1995); on a page in Traditional script the same digits are an ROC year
(ROC years run 1-150; Taiwan's sites write the year first, as `read_date` reads it), and the day is moved to it.
A two-digit year read as 20xx (`18-03-08 23:16`) is left alone.
"""

from __future__ import annotations

import re

from index.text.normalize import is_traditional


def in_roc_years(day: str | None, texts: list[str]) -> str | None:
    """`day` (ISO, a 19xx year read from two digits) moved to the ROC year the same digits name, when `texts`
    (the page) are in Traditional script, or begin so (the headline), and write the day with its two-digit
    year; else `day` unchanged."""
    if not day or not day.startswith("19") or len(day) != 10:
        return day
    whole = "\n".join(texts)
    if not (is_traditional(whole) or is_traditional(whole[:200])):
        return day
    short, month, date = day[2:4], int(day[5:7]), int(day[8:10])
    if not re.search(rf"(?<![\d/.\-]){short}[/.\-]0?{month}[/.\-]0?{date}(?![\d/.\-])", whole):
        return day
    return f"{int(short) + 1911:04d}{day[4:]}"
