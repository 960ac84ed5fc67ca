"""A government page's filing table (信息公开): the fields a notice is filed under, wherever the page sets them.

`索引号：11330…/2020-01001`, `发布机构：江城县教育局`, `生成日期：2020-04-01`, `文号：江政办发〔2020〕10号`,
`主题分类：综合政务`, a row to a line or several a line, label and value in a cell each. Above the text the
publication line's reader takes its day and learned or line rules take the rest; under it (where many portals
set the table) they were kept as text: `文号：…` and `生成日期：…` carry no rule's words. A run of such lines with
two labels of the kind or more is the page's, its day read before it goes; one labelled line alone (`文号：…`
quoted in a story, `发布日期：…` over the text) is left to the other readers.
"""

from __future__ import annotations

import re

VALUE_MAX = 40  # the longest a filed value is (an office's full name, an index number)

# the labels of a filing table, as portals' CMSs name them
_LABEL = (
    r"(?:索引号|信息索引号|发布机构|发文机关|发文单位|主题分类|组配分类|体裁分类|信息分类|服务对象分类|主题词|公开方式|公开范围"
    r"|公开时限|公开形式|文号|发文字号|文件编号|有效性|时效性|生成日期|成文日期|发文日期|发布日期|印发日期|生效日期|废止日期"
    r"|失效日期|信息来源|所属主题|公文种类|统一编号|登记号|责任部门|内容概述)"
)
_FIELD = re.compile(rf"{_LABEL}\s*[:：]\s*")
_LINE = re.compile(rf"^(?:\s*{_LABEL}\s*[:：]\s*[^:：]{{0,{VALUE_MAX}}}?)+\s*$")
_BARE_LABEL = re.compile(rf"^{_LABEL}\s*[:：]?$")
LABELS_LEAST = 2  # distinct labels a run must hold to be a filing table


def _labels(line: str) -> list[str]:
    """The filing labels a line is made of, or [] when it holds anything else (a sentence, another label)."""
    line = line.strip()
    if not line or not (_LINE.match(line) or _BARE_LABEL.match(line)) or re.search(r"[。！？!?]", line):
        return []
    return [found.group(0).rstrip(":： ") for found in _FIELD.finditer(line)] or [line.rstrip(":： ")]


def filing_runs(kept: list[str]) -> set[int]:
    """The indexes of the lines of a filing table: consecutive lines (blank lines between them allowed) each made
    of filing labels and their values, or a value alone under a bare label, with LABELS_LEAST labels or more."""
    found: set[int] = set()
    run: list[int] = []
    labels: set[str] = set()
    after_label = False

    def close() -> None:
        if len(labels) >= LABELS_LEAST:
            found.update(run)

    for i, line in enumerate(kept):
        if not line.strip():
            continue
        named = _labels(line)
        if named:
            run.append(i)
            labels.update(named)
            after_label = bool(_BARE_LABEL.match(line.strip()))
        elif after_label and len(line.strip()) <= VALUE_MAX and not re.search(r"[。！？!?]", line):
            run.append(i)  # a cell's value under its label's cell
            after_label = False
        else:
            close()
            run, labels, after_label = [], set(), False
    close()
    return found
