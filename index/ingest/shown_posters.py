"""A thread's poster as the page shows it: the name over the first post's header, when the text read for the
article put the header elsewhere or left the name out.

An HTML page's text (the body extractors' choice) can begin with a post's header (`发表于 2017-02-14 10:05
【只看该作者】`) and put the poster's cell after the headline, or drop the cell; the page's shown lines keep the
order the reader sees: the headline, the poster's name (in brackets, beside its floor, `夕阳红楼主`, or among the
thread's controls), then the header that names no one. Only the first header within HEAD_LINES lines under the
headline is read, so a reply's name never is.
"""

from __future__ import annotations

import re

from index.ingest.bylines import (
    handle_among_controls,
    is_account,
    is_framed_handle,
    is_interface_word,
    is_member_panel,
    is_subject_line,
    names_no_poster,
)
from index.ingest.days.shapes import TIME, YMD_ISO
from index.ingest.panels import is_labelled_counter

HEAD_LINES = 4  # lines under the headline within which the first post's header stands
CELL_LINES = 4  # a poster's counters and days under its name, over the post's subject
_FLOOR_GLUED = re.compile(r"(?<=\S)(?:楼主|1楼|#1)$")  # `夕阳红楼主`: the floor's word glued after the name
# a header of the day and the thread's controls (`2017-02-14 10:05 只看楼主 电梯直达`): one control at least, as a
# day alone under a name can be a source's line
_DAY_CONTROLS = re.compile(rf"^{YMD_ISO}(?:\s+{TIME})?\s+(\S.*)$")


# the first floor's header with a dot or a bar before its day (`1楼 · 2021-03-27 18:22`)
_FIRST_FLOOR_DAY = re.compile(rf"^(?:1楼|#1|楼主)\s*[·•|｜]\s*{YMD_ISO}")
# a poster's cell shown as one line, its rank and counters glued after the name (`小鹿版主帖子 3021`, `风吹麦浪金牌会员
# 主题 62 帖子 1824`): the name is what is left
_CELL_COUNTERS = re.compile(r"(?:\s*(?:主题|帖子|积分|精华|回帖|发帖|威望|金钱|贡献|粉丝|关注)\s*[:：]?\s*\d+)+$")
_GLUED_RANK = re.compile(r"(?<=\S\S)(?:超级版主|版主|斑竹|管理员|\S{0,2}会员|新手上路|论坛游民|论坛元老)$")


def _is_header(line: str) -> bool:
    controls = found.group(1).split() if (found := _DAY_CONTROLS.match(line)) else []
    header = names_no_poster(line) or bool(_FIRST_FLOOR_DAY.match(line))
    return header or (bool(controls) and all(map(is_interface_word, controls)))


def _cell_name(line: str) -> str:
    """The name heading a poster's cell shown as one line, without its rank and counters glued after it."""
    return _GLUED_RANK.sub("", _CELL_COUNTERS.sub("", line)).strip()


def poster_over_header(lines: list[str], headline: str) -> str | None:
    """The handle on the line above the first post's header under the `headline` (not the headline itself), or
    None."""
    filled = [line.strip() for line in lines if line.strip()]
    at = next((i for i, line in enumerate(filled) if line == headline.strip()), None)
    for k in [] if at is None else range(at + 2, min(at + 2 + HEAD_LINES, len(filled))):
        if _is_header(filled[k]):
            cell = k - 2 if is_subject_line(filled[k - 1]) and k - 2 > at else k - 1  # (`帖子主题: X` between)
            name = handle_among_controls(_cell_name(_FLOOR_GLUED.sub("", filled[cell])))
            name = name or _cell_over(filled[at + 1 : k])  # (`山城老刘` / `帖子 2031` / `注册 2011-9-3` over it)
            return name if name and not is_account(name) else None
    if at is not None and at + 1 < len(filled) and _is_header(filled[at + 1]):
        return _cell_over(filled[:at])  # the header right under the headline: the poster's cell over it
    return None


# a poster's counters run into one line of the cell (`主题 23 帖子 412 积分 1088`, Discuz's profile row): two or more
_COUNTER = re.compile(r"(?:主题|帖子|积分|精华|回帖|发帖|威望|金钱|贡献|在线时间)\s*[:：]?\s*\d+")


def _is_cell_line(line: str) -> bool:
    counters = len(_COUNTER.findall(line))  # two run into a line, or one that is the whole line (`帖子 2031`)
    return is_member_panel(line) or is_labelled_counter(line) or counters >= 2 or bool(_COUNTER.fullmatch(line))


def _cell_over(lines: list[str]) -> str | None:
    """The handle heading the poster's cell that ends `lines` (`候鸟观察员` / `帖子：312` / `注册：2012-4-1` over the
    post's subject): one to CELL_LINES lines of the panel's counters or days under it; None where no such cell."""
    for size in range(1, CELL_LINES + 1):
        if len(lines) <= size or not all(map(_is_cell_line, lines[-size:])):
            break
        name = lines[-size - 1].strip("[]【】")
        if is_framed_handle(name) and not is_account(name) and not _is_cell_line(name):  # (`举人`: a rank)
            return name
    return None
