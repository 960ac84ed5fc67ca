"""A series' kicker glued onto the text's first line: the page's label for the story, not its words.

A portal labels the parts of a series (`系列报道之三丨`, `【系列评论之二】`) and its template sets the label before the
headline or before the lead; scraped as text, the lead's label is glued to the text's first sentence (`系列报道之二 |
记者从…`), where the held-out real pages' labellers leave it out. A headline's own kicker stays with the headline, as
those labellers keep it (`棱镜|…`).

Only a series' ordinal marks such a label (`系列…之N`, `专题…之N`), in square brackets or before a bar, with the text's
first line after it (twenty characters or more, not the headline repeated). Any other label opening a lead is left:
on the corpus, 58 real bodies open on one of their own that a wider rule (any two to ten characters in brackets or
before a bar) cut: a case's sections (`【案情】`, `【事件经过】`), a column's kicker the labels keep (`【地评线】`,
`【学习进行时】`), credits (`【环球网报道记者X】`, `采写丨X`, `作者供图丨`), an account's menu (`城事丨美食丨…`).
"""

from __future__ import annotations

import re

from index.text.cjk import CJK

LEAD_MIN = 20  # characters of the lead after the kicker: a sentence, not a list's item or a caption
HEADLINE_MIN = 8  # characters of a headline the lead may open with (a shorter one is any text's words)

_HAN = f"(?!丨)[{CJK}]"  # (the bar `丨` is a CJK character itself)
_KICKER = re.compile(rf"^(?:【\s*((?:{_HAN}){{2,10}})\s*】|((?:{_HAN}){{2,10}})\s*[丨｜|]\s*)")
_SERIES = re.compile(r"^\S{0,6}?(?:系列|专题)\S{0,4}?之[一二三四五六七八九十]{1,3}$")  # `系列报道之三`


def _squash(text: str) -> str:
    return "".join(text.split())


def without_kicker(lead: str, headline: str | None) -> str:
    """`lead` without a series' kicker glued before it (see the module's note): `系列报道之二 | 记者从…` -> `记者从…`;
    unchanged where none is."""
    found = _KICKER.match(lead)
    if not found:
        return lead
    label, rest = found.group(1) or found.group(2), lead[found.end() :].lstrip()
    return rest if _SERIES.match(label) and len(rest) >= LEAD_MIN and not _repeats(rest, headline or "") else lead


def _repeats(rest: str, headline: str) -> bool:
    """Whether what follows the kicker is the headline repeated (alone, or with the text run on after it)."""
    key, head = _squash(rest), _squash(headline)
    return head.endswith(key) or (len(head) >= HEADLINE_MIN and key.startswith(head))
