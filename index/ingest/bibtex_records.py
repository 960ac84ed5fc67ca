"""A reference manager's BibTeX export (`.bib`, as Zotero, JabRef and NoteExpress write it): each entry whose note or
abstract holds prose is an article, as a RIS record's is (reference_records.py).

An entry is `@type{key, name = {value}, name = "value", name = 2020, …}`; `@string`, `@preamble` and `@comment`
are none. Its title is `title`, its writers `author` (`王晓明 and 陈静`, a `王, 晓明` read `王晓明`), its source the
periodical (`journal`, `journaltitle`, `booktitle`, `howpublished`), its address `url`, its day biblatex's `date`
or `year`, `month` and `day` together (a year alone is none; `urldate`, the day it was looked up, never), else the
day a short line of its note gives (reference_records.noted_day). Its text is its `note` (or `annotation`), else its
`abstract`, read as LaTeX (`\\%`, `{}` kept for case), when it holds two sentences or more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from index.ingest.feeds import Item
from index.ingest.latex_files import plain_text
from index.ingest.reference_records import noted_day

_ENTRY = re.compile(r"@\s*([A-Za-z]+)\s*[{(]")
_FIELD = re.compile(r"\s*,?\s*([A-Za-z][\w\-:.]*)\s*=\s*")
_SENTENCE_END = re.compile(r"[。！？!?]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MONTHS = {name: k for k, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_SOURCES = ("journal", "journaltitle", "booktitle", "howpublished")
_TEXTS = ("note", "annotation", "abstract")
_NO_ENTRY = ("string", "preamble", "comment")
MAX_VALUE = 2_000_000  # characters a field's value holds at most (an unclosed brace ends the entry there)


def is_bibtex(text: str) -> bool:
    return _ENTRY.search(text[:20000]) is not None


def _value(text: str, at: int) -> tuple[str, int]:
    """A field's value at `at` (in braces, in quotes, or bare up to a comma) and the index after it."""
    if at < len(text) and text[at] in '{"':
        closing, depth, k = ("}" if text[at] == "{" else '"'), 0, at
        stop = min(len(text), at + MAX_VALUE)
        while k < stop:
            char = text[k]
            if char == "\\":
                k += 2
                continue
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
            if (closing == "}" and depth == 0) or (closing == '"' and char == '"' and k > at and depth == 0):
                return text[at + 1 : k], k + 1
            k += 1
        return text[at + 1 : stop], stop
    end = re.compile(r"[,}\n]").search(text, at)
    stop = end.start() if end else len(text)
    return text[at:stop].strip(), stop


def _entries(text: str) -> Iterator[dict[str, str]]:
    """Each entry's fields, their names in lower case."""
    at = 0
    while (entry := _ENTRY.search(text, at)) is not None:
        at = entry.end()
        if entry[1].lower() in _NO_ENTRY:
            continue
        key_end = text.find(",", at)
        if key_end < 0:
            return
        at, fields = key_end + 1, {}
        while (field := _FIELD.match(text, at)) is not None:
            value, at = _value(text, field.end())
            fields.setdefault(field[1].lower(), value)
        yield fields


def _writer(name: str) -> str:
    """`王, 晓明` as it is written in Chinese, `王晓明`; a Latin name's order kept."""
    family, _, given = (part.strip() for part in name.partition(","))
    return f"{family}{given}" if given and _CJK.search(family + given) else " ".join(name.split())


def _day(fields: dict[str, str]) -> str:
    """biblatex's `date`, else `year`, `month` and `day` together; "" for a year alone."""
    if match := re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", fields.get("date", "")):
        return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}"
    year, month, day = (plain_text(fields.get(name, "")).strip().lower() for name in ("year", "month", "day"))
    month = str(_MONTHS.get(month[:3], month)) if month else ""
    whole = re.fullmatch(r"\d{4}", year) and month.isdigit() and day.isdigit()
    if whole and 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return ""


def bibtex_references(text: str) -> Iterator[Item]:
    """The entries of an export whose note (else abstract) is prose of two sentences or more, as items."""
    for fields in _entries(text):
        body = next(
            (
                plain_text(fields[name])
                for name in _TEXTS
                if name in fields and len(_SENTENCE_END.findall(fields[name])) >= 2
            ),
            "",
        )
        if not body:
            continue
        found = {"title": " ".join(plain_text(fields.get("title", "")).split())}
        if source := next((fields[name] for name in _SOURCES if fields.get(name)), ""):
            found["source"] = " ".join(plain_text(source).split())
        if fields.get("url"):
            found["url"] = fields["url"].strip()
        if writers := [_writer(plain_text(name)) for name in re.split(r"\s+and\s+", fields.get("author", ""))]:
            found["author"] = "、".join(writer for writer in writers if writer)
        if day := _day(fields) or noted_day([plain_text(fields.get(name, "")) for name in _TEXTS]):
            found["date"] = day
        yield Item(body, {key: value for key, value in found.items() if value})
