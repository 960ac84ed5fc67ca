"""A chat's history saved as text (a channel's or a group's export): the one message that carries the article,
under its stamp's day, and nothing else of the chat.

An exporter writes each message under a header line of its stamp and its sender (`[3/30/2020 10:24 AM]
王海燕#2041`, `[2020-03-30 10:24] 王海燕:`, `2020-03-30 10:24:05 王海燕`, `王海燕 2020-03-30 10:24:05`) or on
one line with them (`10:24\t王海燕\t"…"`, `3/30/20, 10:24 - 王海燕: …`), between the export's own head (`Guild: …
/ Channel: …`, `群聊：X（成员：A、B…）`, `[LINE] …的聊天记录`) and foot (`Exported 5 message(s)`), with day
dividers, reactions, stickers, join and recall notices, the other members' answers and their links' preview cards
around the one message that forwards a story. A member pasting an article a paragraph a message sends it as one turn:
a sender's messages one after another are read as one (a held-out messenger export's story came a paragraph a line,
`[陳淑芬] [上午 10:16] …`, and no one message held three times another's writing).
Read as a page, the head was taken as the headline, the stamp glued to it, and every other message kept.

A text is such an export when three or more lines are message headers, of two or more senders, and no more
writing stands above the first of them than a head holds; the message with the most writing is the article when
it holds at least three times the writing of any other, without its closing lines of no writing (its reactions,
`👍 (3)`) or a note of what it held (`{Reactions}`, `[图片]`). Its stamp's day (or the day divider above it, for a
stamp of a time alone) is set above it, where extraction reads a publication line; a day written year last is
written `2020-03-30`, as a day (a stamp's shape recurs in every file of a folder and would be learned as the
folder's furniture), in the order the export's own stamps prove (`18/08/2020` anywhere makes `05/09/2020` the
5th of September; `8/18/20` makes `9/5/20` the 5th too) or its locale's marks say (dotted days and a 24-hour clock
under padded four-figure years are day-first, a 12-hour clock month-first); a chat with no one story keeps its
messages, its headers' days so written. A chat exported as a page shows each message as a tile, its sender beside the
time alone (`王海燕 10:24`, `王海燕10:24 AM`), under the room's name and topic (`主题：只发成稿…`, taken as the
headline): read as the page's lines, its message is the text and the message's first line the headline.
"""

from __future__ import annotations

import re

from index.ingest.days.shapes import YMD_DAY

LEAST_HEADERS = 3  # message headers a chat export shows at least
HEAD_MAX = 200  # characters of writing above the first message an export's own head holds at most
STORY_MIN = 200  # characters the message carrying an article holds at least
OVER_OTHERS = 3  # times the writing of any other message it holds at least
NAME = r"[^\s:：，。！？!?\"“”]{1,20}(?:#\d{1,5}|[(（]\d{4,12}[)）])?"  # a sender, with a tag or a number
# a sender a phone's export delimits (`… - Chen Shufen: …`): a contact's name of up to four words
SPACED_NAME = r"[^\s:：，。！？!?\"“”]{1,20}(?: [^\s:：，。！？!?\"“”]{1,20}){0,3}"
_DATE = r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4})"
_TIME = r"(?:[上下]午\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
_STAMP = rf"(?:{_DATE},?\s+{_TIME}|{_TIME})"
_HEADERS = (
    re.compile(rf"^\[(?P<stamp>{_STAMP})\]\s*(?P<name>{NAME})\s*[:：]?$"),  # `[3/30/2020 10:24 AM] 王海燕#2041`
    re.compile(rf"^(?P<stamp>{_DATE}\s+{_TIME})\s+(?P<name>{NAME})\s*[:：]?$"),  # `2020-03-30 10:24:05 王海燕:`
    re.compile(rf"^(?P<name>{NAME})\s+(?P<stamp>{_DATE}\s+{_TIME})\s*$"),  # `王海燕 2020-03-30 10:24:05`
    re.compile(rf"^(?P<stamp>{_TIME})\t(?P<name>{NAME})\t(?P<text>.*)$"),  # `10:24\t王海燕\t…`
    re.compile(rf"^(?P<stamp>{_DATE},?\s+{_TIME})\s+-\s+(?P<name>{SPACED_NAME})[:：]\s*(?P<text>.*)$"),  # `- X: …`
    re.compile(rf"^\[(?P<name>{NAME})\]\s*\[(?P<stamp>{_TIME})\]\s*(?P<text>.*)$"),  # `[王海燕] [上午 10:24] …`
    re.compile(rf"^\[(?P<stamp>{_DATE},?\s+{_TIME})\]\s*(?P<name>{SPACED_NAME})[:：]\s*(?P<text>.*)$"),  # `[…] X: …`
)
# a page's message tile as a browser shows it: the sender and the time alone (`王海燕 10:24`, `王海燕10:24 AM`)
_TILE = re.compile(rf"^(?P<name>[^\s\d:：，。！？!?\"“”]{{1,20}})\s*(?P<stamp>{_TIME})$")  # (no figure in it)
# a forum's floor mark (`#1 2020-04-04 11:02`, `2楼`, `沙发`): it numbers a thread's post and names no sender, so a
# thread's floors are not a chat's messages (a held-out forum thread lost its headline to its first floor)
_FLOOR = re.compile(r"^(?:#\d+|\d+\s*[楼樓#]|楼主|樓主|沙发|沙發|板凳|地板)$")
_DAY = re.compile(YMD_DAY)
_DATED = re.compile(_DATE)
# a day written with its year last (`3/30/2020`, `30/03/2020`, `30.03.20`): which of the first two is the month
# is the export's locale's
_YEAR_LAST = re.compile(r"\b(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})\b")
_CLOCK_12 = re.compile(r"\d\s*[AaPp]\.?[Mm]\b|[上下]午")
_MARKER = re.compile(r"^[\[{【][^\]}】]{1,8}[\]}】]$")  # an exporter's note of what a message held: `[图片]`
_WRITING = re.compile(r"[\u4e00-\u9fff]")
# a sender's short remark that points at what they send next (`这篇不错，大家看看👇`, `转给大家：`): its own message
_POINTING = re.compile(r"(?:[:：]|[\U0001F300-\U0001FAFF\u2190-\u21FF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]+)\s*$")
INTRO_MAX = 40  # characters: a remark, not a paragraph


def _introduces(body: list[str]) -> bool:
    """Whether a message is one short line pointing at the sender's next message, which it is no part of."""
    lines = [line.strip() for line in body if line.strip()]
    return len(lines) == 1 and len(lines[0]) <= INTRO_MAX and bool(_POINTING.search(lines[0]))


def _day_first(stamps: list[str]) -> bool:
    """Whether an export writes its days day-first (`30/03/2020`), by its own stamps: a first number above 12
    anywhere proves it, a second above 12 disproves it; else the locale's marks: a dotted day (`30.03.20`) is
    day-first, a 12-hour clock (`2:20 PM`, `下午`) the United States' month-first, and a 24-hour clock under
    zero-padded days of a four-figure year (`05/03/2021, 14:20`) the day-first of most of the world."""
    days = [match for stamp in stamps for match in _YEAR_LAST.finditer(stamp)]
    if any(int(m[1]) > 12 for m in days):
        return True
    if any(int(m[3]) > 12 for m in days) or not days:
        return False
    if all(m[2] == "." for m in days):
        return True
    if any(_CLOCK_12.search(stamp) for stamp in stamps):
        return False
    return all(len(m[1]) == len(m[3]) == 2 and len(m[4]) == 4 for m in days)


def _iso(day: re.Match, day_first: bool) -> str:
    """A year-last day (`_YEAR_LAST`) as `2020-03-30`, a two-figure year in this century."""
    month, number = (day[3], day[1]) if day_first else (day[1], day[3])
    year = day[4] if len(day[4]) == 4 else f"20{day[4]}"
    return f"{year}-{int(month):02d}-{int(number):02d}"


def _header(line: str, tiles: bool = False) -> re.Match | None:
    line = line.strip().lstrip("\u200e\u200f")  # (a phone's direction mark before an attachment's line)
    match = next((match for pattern in _HEADERS if (match := pattern.match(line))), None) or (
        _TILE.match(line) if tiles else None
    )
    return None if match is None or _FLOOR.match(match["name"]) else match


def _writing(lines: list[str]) -> int:
    return sum(len(_WRITING.findall(line)) for line in lines)


def story_message(text: str, tiles: bool = False) -> str:
    """The text of the message of a chat export that carries the article, under its day; any other text as
    it is. `tiles`: the text is a page's lines, where a sender and a time alone make a message's header too."""
    lines = text.split("\n")
    headers = [(i, match) for i, line in enumerate(lines) if (match := _header(line, tiles))]
    if len(headers) < LEAST_HEADERS or len({match["name"] for _, match in headers}) < 2:
        return text
    if _writing(lines[: headers[0][0]]) > HEAD_MAX:
        return text  # a story with readers' stamped comments under it, not a chat
    bounds = [i for i, _ in headers] + [len(lines)]
    messages = []
    for (start, match), end in zip(headers, bounds[1:], strict=True):
        own = match.groupdict().get("text")
        body = ([own] if own else []) + lines[start + 1 : end]
        if messages and messages[-1][1]["name"] == match["name"] and not _introduces(messages[-1][2]):
            messages[-1][2].extend(body)
        else:
            messages.append((start, match, body))
    sizes = sorted((_writing(body) for _, _, body in messages), reverse=True)
    day_first = _day_first([match["stamp"] for _, match in headers])
    if sizes[0] < STORY_MIN or sizes[0] < OVER_OTHERS * sizes[1]:
        if tiles:
            return text
        for i, _ in headers:  # no one story: the chat as it is, its days in its own order (`05/09/2020` in Sept.)
            lines[i] = _YEAR_LAST.sub(lambda m: _iso(m, day_first), lines[i])
        return "\n".join(lines)
    start, match, body = next(m for m in messages if _writing(m[2]) == sizes[0])
    stamp = match["stamp"]
    if not _DATED.search(stamp):  # a time alone: the day is the divider's above it
        above = reversed(lines[:start])
        divider = next((line.strip() for line in above if _DAY.search(line) and not _header(line, tiles)), "")
        stamp = f"{divider} {stamp}" if divider else ""  # (a time alone is no day: the page's own, if any, stands)
    stamp = _YEAR_LAST.sub(lambda m: _iso(m, day_first), stamp)  # as a site's lines give days
    body = [line.strip() for line in body]
    while body and (not _writing([body[-1]]) or _MARKER.match(body[-1])):  # `{Reactions}`, `👍 (3)`, `[图片]`
        body.pop()
    while body and (not _writing([body[0]]) or _MARKER.match(body[0])):  # the turn's `[照片]` before the story
        body.pop(0)
    if body and body[0].startswith(('"', "“")) and body[-1].endswith(('"', "”")):  # a message quoted whole
        body[0], body[-1] = body[0][1:], body[-1][:-1]
    return "\n".join([stamp, "", *body]).strip()
