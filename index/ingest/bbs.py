"""A bulletin board post's header block: the lines a BBS puts above a post, each a label and its value with
a space or a colon between (`作者 sunnyday (晴天) 看板 News`, `标题 [新闻] …`, `时间 Wed Apr 01 10:26:00 2020`;
`发信人: x, 信区: y`, `标  题: …`, `发信站: 水木社区 (Mon Apr  1 10:26:00 2020)`), with the note of a repost
(`【 以下文字转载自 News 讨论区 】`) above or among them if any. Read only at the very top of a text, and only as a
block of two or more such lines, so that a sentence beginning with 作者 or 时间 is text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

_LINE = re.compile(r"^(作\s*者|发信人|标\s*题|时\s*间|发信站|看\s*板|信\s*区)\s*[:：]?\s+(\S.*)$")
_TAG = re.compile(r"^[\[【]\s*[^\[\]【】]{1,6}\s*[\]】]\s*")  # `[新闻]`: the post's category
# The note a board puts over a post reposted from another board, above its header: `【 以下文字转载自 News 讨论区 】`,
# `【 原文由 x 所发表 】`.
_REPOST = re.compile(r"^[【\[]\s*(?:以下文字转载自|以下文字转自|原文由|转载自)[^【】\[\]]{1,40}[】\]]$")
MAX_LINES = 4


@dataclass(frozen=True)
class Header:
    title: str | None
    poster: str | None
    time: str | None  # the time line as written, for the date reader
    lines: int  # how many of the text's lines (empty ones included) the block takes


ABOVE = 2  # short lines a page shows over a post's header (its crumbs, the post's title as a heading)
ABOVE_MAX = 60  # characters of such a line


def read_header(lines: list[str]) -> Header | None:
    """The header block opening `lines` (under at most ABOVE short lines of the page's, which it takes with it: a
    post's title stands in the header), or None when they open with no such block."""
    shown = list(islice((i for i, line in enumerate(lines) if line.strip()), ABOVE + 1))
    start = next((i for i in shown if _LINE.match(lines[i].strip())), None)
    if start is None or any(len(lines[i]) > ABOVE_MAX or "。" in lines[i] for i in shown if i < start):
        return None
    found: dict[str, str] = {}
    taken = 0
    for i, line in enumerate(lines[start:], start):
        if not line.strip():
            continue
        if _REPOST.match(line.strip()):
            taken = i + 1
            continue
        match = _LINE.match(line.strip())
        if not match or len(found) >= MAX_LINES:
            break
        label = re.sub(r"\s+", "", match.group(1))
        found.setdefault(label, match.group(2).strip())
        taken = i + 1
    if len(found) < 2 or not ({"标题", "时间", "发信站"} & found.keys()):
        return None
    title = _TAG.sub("", found["标题"]).strip() if found.get("标题") else None
    who = found.get("作者") or found.get("发信人")
    poster = re.split(r"[\s(（,，]", who)[0] if who else None
    return Header(title or None, poster or None, found.get("时间") or found.get("发信站"), taken)


# A post's text whose line breaks a page's markup did not keep (a `<div>` holding the board's text as written, no
# `<pre>`): its header and paragraphs run on one line, `发信人: x, 信区: News 标  题: …发信站: … 站内  　　记者…`.
_FOLDED_OPENING = re.compile(r"^\s*(?:发信人|作\s*者)\s*[:：]")
_BOARD = re.compile(r"发信站|信\s*区|看\s*板")
_BOARD_MARKS = ("发信站", "信区", "看板", "信 区", "看 板", "信\u3000区", "看\u3000板")
_FOLDED_LABEL = re.compile(r"\s*(?=(?:标\s{0,2}题|发信站|时\s{0,2}间)\s*[:：])")
_FOLDED_GAP = re.compile(r"[ \xa0\u3000]{2,}(?![\d \xa0\u3000])|\s+(?=--(?:\s|$)|※)")  # (not `Apr  4`)
_SPACED_LABEL = re.compile(r"(标|时|作|看|信)\s+(题|间|者|板|区)(?=\s*[:：])")
FOLDED_LABELS = 2  # header labels after the poster's on the first line: a sentence opening with 作者 has none


def unfolded(text: str) -> str:
    """`text` with a post's folded line (its header and text on one line) read as its lines again: a break before
    each header label and at each run of two spaces or more (a paragraph's indent, a blank line) and before the
    signature's `--` and the `※` footer; any other line as it is."""
    if not any(mark in text for mark in _BOARD_MARKS):  # (no board's label: most texts; a substring is quick)
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        folded = _FOLDED_OPENING.match(line) and len(_FOLDED_LABEL.findall(line)) >= FOLDED_LABELS
        if folded and _BOARD.search(line):  # (a board's own label: no sentence opening with 作者 names one)
            line = _SPACED_LABEL.sub(lambda m: m.group(1) + m.group(2), line)  # `标  题:` (no paragraph's gap)
            pieces = [part for piece in _FOLDED_LABEL.split(line) for part in _FOLDED_GAP.split(piece)]
            lines[i] = "\n".join(piece.strip() for piece in pieces if piece.strip())
    return "\n".join(lines)
