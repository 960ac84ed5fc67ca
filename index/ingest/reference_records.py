"""A reference manager's export (`.ris`, as Zotero, EndNote, NoteExpress and CNKI write it): each record whose notes
or abstract hold prose is an article.

A record is a run of tagged lines (`TY  - NEWS` … `ER  -`), a line without a tag continuing the field before it.
Its title is `TI` (or `T1`), its writers `AU` (or `A1`), written family name first (`王, 晓明`, read `王晓明`), its
day `DA` (or `Y1`, or `PY` when it names a whole day), its source the periodical (`T2`, `JF`, `JO`), its address `UR`.
`Y2` is the day the reference was looked up, never the article's day. Where no tag gives a whole day, a clipping's
note may: a short line of its notes or abstract holding a whole day (`《江城日报》 2020年3月30日 第04版`, the
paper's publication line a clipper copies) gives it, never a sentence of the story (a day it tells of). The text
is what a clipper keeps in the notes (`N1`, one paragraph a line or a field), else the abstract (`AB`); a record
with less than two sentences of it (a book's, a citation's) is no article (benchmarks/layouts.py FRESH_EXPORTS_11
puts such a record before the article's); an export with none is reported as holding no text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from index.ingest.feeds import Item

_TAGGED = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
_SENTENCE_END = re.compile(r"[。！？!?]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DAY = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_WHOLE_DAY = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})(?!\d)")
MAX_NOTED_LINE = 60  # characters a note's line giving the day holds at most (a sentence of the story is longer)
_FIELDS = {
    "title": ("TI", "T1", "CT"),
    "source": ("T2", "JF", "JO", "JA"),
    "url": ("UR",),
}


def is_ris(text: str) -> bool:
    return re.match(r"\s*TY  -", text.lstrip("\ufeff")) is not None


def _records(text: str) -> Iterator[list[tuple[str, str]]]:
    """Each record's fields in order, a continuation line added to the field before it."""
    fields: list[tuple[str, str]] = []
    for line in text.splitlines():
        match = _TAGGED.match(line.rstrip())
        if match and match[1] == "ER":
            yield fields
            fields = []
        elif match:
            fields.append((match[1], (match[2] or "").strip()))
        elif line.strip() and fields:
            tag, value = fields[-1]
            fields[-1] = (tag, f"{value}\n{line.strip()}")
    if fields:
        yield fields


def _writer(name: str) -> str:
    """`王, 晓明` as it is written in Chinese, `王晓明`; a Latin name's order kept."""
    family, _, given = (part.strip() for part in name.partition(","))
    return f"{family}{given}" if given and _CJK.search(family + given) else name.strip()


def _day(fields: dict[str, list[str]]) -> str:
    """The first whole day `DA`, `Y1` or `PY` gives (a year alone is none)."""
    for tag in ("DA", "Y1", "PY"):
        for value in fields.get(tag, []):
            if match := _DAY.search(value):
                return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}"
    return ""


def noted_day(notes: list[str]) -> str:
    """The whole day the first short line of a record's notes gives (`《X》 2020年3月30日 第04版`), ISO; "" when
    none does. A line ending a sentence is the story's, whatever its length."""
    for line in (line.strip() for note in notes for line in note.split("\n")):
        if len(line) > MAX_NOTED_LINE or _SENTENCE_END.search(line[-1:] or "。"):
            continue
        if (match := _WHOLE_DAY.search(line)) and 1 <= int(match[2]) <= 12 and 1 <= int(match[3]) <= 31:
            return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}"
    return ""


def references(text: str) -> Iterator[Item]:
    """The records of an export whose notes (else abstract) are prose of two sentences or more, as items."""
    for record in _records(text):
        fields: dict[str, list[str]] = {}
        for tag, value in record:
            if value:
                fields.setdefault(tag, []).append(value)
        body = next(
            (
                "\n".join(fields[tag])
                for tag in ("N1", "AB")
                if tag in fields and len(_SENTENCE_END.findall(" ".join(fields[tag]))) >= 2
            ),
            "",
        )
        if not body:
            continue
        found = {kind: fields[tag][0] for kind, tags in _FIELDS.items() for tag in tags[::-1] if tag in fields}
        if writers := [_writer(name) for tag in ("AU", "A1") for name in fields.get(tag, [])]:
            found["author"] = "、".join(writers)
        if day := _day(fields) or noted_day(fields.get("N1", []) + fields.get("AB", [])):
            found["date"] = day
        yield Item(body, found)
