"""A note app's properties and metadata around the article it holds: read for the headline and the day, never text.

Outliners and linked-notes apps (Logseq, Roam, Obsidian's inline fields) write a page's properties as `键:: 值`
lines, bulleted or not (`- 原文标题:: X`, `来源:: [[新华网]]`, `收集于:: [[2021-05-02]]`, `title:: X`), and an
outliner writes every paragraph as a bullet of its own (`- `, nested by indent). Desktop wikis and raw note exports
frame the text with a block of `Key: value` lines in Latin words at its head or its tail (`Content-Type:
text/x-zim-wiki`, `Creation-Date: …`; Joplin's trailing `id: …`, `created_time: …`, `markup_language: 1`). Read as
an article, the property lines stayed in the text, `- 原文标题:: X` or a collector's `收集于::` line became the
headline and every paragraph kept its dash. Here a property naming a title gives the headline, one naming a
publication's day (`发布日期`, `日期`, `date`) the day, and every property line and metadata block leaves the text;
a text whose lines are mostly bullets (three or more, and two thirds of its lines) loses its bullets and the
collector's notes among them (`批注：…`), and a note's backlinks section (`反向链接` and its links) leaves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.ingest.cleaning import WRITING

# `键:: 值`, bulleted or not: the double colon is the outliners' own mark, no prose writes it
_PROPERTY = re.compile(r"^\s*(?:[-*+]\s+)?([^\s:：\[\]#]{1,16})::(?:\s+(.*))?$")
_TITLE_KEY = re.compile(r"^(?:原文|文章|新闻|稿件)?(?:标题|题目|名称)$|^title$", re.I)
# a publication's day: never a record's (创建, 修改, 收集, 入库…), which is the note's
_DAY_KEY = re.compile(r"^(?:原文|发布|发表|刊发|出版)?(?:日期|时间)$|^(?:date|published|pubdate)$", re.I)
_RECORD_KEY = re.compile(r"创建|修改|更新|收集|收藏|入库|保存|添加|剪藏|导入|created|updated|modified", re.I)
_LINKED = re.compile(r"\[\[([^\[\]]+)\]\]")  # `[[新华网]]`: a page link keeps its words
# A metadata block's line: a Latin key, a colon, a value (`Creation-Date: 2021-05-02T10:24:05+08:00`, `id: 8f3a…`)
_META = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{1,30}:(?:\s+\S.*)?$")
_META_STAMP = re.compile(r"(?:^|[_-])(?:created|creation|updated|modified|date|time)(?:[_-]|:)", re.I)
LEAST_META = 3  # lines a metadata block has at least
_BULLET = re.compile(r"^\s*[-*+]\s+(?=\S)")
LEAST_BULLETS = 3
_NOTE = re.compile(r"^\s*[-*+]\s+(?:我的)?(?:批注|备注|笔记|想法|点评|摘评)\s*[:：]")  # a collector's own note
_BACKLINKS = re.compile(r"^(?:反向链接|双向链接|链接到本页|引用本页的笔记|Backlinks|Linked References)$", re.I)


@dataclass(frozen=True)
class Properties:
    """The headline and the publication's day a page's properties give (None where none), and the indexes of its
    property and metadata lines."""

    title: str | None
    day: str | None
    lines: frozenset[int]


def _value(text: str | None) -> str:
    return _LINKED.sub(r"\1", text or "").strip()


def _meta_block(lines: list[str], indexes: range) -> set[int]:
    """The metadata block's lines met first along `indexes` (blank lines before it skipped), when it has three lines
    or more, one naming a time."""
    block: list[int] = []
    for i in indexes:
        line = lines[i].strip()
        if not line and not block:
            continue
        if not line or not _META.match(line):
            break
        block.append(i)
    stamped = any(_META_STAMP.search(lines[i].strip().split(" ")[0]) for i in block)
    return set(block) if len(block) >= LEAST_META and stamped else set()


def read_properties(lines: list[str]) -> Properties | None:
    """The properties of a page's `lines`, or None when it shows no property line and no metadata block."""
    found = {i: m for i, line in enumerate(lines) if "::" in line and (m := _PROPERTY.match(line))}
    taken = set(found) | _meta_block(lines, range(len(lines))) | _meta_block(lines, range(len(lines) - 1, -1, -1))
    taken |= backlinks(lines)
    if not taken:
        return None
    title = day = None
    for match in found.values():
        key, value = match.group(1), _value(match.group(2))
        if value and title is None and _TITLE_KEY.match(key):
            title = value
        elif value and day is None and _DAY_KEY.match(key) and not _RECORD_KEY.search(key):
            day = value
    return Properties(title, day, frozenset(taken))


def without_bullets(lines: list[str]) -> list[str]:
    """`lines` without their bullets when an outliner wrote them (three or more bulleted lines, two thirds of the
    lines that say anything), and without the collector's notes among them (a bullet opening with its label:
    `批注：…`, `我的备注：…`); else `lines` as they are."""
    shown = [line for line in lines if line.strip()]
    bulleted = sum(1 for line in shown if _BULLET.match(line))
    if bulleted < LEAST_BULLETS or bulleted * 3 < len(shown) * 2:
        return lines
    return ["" if _NOTE.match(line) else _BULLET.sub("", line) for line in lines]


def backlinks(lines: list[str]) -> set[int]:
    """The indexes of a note's backlinks section: its heading (`反向链接`, `Linked References`) and the lines under
    it, where none of them is writing."""
    start = next((i for i, line in enumerate(lines) if _BACKLINKS.match(line.strip())), None)
    if start is None or any(WRITING.search(line) for line in lines[start + 1 :]):
        return set()
    return set(range(start, len(lines)))
