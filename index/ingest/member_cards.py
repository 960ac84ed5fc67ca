"""The poster a thread or a community post shows only in a member's card or as a bare handle, with no byline.

Forums, 贴吧-style boards and communities name a post's writer in the member's card beside it, never in a line of
the post: the name, then what only a member's card shows, a level (`Lv.6 资深业主`, a badge's title over its
number, `江城达人` / `12`) or two of a member's counters (`经验：2310`, `发帖：842`, `加入：2012-05-18`). The card can
stand over the post or after it, and replies' cards follow: the first card from the headline on is the opening
post's (over the headline, the nearest, as a table-layout thread puts its panel left of the title). A web3
publishing page or a community shows its writer only as a handle beside the post, an `@handle` or an ENS name
(`chenmo.eth`) alone on its line or before the post's stamp, right over or under the headline.

Read on the lines the page shows, as the other posters' rules are (index.ingest.shown_posters): a fallback where
nothing else names a writer. (Issue 22, fields17: FRESH36's tuning half had 4 of 17 pages of these kinds without a
writer.)
"""

from __future__ import annotations

import re

from index.ingest.author_cards import is_follow_button
from index.ingest.bylines import is_account, is_handle, is_interface_word
from index.ingest.days import is_date_alone
from index.ingest.days.shapes import TIME, YMD_ISO

CARD_LINES = 4  # lines under the name within which a card's level or counters stand
ABOVE_LINES = 12  # lines over the headline a card left of the title can stand in
HANDLE_LINES = 2  # lines over or under the headline where a post's handle stands
NAME_MAX = 16  # a longer line is no member's name

# a level glued after the name or on its own line (`Lv.6 资深业主`, `LV12`, `等级：8`, `9级`)
_LEVEL = re.compile(r"(?i)(?:\bLv\.?\s*\d{1,3}\b|等级\s*[:：]?\s*\d{1,3}|(?<!\d)\d{1,2}\s*级(?!\S))")
_GLUED_LEVEL = re.compile(r"(?i)\s*Lv\.?\s*\d{1,3}\b.*$")
# a member's counter: its label, then a count or a day (`发帖：842`, `注册时间 2011-8-23`, `UID 20931`)
_COUNTER = re.compile(
    r"^(?:经验|经验值|发帖|帖子|主题|回帖|积分|精华|威望|金钱|贡献|UID|注册时间|注册|加入|加入时间|在线时间)"
    rf"\s*[:：]?\s*(?:{YMD_ISO}|[\d,]+(?:\s*\S{{0,2}})?)$"
)
_BADGE_NUMBER = re.compile(r"^\d{1,2}$")  # a badge's level alone under its title
_HANDLE = re.compile(r"^@([A-Za-z0-9_][A-Za-z0-9_.\-]{1,29})$")
_ENS = re.compile(r"^([a-z0-9][a-z0-9\-]{1,40}\.eth)$")
_STAMP = re.compile(rf"^(?:{YMD_ISO}(?:\s+{TIME})?|{TIME})$")


def _name(line: str) -> str | None:
    name = _GLUED_LEVEL.sub("", line).strip()
    if len(name) > NAME_MAX or not is_handle(name) or is_account(name) or _COUNTER.match(name):
        return None
    return None if _STAMP.match(name) or _LEVEL.fullmatch(name) else name


def _is_card(name_line: str, under: list[str]) -> bool:
    """A name's line heads a member's card: a level glued to it or under it, a badge's number under its title, or
    two counters within CARD_LINES lines under it."""
    if _GLUED_LEVEL.search(name_line):
        return True
    if any(_LEVEL.fullmatch(line) or (_LEVEL.match(line) and len(line) <= NAME_MAX) for line in under[:2]):
        return True
    if len(under) >= 2 and len(under[0]) <= 8 and _BADGE_NUMBER.match(under[1]) and not under[0].isdigit():
        return True
    return sum(bool(_COUNTER.match(line)) for line in under) >= 2


def card_poster(lines: list[str], headline: str) -> str | None:
    """The name heading the opening post's member card: the first card from the `headline` on, else the nearest
    within ABOVE_LINES lines over it; None where the page shows no card or no headline."""
    filled = [line.strip() for line in lines if line.strip()]
    at = next((i for i, line in enumerate(filled) if line == headline.strip()), None)
    if at is None:
        return None
    below = range(at + 1, len(filled))
    above = range(at - 1, max(-1, at - 1 - ABOVE_LINES), -1)
    for i in [*below, *above]:
        name = _name(filled[i])
        if name and name != headline.strip() and _is_card(filled[i], filled[i + 1 : i + 1 + CARD_LINES]):
            return name
    return None


def handle_poster(lines: list[str], headline: str) -> str | None:
    """The handle alone beside the post (`chenmo.eth`), before the post's day (`@tree_hole_07 2021-10-17 20:15`,
    `jiangcheng.eth · 2023年1月8日`) or its follow button (`@momo_reads + 关注`), within HANDLE_LINES lines over or
    under the `headline`, without its `@`; None where there is none."""
    filled = [line.strip() for line in lines if line.strip()]
    at = next((i for i, line in enumerate(filled) if line == headline.strip()), None)
    if at is None:
        return None
    for line in filled[max(0, at - HANDLE_LINES) : at] + filled[at + 1 : at + 1 + HANDLE_LINES]:
        words = line.split()
        rest = " ".join(words[1:]).strip(" ·•|｜")
        if not words or (rest and not (_STAMP.match(rest) or is_date_alone(rest) or is_follow_button(rest))):
            continue
        found = _HANDLE.match(words[0]) or _ENS.match(words[0])
        if found and not is_interface_word(found.group(1)):
            return found.group(1)
    return None
