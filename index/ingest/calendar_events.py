"""A calendar's export (`.ics`, iCalendar, as Outlook, Google Calendar and a phone's calendar write it): each event
whose description holds prose is an article, its SUMMARY the headline, its DESCRIPTION the text.

Lines are read as RFC 5545 writes them: a line that opens with a space or a tab continues the one before (a long
DESCRIPTION is folded every 75 bytes, in the middle of a character's run), a value's `\\n` is a line break and
`\\,`, `\\;`, `\\\\` are the characters; a property's parameters (`;LANGUAGE=zh-CN`) are no part of its value.
An event's times are when the meeting is held (DTSTART), when the calendar wrote it (DTSTAMP) or when it was
entered (CREATED): none is the notice's own day, which is read from its text, CREATED standing for it only where
the text names none (as a note's `created`). A reminder of a line (`请准时参加`) is no article: an event needs a
description of two sentences or more (benchmarks/layouts.py FRESH_EXPORTS_11 puts a one-line event beside the
notice); a calendar with none is reported as holding no notice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from index.ingest.feeds import Item
from index.ingest.note_exports import created_day

_FOLD = re.compile(r"\r?\n[ \t]")
_ESCAPE = re.compile(r"\\(.)", re.S)
_ESCAPED = {"n": "\n", "N": "\n"}
_SENTENCE_END = re.compile(r"[。！？!?]")


def _value(raw: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPED.get(m[1], m[1]), raw)


def _properties(block: str) -> dict[str, str]:
    """An event's properties by name (the first of each), their values unescaped."""
    found: dict[str, str] = {}
    for line in block.splitlines():
        name, colon, raw = line.partition(":")
        name = name.split(";", 1)[0].strip().upper()
        if colon and name and name not in found:
            found[name] = _value(raw)
    return found


def is_calendar(text: str) -> bool:
    return text.lstrip("\ufeff \r\n").upper().startswith("BEGIN:VCALENDAR")


def events(text: str) -> Iterator[Item]:
    """The events of a calendar whose description is prose, as items: the description as the text, the summary
    as the title, the day it was entered as the day to fall back on."""
    unfolded = _FOLD.sub("", text)
    for block in re.findall(r"(?ims)^BEGIN:VEVENT\s*$(.*?)^END:VEVENT\s*$", unfolded):
        block = re.sub(r"(?ims)^BEGIN:VALARM\s*$.*?^END:VALARM\s*$", "", block)  # an alarm's own DESCRIPTION
        found = _properties(block)
        description = found.get("DESCRIPTION", "").strip()
        if len(_SENTENCE_END.findall(description)) < 2:
            continue
        fields = {}
        if title := " ".join(found.get("SUMMARY", "").split()):
            fields["title"] = title
        if day := created_day(found.get("CREATED", "")):
            fields["filed"] = day
        yield Item(description, fields)
