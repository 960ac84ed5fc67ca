"""A web archive file (`.warc`, `.warc.gz`: what wget `--warc-file`, Heritrix, Webrecorder and browsertrix write)
read with warcio (Apache-2.0): each page it captured is an article.

A WARC holds records of several kinds (the crawl's `warcinfo`, each `request`, `response`, `metadata`); a page is
a `response` record whose HTTP reply is HTML, its body the bytes the server sent (warcio undoes the chunked and
gzip transfer). The record's `WARC-Date` is when the crawler fetched the page, often years after it was
published: like a note's clip time it is never the article's day, which is read from the page itself. The
captured address is kept as the article's `url`. A file cut short is read up to the damage, and the damage is
reported (`Capture.damage` on the last capture read, or ValueError when nothing could be read)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

from warcio.archiveiterator import ArchiveIterator

WARC_SUFFIXES = (".warc", ".warc.gz")


@dataclass(frozen=True)
class Capture:
    """One captured page: its address, the bytes the server sent, and what could not be read after it."""

    url: str
    data: bytes
    damage: str | None = None


def is_warc_name(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def captures(data: bytes) -> Iterator[Capture]:
    """The HTML pages a WARC captured, in order; ValueError when `data` is no WARC. A page whose record the file
    cuts short is kept as far as it goes and carries the damage, as does the last page before unreadable bytes."""
    pending: Capture | None = None
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            if "html" not in (record.http_headers.get_header("Content-Type") or "").lower():
                continue
            body = record.content_stream().read()
            cut = getattr(record.raw_stream, "limit", 0) > 0  # bytes its length promised and the file lacks
            if pending:
                yield pending
            address = record.rec_headers.get_header("WARC-Target-URI") or ""
            pending = Capture(address, body, "the archive is cut short inside this page" if cut else None)
            if cut:
                break
    except Exception as error:  # damaged bytes raise whatever warcio meets first (ArchiveLoadFailed, zlib.error, …)
        if pending is None:
            raise ValueError(f"not a WARC file warcio can read ({type(error).__name__})") from None
        pending = Capture(pending.url, pending.data, "the archive is damaged after this page")
    if pending and pending.data.strip():
        yield pending
