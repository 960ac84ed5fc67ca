"""A note app's export file (Evernote's `.enex`, which Evernote, 印象笔记 and Joplin write): each note an article.

A note holds its title, its text as ENML (XHTML inside CDATA, what a web clip keeps of the page) and the address
it was clipped from. Its `created` and `updated` times are when the note was made and edited, the day a reader
clipped the article, never the day it was published: the article's own day is read from the clipped text, as
an upload's day yields to the article's elsewhere. The note's `author` is the account that clipped it, never
the article's writer.
"""

from __future__ import annotations

from collections.abc import Iterator

from index.ingest.feeds import Item, xml_root


def notes(data: bytes) -> Iterator[Item]:
    """The notes of an `.enex` export, in order; nothing when `data` is no such export."""
    root = xml_root(data)
    if root is None:
        return
    for note in root.iter("note"):
        text = note.findtext("content") or ""
        if not text.strip():
            continue
        fields = {}
        if title := (note.findtext("title") or "").strip():
            fields["title"] = title
        if address := (note.findtext("note-attributes/source-url") or "").strip():
            fields["url"] = address
        yield Item(text, fields)
