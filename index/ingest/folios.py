"""A printed page's folio between a scanned text's paragraphs: its number with the book's or the part's name
(`118  江城年鉴·2020`, `时政要闻  119`, `46　江城往事`), or alone between dots or dashes (`·120·`, `- 46 -`).

A book or a yearbook recognised from scans keeps, where one printed page ends and the next begins, the page's
foot and the next one's head: a folio and a running head on one line, the two set apart by a gap. A paragraph of
the text is never so shaped: a number of two to four figures (no year, no leading zero: a section's `01` opens
its heading) on one side of a gap of two spaces or a wide one and a short name without a sentence's marks on the
other, or a number alone between dots or dashes, below the text's first lines. Once the text's widths are
normalised a wide space is one space: lines so set apart by one space are folios when two of them or more number
pages in a row (rising by one or two: a book's heads alternate), between paragraphs, never one alone (`100 天
倒计时`).
"""

from __future__ import annotations

import re

from index.ingest.cleaning import ends_sentence
from index.ingest.days.shapes import YEAR

_NUMBER = rf"(?!{YEAR}\b)[1-9]\d{{1,3}}"
_NAME = r"[^\s。！？，,；;：:\d](?:[^。！？，,；;：:]{0,14}[^\s。！？，,；;：:])?"
_WIDE = r"(?:\u3000+|\s{2,})"  # a gap as printed (a width normalisation makes a wide space one space)


def _folio(gap: str) -> re.Pattern[str]:
    return re.compile(
        rf"^(?:(?P<a>{_NUMBER}){gap}{_NAME}|{_NAME}{gap}(?P<b>{_NUMBER})|[·•\-—－]\s*(?P<c>{_NUMBER})\s*[·•\-—－])$"
    )


_FOLIO, _SPACED = _folio(_WIDE), _folio(r"\s+")
_CLAUSE_END = re.compile(r"[；;：:]$")  # a list's item ends so (`一、…；`), and its introduction
FOLIO_MAX = 24  # characters a folio's line has at most (a name of 16, a gap, four figures)
HEAD = 3  # the text's first lines (its headline, its source line) are never a folio
STEP = 2  # pages from one folio to the next at most (a book's head and foot alternate)


def _number(match: re.Match[str]) -> int:
    return int(match.group("a") or match.group("b") or match.group("c"))


def folio_lines(lines: list[str]) -> set[int]:
    """The indexes of the folio lines standing between a text's paragraphs: set apart by a wide gap, or by any
    space when two of them or more number pages in a row."""
    wide: set[int] = set()
    spaced: list[tuple[int, int]] = []
    above = ""
    shown = 0
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        shown += 1
        match = _SPACED.match(text) if shown > HEAD and len(text) <= FOLIO_MAX else None
        if match and _FOLIO.match(text):  # set apart as printed: a folio wherever it stands
            wide.add(i)
            spaced.append((i, _number(match)))
            continue
        if match and (ends_sentence(above) or _CLAUSE_END.search(above)):
            spaced.append((i, _number(match)))
            continue
        above = text
    numbers = [number for _, number in spaced]
    in_a_row = len(spaced) >= 2 and all(0 < b - a <= STEP for a, b in zip(numbers, numbers[1:], strict=False))
    return wide | ({i for i, _ in spaced} if in_a_row else set())
