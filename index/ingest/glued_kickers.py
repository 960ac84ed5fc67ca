"""A series' or a column's kicker glued onto the text's first line: the page's label for the story, not its words.

A portal labels a story with the series or the column it runs in (`【聚焦两会】`, `系列报道之三丨`, `独家｜`, `深读 | `)
and its template sets the label before the headline or before the lead; scraped as text, the lead's label is glued
to the text's first sentence (`【网信观察】白沙县近日…`, `系列报道之二 | 记者从…`), where the held-out real pages'
labellers leave it out. A headline's own kicker stays with the headline, as those labellers keep it (`棱镜|…`).

A kicker is a phrase of its own before the text's first words, in square brackets or before a bar (`丨`, `｜`, `|`),
of two to ten characters; what follows is the text's first line, twenty characters or more, and not the headline
repeated, alone or with the text run on (`【地评线】南方网评：…` over the text is the headline's own kicker, which the
corpus keeps). What opens a
lead so but is the story's is left alone: a dateline or an outlet's credit (`【环球网报道】`, `【乐居财经】王敏 …`: an
outlet's or a flash's word, 网 报 社 台 讯 电 消息 财经 新闻), a writer's credit before a bar (`文｜X`, `记者｜X`:
index.ingest.bylines reads it), an editor's note (`【编者按】`) and a question's or an answer's mark (`问｜`). Read
once the lead's credits are (`【乐居财经】王敏 6月18日消息`: index.ingest.opening_credits).
"""

from __future__ import annotations

import re

from index.text.cjk import CJK

LEAD_MIN = 20  # characters of the lead after the kicker: a sentence, not a list's item or a caption

_HAN = f"(?!丨)[{CJK}]"  # (the bar `丨` is a CJK character itself)
_KICKER = re.compile(rf"^(?:【\s*((?:{_HAN}){{2,10}})\s*】|((?:{_HAN}){{2,10}})\s*[丨｜|]\s*)")
# what such an opening is when it is the story's: an outlet or a flash, a writer's role, an editor's note, a
# question's or an answer's mark
_STORYS = re.compile(
    r"(?:网|报|社|台|讯|电|消息|财经|新闻|报道|综合|编译)$"
    r"|^(?:文|图|文图|图文|记者|作者|编辑|来源|撰文|摄影|通讯员|主播|口述|整理|出品|策划|监制|编者按|按语|编者|导读|摘要|问|答)$"
)


def _squash(text: str) -> str:
    return "".join(text.split())


def without_kicker(lead: str, headline: str | None) -> str:
    """`lead` without a series' or a column's kicker glued before it (see the module's note): `【网信观察】白沙县…`
    -> `白沙县…`; unchanged where none is."""
    found = _KICKER.match(lead)
    if not found:
        return lead
    label, rest = found.group(1) or found.group(2), lead[found.end() :].lstrip()
    return lead if _STORYS.search(label) or len(rest) < LEAD_MIN or _repeats(rest, headline or "") else rest


def _repeats(rest: str, headline: str) -> bool:
    """Whether what follows the kicker is the headline repeated (alone, or with the text run on after it)."""
    key, head = _squash(rest), _squash(headline)
    return head.endswith(key) or (len(head) >= LEAD_MIN and key.startswith(head))
