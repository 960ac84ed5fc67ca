"""Snippets from stored section text: no re-segmentation, just the query's strings found in the text.

Matches are found with one compiled pattern of the query's words and phrases (a phrase may run across
punctuation, as it does in the index); the snippet is cut at clause boundaries around the densest run of
matches, HTML-escaped piece by piece and each match wrapped in <mark>. Offsets into the plain snippet
are returned too, so a client can highlight without parsing HTML.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

from index.text.analysis import characters

SNIPPET_CHARS = 120
_BOUNDARY = "。!?;！？；\n"  # sentence ends, ASCII and full-width
_SOFT_BOUNDARY = ",，、:："  # clause ends
FULL_WIDTH_PUNCTUATION = "\uff0c\uff1b\uff1a\uff01\uff1f\uff08\uff09"  # ，；：！？（）
# What may stand between a phrase's characters in the text, as the index skips it: spaces and punctuation.
# An explicit class: a negated Unicode range costs ~12 ms and a megabyte per compiled pattern.
GAP_CHARACTERS = " \t\n,.;:!?'\"()[]<>-—–…·、。“”‘’《》〈〉【】「」『』" + FULL_WIDTH_PUNCTUATION
_GAP_CHARACTER = re.compile("[" + re.escape(GAP_CHARACTERS) + "]")
# A query's pattern is matched against the text with each of those read as a space, its gaps up to three spaces:
# the same matches, since a needle's pieces (Chinese characters, ASCII letters and digits) are none of them. A
# class holding characters past U+00FF is compiled into a table of 65,536 bits at each place it stands, which
# made compiling a pattern (a gap between every two characters) cost more than matching it: benchmarks/queries.py's
# mix in one process (/work/tmp/speed7/pattime.py), 0.57 s compiling 961 patterns against 0.15 s matching them
# over 8.4M characters of titles and sections; reading the gaps as spaces takes 19 ns a character.
_GAP = " {0,3}"


@dataclass
class Snippet:
    """A piece of a section's text around the query's matches."""

    text: str  # plain text around the matches
    html: str  # `text` HTML-escaped, matches wrapped in <mark>
    matches: list[tuple[int, int]] = field(default_factory=list)  # [start, end) offsets of the matches in `text`


@lru_cache(maxsize=128)
def _pattern(needles: tuple[str, ...]) -> re.Pattern[str] | None:
    parts = []
    for needle in sorted(set(needles), key=len, reverse=True):
        pieces = [re.escape(text) for text, _, _ in characters(needle)]
        if pieces:
            parts.append(_GAP.join(pieces))
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def find_matches(text: str, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of every needle in `text`, longest needle first at each place."""
    pattern = _pattern(needles)
    merged: list[tuple[int, int]] = []
    for start, end in (m.span() for m in pattern.finditer(_GAP_CHARACTER.sub(" ", text))) if pattern else ():
        if merged and merged[-1][1] == start:  # 东数|西算 found as two words: one mark
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def mark(text: str, matches: list[tuple[int, int]]) -> str:
    """`text` HTML-escaped, with each match wrapped in <mark> (escaping first, so no markup gets through)."""
    out, last = [], 0
    for start, end in matches:
        out.append(html.escape(text[last:start]))
        out.append(f"<mark>{html.escape(text[start:end])}</mark>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def snippet(text: str, needles: tuple[str, ...], width: int = SNIPPET_CHARS) -> Snippet:
    """About `width` characters of `text` around its densest cluster of matches, cut at clause ends."""
    matches = find_matches(text, needles)
    if len(text) <= width:
        start, end = 0, len(text)
    else:
        anchor = _densest(matches, width) if matches else 0
        start = _back_to_boundary(text, anchor, limit=width // 4)
        end = _forward_to_boundary(text, start + width, limit=width // 4)
    piece = text[start:end].strip()
    offset = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    inside = [(s - offset, e - offset) for s, e in matches if s >= offset and e <= offset + len(piece)]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shifted = [(s + len(prefix), e + len(prefix)) for s, e in inside]
    plain = f"{prefix}{piece}{suffix}".replace("\n", " ")
    return Snippet(plain, mark(plain, shifted), shifted)


def _densest(matches: list[tuple[int, int]], width: int) -> int:
    """Start of the match that begins the window of `width` chars holding the most matches."""
    best, best_count, j = matches[0][0], 0, 0
    for i, (start, _) in enumerate(matches):
        while j < len(matches) and matches[j][1] <= start + width:
            j += 1
        if j - i > best_count:
            best, best_count = start, j - i
    return best


def _back_to_boundary(text: str, position: int, limit: int) -> int:
    """Move `position` back to just after a sentence end (or clause end) at most `limit` chars before."""
    floor = max(0, position - limit)
    for marks in (_BOUNDARY, _SOFT_BOUNDARY):
        for i in range(position - 1, floor - 1, -1):
            if text[i] in marks:
                return i + 1
    return floor if floor > 0 else 0


def _forward_to_boundary(text: str, position: int, limit: int) -> int:
    """Move `position` forward to just after a sentence end (or clause end) at most `limit` chars on."""
    if position >= len(text):
        return len(text)
    ceiling = min(len(text), position + limit)
    for marks in (_BOUNDARY, _SOFT_BOUNDARY):
        for i in range(position, ceiling):
            if text[i] in marks:
                return i + 1
    return ceiling
