"""An outlet's name and the channel the article is filed under, one line over the headline: `江城观察 丨 时政`,
`金山网 · 本地新闻`, `柳河县人民政府 | 通知公告`.

A page's head shows where the article sits as two names joined by a bar or a dot; a headline's kicker is a phrase
of the story, said whole (`网信工作进行时`), and a headline joins its clauses with punctuation and runs longer. So a
line of exactly two short names (two to ten characters each, no punctuation, no digit) joined by one bar or dot,
right over a longer title-like line and above the text's first paragraph, is the page's, not the story's (a trail of
three steps or more is index.ingest.chrome's breadcrumb).
"""

from __future__ import annotations

import re

from index.ingest.cleaning import first_paragraph, is_title_like

_NAME = r"[\u4e00-\u9fffA-Za-z]{2,10}"
_CHANNEL_HEAD = re.compile(rf"^{_NAME}\s*[|｜丨·•]\s*{_NAME}$")


def channel_heads(kept: list[str]) -> set[int]:
    """The indexes of such lines, each right over a longer title-like line, above the text's first paragraph."""
    first = first_paragraph(kept)
    shown = [i for i in range(first) if kept[i]]
    return {
        i
        for i, below in zip(shown, shown[1:], strict=False)
        if _CHANNEL_HEAD.match(kept[i]) and len(kept[below]) > len(kept[i]) and is_title_like(kept[below])
    }
