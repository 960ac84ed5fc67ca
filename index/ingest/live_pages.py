"""A live text page's furniture (图文直播, 文字直播, 文字实录, an online interview): what the page shows around the
entries, never what they say.

A live page sets each entry under its time alone on a line (`10:42`, `2020-03-30 14:05:32`), marks
its state (`【直播】`, `[直播中]`) and credits its host and guests on a line of names (`主持人：王晓东`,
`嘉宾：陈志强　主持人：徐国庆`); an interview's page boxes the guest's profile under `嘉宾介绍` above the
transcript. Kept, the stamps glue onto the entries (or read as a closing block of replies, which takes the last
entries with it), the credits and the profile open the text. The transcript's own lines stay: a host's question
(`主持人：您能具体谈谈吗？`) is a sentence, not a line of names, and an entry's time inside its text
(`10:50 县气象台发布…`) is not alone. A time alone over written text counts only where three entries or more
are so set.
Measured on layouts.py's FRESH_ALONE_10 (2026-12-07): the host's line was kept on 12 of 12 live pages, the guest's
profile on 12 of 12 interviews, read alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.ingest.cleaning import is_writing
from index.ingest.days.shapes import TIME, YMD_DAY
from index.text.lexicon import SURNAMES

ENTRIES_MIN = 3  # stamps alone over written text that make a page's entries (two are a publication line and a reply)
PROFILE_LINES = 3  # the lines of a profile box under its heading
PROFILE_HEADING_MAX = 16  # characters: a profile box's heading (`【嘉宾介绍】`)

STAMP_MAX = 40  # characters: a longer line is no stamp alone
# what a credit line or a state tag holds at least (a cheap look before the patterns)
_MAY_BE_LIVE = re.compile(r"主持|嘉宾|主讲|直播|实录")
_STAMP_ALONE = re.compile(rf"^[\[【(（]?\s*(?:{YMD_DAY}\s*)?{TIME}\s*[\]】)）]?$")
# the page's state: `【直播】`, `[直播中]`, `直播结束`, `图文直播`
_STATE = r"[【\[]?\s*(?:图文|文字|视频)?(?:直播|实录)(?:中|结束|回顾|已结束)?\s*[】\]]?"
# a credit's role on a live page or an interview's head
_ROLE = r"(?:主持人|主持|嘉宾|特邀嘉宾|访谈嘉宾|嘉宾主持|主讲人|主讲|点评嘉宾)"
_CREDIT = re.compile(rf"{_ROLE}\s*[:：]\s*([^:：]+?)(?=\s+{_ROLE}\s*[:：]|$)")
_NAMES_APART = re.compile(r"[\s、，,/]+")
# a profile box's heading: `嘉宾介绍`, `主持人简介`, `嘉宾档案`
_PROFILE_HEADING = re.compile(rf"^[【\[]?\s*{_ROLE}(?:介绍|简介|档案|资料)\s*[】\]]?\s*[:：]?$")


def _is_name(word: str) -> bool:
    """A person's name as a credit lists it: two to four Chinese characters after a surname."""
    return 2 <= len(word) <= 4 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", word)) and (word[0] in SURNAMES)


def is_credit_line(line: str) -> bool:
    """A live page's line of roles and names (`主持人：王晓东`, `[直播中]　嘉宾：陈志强　主持人：徐国庆`): every role's
    value names persons only, no sentence."""
    line = line.strip()
    state = re.match(_STATE, line) if re.match(r"^[【\[]|^(?:图文|文字|视频)?直播", line) else None
    rest = line[state.end() :].strip() if state else line
    credits = list(_CREDIT.finditer(rest))
    if not credits or rest[: credits[0].start()].strip():
        return False
    named = [_NAMES_APART.split(credit.group(1).strip()) for credit in credits]
    return all(all(map(_is_name, names)) for names in named)


def _is_state(line: str) -> bool:
    return bool(re.fullmatch(_STATE, line.strip())) and bool(re.search(r"[【\[]|中|结束|回顾", line))


def _entry_stamps(lines: list[str]) -> set[int]:
    """The stamps alone on a line over written text, where ENTRIES_MIN or more are so set."""
    shown = [i for i, line in enumerate(lines) if line.strip()]
    stamps = set()
    for k, i in enumerate(shown[:-1]):
        alone = len(lines[i]) <= STAMP_MAX and _STAMP_ALONE.match(lines[i].strip())
        if alone and is_writing(lines[shown[k + 1]]):
            stamps.add(i)
    return stamps if len(stamps) >= ENTRIES_MIN else set()


def _profile_box(lines: list[str]) -> set[int]:
    """A profile box's heading and the profile under it: lines that open with a person's name and a comma
    (`杨丽萍，西城区委网信办主任，…`), or the name alone, at most PROFILE_LINES."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if len(line) > PROFILE_HEADING_MAX or not _PROFILE_HEADING.match(line.strip()):
            continue
        under = [j for j in range(i + 1, len(lines)) if lines[j].strip()][:PROFILE_LINES]
        box = []
        for j in under:
            text = lines[j].strip()
            opening = re.match(r"^([\u4e00-\u9fff]{2,4})(?:[，,]|$)", text)
            if not opening or not _is_name(opening.group(1)):
                break
            box.append(j)
        if box:
            found |= {i, *box}
    return found


def live_lines(lines: list[str], shown: Sequence[str] = ()) -> set[int]:
    """The indexes of a live page's furniture among `lines` (the text's lines as read): its entries' stamps, its
    state, its credit lines and a guest's profile box, looked for in `shown` too (the lines the page shows: the
    text's extraction may have left the box's heading out and kept its profile)."""
    found = {
        i for i, line in enumerate(lines) if _MAY_BE_LIVE.search(line) and (is_credit_line(line) or _is_state(line))
    }
    boxed = {lines[i].strip() for i in _profile_box(lines)}
    boxed |= {shown[i].strip() for i in _profile_box(list(shown))}
    if boxed:
        found |= {i for i, line in enumerate(lines) if line.strip() and line.strip() in boxed}
    return found | _entry_stamps(lines)
