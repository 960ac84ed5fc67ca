"""Credit labels and names padded with spaces to line up in a column (`记   者： 李   征`, `编　辑：罗  雪`):
read as written unpadded (`记者：李征`), so that the byline and credit readers see a label and a name.

Scraped WeChat posts and county papers pad two-character labels to the width of three (`审 核`, `通讯员`) and
two-character names likewise: 17 of the corpus's articles write their credits so, and none gave a writer or an
editor; read closed up, one gains its three writers and three their editor, and 19 bodies lose the padding or a
credit line now read as a field (2026-12-06, every corpus article extracted before and after). Only a label of the
roles below, spaced and followed by a colon, is closed up, and only a name of two single characters apart right
after it, up to the next label: a line of the story, which has no spaced label before a colon, is never touched.
"""

from __future__ import annotations

import re

from index.text.cjk import CJK

# the roles whose labels are padded: writers', editors' and the production's (`设　计`, `素　材`)
_ROLES = (
    *("记者", "作者", "编辑", "责编", "审核", "校对", "摄影"),
    *("供稿", "撰稿", "设计", "素材", "监制", "美编", "排版"),
)
_NEXT_LABEL = "|".join(rf"{a}[ \t]*{b}" for a, b in _ROLES) + "|通讯员|实习|责任"
_SPACED = re.compile(
    r"(" + "|".join(rf"{a}[ \t]+{b}" for a, b in _ROLES) + r")[ \t]*([:：])[ \t]*"
    rf"(?:([{CJK}])[ \t]+([{CJK}])(?=$|[^{CJK}]|{_NEXT_LABEL}))?"
)


def _closed(match: re.Match) -> str:
    label = re.sub(r"[ \t]+", "", match.group(1))
    name = f"{match.group(3)}{match.group(4)}" if match.group(3) else ""
    return f"{label}{match.group(2)}{name}"


def unspaced(line: str) -> str:
    """`line` with its padded credit labels (and a padded two-character name after one) closed up."""
    return _SPACED.sub(_closed, line) if " " in line or "\t" in line else line
