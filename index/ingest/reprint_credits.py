"""The writer a reprint's note credits (`本文来源于农民日报，作者：农民日报特约记者 宋志刚，不代表本站立场`,
`（本文原载于江城晚报，作者：江城晚报记者 林涛。…）`): a site that reprints names the paper and its reporter in
its footer note, not in a byline.

The note opens on where the text comes from (来源于, 原载于, 转载自, 转自, 摘自, 选自: the paper's name), then the
`作者：` field, whose byline (an outlet's reporter's role before the name) names the writers. Read on the page's
lines and the lines it shows (a body extractor can leave the footer's note out of the text), and only where no
byline named a writer. (Issue 22's sixteenth-round held-out pages.)
"""

from __future__ import annotations

import re

from index.ingest import bylines

_NOTE = re.compile(
    r"^[(（【\[]?\s*(?:本文|此文|该文|文章)?\s*(?:来源于|来源|原载于?|转载自|转自|摘自|选自)\s*[:：]?\s*"
    r"《?[^，,。；;:：《》]{2,20}》?\s*[，,；;]\s*(?:原)?作者\s*[:：]\s*([^，,。；;()（）【】\[\]]{2,30})"
)

_NO_ONE = frozenset("佚名 不详 未知 匿名 网友 本站".split())  # `作者: 佚名`: the note names no one


def credited_writers(lines: list[str]) -> list[str]:
    """The writers the first reprint note among `lines` credits, or []."""
    for line in lines:
        if found := _NOTE.match(line.strip()):
            return [name for name in bylines.writers(f"作者 {found.group(1).strip()}") if name not in _NO_ONE]
    return []
