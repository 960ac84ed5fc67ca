"""The request's filters: region names made canonical, dates checked and widened to their precision, words
of a section heading and a source; each turned into what the search narrows by."""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field

from whoosh import query as wq

from index.search.query import bigram_run, words_of
from index.search.request import QueryError, SearchRequest
from index.text.analysis import characters
from index.text.normalize import normalize_text
from index.text.regions import canonical_city, canonical_province

NOTHING = wq.AndNot(wq.Every(), wq.Every())  # a filter no document passes

_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?$")


def parse_date_param(value: str, param: str) -> str:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (checked to be a real date) -> the zero-padded ISO text.

    Full-width digits and dashes (`２０２３－０５`, as Chinese input methods type them) are read as ASCII;
    digits of other scripts are refused rather than compared as text, which would match nothing."""
    match = _DATE.match(unicodedata.normalize("NFKC", value).strip())
    if not match:
        raise QueryError(f"{param} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}", param)
    year, month, day = match.groups()
    if year == "0000":  # the calendar has no year 0 (1 BC is followed by AD 1)
        raise QueryError(f"{param} has no year 0000: {value!r}", param)
    out = year
    if month:
        if not 1 <= int(month) <= 12:
            raise QueryError(f"{param} has no month {month}: {value!r}", param)
        out += f"-{int(month):02d}"
    if day:
        if not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
            raise QueryError(f"{param} has no day {day} in that month: {value!r}", param)
        out += f"-{int(day):02d}"
    return out


@dataclass
class Filters:
    """The request's filters: Whoosh queries for names and headings, a date span answered from the date
    column (a range over thousands of date terms would cost more than the query), and the filters as
    understood (canonical names, ISO dates) for the response. Valid filters that nothing can satisfy (a date
    range that ends before it starts, a heading filter with no word) let nothing through and say so in a note,
    as an unknown place name is refused: neither ever looks like no filter."""

    queries: list[tuple[str, wq.Query]] = field(default_factory=list)  # (parameter, query): a refusal names it
    dates: tuple[str, str] | None = None
    understood: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # why a filter lets nothing through, for `query.notes`

    def __bool__(self) -> bool:
        return bool(self.queries or self.dates)


def filter_query(request: SearchRequest) -> Filters:
    """The request's filters, checked; QueryError naming the parameter for a bad one."""
    filters: list[tuple[str, wq.Query]] = []
    understood: dict = {}
    notes: list[str] = []
    dates = None
    for name, canonical in (("province", canonical_province), ("city", canonical_city)):
        asked = getattr(request, name)
        if not asked:
            continue
        place = canonical(normalize_text(asked))
        if not place:
            raise QueryError(unknown_place(name, asked), name)
        filters.append((name, wq.Term(name, place)))
        understood[name] = place
    low = parse_date_param(request.date_from, "date_from") if request.date_from else None
    high = parse_date_param(request.date_to, "date_to") if request.date_to else None
    if low and high and low > high:  # two valid dates: the range is empty, as Elasticsearch's would be
        notes.append(f"date_from {low} is after date_to {high}: no article is dated in between")
    if low or high:
        dates = (low or "0000", (high or "9999") + "\uffff")  # 2023-01 as date_to takes all of January
        understood["date_from"], understood["date_to"] = low, high
    if request.section and request.section.strip():
        words = words_of(normalize_text(request.section).lower())
        if words:
            filters.append(("section", wq.And([wq.Term("heading", w) for w in words])))
        else:
            filters.append(("section", NOTHING))
            notes.append(
                f"section {request.section.strip()!r} holds no word to look for in headings: no section has it"
            )
        understood["section"] = request.section.strip()
    if request.title and request.title.strip():  # every section carries its article's title
        parts = [title_part(part) for part in normalize_text(request.title).split()]
        if all(parts):
            filters.append(("title", wq.And(parts)))
        else:
            filters.append(("title", NOTHING))
            notes.append(f"title {request.title.strip()!r} holds no word to look for in titles: no title has it")
        understood["title"] = request.title.strip()
    if request.source and request.source.strip():
        source = normalize_text(request.source).strip()
        filters.append(("source", wq.Term("source", source)))
        understood["source"] = source
    return Filters(filters, dates, understood, notes)


def unknown_place(name: str, asked: str) -> str:
    """Why a `province` or `city` is refused, with names that would do."""
    example, suffix = ("甘肃", "省") if name == "province" else ("庆阳", "市")
    return f"unknown {name} {asked!r}: use a name such as {example} or {example}{suffix}"


def title_part(text: str) -> wq.Query | None:
    """Titles holding `text`'s characters in a row wherever jieba cut their words (网信 in 网信办), as the title's
    own bigrams (index/store/schema.py); one character: a title word of its own, or a title's last character.
    None when `text` holds no character to look for."""
    units = [unit.lower() for unit, _, _ in characters(text)]
    if len(units) == 1:
        return wq.Or([wq.Term("title", units[0]), wq.Term("title_grams", units[0])])
    return bigram_run("title_grams", text)
