"""A day between slashes put in its page's order: `01/04/2020` is 1 April on a Malaysian, Singaporean, Hong Kong
or European page and 4 January on an American one.

`reading` reads such a day month first where an AM/PM follows it (`5/7/2005 9:23:57 PM`, as American server
software prints it: a held-out real page) and day first otherwise. The page may say which, and is asked in this
order: its other days between slashes (the comments and lists a page's software stamps in the same order as its
publication line), where one has a first figure above 12 (`15/04/2020`: day first) or a second (`6/15/2021`:
month first) and none says the other; then the region its markup declares (`<html lang="zh-Hans-MY">`,
`og:locale` `en_US`), where it is one whose order is known (the United States and the Philippines write the month
first; the Commonwealth's regions, Hong Kong, Macau and continental Europe the day first; mainland China and
Taiwan write the year first and say nothing here). A day whose own figures allow one order only is never moved.
"""

from __future__ import annotations

import re

from index.ingest.days.shapes import SLASH_DAY

MONTH_FIRST = frozenset({"US", "PH"})
DAY_FIRST = frozenset(
    "GB IE AU NZ IN PK ZA NG KE MY SG BN HK MO FR DE AT CH IT ES PT NL BE LU DK SE NO FI PL CZ RU ID TH VN BR".split()
)
_REGION = re.compile(r"[-_]([A-Za-z]{2})(?![A-Za-z])")


def in_page_order(day: str | None, texts: list[str], locale: str | None) -> str | None:
    """`day` (ISO) reread in the page's order when `texts` (the page) write it between slashes with both
    figures 12 or under and the page's other days or its declared `locale` say the other order; else `day`."""
    if not day or len(day) != 10 or not any(f"/{day[:4]}" in text for text in texts):
        return day
    year, month, date = int(day[:4]), int(day[5:7]), int(day[8:10])
    if month == date or month > 12 or date > 12:
        return day
    found = {(int(a), int(b)) for text in texts for a, b, c in SLASH_DAY.findall(text) if int(c) >= 1900}
    written = {(a, b) for a, b in found if {a, b} == {month, date}}
    if len(written) != 1:  # not written so, or written both ways
        return day
    order = _page_order(found) or _region_order(locale)
    if order is None:
        return day
    first, second = written.pop()
    month, date = (first, second) if order == "mdy" else (second, first)
    return f"{year:04d}-{month:02d}-{date:02d}"


def _page_order(found: set[tuple[int, int]]) -> str | None:
    """`dmy` or `mdy` as the page's days between slashes with a figure above 12 agree, else None."""
    day_first = any(a > 12 >= b for a, b in found)
    month_first = any(b > 12 >= a for a, b in found)
    return "dmy" if day_first and not month_first else "mdy" if month_first and not day_first else None


def _region_order(locale: str | None) -> str | None:
    """`mdy` or `dmy` for a declared locale whose region's order is known (`en-US`, `zh-Hans-MY`), else None."""
    found = _REGION.findall(locale or "")
    region = found[-1].upper() if found else ""
    return "mdy" if region in MONTH_FIRST else "dmy" if region in DAY_FIRST else None


def declared_locale(root) -> str | None:
    """The locale a page's markup declares (`<html lang>`, else its `og:locale`), as written; None when none."""
    if root is None:
        return None
    if lang := (root.get("lang") or root.get("xml:lang") or "").strip():
        return lang
    for meta in root.iter("meta"):
        if (meta.get("property") or "").lower() == "og:locale" and (content := (meta.get("content") or "").strip()):
            return content
    return None
