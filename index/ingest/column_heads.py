"""An old table page's column headings over the article (`标题 | 日期 | 点击`, or one heading a line).

A 2000s portal or an office system printed an article as one row of a list's table: a row of headings (`标题`,
`发布日期`, `点击`) over the row of the article's title, day and count, then the text in a cell spanning them. Read in
table order, the headings come out as lines of their own above the headline, or run together with the text's first
line when the cells were joined. A heading is a list's column name and nothing else; two or more of them in a row
(on one line or a line each) above the text are the table's, never the article's words. A story's own line that
starts with such a word goes on (`标题党现象…`, `日期确定后…`): only two or more bare names set apart count.
"""

from __future__ import annotations

import re

from index.ingest.cleaning import is_writing

# a list's column names: the title, the day, the counts, the writer and the column the row files it under
_NAME = (
    r"(?:标\s*题|题\s*目|文章标题|(?:发布|发表|更新|加入)?(?:日期|时间)|点击(?:数|率|量|次数)?|浏览(?:数|量|次数)?"
    r"|阅读(?:数|量)?|人气|回复|作\s*者|来\s*源|发布者|发布人|栏目|类别|分类|序号)"
)
_ROW = re.compile(rf"^{_NAME}(?:\s*[|｜/\t]\s*|\s+){_NAME}(?:(?:\s*[|｜/\t]\s*|\s+){_NAME})*$")
_ALONE = re.compile(rf"^{_NAME}$")
_LEADING = re.compile(rf"^{_NAME}(?:\s*[|｜/\t]\s*|\s+){_NAME}(?:(?:\s*[|｜/\t]\s*|\s+){_NAME})*(?:\s*[|｜]\s*|\s+)")


def heading_lines(kept: list[str]) -> set[int]:
    """The indexes of the lines above the text's first written line that are a table's column headings: one
    line of two or more names (`标题 | 日期 | 点击`), or two or more lines in a row each one name alone."""
    first = next((i for i, line in enumerate(kept) if is_writing(line)), len(kept))
    found: set[int] = set()
    run: list[int] = []
    for i in range(first + 1):
        line = kept[i].strip() if i < first else ""
        if i < first and not line:
            continue
        if line and _ROW.match(line):
            found.add(i)
        if line and _ALONE.match(line):
            run.append(i)
            continue
        found.update(run if len(run) >= 2 else [])
        run = []
    return found


def text_after_headings(line: str) -> str | None:
    """The text of a written line that a row of two or more column headings opens (`标题 日期 点击 本网讯 …` ->
    `本网讯 …`), or None where no such row opens it."""
    found = _LEADING.match(line.strip())
    if found is None:
        return None
    rest = line.strip()[found.end() :]
    return rest if is_writing(rest) else None
