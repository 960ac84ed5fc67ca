"""A line's day as ISO (`YYYY-MM-DD`), from the shapes in `shapes`: which shape wins and how an ambiguous one is
ordered (year, month and day) is decided here, once."""

from __future__ import annotations

import datetime
import re

from index.ingest.days.shapes import (
    ANY_DAY,
    CAPTURED_DAY,
    CN_DATE,
    CN_DIGITS,
    CN_MONTH_WORDS,
    CTIME,
    DAY_FIRST,
    DRUPAL_STAMP,
    ENGLISH_DATE,
    ENGLISH_DAY_FIRST,
    FULL_DATE,
    ISSUE,
    LABELLED_SHORT_YEAR,
    MONTH,
    MONTHS,
    PUBLISHED_DAY,
    ROC_DATE,
    RULE,
    SHORT_YEAR,
    SLASH_DAY,
    UPDATED_DAY,
    US_DATE,
    WEEKDAY_TIME,
    YEAR_ALONE,
    YEAR_APART,
)
from index.text.normalize import is_traditional

# the last year a page can be dated: a two-digit year past it is no 20xx (`95/01/02 19:37` on a Taiwan forum is the
# Republic of China's 95, 2006; elsewhere 1995)
LAST_YEAR = datetime.date.today().year + 1


def _cn_number(text: str) -> int:
    """`二十一` -> 21, `十二` -> 12, `五` -> 5 (a month's or a day's number)."""
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return CN_DIGITS[text] if len(text) == 1 else -1
    return (CN_DIGITS.get(tens, -1) if tens else 1) * 10 + (CN_DIGITS.get(units, -1) if units else 0)


def _arabic_date(match: re.Match) -> str:
    """`二〇二一年五月十二日` (a document's date in Chinese numerals) -> `2021年5月12日`."""
    year = "".join(str(CN_DIGITS[ch]) for ch in match.group(1) if ch in CN_DIGITS)
    return f"{year}年{_cn_number(match.group(2))}月{_cn_number(match.group(3))}日"


def parse_date(text: str, allow_year: bool = False) -> str | None:
    """The first date in `text` as ISO with the precision written: 2023-01-10, 2022-12 or (allow_year) 2022. A
    date in Chinese numerals (`二〇二一年五月十二日`) is read as one in figures."""
    if "年" in text:
        text = CN_DATE.sub(_arabic_date, text)
    written_days = []  # spans of year-month-day dates, valid or not: 2023-02-30 is no evidence for 2023-02
    for match in FULL_DATE.finditer(text):
        year, month, day = (int(g) for g in match.groups())
        if 1 <= month <= 12 and 1 <= day <= days_in(year, month):
            return f"{year:04d}-{month:02d}-{day:02d}"
        written_days.append(match.span())
    english = (*CTIME.finditer(text), *ENGLISH_DATE.finditer(text), *ENGLISH_DAY_FIRST.finditer(text))
    for match in english:  # month name, day, year (or day, month name, year)
        first, second = match.group(1), match.group(2)
        name, day = (second, first) if first.isdigit() else (first, second)
        name, day, year = name[:3].lower(), int(day), int(match.group(3))
        month = next(n for n, full in enumerate(MONTHS, 1) if full.startswith(name))
        if 1 <= day <= days_in(year, month):
            return f"{year:04d}-{month:02d}-{day:02d}"
    if "月" in text and (words := CN_MONTH_WORDS.search(text)):  # `02 四月 2020`: day, month's name, year
        day, month, year = int(words.group(1)), _cn_number(words.group(2)), int(words.group(3))
        if 1 <= day <= days_in(year, month):
            return f"{year:04d}-{month:02d}-{day:02d}"
    for pattern in (ISSUE, MONTH):
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in written_days):
                continue
            year, month = int(match.group(1)), int(match.group(2))
            if 1 <= month <= 12:
                return f"{year:04d}-{month:02d}"
    if allow_year and (match := YEAR_ALONE.search(text)):
        return match.group(1)
    return None


def read_date(line: str) -> str | None:
    """A line's day (`_read_day`), not the one it labels as its last change (`更新时间：…`) when it gives another,
    nor ever one it labels as the day a copy was made (`打印时间：…`, `Date Saved: …`); of several, the one it
    labels as the publication's (`发文日期：… 发布日期：…`)."""
    found = _labelled_day(line)
    if found and CAPTURED_DAY.search(line):  # (searched only where a day was found: it runs on every line)
        return _labelled_day(CAPTURED_DAY.sub(" ", line))
    return found


def _labelled_day(line: str) -> str | None:
    if UPDATED_DAY.search(line) and (published := _read_day(UPDATED_DAY.sub(" ", line))):
        return published
    label = PUBLISHED_DAY.search(line)
    if label and len(ANY_DAY.findall(line)) > 1 and (published := _read_day(line[label.end() :])):
        return published
    return _read_day(line)


def _read_day(line: str) -> str | None:
    """The day a publication line gives, in the forms pages write it: besides `parse_date`'s, an American
    `5/7/2005 9:23:57 PM` (month first, as the AM/PM says), a two-digit year before a time `18-03-08 23:16`
    (2018-03-08: year first, as Chinese sites write it), a year apart from its month and day `2020 04/01` and a
    European `12.05.2021` (day first: the year last between dots, which no Chinese site writes). What a date in
    running text could mean is not guessed. A Drupal byline (`週二, 03/31/2020 - 19:42`) is read month first before
    anything else: its `2020 - 19` would read as a month."""
    if " - " in line and "/" in line and (drupal := DRUPAL_STAMP.search(line)):
        month, day, year = (int(g) for g in [g for g in drupal.groups() if g is not None])
        return parse_date(f"{year:04d}-{month:02d}-{day:02d}") if 1 <= month <= 12 and 1 <= day <= 31 else None
    if found := parse_date(line):
        return found if len(found) == 10 else None
    if roc := ROC_DATE.search(line):
        year, month, day = (int(g) for g in (roc.groups()[:3] if roc.group(1) else roc.group(4, 5, 6)))
        return parse_date(f"{year + 1911:04d}-{month:02d}-{day:02d}")
    for pattern, order in _ORDERS:
        if match := pattern.search(line):
            a, b, c = _short_year(match) if pattern is LABELLED_SHORT_YEAR else (int(g) for g in match.groups()[:3])
            if order == "ymd" and a < 100 and a > LAST_YEAR - 2000:  # no year to come: a Taiwan page's ROC
                year, month, day = a + (1911 if is_traditional(line) else 1900), b, c  # year (95 is 2006)
            elif order == "ymd":
                year, month, day = a + 2000 * (a < 100), b, c
            else:
                # month first as the AM/PM says, unless the first number is no month (`20/03/2021 03:20 PM`,
                # Malaysia's and Hong Kong's day first)
                year, month, day = (c, a, b) if order == "mdy" and a <= 12 else (c, b, a)
            if 1 <= month <= 12 and 1 <= day <= 31:
                return parse_date(f"{year:04d}-{month:02d}-{day:02d}")
    return None


# each shape with figures only and the order its figures are read in: an American `5/7/2005 9:23:57 PM` month first
# (as the AM/PM says), a day between slashes without one day first (index.ingest.days.regional puts it in the
# page's order), a two-digit year before a time or after a publication's label year first, as Chinese, Hong Kong
# and Macau sites write it (`18-03-08 23:16`, `發佈日期：20/04/04`), a year apart from its month and day, and a
# European `12.05.2021` day first
_ORDERS = (
    (US_DATE, "mdy"),
    (SLASH_DAY, "dmy"),
    (SHORT_YEAR, "ymd"),
    (LABELLED_SHORT_YEAR, "ymd"),
    (YEAR_APART, "ymd"),
    (DAY_FIRST, "dmy"),
)


def _short_year(match: re.Match) -> tuple[int, int, int]:
    """A labelled two-digit year's figures (its separator, the second group, left out)."""
    return int(match.group(1)), int(match.group(3)), int(match.group(4))


def has_day(line: str) -> bool:
    """The line writes a day in one of the forms `read_date` reads (one search: it runs on every line)."""
    return bool(ANY_DAY.search(line))


def is_date_alone(line: str) -> bool:
    """A line that is a day and nothing else (a weekday and a time aside): the publication line, not text."""
    rest = ENGLISH_DAY_FIRST.sub("", ENGLISH_DATE.sub("", FULL_DATE.sub("", _SENT.sub("", line, 1), 1), 1), 1)
    rest = CTIME.sub("", rest, 1)  # `Wed Apr  1 10:12:33 CST 2020`: a mail archive's stamp
    rest = WEEKDAY_TIME.sub("", re.sub(r"\bat\b", "", rest))  # `Thu 4 Mar 2021 at 10:20am`
    return rest != line and len(_NOTHING.sub("", rest)) == 0 and parse_date(line) is not None


_SENT = re.compile(r"^\s*(?:Date|Sent|Posted(?: on)?|Published(?: on)?)\s*:\s*")  # a mail's or a post's English label
_NOTHING = re.compile(rf"[\s,，.。:：|/\-()（）{RULE}]")  # (a divider's rules: `——  April 1, 2020  ——`)


def is_export_stamp(line: str) -> bool:
    """A day alone as an export prints it: a chat's divider between rules (`——  April 1, 2020  ——`) or a mail
    archive's stamp (`Wed Apr  1 10:12:33 CST 2020`). (An English blog's `Saturday, September 10th, 2005 10:56 am`
    is a day alone too, but no export's: on a real page of ../shared/pages it stands above a headline dated
    otherwise.)"""
    return is_date_alone(line) and (any(ch in RULE for ch in line) or bool(CTIME.search(line)))


def days_in(year: int, month: int) -> int:
    """How many days `month` of `year` has."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31
