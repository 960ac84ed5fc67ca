"""A forum poster's panel: the card a thread shows beside each post (`山城夜话 中级会员 UID: 8812 精华: 2 发帖: 356
威望: 15 点 注册时间:2007-09-01`), read by its shape alone, never by a board's wording.

A panel is a run of labelled counters: three or more `label: value` pairs whose values are whole counts (a
unit set apart by a space) or days, with at most the poster's name and rank before them and nothing after. A
table-layout thread gives it as one cell, run together; a story's line that gives figures writes them in a
sentence, with its verbs and stops, or as amounts (`1.2万亿元`, `3%`), so a line of counts and nothing else is
interface. A single pair (`积分：1286`) is chrome's counter already.

A table-layout thread shows the first post's cell one item a line above the post's title and text (`淮上渔夫`,
`等级：论坛游侠`, `文章：2356`): three to six names and labelled items in a row, one of them a count or a day;
a card in a definition list, label and value each a line (`积分` / `1286`), is one too.
"""

from __future__ import annotations

import re

from index.ingest import bylines
from index.ingest.cleaning import ends_sentence, is_writing
from index.ingest.days.shapes import TIME, YMD_ISO
from index.text.lexicon import FIELD_LABELS

PANEL_PAIRS = 3  # pairs that make a panel: two (`UID: 30307 精华: 0`) could be a table's row of two figures
_PAIR = re.compile(
    r"(?P<label>[^\s:：\d]{1,6})\s*[:：]\s*"
    rf"(?P<value>{YMD_ISO}(?:\s+{TIME})?"  # a day: 注册时间:2006-02-11
    r"|\d{1,9}(?:\s+[^\s:：\d]{1,3}(?=\s|$))?)"  # a whole count, its unit set apart: 威望: 1 点, 金钱: 140 RMB
    r"(?=\s|$)"
)
# a rank among the counters (`级别:学徒`, `头衔：江南游侠`): a board's word for its grade, no count, never counted
_RANK = re.compile(r"(?:级别|等级|头衔|用户组|阅读权限|身份)\s*[:：]\s*[^\s:：，。！？]{1,8}(?=\s|$)")
_LEAD_WORDS = 2  # the poster's name and rank before the pairs
PANEL_MAX = 160  # a longer line is written text


def is_user_panel(line: str) -> bool:
    """A line that is a poster's panel: PANEL_PAIRS or more labelled counters (a rank, `等级：版主`, may be one of
    them), at most a name and a rank before them, nothing after, no sentence's end."""
    line = line.strip()
    if len(line) > PANEL_MAX or line.count(":") + line.count("：") < PANEL_PAIRS or ends_sentence(line):
        return False
    pairs = list(_PAIR.finditer(line))
    ranks = list(_RANK.finditer(line))
    if len(pairs) < PANEL_PAIRS - 1 or len(pairs) + len(ranks) < PANEL_PAIRS:
        return False
    start = min(match.start() for match in pairs + ranks)
    lead = line[:start].split()
    if len(lead) > _LEAD_WORDS or any(len(word) > 12 for word in lead):
        return False
    rest = _RANK.sub("", line[start:])
    for pair in pairs:
        rest = rest.replace(pair.group(0), "", 1)
    return not rest.strip()


STORY_MIN = 30  # the least a post's text after a panel must have: a shorter rest is the panel's own tail


def story_after_panel(line: str) -> str | None:
    """The post's text after a poster's panel run into it on one line (`UID:4300 级别:学徒 威望:0 发帖:230
    记者30日从…`, a table-layout thread's cells as a scraper joins them): the rest after the longest run of words
    opening the line that is a panel, when that rest is STORY_MIN characters or more and ends a sentence."""
    head = line[:PANEL_MAX]
    if head.count(":") + head.count("：") < PANEL_PAIRS:
        return None
    cuts = [m.start() for m in re.finditer(r"\s+", head)]
    for cut in reversed(cuts):
        rest = line[cut:].strip()
        if len(rest) >= STORY_MIN and ends_sentence(rest) and is_user_panel(line[:cut]):
            return rest
    return None


def is_labelled_counter(line: str) -> bool:
    """A line that is one labelled counter or day and nothing else (`发帖: 12`, `注册时间:2005-01-10`)."""
    if len(line) > 40 or (":" not in line and "：" not in line):
        return False
    match = _PAIR.fullmatch(line.strip())
    return match is not None and not ends_sentence(line)


def panel_runs(kept: list[str]) -> set[int]:
    """The lines of a panel a page shows one counter a line (`UID: 30210`, `发帖: 12`, `注册时间:2005-01-10`): runs
    of PANEL_PAIRS or more lines in a row, each one labelled counter and nothing else."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(kept):
        if line and is_labelled_counter(line):
            run.append(i)
        elif line:  # a blank line inside the run does not end it
            found.update(run if len(run) >= PANEL_PAIRS else [])
            run = []
    return found | set(run if len(run) >= PANEL_PAIRS else [])


# A counter's label alone on its line, its value on the next (a card's `<dt>积分</dt><dd>1286</dd>`): a short word,
# no figure, no punctuation; the value a whole count (its unit set apart, `520 小时`) or a day.
_SPLIT_LABEL = re.compile(r"^[^\s\d:：，。！？、,.!?()（）]{1,6}$")
_SPLIT_VALUE = re.compile(rf"^(?:{YMD_ISO}(?:\s+{TIME})?|\d{{1,9}}(?:\s+\S{{1,3}})?)$")


def split_panel_runs(kept: list[str]) -> set[int]:
    """The lines of a panel a page shows label and value each on a line of its own (`积分` / `1286` / `在线时间` /
    `520 小时` / `注册时间` / `2012-3-5`): PANEL_PAIRS or more such pairs in a row. A story's table gives amounts
    with their units run in (`1234万吨`, `3.5%`) or headings with figures, no bare counts under words."""
    filled = [i for i, line in enumerate(kept) if line]
    found: set[int] = set()
    k = 0
    while k < len(filled):
        run: list[int] = []
        while (
            k + 1 < len(filled)
            and _SPLIT_LABEL.match(kept[filled[k]].strip())
            and _SPLIT_VALUE.match(kept[filled[k + 1]].strip())
        ):
            run += filled[k : k + 2]
            k += 2
        if len(run) >= 2 * PANEL_PAIRS:
            found.update(run)
        k += 0 if run else 1
    return found


# A poster's cell over a post, one item a line: the poster's name or rank (`淮上渔夫`, `会员`) and labelled items
# (`等级：论坛游侠`, `文章：2356`, `注册时间: 2004-03-10`). A story's head gives fields (`来源：新华社`) but no counts.
_CELL_NAME = re.compile(r"^[^\s\d:：，。！？、,.!?]{1,8}$")
_CELL_ITEM = re.compile(r"^[^\s\d:：，。！？]{1,6}\s*[:：]\s*[^\s，。！？:：]{1,12}$")
CELL_LINES = (3, 8)  # the fewest and most lines of a poster's cell (name, rank, four counters, state, day)
# the article's own fields (`作者：青石`, `日期：2020-03-12`): a story's head under a short headline, no poster's counts
_ARTICLE_FIELD = re.compile(
    r"^(?:" + "|".join(label for labels in FIELD_LABELS.values() for label in labels) + r")\s*[:：]"
)


def _in_cell(line: str) -> bool:
    return bool(_CELL_NAME.match(line) or _CELL_ITEM.match(line) or is_labelled_counter(line))


def poster_cells(kept: list[str], before: int) -> set[int]:
    """The lines of a poster's cell above a post's writing (the lines before `before`): a run of CELL_LINES
    names and labelled items in a row, two or more labelled, one or more a count or a day (`文章：2356`), ending
    right above another line. A table-layout thread shows the first post's cell above its title and text."""
    found: set[int] = set()
    run: list[int] = []
    for i in range(min(before, len(kept)) + 1):
        line = kept[i] if i < len(kept) else ""
        if i < before and line and _in_cell(line.strip()):
            run.append(i)
            continue
        if not line and i < before:
            continue
        labelled = [j for j in run if _CELL_ITEM.match(kept[j].strip()) or is_labelled_counter(kept[j])]
        if (
            CELL_LINES[0] <= len(run) <= CELL_LINES[1]
            and len(labelled) >= 2
            and any(is_labelled_counter(kept[j]) and not _ARTICLE_FIELD.match(kept[j].strip()) for j in run)
        ):
            found.update(run)
        run = []
    return found


# the poster's name before the panel's first labelled item, as a table-layout thread's cell reads run together
# (`山野村夫 等级：论坛游侠 文章：235 注册：2003-5-17`)
_OWNER = re.compile(r"^([^\s:：|｜]{2,20})\s+(?=[^\s:：\d]{1,6}\s*[:：])")


def panel_owner(line: str) -> str | None:
    """The poster's name leading a panel run together in one cell, or None (a rank or a label there is no one)."""
    found = _OWNER.match(line.strip())
    return found.group(1) if found and bylines.is_handle(found.group(1)) else None


# A poster's line over each post, as a board prints it above the post's text: the floor (`楼主`, `5楼`, `#3`), the
# poster's id (`ID:江城小李`, `UID:4300`), then counts and days, labelled with a colon (`发帖:1234 注册:2008-03-02`)
# or, with a board's own counters' words, without (`帖子 1234 积分 567 注册时间 2008-1-2`: a table's row of places
# and figures, `北京 12 上海 34 广州 56`, is no poster's). A story's sentence about figures has its verbs and
# stops; a line of a floor, an id and counts only is the board's.
_COUNTERS = frozenset(
    "帖子 发帖 主题 回帖 积分 威望 金钱 金币 经验 精华 贡献 人气 文章 注册 注册时间 在线时间 阅读权限 好友 粉丝".split()
)
_FLOOR = r"(?:楼主|沙发|板凳|地板|第?\d{1,4}\s*楼|#\d{1,4})"
_ID = r"(?:U?ID|用户名|昵称)\s*[:：]\s*[^\s:：，。！？]{1,20}"
_SPACED_PAIR = re.compile(rf"(?P<label>[\u4e00-\u9fff]{{1,6}})\s*[:：]?\s*(?P<value>{YMD_ISO}|\d{{1,9}})(?=\s|$)")
_POSTER_LINE = re.compile(rf"^(?:{_FLOOR}\s*)?(?:{_ID}\s+)?(?:{_SPACED_PAIR.pattern}\s*){{2,6}}$")


def is_poster_line(line: str) -> bool:
    """A line that is a post's poster line: a floor or a poster's id and two or more counts or days, or three or
    more counts and days alone (`楼主 ID:江城小李 发帖:1234 注册:2008-03-02`, `帖子 1234 积分 567 注册时间 2008-1-2`);
    nothing else on it, no sentence's end."""
    line = line.strip()
    if not line or len(line) > PANEL_MAX or "，" in line or "。" in line:  # (a sentence's: most lines, cheaply)
        return False
    if not _POSTER_LINE.match(line) or ends_sentence(line):
        return False
    pairs = list(_SPACED_PAIR.finditer(line))
    if any(":" not in p.group(0) and "：" not in p.group(0) and p.group("label") not in _COUNTERS for p in pairs):
        return False
    marked = bool(re.match(rf"{_FLOOR}|{_ID}", line))
    return len(pairs) >= (2 if marked else PANEL_PAIRS)


def second_poster_line(kept: list[str]) -> int | None:
    """Where a thread's replies begin when each post opens on its poster line: the second such line, once writing
    stands between it and the first (the first heads the opening post); None on a page with fewer."""
    found = [i for i, line in enumerate(kept) if line and is_poster_line(line)]
    if len(found) < 2:
        return None
    return found[1] if any(is_writing(line) for line in kept[found[0] + 1 : found[1]]) else None
