"""A newspaper page recognised from a scan (OCR) as plain text: its columns' hard-wrapped lines read as paragraphs
again, its headline set over short lines one line, the page's furniture between its columns and the other short
items after the article out.

OCR gives a column line by line: a paragraph breaks every 12–20 characters, wherever the column's edge falls
(mid-word, before a lone `。`, no hyphen), a paragraph's first line indented, and where the article runs on into the
next column the page's head or foot stands between (`江城日报　2020年3月30日　第4版`, repeated; a page's own line
with its day and page, `2020年3月30日　星期一　江城晚报　A5`, whose day is the page's and is read above the text).
Read line by line the text is a run of short lines, each paragraph cut in pieces and a page line in its middle. A
text is such a column when most of its lines that are not short are as wide as its most common width (10–22
characters) and most of those end no sentence: each such full line is continued by the next line that is not
indented (over blank lines and the page's furniture), and a line shorter than the column ends its paragraph. Above
the text, a headline set over two or three short lines (none ending a sentence or giving a day) is one line. After
the article, a heading of the page's other items (`■ 简讯`, `▲本版其他`) and all under it are the page's. A text of
other lines (a poem's, a list's) has no such width and is read as it is.
"""

from __future__ import annotations

import re
from collections import Counter

from index.ingest.cleaning import ends_sentence
from index.ingest.days.shapes import YMD_DAY

COLUMN_MIN, COLUMN_MAX = 10, 22  # characters a column's full line holds
SLACK = 2  # characters a full line may fall short of or run past the column's width (digits, a mark)
LEAST = 8  # full lines a column text has at least
SHARE = 0.6  # of its lines at least COLUMN_MIN long, the full ones; and of those, the ones ending no sentence
HEAD_LINES = 3  # lines a page's masthead may stand among at the top
HEAD_MIN = 4  # characters a repeated running head has at least (a lone `。` recurs too)
PAGE_LINE = 40  # characters a page's head or foot has at most
# a page's head or foot: its day beside its page or weekday (`第4版`, `A5`, `星期一`)
_PAGE_MARK = re.compile(
    r"第\s*[A-Za-z]?\d{1,3}\s*版|(?:^|[\s\u3000])[A-Z]\d{1,2}(?:$|[\s\u3000])|星期[一二三四五六日天]"
)
_DAY = re.compile(YMD_DAY)
_BRIEFS = re.compile(
    r"^[■□▲△◎●◆◇★☆【\[]*\s*(?:简讯|短讯|快讯集锦|消息速递|本版其他|本版其它|本版其他消息|本版其它消息|其他消息)"
    r"\s*[】\]]*$"
)
_INDENT = ("\u3000", " ", "\t")


def column_width(lines: list[str]) -> int | None:
    """The width (in characters) of the column a text was recognised from, or None when it was not one."""
    stripped = [line.strip() for line in lines if len(line.strip()) >= COLUMN_MIN]
    if len(stripped) < LEAST:
        return None
    width = Counter(len(line) for line in stripped).most_common(1)[0][0]
    if not COLUMN_MIN <= width <= COLUMN_MAX:
        return None
    full = [line for line in stripped if abs(len(line) - width) <= SLACK]
    if len(full) < LEAST or len(full) < SHARE * len(stripped):
        return None
    return width if sum(not ends_sentence(line) for line in full) >= SHARE * len(full) else None


def _is_page_line(line: str) -> bool:
    return len(line) <= PAGE_LINE and bool(_DAY.search(line)) and bool(_PAGE_MARK.search(line))


def _headline_joined(lines: list[str], width: int) -> tuple[list[str], int | None]:
    """`lines` with the first block of two or three short lines, none ending a sentence or giving a day, joined,
    when it stands above the text's first full line; and the index of that headline (None without one)."""
    blocks: list[list[int]] = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if blocks and blocks[-1][-1] == i - 1:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    for block in blocks:
        texts = [lines[i].strip() for i in block]
        if any(abs(len(text) - width) <= SLACK and not ends_sentence(text) for text in texts) and len(block) > 3:
            break  # the text has begun
        if 2 <= len(block) <= 3 and all(
            len(text) <= width + SLACK and not ends_sentence(text) and not _DAY.search(text) for text in texts
        ):
            return [*lines[: block[0]], "".join(texts), *lines[block[-1] + 1 :]], block[0]
    return lines, None


def unwrapped_columns(text: str) -> str:
    """`text` read as paragraphs again when it is a scanned column's (column_width); any other text unchanged."""
    lines = text.split("\n")
    width = column_width(lines)
    if width is None:
        return text
    lines, headline = _headline_joined(lines, width)
    seen = Counter(line.strip() for line in lines if line.strip())
    shown = 0
    out: list[str] = []
    glue = False  # the last line was a full one: its paragraph goes on
    dated = False  # a page line with its day stands above the text
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            if not glue:
                out.append("")
            continue
        shown += 1
        page_line = _is_page_line(line)
        if shown > HEAD_LINES and (page_line or (seen[line] > 1 and HEAD_MIN <= len(line) < width - SLACK)):
            if page_line and not dated:  # (its day the page's: read above the text, where a masthead gives it)
                out.insert(0, line)
                dated = True
            continue  # the page's head or foot, here between two columns or two paragraphs
        dated = dated or page_line
        if shown > HEAD_LINES and _BRIEFS.match(line):
            break  # the page's other items
        if glue and out and not raw.startswith(_INDENT):
            out[-1] += line
        else:
            out.append(line)
        glue = not page_line and i != headline and abs(len(line) - width) <= SLACK
    return "\n".join(out)
