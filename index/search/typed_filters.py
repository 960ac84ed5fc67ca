"""Filters typed into the query as other engines take them (`province:福建 网络安全`, `source:新华网`,
`date:2023-05`), read as the request's own parameters, so a search box or a feed URL needs no second field.

Only the API's own parameter names in ASCII are read (`province`, `city`, `source`, `section`, `title`, `date`,
`from`, `to`): a Chinese label such as `来源：` is text people paste from a page's source line, and reading it as a
filter would narrow a pasted paragraph to nothing. A name inside quotes is part of the phrase. A filter given
twice (typed in `q` and as its parameter, as a page's menu sends it, or typed twice) must name the same thing
(`福建` and `福建省` agree); two different values are refused with a 400 naming `q`, never one of them silently
dropped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from index.search.filters import parse_date_param, unknown_place
from index.search.request import QueryError, SearchRequest
from index.text.normalize import normalize_text
from index.text.regions import canonical_city, canonical_province

# name typed -> the request's fields it sets (`date` sets both ends: a year, month or day as the whole span)
FIELDS: dict[str, tuple[str, ...]] = {
    "province": ("province",),
    "city": ("city",),
    "source": ("source",),
    "section": ("section",),
    "title": ("title",),
    "date": ("date_from", "date_to"),
    "from": ("date_from",),
    "to": ("date_to",),
}
DATE_FIELDS = frozenset({"date_from", "date_to"})
PLACES = frozenset({"province", "city"})  # the filters that name a place
_TYPED = re.compile(
    r"(?<![\w:-])(" + "|".join(FIELDS) + r")[:：]" + r'(?:"([^"]+)"|“([^”]+)”|([^\s"“”]+))',
    re.IGNORECASE,
)
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|「[^」]*」|『[^』]*』')  # phrases as the query reader sets them apart


def typed_filters(request: SearchRequest) -> tuple[SearchRequest, list[str]]:
    """`request` with the filters typed in its `q` moved to their fields and taken out of the text, and a note
    for each; QueryError (param `q`) for a filter given twice, a typed date that is not one or a place nobody knows."""
    values: dict[str, str] = {}
    notes: list[str] = []
    for match in _typed(request.q):
        name = match.group(1).lower()
        value = next(group for group in match.groups()[1:] if group).strip()
        if DATE_FIELDS.issuperset(FIELDS[name]):  # read once, as the parameters take it, for both ends of `date:`
            value = _date(value, match.group(0))
        elif name in PLACES and _reading(name, value) is None:  # the parameter's own check would name `province`
            raise QueryError(f"{match.group(0)} in q: {unknown_place(name, value)}")
        for field in FIELDS[name]:
            given = values.get(field) or getattr(request, field)
            if given and _reading(field, given) != _reading(field, value):
                raise QueryError(f"{match.group(0)} in q and {field}={given} ask for different {field}s: give one")
            values[field] = given or value
        settings = ", ".join(f"{field}={values[field]}" for field in FIELDS[name])
        notes.append(f"{match.group(0)} read as the filter {settings}")
    if not notes:
        return request, []
    return replace(request, q=without_typed_filters(request.q), **values), notes


def without_typed_filters(q: str) -> str:
    """`q` without the filters typed in it: the words searched, for a link that drops the filters."""
    kept: list[str] = []
    last = 0
    for match in _typed(q):
        kept.append(q[last : match.start()])
        last = match.end()
    kept.append(q[last:])
    return re.sub(r"\s+", " ", "".join(kept)).strip()


def _typed(q: str) -> Iterator[re.Match]:
    """The filters typed in `q`, outside its quoted phrases."""
    quoted = [match.span() for match in _QUOTED.finditer(q)]
    for match in _TYPED.finditer(q):
        if not any(start <= match.start() < end for start, end in quoted):
            yield match


def _reading(field: str, value: str) -> str | None:
    """What a filter's value names, to compare two of them: the canonical place, the ISO date, the text."""
    text = normalize_text(value).strip()
    if field == "province":
        return canonical_province(text)
    if field == "city":
        return canonical_city(text)
    if field in DATE_FIELDS:
        return _date(value, value)
    return text


def _date(value: str, typed: str) -> str:
    """A typed date as the parameters take it (`2023`, `2023-05`, `2023-05-04`), the error naming `q`."""
    try:
        return parse_date_param(value, typed)
    except QueryError as error:
        raise QueryError(error.message) from None
