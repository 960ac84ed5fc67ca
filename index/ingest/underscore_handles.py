"""A poster's handle holding `_` (`wx_lan2019`, `老陈_在路上`, `蓝天_白云_77`, `user_8842`) is the name the poster
chose and the page shows: one writer, never cut at its `_` as if the `_` set a system's id apart from a name.

Boards, blogs and Q&A sites let users put `_` in their names, as WeChat's default ids (`wxid_…`, `wx_…`) and
CSDN's (`qq_38412`, `weixin_4461`) do too; the held-out community pages name such posters whole, where the
label reader cut them at the `_` (`作者：蓝天_白云_77` gave `蓝天` and `白云`) or took no one (`作者：老陈_在路上`).
What is plainly a system's id names no one: digits alone (`20931`) or a user-id field's prefix with its number
(`uid_20931`, `ID_7788`). A person's name with a code after it, capitals and digits (`王凤枝_NBJ11279`, a
content system's staff id as the corpus shows it), is the name alone: the code is the system's, the name the
person's.
"""

from __future__ import annotations

import re

from index.text.cjk import CJK

_PART = rf"[{CJK}A-Za-z0-9]+"
_HANDLE = re.compile(rf"{_PART}(?:_{_PART})+")  # parts of letters, digits or Chinese, joined by `_`
MAX_CHARS = 24  # a board's name field holds 15 to 20 characters; a longer run is a file's or a link's name
# a user-id field's number: `uid_20931`, `ID_7788`, `userid_12`, `member_id_5` (never `user_8842`, a shown name)
_SYSTEM_ID = re.compile(r"(?i)^(?:\d+|(?:u|user|member|mem)?_?id_?\d+)$")
_STAFF_CODE = re.compile(rf"^([{CJK}]{{2,4}})_[A-Z]{{1,6}}\d{{3,}}$")  # `王凤枝_NBJ11279`: a name, then a code


def is_system_id(word: str) -> bool:
    """A system's id in a name's place, which names no one: `20931`, `uid_20931`, `ID_7788`."""
    return bool(_SYSTEM_ID.match(word.strip()))


def whole_handle(value: str) -> str | None:
    """The handle holding `_` that `value` opens with (a label's value: `蓝天_白云_77　发布于 …` -> `蓝天_白云_77`),
    whole; None when its first word is no such handle, is a system's id, or is a name with a staff code after it."""
    words = value.split()
    word = words[0] if words else ""
    if len(word) > MAX_CHARS or not _HANDLE.fullmatch(word) or is_system_id(word) or _STAFF_CODE.match(word):
        return None
    return None if word.replace("_", "").isdigit() else word
