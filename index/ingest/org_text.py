"""An Org file's markup read as the text it marks (Emacs Org, Logseq and Orgzly notes, `.org`).

Its headings are lines of stars (`* 正文`, `** 小节`), its links `[[address][words]]`, its blocks framed by
`#+BEGIN_QUOTE` … `#+END_QUOTE` lines and its properties drawers by `:PROPERTIES:` … `:END:`. Markdown's `* `
is a list's bullet, so these rules apply to `.org` files only; their `#+TITLE:` lines are declared fields
(index/ingest/front_matter.py), and so are the publication's day and address its properties drawer names
(`:PUBDATE: 2021-02-28`), while a stamp alone on its line (`[2021-03-02 Tue 10:12]`, org-capture's) leaves the text:
it tells when the note was taken.

A note-taking package's capture (org-roam's: a file-level `:PROPERTIES:` drawer with its `:ID:` above the `#+title:`
lines) declares its fields under the drawer; its `#+date:` written as an inactive stamp (`[2021-01-26 Tue 21:31]`,
the capture template's `%U`) is the capture's day, read only where the text names none, and its `#+author:` is the
note-taker, giving way to a writer the text names. A description list's item (`- 作者 :: 记者X`, `- 发布时间 :: …`)
is read as the labelled line it says (`作者：记者X`), a heading over nothing but such items (`* 原文信息`) is their
caption and leaves, and a section the reader wrote (`* 笔记`, `* 我的批注`, `* 读后感`, `* Notes`) with its
subsections is not the article's."""

from __future__ import annotations

import re

from index.ingest.days.shapes import ORG_INACTIVE
from index.ingest.front_matter import split_front_matter

_RULES = [
    # an inactive stamp alone on its line: when the note was captured (org-capture's `%U`), never the article's day
    (re.compile(rf"^[ \t]*{ORG_INACTIVE}[ \t]*$", re.M), ""),
    (re.compile(r"^\*+[ \t]+", re.M), ""),  # a heading's stars
    (re.compile(r"^[ \t]*:PROPERTIES:[ \t]*\n(?:.*\n)*?[ \t]*:END:[ \t]*$", re.M), ""),  # a drawer
    (re.compile(r"^[ \t]*#\+(?:BEGIN|END)_\w+.*$", re.M | re.I), ""),  # a block's frame
    (re.compile(r"^[ \t]*#(?:[ \t].*)?$", re.M), ""),  # a comment line
    (re.compile(r"\[\[[^\]\n]*\]\[([^\]\n]+)\]\]"), r"\1"),  # a described link keeps its words
    (re.compile(r"\[\[([^\]\n]+)\]\]"), r"\1"),  # a bare link is its address
]


# a properties drawer's line (`:PUBDATE: 2021-02-28`) and the declared fields its keys name: the article's
# publication day and address, as a web clipper's template writes them (never `:CAPTURED:` or `:CREATED:`, the note's)
_PROPERTY = re.compile(r"^[ \t]*:([A-Za-z_\-]+):[ \t]+(\S.*?)[ \t]*$", re.M)
_DRAWER = re.compile(r"^[ \t]*:PROPERTIES:[ \t]*\n((?:.*\n)*?)[ \t]*:END:[ \t]*$", re.M)
_FIELDS = {
    "date": ("pubdate", "published", "publish_date", "publication_date", "date_published"),
    "url": ("url", "source_url", "original_url"),
}


def declared_properties(text: str) -> dict[str, str]:
    """The fields an Org file's first properties drawer declares (`:PUBDATE:`, `:URL:`), else {}."""
    drawer = _DRAWER.search(text)
    if not drawer:
        return {}
    found = {key.lower(): value for key, value in _PROPERTY.findall(drawer.group(1))}
    return {
        name: value for name, keys in _FIELDS.items() if (value := next((found[k] for k in keys if k in found), None))
    }


_FILE_DRAWER = re.compile(r"\A\ufeff?[ \t]*:PROPERTIES:[ \t]*\n(?:.*\n)*?[ \t]*:END:[ \t]*\n")
_INACTIVE_DATE = re.compile(rf"^[ \t]*#\+date:[ \t]*{ORG_INACTIVE}[ \t]*$", re.M | re.I)
_ITEM = re.compile(r"^[ \t]*[-+][ \t]+(\S[^\n]*?)[ \t]+::(?:[ \t]+(.*))?$")
_LINK_ONLY = re.compile(r"^\[\[([^\]\n]+)\](?:\[[^\]\n]*\])?\]$")  # a value that is one link: its address
_WRITER_ITEM = re.compile(r"^[ \t]*[-+][ \t]+(?:原文)?(?:作者|记者|撰稿|撰文|文)[ \t]+::[ \t]+\S", re.M)
_HEADING = re.compile(r"^(\*+)[ \t]+(.*?)[ \t]*$")
# a section of the reader's own: its heading names notes, comments or thoughts (the words note_properties.py reads
# as a collector's note's label)
_READERS = re.compile(r"^(?:我的)?(?:笔记|批注|备注|想法|点评|摘评|感想|心得|读后感|思考)$|^(?:my )?notes?$", re.I)


def org_head(text: str) -> tuple[dict[str, str], str]:
    """The fields an Org file declares under its file-level drawer (a capture's), and its text after them: an
    inactive `#+date:` stamp as the day it was filed, a `#+author:` dropped where a description list names a
    writer; ({}, text) when no keyword lines follow such a drawer."""
    drawer = _FILE_DRAWER.match(text)
    rest = text[drawer.end() :] if drawer else text
    meta, after = split_front_matter(rest)
    if not meta:
        return {}, text
    if "date" in meta and _INACTIVE_DATE.search(rest[: len(rest) - len(after)]):
        meta["filed"] = meta.pop("date")
    if "author" in meta and _WRITER_ITEM.search(after):
        del meta["author"]
    return meta, after


def _items_read(lines: list[str]) -> list[str]:
    """Each description item as its labelled line, a heading over nothing but items out, a reader's section out."""
    out: list[str] = []
    skipping = 0  # the level of the reader's section being left out
    for i, line in enumerate(lines):
        heading = _HEADING.match(line)
        if heading and skipping and len(heading.group(1)) > skipping:
            continue
        skipping = 0 if heading else skipping
        if heading and _READERS.match(heading.group(2)):
            skipping = len(heading.group(1))
            continue
        if skipping:
            continue
        if heading and _captions_items(lines, i + 1):
            continue
        if item := _ITEM.match(line):
            value = (item.group(2) or "").strip()
            address = _LINK_ONLY.match(value)
            out.append(f"{item.group(1)}：{address.group(1) if address else value}")
            continue
        out.append(line)
    return out


def _captions_items(lines: list[str], start: int) -> bool:
    """The lines from `start` to the next heading hold description items and nothing else but blank lines."""
    items = 0
    for line in lines[start:]:
        if _HEADING.match(line):
            break
        if _ITEM.match(line):
            items += 1
        elif line.strip():
            return False
    return items > 0


def org_as_text(text: str) -> str:
    """`text` without Org's markup, its words and lines kept."""
    text = "\n".join(_items_read(text.split("\n")))
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
