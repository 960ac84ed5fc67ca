"""What a blog engine or a CMS prints under a post about the post: its entry meta, its category and tags, its record.

A blog's theme closes the post, inside the post's own block, with a sentence of the engine's template about it
(`本条目发布于2020年4月28日。属于时事分类，被贴了 网信、江城 标签。作者是X。收藏该固定链接。`,
`此条目由X发表在时事分类目录，贴了网信标签。将固定链接加入收藏夹。`), and with its category and tags (`分类：杂记 |
标签：网信, 东城`, `标签：网信，江城`, a page-to-Markdown converter's `相关：网信、江城`); an old CMS closes the
article's cell with the row of who entered and who edited it (`文章录入：X　　责任编辑：Y`,
`【文章录入：X】【责任编辑：Y】【审核：Z】`). The sentence is written, so no shape of interface takes it, and its
words are the engine's whatever the site: the post's permalink (固定链接, 永久链接), the entry (`本条目`, `此条目`) or
its category with its tags (`属于X分类，被贴了Y标签`). A record row is label and value pairs, one of them an entry's
(录入). Only the run of such lines that closes the text goes (the editor's name is read from the page's lines as
before); a story's sentence about a link or a category stands among its paragraphs.
"""

from __future__ import annotations

import re

from index.ingest.credits import is_credit_line

RECORD_MAX = 120  # characters: an engine's sentence about the post, or a record row of four or five pairs

# the engine's sentence: the post's permalink, the entry named as the engine names it (`本条目发布于…`, `此条目由X
# 发表在…`), or its category and its tags in one sentence (a story's `属于高风险分类` names no tags)
_ENTRY_META = re.compile(
    r"固定链接|永久链接|(?:本文|文章)链接\s*[:：]|^(?:此|本)条目|分类(?:目录)?[，,。]?\s*\S{0,4}?(?:被贴了|贴了|标签)"
)
# a category's or tags' line: its label, then short values apart by commas, spaces or bars, maybe a second label
_TERMS = re.compile(
    r"^(?:(?:分类|类别|栏目|标签|Tags?|TAG|关键字|关键词|相关(?:话题|标签|专题)?)\s*[:：]\s*[^，。！？:：]{1,40}?\s*(?:[|｜/]\s*)?)+$"
)
# a CMS's record row: label and value pairs (maybe each in 【】), one of them who entered the article
_PAIR = r"[【\[]?\s*[^\s【】\[\]:：]{1,6}\s*[:：]\s*[^\s【】\[\]:：]{0,16}\s*[】\]]?"
_RECORD_ROW = re.compile(rf"^(?:{_PAIR}\s*){{2,6}}$")
_ENTERED = re.compile(r"(?:文章|信息|稿件)?录入(?:员|人)?\s*[:：]")


def is_entry_record(line: str) -> bool:
    """A line of what the engine or the CMS says about the post (see the module's note)."""
    if not 0 < len(line) <= RECORD_MAX:
        return False
    if _ENTRY_META.search(line):
        return True
    if _TERMS.match(line):
        return True
    return bool(_ENTERED.search(line)) and bool(_RECORD_ROW.match(line))


def entry_records(kept: list[str]) -> set[int]:
    """The indexes of the entry's record lines closing `kept` (the page's lines cleaning kept, '' for blanks): the
    run of them from the end (an editor's credit line among them is passed over and read as before), above which
    some other line stands."""
    found: set[int] = set()
    for i in range(len(kept) - 1, -1, -1):
        if not kept[i] or is_credit_line(kept[i]) and not _ENTERED.search(kept[i]):
            continue
        if not is_entry_record(kept[i]):
            return found
        found.add(i)
    return set()
