"""An outlet's name and the channel the article is filed under, one line over the headline: `江城观察 丨 时政`,
`金山网 · 本地新闻`, `柳河县人民政府 | 通知公告`.

A page's head shows where the article sits as two names joined by a bar or a dot; a headline's kicker is a phrase
of the story, said whole (`网信工作进行时`), and a headline joins its clauses with punctuation and runs longer. So a
line of exactly two short names (an outlet's of two to ten characters, a channel's of two to six, no punctuation, no
digit) joined by one bar or dot, right over a longer title-like line that is no labelled credit and gives no day
(the headline, not a `编辑｜X` under `作者｜Y` nor the publication line under a headline that names its programme,
`江城新闻联播｜全市…`) and above the text's first paragraph, is the page's, not the story's (a trail of three steps
or more is index.ingest.chrome's breadcrumb).
"""

from __future__ import annotations

import re

from index.ingest.cleaning import first_paragraph, is_title_like
from index.ingest.days.shapes import YMD

_NAME = r"[\u4e00-\u9fffA-Za-z]"
_CHANNEL_HEAD = re.compile(rf"^{_NAME}{{2,10}}\s*[|｜丨·•]\s*{_NAME}{{2,6}}$")  # a channel is named in a word or two
# what the headline under it is not: a labelled credit (`编辑｜X` under `作者｜Y`, `作者：X`; a headline's `央视快评：…`
# says more), or a publication line
_NO_HEADLINE = re.compile(rf"^\S{{1,4}}\s*[|｜丨]|^\S{{1,4}}\s*[:：]\s*\S{{1,4}}$|{YMD}")


def channel_heads(kept: list[str]) -> set[int]:
    """The indexes of such lines, each right over a longer title-like line, above the text's first paragraph."""
    first = first_paragraph(kept)
    shown = [i for i in range(first) if kept[i]]
    return {
        i
        for i, below in zip(shown, shown[1:], strict=False)
        if _CHANNEL_HEAD.match(kept[i])
        and len(kept[below]) > len(kept[i])
        and is_title_like(kept[below])
        and not _NO_HEADLINE.search(kept[below])
    }
