"""A record whose fields an export glued into one line: `标题：X来源：Y时间：Z正文：…`.

A monitoring system's export (舆情监测) and some office systems print an item's fields one after the other with no
break between them, the text's first paragraph run on after the last label. Read as it stands, the line is one
paragraph: no title, no day and no source are found, and the labels stay in the text (FRESH_EXPORTS_9: 0 of 12 such
files read right, as a site or alone). A line is such a record when it opens with a title's label and at least two
more field labels follow inside it, each glued to the value before it; it is read as a field a line, the text's
label dropped (the text runs on under it), and its title field is the headline, over a page's `<title>` (the
export's, `信息详情导出`). A sentence that quotes one label (`标题：` in a story about headlines) is never split: three
labels are needed, the first at the line's start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.ingest.field_tables import BODY_LABELS, KNOWN, TITLE_LABELS

LEAST_LABELS = 3  # labels one line must carry, the title's first
# a monitoring export's other labels, beside the fields' (its item's outlet and address)
_MORE = ("信息标题", "媒体名称", "媒体", "站点", "链接", "作者", "发布时间", "时间", "倾向性", "情感倾向")
_LABELS = sorted({*KNOWN, *_MORE}, key=len, reverse=True)
_LABEL = re.compile(rf"({'|'.join(map(re.escape, _LABELS))})[：:]")
_TITLED = {*TITLE_LABELS, "信息标题"}


@dataclass(frozen=True)
class Record:
    """The text with the glued line read as a field a line, and the record's title."""

    text: str
    title: str


def _fields(line: str) -> list[tuple[str, str]] | None:
    """The (label, value) pairs of a glued record's line, or None where the line is none."""
    found = list(_LABEL.finditer(line))
    if len(found) < LEAST_LABELS or found[0].start() != 0 or found[0].group(1) not in _TITLED:
        return None
    pairs = []
    for k, match in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(line)
        pairs.append((match.group(1), line[match.end() : end].strip()))
    if any(not value for _, value in pairs[:-1]) or not pairs[0][1]:
        return None
    return pairs


def read_record(text: str) -> Record | None:
    """`text` with its first glued record's line read a field a line, or None where no line is one."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if (pairs := _fields(line.strip())) is None:
            continue
        shown = [value if label in BODY_LABELS else f"{label}：{value}" for label, value in pairs]
        return Record("\n".join([*lines[:i], *shown, *lines[i + 1 :]]), pairs[0][1])
    return None
