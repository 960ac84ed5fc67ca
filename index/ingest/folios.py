"""A printed page's folio between a scanned text's paragraphs: its number with the book's or the part's name
(`118  江城年鉴·2020`, `时政要闻  119`, `46　江城往事`), or alone between dots or dashes (`·120·`, `- 46 -`).

A book or a yearbook recognised from scans keeps, where one printed page ends and the next begins, the page's
foot and the next one's head: a folio and a running head on one line, the two set apart by a gap. A paragraph of
the text is never so shaped: a number of two to four figures (no year, no leading zero: a section's `01` opens
its heading) on one side of a gap of two spaces or a wide one, a short name without a sentence's marks on the
other, standing between two paragraphs (the line above it ends a sentence) and below the text's first lines.
"""

from __future__ import annotations

import re

from index.ingest.cleaning import ends_sentence

_NUMBER = r"(?!(?:19|20)\d{2}\b)[1-9]\d{1,3}"
_GAP = r"(?:\u3000+|\s{2,})"
_NAME = r"[^\s。！？，,；;：:]{2,16}"
_FOLIO = re.compile(rf"^(?:{_NUMBER}{_GAP}{_NAME}|{_NAME}{_GAP}{_NUMBER}|[·•\-—－]\s*{_NUMBER}\s*[·•\-—－])$")
HEAD = 3  # the text's first lines (its headline, its source line) are never a folio


def folio_lines(lines: list[str]) -> set[int]:
    """The indexes of the folio lines standing between a text's paragraphs."""
    out: set[int] = set()
    above = ""
    shown = 0
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        shown += 1
        if shown > HEAD and _FOLIO.match(text) and ends_sentence(above):
            out.add(i)
            continue
        above = text
    return out
