"""A text a page shows twice, as a cloud drive's or a document library's viewer does: a preview, then the full view.

A drive's document page shows the file's name, its details (`23页 · 下载 24 次`), a preview box under its caption
(`文档预览`), buttons (`下载文档 | 保存到网盘`), then the same text again under another caption (`全文阅读`). The
extractors keep one copy with the lines around it, so the caption, the buttons and the file's details were read as
the article's (FRESH_EXPORTS_9, read alone: every such file). The page's own structure says what they are: where
the page's lines hold the text's first written lines twice, in order, the lines between the two copies are the
viewer's, and so are the short lines above the first copy that are no writing and hold no day (the file's name,
details and caption; the headline is read before). The second copy, if kept, goes: the text is kept once. A page
that quotes its lead once more (a summary box) repeats fewer lines than a whole copy and is left as it is.
"""

from __future__ import annotations

from index.ingest.cleaning import is_writing
from index.ingest.days import has_day

LEAST_REPEATED = 3  # written lines both copies hold at least, in order
HEAD_MAX = 6  # lines above the first copy that may be the viewer's


def shown_once(lines: list[str], main: list[str]) -> list[str]:
    """`main` (the body's lines) without the viewer's lines and the second copy, where `lines` (the page's)
    show the body's text twice; else `main` as it is."""
    written = [line for line in main if is_writing(line)][:LEAST_REPEATED]
    if len(written) < LEAST_REPEATED:
        return main
    showings = [i for i, line in enumerate(lines) if line == written[0]]
    if len(showings) < 2 or not all(line in lines[showings[1] :] for line in written):
        return main
    first, second = showings[0], showings[1]
    while first > 0 and lines[first - 1] == lines[second - 1] and second - 1 > first:  # a day line both hold
        first, second = first - 1, second - 1
    length = 0
    while second + length < len(lines) and first + length < second and lines[first + length] == lines[second + length]:
        length += 1
    copy = lines[first : first + length]
    if sum(is_writing(line) for line in copy) < LEAST_REPEATED:  # a lead quoted once more, not a whole copy
        return main
    viewer = set(lines[first + length : second])  # buttons and the second copy's caption
    viewer |= {line for line in lines[max(0, first - HEAD_MAX) : first] if not is_writing(line) and not has_day(line)}
    kept, seen = [], set()
    for line in main:
        if line in viewer and line not in copy:
            continue
        if line in copy and line in seen:  # the second copy
            continue
        seen.add(line)
        kept.append(line)
    return kept or main
