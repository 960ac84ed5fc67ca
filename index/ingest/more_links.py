"""A list of other articles under a heading that carries its own `more` link: `相关新闻 更多>>`, `其他通知 MORE+`,
`最新动态 +more`, `往期回顾 查看全部 >`, `X的其他文章 · · · · · · ( 全部 )`.

A box of links shows its heading with a link to the whole list beside it, whatever the box is called; a story's
line never ends in a link to see more. So the heading is told by that link's shape, not by its words (the list
markers of index.ingest.boilerplate name the usual headings one by one, and miss `其他通知`, `最新动态`, a blog's
`X的其他文章`), and page cleaning (index.ingest.cleaning) treats it as a list marker: the title-like lines under
it go with it, and so they are never learned as a site's furniture (the article's own title is listed in its
neighbours' boxes).
"""

from __future__ import annotations

import re

from index.text.cjk import CJK_RE

HEAD_MAX = 16  # a box's heading is a few words; a longer line ending in `更多` is someone's sentence
# a heading and its link at most: a paragraph is never tried (the pattern's lazy head backtracks over a long line's
# every space: matching every corpus paragraph doubled extraction's CPU, 13.4-15.5 -> 26-34 s for 5,000 articles)
LINE_MAX = HEAD_MAX + 24

# The `more` link closing a heading: the word (`更多`, `查看全部`, `全部`, `more`) set apart from the heading by a
# space, a row of dots or a bracket, or followed by an arrow or a plus (`更多>>`, `MORE+`, `+more`, `更多›`).
_MORE_WORD = r"(?:查看更多|查看全部|更多|全部|more|MORE|More)"
_ARROWS = r"[>＞»›〉→]+"
_MORE = re.compile(
    rf"^(?P<head>.+?)(?:"
    rf"[\s·•.…|｜]+[(（\[【]?\s*[+＋]?\s*{_MORE_WORD}\s*(?:{_ARROWS}|[+＋])?\s*[)）\]】]?\s*(?:{_ARROWS})?"
    rf"|\s*[+＋]\s*{_MORE_WORD}|\s*{_MORE_WORD}\s*(?:{_ARROWS}|[+＋])"
    rf")\s*$"
)
_PUNCTUATION = re.compile(r"[，。！？；：,!?;:、“”\"]")


def more_heading(line: str) -> bool:
    """A box's heading with its `more` link: a short unpunctuated heading, then the link set apart or pointed at."""
    line = line.strip()
    match = _MORE.match(line) if len(line) <= LINE_MAX else None
    if not match:
        return False
    head = match.group("head").strip(" ·•.…|｜")
    return 2 <= len(head) <= HEAD_MAX and bool(CJK_RE.search(head)) and not _PUNCTUATION.search(head)
