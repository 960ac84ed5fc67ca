"""An info bar: a row of `label：value` cells under a headline, wherever the page puts it.

Sites set the publication line as sibling elements, `<span>发布时间：2020-04-01 20:45</span><span>来源：X网</span>
<span>作者：A B C</span><span>编辑：D</span>`, which a page's text shows run together:
`发布时间：2020-04-01 20:45来源：X网作者：A B C编辑：D`. A label is read where it starts a line or follows a
space, so the glued cells read as one: the source took `X网作者` and the writers went to no one. Each cell is
given back its own start here, by the labels alone (no site's wording): a label of two characters or more
glued to the value of an earlier cell of the same line. A label that is a role's second half (`图片编辑：`, a
picture editor; `文字编辑：`) stays whole, and a line with no earlier cell (`图片编辑：X` alone) is left as it is.
"""

from __future__ import annotations

import re

from index.text.cjk import CJK
from index.text.lexicon import FIELD_LABELS

_LABELS = sorted({label for labels in FIELD_LABELS.values() for label in labels if len(label) >= 2}, key=len)
_CELL = re.compile("(?:" + "|".join(reversed(_LABELS)) + r")\s*[:：]")  # longest first: 责任编辑 before 编辑
_GLUED = re.compile(f"[{CJK}]")
_COMPOUND_ROLE = re.compile(r"(?:图片|图像|视频|美术|文字|技术|网络|新媒体|实习|见习|值班|栏目|执行)$")


def cells(line: str) -> str:
    """`line` with a space before each label glued to the value of an earlier cell:
    `时间：2020-04-01来源：X网作者：A B` -> `时间：2020-04-01来源：X网 作者：A B` (a day before a label is
    read as its end already)."""
    found = list(_CELL.finditer(line))
    if len(found) < 2:
        return line
    out, at = [], 0
    for match in found[1:]:
        before = line[match.start() - 1 : match.start()]
        if _GLUED.match(before) and not _COMPOUND_ROLE.search(line[: match.start()]):
            out += [line[at : match.start()], " "]
            at = match.start()
    return "".join(out) + line[at:]


# a notice's publisher, a clerk or an office that posted the page, never its writer, opening a line with a writer's
# label glued after its value (`发布人：管理员作者：唐晓峰发布时间：…`)
PUBLISHER_LABELS = ("发布人", "发布者", "发布单位", "发布部门", "发布机构", "信息发布")
_PUBLISHER_GLUED = re.compile(
    rf"^((?:{'|'.join(PUBLISHER_LABELS)})\s*[:：]\s*[^\s:：]+?)"
    rf"(?=(?:{'|'.join(sorted(FIELD_LABELS['author'], key=len, reverse=True))})\s*[:：])"
)


def publisher_apart(line: str) -> str:
    """`line` with a space between a publisher's cell opening it and a writer's label glued after its value:
    `发布人：管理员作者：唐晓峰…` -> `发布人：管理员 作者：唐晓峰…`; unchanged otherwise."""
    return _PUBLISHER_GLUED.sub(r"\1 ", line, count=1)
