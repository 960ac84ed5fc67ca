"""A stamp without its year (`02-12 11:38`, `2月12日 11:38`), as WAP and mobile pages print a day of the year they
are shown in, given the year the page itself gives elsewhere.

A mobile site drops the year of its own year's stamps, so the stamp alone is no day (`shapes.YEARLESS_STAMP`), and
the day read instead was a related list's or a sidebar's, written in full because it was of another year. The year
is read from the strongest evidence the page gives, in this order: the same month and day written in full
elsewhere on the page (a `<meta>`, a script's publication time, a print edition's note: that day's year), the
page's own address (`/2019/0212/`, `/2019/02/`: its year, where its month is the stamp's or it names none), the
footer's copyright (`© 2019`, the last year of `© 2003-2019`: the year the page was shown in, the year a site
leaves out). Where none gives a year the stamp stays as it is and dates nothing: a year is never guessed. A stamp
under an edit's label (`最近修改：04月02日 10:12`, a wiki's or a doc's) is left as it is: it is when the page was
changed, never when the article was published, and written in full it won over the article's own day.
"""

from __future__ import annotations

from collections import Counter
from itertools import islice
from urllib.parse import urlsplit

from index.ingest.days.shapes import ADDRESS_YEAR, COPYRIGHT_YEAR, FULL_DATE, UPDATE_LABEL_BEFORE, YEARLESS_STAMP


def page_year(month: int, day: int, page: str, url: str | None) -> int | None:
    """The year the page gives a stamp of `month`-`day` (`page`: all it holds, its markup or its text), or None."""
    written = Counter(
        int(match.group(1))
        for match in FULL_DATE.finditer(page)
        if int(match.group(2)) == month and int(match.group(3)) == day
    )
    if len(written) == 1:
        return next(iter(written))
    if url and (address := _address_year(url, month)):
        return address
    years = {int(match.group(2)) for match in COPYRIGHT_YEAR.finditer(page)}
    return years.pop() if len(years) == 1 else None


def _address_year(url: str, month: int) -> int | None:
    try:
        path = urlsplit(url.strip()).path
    except ValueError:  # not an address
        return None
    years = {int(match.group(1)) for match in ADDRESS_YEAR.finditer(path) if int(match.group(2) or month) == month}
    return years.pop() if len(years) == 1 else None


def with_year(text: str, page: str, url: str | None) -> str:
    """`text` with its year-less stamps written in full (`2019-02-12 11:38`) where the page gives their year."""
    if ":" not in text:  # (most lines: no time, no stamp)
        return text
    return YEARLESS_STAMP.sub(lambda match: _full(match, page, url), text)


def _full(match, page: str, url: str | None) -> str:
    if UPDATE_LABEL_BEFORE.search(match.string, 0, match.start()):  # an edit's stamp: never the publication day
        return match.group(0)
    month, day = (int(g) for g in (match.group(1, 2) if match.group(1) else match.group(3, 4)))
    if not (1 <= month <= 12 and 1 <= day <= 31) or not (year := page_year(month, day, page, url)):
        return match.group(0)
    return f"{year:04d}-{month:02d}-{day:02d} {match.group(5)}"


def stamped_in_tree(root, page: str, url: str | None) -> None:
    """Write, in place, the year-less stamps of the page's short elements (a stamp's, an info line's; never a
    paragraph's, where `10-12 08:00` is a schedule's) in full where the page gives their year."""
    if not YEARLESS_STAMP.search(page):
        return
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in _CODE:
            continue
        if element.text and ":" in element.text and len(element.text.strip()) <= STAMP_LINE:
            element.text = with_year(element.text, page, url)
        if element.tail and ":" in element.tail and len(element.tail.strip()) <= STAMP_LINE:
            element.tail = with_year(element.tail, page, url)


def stamped_head(lines: list[str], page: str, url: str | None) -> list[str]:
    """`lines` with the year-less stamps of their head's short lines (the first `HEAD_LINES` shown) written in
    full where the page gives their year."""
    shown = list(islice((i for i, line in enumerate(lines) if line), HEAD_LINES))
    if not any(":" in lines[i] and len(lines[i]) <= STAMP_LINE for i in shown):
        return lines
    if not any(YEARLESS_STAMP.search(lines[i]) for i in shown):
        return lines
    out = list(lines)
    for i in shown:
        if len(out[i]) <= STAMP_LINE:
            out[i] = with_year(out[i], page, url)
    return out


STAMP_LINE = 40  # characters a stamp's line has at most (a source's name, a writer's, a counter beside it)
HEAD_LINES = 6  # shown lines at a text's top its publication line stands among
_CODE = ("script", "style")
