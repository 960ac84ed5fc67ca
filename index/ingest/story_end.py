"""Where a story says it ends: an end mark (`（完）`, `【完】`, `-END-`, `（全文完）`) alone on its line or closing
its last paragraph. What a page puts after it is the page's, not the story's: a follow prompt, an account's
name, a hotline, a pager, a `更多精彩:` heading, which no shape rule need know to leave out.

Of the 932 corpus articles with lines after their last end mark, those lines are editors' credits
(`【编辑:苑菁菁】`, read as fields), promotions (`更多精彩:`, `往期回顾…`, `即刻日记`, a phone number) and, in
scraped spam, whole sentences; so only short lines without a sentence's stop and without an article's field
(a day, a source, an editor) go, and written lines after the mark stay (a `相关链接` background paragraph
follows a wire story's mark)."""

from __future__ import annotations

import re

from index.ingest.cleaning import ends_sentence, is_writing
from index.ingest.days.shapes import CN_YEAR, MONTH_DAY, YEAR, YEAR_MARKED

SHORT_MAX = 40  # a longer line is written text, wherever it stands

_END_MARK = re.compile(
    r"(?:[(（【\[「]\s*(?:完|全文完|本文完|END|End|end)\s*[)）】\]」]"
    r"|^[-—–=·•\s]*(?:(?:THE|The|the)\s*)?(?:END|End|end|完)[-—–=·•\s]*)$"
)
# an article's field a line after the mark may give (read by extraction: `【编辑:X】`, `来源：X`, a day)
# (or a credit without a label: `重庆晚报记者 彭光瑞 警方供图`, `(参与报道：…)`), its label's characters spaced or not
_FIELD = re.compile(
    rf"{YEAR}|{MONTH_DAY}|(?:来源|出处|作者|编辑|责编|记者|通讯员|审核|校对|摄影?|文|图)\s*[:：|丨/]"
    r"|记者|通讯员|报道|供图"
)

_DAY = re.compile(rf"{YEAR_MARKED}|{CN_YEAR}年|{MONTH_DAY}")


def end_mark(lines: list[str]) -> int | None:
    """The index of the line holding the story's last end mark, alone or closing a paragraph, when some
    writing stands before it (a mark over nothing ends no story)."""
    written = False
    found = None
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped and _END_MARK.search(stripped) and (written or is_writing(stripped)):
            found = i
        written = written or is_writing(line)
    return found


def after_end(lines: list[str], kept: list[str]) -> set[int]:
    """The short lines that follow the story's end mark and are no sentence and no article's field. `lines` are
    the page's lines as read (cleaning blanks a mark alone on its line), `kept` what cleaning kept of them."""
    mark = end_mark(lines)
    if mark is None:
        return set()
    found = set()
    for i in range(mark + 1, len(kept)):
        line = kept[i]
        if (
            not line
            or len(line) > SHORT_MAX
            or ends_sentence(line)
            or _FIELD.search(line.replace(" ", ""))
            or _DAY.search(line)
        ):
            continue
        below = next((kept[j] for j in range(i + 1, len(kept)) if kept[j]), "")
        if not _DAY.search(below):  # a name over a day is who signs it (an issuer over `二〇二〇年四月一日`)
            found.add(i)
    return found
