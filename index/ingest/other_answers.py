"""A question-and-answer page's other answers: what the page shows after the answer it is read for.

A Q&A page (百度知道, 搜狗问问, 知乎-like pages and the many built like them) shows one answer first (the chosen
or the top one) and then the others: under a heading of their own (`其他回答（3）`, `更多回答`, `其他5条回答`,
`展开全部回答`, `全部12个回答`) or each under its answerer's line (`白沙老张 回答于 2016-03-02`, `X 采纳率：61%`).
An extractor that keeps the answers' common container keeps them all, the second appended to the first. The page is
kept for its first answer; its question is the headline. So once the first answer's text has begun, the first such
heading or second answerer's line ends it, and the lines the page shows only from there on are no text (a sidebar
after them is furniture anyway). A page whose only writing comes after the heading keeps it all: there is no first
answer to keep. Measured on layouts.py's FRESH_ALONE_7 Q&A families (2026-12-07): the second answer was kept on 24
of 24 pages read alone.
"""

from __future__ import annotations

import re

from index.ingest.cleaning import is_writing

# the heading over the other answers: `其他回答`, `其它答案 (3)`, `更多回答`, `其他5条回答`, `展开全部回答`,
# `全部12个回答`, `查看全部 8 个回答`, `共3条回答`
_HEADING = re.compile(
    r"^[【\[]?\s*(?:其[他它]\s*(?:\d+\s*[条个])?\s*(?:回答|答案)|更多\s*(?:\d+\s*[条个])?\s*(?:回答|答案)"
    r"|展开\s*(?:全部|其[他它]|更多)?\s*(?:\d+\s*[条个])?\s*(?:回答|答案)"
    r"|(?:查看)?(?:全部|共)\s*\d+\s*[条个]\s*(?:回答|答案))"
    r"\s*(?:[（(]\s*\d+\s*[)）])?\s*[】\]]?\s*[:：>›»]*$"
)
# a second answerer's line: a handle, then the answer's own words (`回答于 …`, `采纳率：…`), or labelled
_ANSWERER = re.compile(r"^[^\s:：，。！？]{2,20}\s*[|｜]?\s+(?:回答于|采纳率\s*[:：])|^(?:回答者|回答人|答主)\s*[:：]")
HEADING_MAX = 60  # characters: a longer line is writing, whatever it says


def _end(shown: list[str], kept: set[str]) -> int | None:
    """Where the first answer ends in `shown`: a heading once two written lines of `main` (a question can be
    one) stand above it, or the second answerer's line once writing stands between it and the first."""
    written = 0
    answerer_seen = text_since = False
    for i, line in enumerate(shown):
        line = line.strip()
        if len(line) <= HEADING_MAX and _HEADING.match(line):
            if written >= 2:
                return i
        elif len(line) <= HEADING_MAX and _ANSWERER.match(line):
            if answerer_seen and text_since:
                return i
            answerer_seen, text_since = True, False
        elif line in kept and is_writing(line):
            written += 1
            text_since = True
    return None


def without_other_answers(shown: list[str], main: list[str]) -> list[str]:
    """`main` (the body chosen from the page) without the lines `shown` (the page's visible lines) gives only
    after the first answer's end (`_end`); `main` unchanged where there is none, or where nothing written would
    be left."""
    end = _end(shown, set(main))
    if end is None:
        return main
    before, after = set(shown[:end]), set(shown[end:])
    out = [line for line in main if line in before or line not in after]
    return out if any(is_writing(line) for line in out) else main
