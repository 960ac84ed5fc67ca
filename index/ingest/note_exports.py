"""A note app's export file (Evernote's `.enex`, which Evernote, 印象笔记 and Joplin write): each note an article.

A note holds its title, its text as ENML (XHTML inside CDATA, what a web clip keeps of the page) and the address
it was clipped from. Its `created` and `updated` times are when the note was made and edited, the day a reader
clipped the article, never the day it was published: the article's own day is read from the clipped text, as
an upload's day yields to the article's elsewhere, and the note's `created` stands for it only where the text
names no day (a memo typed from a story, `20200330T013000Z`, read as the day shown in China). The note's `author`
is the account that clipped it, never the article's writer. An export saved as `.xml` is read as its notes; a
note with invalid bytes (read as U+FFFD by the lenient parser) is kept and its damage said in the build report.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from index.ingest.days.clock import CHINA
from index.ingest.feeds import Item, xml_root

_STAMP = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$")  # ENEX's `20200330T013000Z`, in UTC


def created_day(stamp: str) -> str | None:
    """The day of a note's `created` stamp as shown in China (`20200329T163000Z` -> 2020-03-30), or None."""
    match = _STAMP.match(stamp.strip())
    if match is None:
        return None
    try:
        when = datetime.datetime(*map(int, match.groups()), tzinfo=datetime.UTC)
    except ValueError:
        return None
    return when.astimezone(CHINA).date().isoformat()


def is_note_export(data: bytes) -> bool:
    """`data` is a note app's export whatever its file is called (`<en-export>` saved as `.xml`)."""
    root = xml_root(data)
    return root is not None and root.tag == "en-export"


def notes(data: bytes) -> Iterator[Item]:
    """The notes of an `.enex` export, in order; nothing when `data` is no such export."""
    root = xml_root(data)
    if root is None:
        return
    for number, note in enumerate(root.iter("note"), start=1):
        text = note.findtext("content") or ""
        if not text.strip():
            continue
        fields = {}
        if title := (note.findtext("title") or "").strip():
            fields["title"] = title
        if address := (note.findtext("note-attributes/source-url") or "").strip():
            fields["url"] = address
        if day := created_day(note.findtext("created") or ""):
            fields["filed"] = day
        # the parser reads an invalid byte as U+FFFD and goes on: the note is kept, its damage said
        bad = text.count("\ufffd")
        said = f"{bad} invalid byte sequence{'s' * (bad != 1)} read as U+FFFD in note {number}" if bad else ""
        yield Item(text, fields, said)
