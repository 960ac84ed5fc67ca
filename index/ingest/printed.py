"""A text printed in pages, as a PDF converter gives it (pdftotext: pages apart by form feeds, every line as
printed): its running heads and page feet out, its paragraphs and its headline read whole again.

A printed page repeats its running head (the gazette's or report's name and the issue, `江城市人民政府公报
2021年第5期`) at the top of each page and its number at the foot (`— 3 —`), and breaks every paragraph at the
page's width, so read line by line the text's paragraphs are cut and the heads land in their middles. Read by
the page's own structure, never by a publication's wording: a page's first line is a running head when it opens
another page too (its numbers aside), or, on a page alone, when it is set in two parts far apart, one of them an
issue or a year (`2021年第5期`); a page's last line is its foot when it is a page number. The lines are joined
at the page's width (index.ingest.cleaning.join_wrapped), and a headline set in two centred lines before the
text (indented deeper than its paragraphs, neither ending a sentence) is one line again.
"""

from __future__ import annotations

import re

from index.ingest.cleaning import display_width, ends_sentence, join_wrapped, opens_a_section
from index.ingest.days.shapes import YEAR

_FOOT = re.compile(r"^[-—–－]+\s*\d{1,4}\s*[-—–－]+$|^第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?$")
_PRINTED = re.compile(r"^[ \t\u3000]*[-—–－]+\s*\d{1,4}\s*[-—–－]+[ \t\u3000]*$", re.M)  # a page foot: `— 3 —`
_GAP = re.compile(r"(?:\s{4,}|\u3000{2,})")  # the space between a running head's two parts
_ISSUE = re.compile(rf"{YEAR}\s*年|第\s*\d{{1,3}}\s*[期卷]|No\.\s*\d", re.I)
_DIGITS = re.compile(r"\d+")
_INDENT = re.compile(r"^[ \t\u3000]*")


def is_printed(text: str) -> bool:
    """A text a PDF converter gave: form feeds between its pages, or a page number between dashes on a line."""
    return "\f" in text or bool(_PRINTED.search(text))


def _indent(line: str) -> int:
    return display_width(_INDENT.match(line).group(0))


def _is_set_head(line: str) -> bool:
    """A running head by its own shape: two parts far apart, one an issue or a year."""
    parts = [part for part in _GAP.split(line.strip()) if part]
    return len(parts) == 2 and any(_ISSUE.search(part) for part in parts) and not ends_sentence(line)


def _without_heads_and_feet(pages: list[list[str]]) -> list[str]:
    """The pages' lines in order without each page's running head and foot."""
    firsts = [next((i for i, line in enumerate(page) if line.strip()), None) for page in pages]
    keys = [
        _DIGITS.sub("#", "".join(page[i].split())) if i is not None else None
        for page, i in zip(pages, firsts, strict=True)
    ]
    out: list[str] = []
    for page, first, key in zip(pages, firsts, keys, strict=True):
        if first is None:
            continue
        lines = list(page)
        if keys.count(key) >= 2 or _is_set_head(lines[first]):
            lines[first] = ""
        last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
        if last is not None and _FOOT.match(lines[last].strip()):
            lines[last] = ""
        out += lines
    return out


def _headline_joined(lines: list[str]) -> tuple[list[str], int]:
    """`lines` with a headline set in two lines before the text joined, and the index of the line after it (0
    without one): two lines in a row, each indented deeper than the text's paragraphs, the first ending no
    sentence, the second no statement (a headline may exclaim or ask), neither opening a subtitle or a bracketed
    line."""
    shown = [line for line in lines if line.strip()]
    indents = sorted(_indent(line) for line in shown)
    paragraph = indents[len(indents) // 2] if indents else 0  # most lines: a paragraph's indent or none
    deeper = [_indent(line) > paragraph + 2 for line in lines]
    for i in range(len(lines) - 1):
        a, b = lines[i].strip(), lines[i + 1].strip()
        if ends_sentence(a) or not a or not b:
            continue
        stops = b.rstrip("”’\"'")[-1:] in "。；;：:"
        if deeper[i] and deeper[i + 1] and not stops and b[0] not in "—(（[【" and a[0] not in "—(（[【":
            return [*lines[:i], a + b, *lines[i + 2 :]], i + 1
        if len(a) > 40:  # the text has begun: a headline stands above it
            break
    return lines, 0


PARAGRAPH_INDENT = (2, 6)  # half-width units a paragraph's first line is indented by: two spaces to three wide ones


def _joined_by_indent(lines: list[str]) -> list[str] | None:
    """The text's paragraphs when it marks them by indenting their first lines (two or more such lines, as many
    lines not indented at all): a line at the margin after a line as wide as the page continues it, whatever
    that line ends with (`…捐助善款。` at a line's end is no paragraph's end when the next line is not indented),
    unless it opens a section by its own form. None when the text does not mark its paragraphs so, or has no
    two lines as wide as its widest."""
    indents = [_indent(line) for line in lines if line.strip()]
    starts = sum(PARAGRAPH_INDENT[0] <= indent <= PARAGRAPH_INDENT[1] for indent in indents)
    if starts < 2 or indents.count(0) < starts:
        return None
    widths = [display_width(line.rstrip()) for line in lines if line.strip()]
    width = max(widths)  # the page's: a paragraph's first line, its indent with it, is as wide as the rest
    wide = width - max(3, width // 10)  # a line this wide reaches the page's edge
    if sum(w >= wide for w in widths) < 2:
        return None
    out: list[str] = []
    previous = None  # the index in `out` of the paragraph the last printed line is in
    full = False  # whether that line was as wide as the page
    for line in lines:
        text = line.strip()
        if not text:
            out.append("")
            continue
        if previous is not None and _indent(line) == 0 and full and not opens_a_section(text):
            out[previous] += text
        else:
            out.append(text)
            previous = len(out) - 1
        full = display_width(line.rstrip()) >= wide
    return out


def unprinted(text: str) -> str:
    """`text` as written when it is a printed text (is_printed): heads and feet out, each paragraph one line,
    the headline one line; any other text unchanged."""
    if not is_printed(text):
        return text
    pages = [page.split("\n") for page in text.split("\f")]
    lines, after = _headline_joined(_without_heads_and_feet(pages))
    head = [line.strip() for line in lines[:after]]  # (a headline as wide as the page is no paragraph)
    return "\n".join(
        head + (_joined_by_indent(lines[after:]) or join_wrapped([line.strip() for line in lines[after:]]))
    )
