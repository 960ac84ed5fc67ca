"""An office app's form saved as text or a page (a work report, a submission): its title field is the headline, its
text field the text, and its other fields, labels and head no text.

A form lays each field out as its label on a line of its own over its value (`信息标题` / the title, `信息正文` / the
paragraphs, `报送单位` / `江城市宣传部`, `是否公开` / `是`), under a head naming the template and who submitted it
(`汇报 · 每日信息报送`, `汇报人：王海燕　所在部门：宣传部`, `提交时间：…`). Read as an article, the labels and values
stayed in the text and the template's name or the submitter was taken as the headline. A text is such a form when
three or more lines are a field's label (a short line ending in what a label names: `标题`, `名称`, `正文`, `内容`,
`单位`, `部门`, `人`, `时间`, `是否公开`…) over a value, one of them a title's and one a text's: the title's value
is the headline, the text's value runs to the next label, every other label and its one-line value leave, and so
does the head above the first label, but a line there with a day (read as the form's publication).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.ingest.days.shapes import YMD_DAY

LEAST_FIELDS = 3  # labelled fields a form shows at least
VALUE_MAX = 40  # characters another field's value has at most
_LABEL = re.compile(
    r"^[\u4e00-\u9fff]{0,6}(?:标题|题目|名称|正文|内容|单位|部门|人|时间|日期|类型|类别|分类|状态|意见|附件|备注|来源|地点|编号)$"
    r"|^是否[\u4e00-\u9fff]{1,4}$"
)
_TITLE = re.compile(r"(?:标题|题目|名称)$")
_TEXT = re.compile(r"(?:正文|内容)$")
_DAY = re.compile(YMD_DAY)


@dataclass(frozen=True)
class Form:
    """A form's headline (its title field's value) and the lines it shows that are no text (a page's lines as read
    leave out fields its shown lines hold, so they are matched by what they say)."""

    title: str
    lines: frozenset[str]


def _is_label(line: str) -> bool:
    return 2 <= len(line) <= 8 and bool(_LABEL.match(line))


def read_form(lines: list[str]) -> Form | None:
    """The form `lines` (a text's lines or a page's shown lines, stripped) lay out, label over value, else None."""
    shown = [i for i, line in enumerate(lines) if line]
    labels = [k for k, i in enumerate(shown[:-1]) if _is_label(lines[i]) and not _is_label(lines[shown[k + 1]])]
    if len(labels) < LEAST_FIELDS:
        return None
    titled = [k for k in labels if _TITLE.search(lines[shown[k]])]
    texts = [k for k in labels if _TEXT.search(lines[shown[k]])]
    if not titled or not texts:
        return None
    out = {i for i in shown[: shown.index(shown[labels[0]])] if not _DAY.search(lines[i])}  # the form's head
    for k in labels:
        out.add(shown[k])
        if k not in texts and len(lines[shown[k + 1]]) <= VALUE_MAX or k in titled:
            out.add(shown[k + 1])
    return Form(lines[shown[titled[0] + 1]], frozenset(lines[i] for i in out))
