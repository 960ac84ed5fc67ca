"""The byline among a publication line's fields when nothing but single spaces, bars or the stamp stands between
them: `江城晚报 2023-05-16 09:05 记者 吴思娟 我要报料`, `新头壳 | 陈佳琪 综合报导 发布 2020.11.03 | 14:25`.

A page's info line shows its spans (the outlet, the stamp, the byline, a button) side by side, so the byline is one
field of the line, not the line: read whole, the outlet and the day before the role make it no byline
(index.ingest.bylines reads a line whose every word is the byline's, or fields apart by wide gaps). Here the line
is cut at its stamps (a day, a time) and its bars, and the one field that is a byline by its role word (`记者 X`) or
by where it was filed from (`X 综合报导`) gives the writers; a line with two such fields that disagree names no one.
(Issue 22's sixteenth-round held-out pages: the info line's byline was lost beside the outlet and the stamp.)
"""

from __future__ import annotations

import re

from index.ingest import bylines
from index.ingest.days.shapes import ANY_YEAR, TIME

# a stamp between the fields: a day (`2023-05-16`, `2020.11.03`, `2021年04月29日`) with its time, or a time alone
_STAMP = re.compile(rf"{ANY_YEAR}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?(?:\s*{TIME})?|{TIME}")
_BAR = re.compile(r"\s*[|｜]\s*|\u3000+|\s{2,}")
# a field that is a byline: a reporter's or a writer's role word, or the place a report was filed from after names
_ROLE = re.compile(r"记者|通讯员|实习生|特派员|作者|撰稿|撰文|文\s*[/／|丨]")
_FILED = re.compile(r"(?:综合|编译)?报[道导]$")
# the stamp's label left at the end of the field before it (`X 综合报导 发布 2020.11.03`)
_STAMP_LABEL = re.compile(r"\s*(?:发布于|发表于|发布时间|发表时间|发布|发表|更新于|更新|时间|日期)\s*[:：]?$")
MAX_LINE = 80  # characters: an info line, never a paragraph


def _filed_last(field: str) -> list[str]:
    """The names of a filed credit after an outlet the byline reader does not know as one (`新头壳 陈佳琪/综合报导`):
    its last word read alone."""
    words = field.split()
    return bylines.writers(words[-1]) if len(words) > 1 and _FILED.search(words[-1]) else []


def writers(line: str) -> list[str]:
    """The writers the one byline field of a publication line names, cut at its stamps and bars; [] when the
    line holds no stamp (then it is no info line but a byline, read by index.ingest.bylines), or its byline
    fields name different people."""
    if len(line) > MAX_LINE or not _STAMP.search(line):
        return []
    pieces = [_STAMP_LABEL.sub("", piece) for piece in _STAMP.split(line)]
    fields = [part.strip() for piece in pieces for part in _BAR.split(piece) if part.strip()]
    bylined = [field for field in fields if _ROLE.search(field) or _FILED.search(field)]
    named = [found for field in bylined if (found := bylines.writers(field) or _filed_last(field))]
    return named[0] if named and all(found == named[0] for found in named) else []
