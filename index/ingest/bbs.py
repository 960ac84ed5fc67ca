"""A bulletin board post's header block: the lines a BBS puts above a post, each a label and its value with
a space or a colon between (`作者 sunnyday (晴天) 看板 News`, `标题 [新闻] …`, `时间 Wed Apr 01 10:26:00 2020`;
`发信人: x, 信区: y`, `标  题: …`, `发信站: 水木社区 (Mon Apr  1 10:26:00 2020)`), with the note of a repost
(`【 以下文字转载自 News 讨论区 】`) above or among them if any. Read only at the very top of a text, and only as a
block of two or more such lines, so that a sentence beginning with 作者 or 时间 is text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def read_header(lines: list[str]) -> Header | None:
    """The header block opening `lines`, or None when they open with no such block."""
    found: dict[str, str] = {}
    taken = 0
    for i, line in enumerate(lines):
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
