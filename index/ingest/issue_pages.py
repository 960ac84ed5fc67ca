"""A periodical's issue around the one document a page shows: its name, its number and its table of contents.

A gazette's or a bulletin's issue page opens with the periodical's name, its number (`2020年第3期（总第125期）`,
`第12期`) and a table of contents (`目　　录`, `本期要目`) listing the issue's documents, the shown one among
them; a magazine's article saved as text opens with its issue (`《江城周刊》2020年第14期`). None of it is the
document: the name is the periodical's, not a headline, and the contents are other documents' titles (the shown
document's own heading comes again above its text). A clipping digest's contents give each item's source after its
title (`标题（新华网）`, `标题 —— 光明网`), with or without a heading: three such items in a row, one of them the
heading of the text under them, are its contents. So an issue line (the number, maybe after the periodical's
name or the year) goes, and the line right above it when it names a periodical (`…公报`, `…简报`, `…周刊`,
`《…》`), and a bracketed column's name right under it (`【封面故事】`); so do a contents heading and the
title-like lines under it when they run to a line that repeats one of them (the document's own heading: a list
that runs into the text instead is none), and any line that ends in a dotted leader and a page number
(`…………（3）`), wherever it stands. Under the document, a bulletin's distribution lines (`报：市委办公室`,
`送：各区县网信办`, `（共印30份）`) are the issue's too, and so is the periodical's name where the page prints it
twice or more (a PDF's running head over each page).
"""

from __future__ import annotations

import re
from collections import Counter

from index.ingest.days.shapes import YEAR, YMD_DAY

ISSUE_RULES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^(?:报|送|抄报|报送|分送|印送|发送)\s*[:：]\s*[^。！？:：]{2,80}$"),
        "a bulletin's distribution lines: 报：市委办公室, 送：各区县网信办",
    ),
    (re.compile(r"^[(（]?\s*共印\s*\d{1,5}\s*份\s*[)）]?$"), "a bulletin's print run: （共印30份）"),
]
_NUMBER = r"[0-9一二三四五六七八九十百零〇]{1,4}"
# `2020年第3期（总第125期）`, `第12期`, `《江城周刊》2020年第14期`, `江城周刊 2020年第14期`, `江城早报 · 第41期`
# `学习资料（第5期）`, `学习材料 第5期`: a study material's or a newsletter's name with its number bracketed or apart
_ISSUE = re.compile(
    rf"^(?:《[^》]{{1,20}}》\s*|[\u4e00-\u9fff]{{2,12}}\s*(?={YEAR})|[\u4e00-\u9fff]{{2,12}}\s*[·•|｜丨]\s*"
    rf"|[\u4e00-\u9fff]{{2,12}}(?:\s+|\s*(?=[(（]\s*第)))?"
    rf"(?:{YEAR}\s*年\s*)?"
    rf"(?P<open>[(（]\s*)?第\s*{_NUMBER}\s*期\s*(?:[(（]\s*总第\s*{_NUMBER}\s*期\s*[)）])?(?(open)\s*[)）])$"
)
# an issue's month alone beside its number (`2020年4月`): the issue's, never a document's day
_ISSUE_MONTH = re.compile(rf"^{YEAR}\s*年\s*\d{{1,2}}\s*月$")
# the issuer over a periodical's name (`机关第三党支部`, `江城市委办公室`): a unit's name, short and no clause
_ISSUER = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:党支部|支部|党总支|党委|党组|委员会|办公室|工会|团委|研究室)$")
# an issue's line in parts (`2020年第8期（总第208期）　江城市网信办　2020年4月28日出版`, `2020-04-18 · 第12期 · 共4条`):
# its number beside its day, its count of items and its issuer
_NUMBERED = re.compile(rf"第\s*{_NUMBER}\s*期(?:\s*[(（]\s*总第\s*{_NUMBER}\s*期\s*[)）])?")
_ISSUE_PARTS = re.compile(
    rf"{YMD_DAY}\s*(?:出版|出刊|印发|编印)?|{YEAR}\s*年|共\s*{_NUMBER}\s*[条篇则期]|[·•|｜丨\s\u3000]+"
)
_DATED = re.compile(rf"{YMD_DAY}|共\s*{_NUMBER}\s*[条篇则]")
ISSUER = 12  # characters an issue line's issuer or name has at most, once its number, day and count are out
_COLUMN = re.compile(r"^[【\[]\s*[\u4e00-\u9fff]{2,8}\s*[】\]]$")  # the issue's column under it: `【封面故事】`
_CONTENTS = re.compile(r"^(?:目\s*录|本期目录|本期要目|要\s*目|本期导读|本期内容提要)\s*[:：]?$")
_LEADER = re.compile(r"(?:…{2,}|\.{4,}|·{4,}|-{4,}|－{4,})\s*[(（]?\s*\d{1,4}\s*[)）]?$")
# what a periodical's name ends with (a gazette, a bulletin, a magazine), or its name in book-title marks
_PERIODICAL = re.compile(
    r"^《[^》]{1,20}》$|(?:公报|简报|快报|专报|动态|通讯|周刊|月刊|半月刊|旬刊|季刊|杂志|期刊|学报|画报|文摘|汇编|通报|参考"
    r"|剪报|摘报|摘编|选编|信息|简讯|专刊|内参|要情|学习资料|学习材料)$"  # (`组工信息`: an office bulletin)
)
# a letterhead set out a character at a time (`组 工 信 息`, `统 计 公 报`), read as its name without the spaces
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_MARKER = re.compile(r"^[◆◇●○■□▲△▶►·•\-*]\s*|^\d{1,2}[.、]\s*")
# a page's field, labelled (`来源：中国新闻网`, `王海燕最近修改：4月3日`), never a headline's colon (`国家邮政局：…`)
_FIELD = re.compile(r"^[^:：]{0,6}(?:来源|出处|作者|修改|编辑|更新|发布|时间|日期)\s*[:：]\s*\S")
NAME = 20  # characters a periodical's name has at most
ITEM = 60  # characters a contents item has at most


# an item's source after it: `…（新华网）`, `… —— 澎湃新闻`, `… | 光明网`
_SOURCE = re.compile(r"\s*(?:[(（][^()（）]{2,12}[)）]|\s[—–\-－]{1,2}\s*[^\s—–\-－]{2,12}|\s[|｜/]\s*\S{2,12})$")
_SOURCED = re.compile(r"[)）]$|\s[—–\-－|｜/]")  # (what a source after an item needs: a bracket at the end, a dash)
RUN = 3  # items a contents list without a heading has at least
WRITTEN = 40  # characters a line of the text between two copies of a running head has at least
_CLAUSE = re.compile(r"[，。,；;！？!?]")  # a running head is a name, never a clause


def _item(line: str) -> str:
    return _SOURCE.sub("", _MARKER.sub("", _LEADER.sub("", line)).strip()).strip()


def _issue_in_parts(line: str) -> bool:
    """An issue's line of parts: its number, and beside it only days, a count of items and one short name."""
    if len(line) > 60 or "期" not in line or "。" in line or not _NUMBERED.search(line):
        return False
    if not _DATED.search(line):  # (a headline may number a series: `第5期“网信讲堂”开讲`)
        return False
    rest = [part for part in _ISSUE_PARTS.split(_NUMBERED.sub(" ", line)) if part]
    return len(rest) <= 1 and all(len(part) <= ISSUER for part in rest)


def _sourced_contents(lines: list[str], shown: list[int]) -> set[int]:
    """Contents without a heading: RUN items or more in a row, each a title with its source after it
    (`标题（新华网）`, `标题 —— 光明网`), one of them repeated by a line under them (the shown document's heading)."""
    out: set[int] = set()
    run: list[int] = []
    for k, i in enumerate([*shown, -1]):
        line = lines[i] if i >= 0 else ""
        sourced = line and len(line) <= ITEM + 20 and _SOURCED.search(line) and "。" not in line
        if sourced and _SOURCE.search(line) and len(_item(line)) >= 4:
            run.append(i)
            continue
        if len(run) >= RUN:
            items = {_item(lines[j]) for j in run}
            if any(lines[j] in items for j in shown[k:]):
                out.update(run)
        run = []
    return out


def issue_lines(lines: list[str]) -> set[int]:
    """The indexes of the issue's lines: its number's, the periodical's name right above it, its contents."""
    shown = [i for i, line in enumerate(lines) if line]
    out: set[int] = set()
    for k, i in enumerate(shown):
        line = lines[i]
        if _ISSUE.match(line) or _issue_in_parts(line):
            out.add(i)
            above = lines[shown[k - 1]] if k else ""
            if k and len(_SPACED.sub("", above)) <= NAME and _PERIODICAL.search(_SPACED.sub("", above)):
                out.add(shown[k - 1])
            for j in (k - 1, k + 1):  # its month and its issuer beside it, the month beside the issuer too
                if 0 <= j < len(shown) and _ISSUE_MONTH.match(lines[shown[j]]):
                    out.add(shown[j])
            for j in range(max(0, k - 2), k):
                if _ISSUER.match(_SPACED.sub("", lines[shown[j]])) and all(shown[m] in out for m in range(j + 1, k)):
                    out.add(shown[j])
            if k + 1 < len(shown) and _COLUMN.match(lines[shown[k + 1]]):
                out.add(shown[k + 1])
        elif len(line) <= ITEM + 20 and _LEADER.search(line) and len(_item(line)) >= 4:
            out.add(i)
        elif _CONTENTS.match(line):
            out |= _contents(lines, shown[k:])
    return out | _sourced_contents(lines, shown) | _running_names(lines, shown)


def _running_names(lines: list[str], shown: list[int]) -> set[int]:
    """A periodical's name the page prints above and again below some of its text (`江城市人民政府公报` heading each
    page of a PDF): its running head, neither the document's headline nor its text. A headline that ends so
    (`…统计公报`) and stands twice above the text (an e-paper's list of titles, then the heading) is none."""
    names = {i: _squashed(lines[i]) for i in shown if len(lines[i]) <= NAME * 2}
    counts = Counter(names.values())
    out: set[int] = set()
    for name in {name for name, count in counts.items() if count >= 2 and len(name) <= NAME}:
        if not _PERIODICAL.search(name) or _CLAUSE.search(name):  # (`网络源于图片，供参考`: a caption's note)
            continue
        at = [i for i, other in names.items() if other == name]
        if any(len(lines[j]) >= WRITTEN and "。" in lines[j] for j in range(at[0] + 1, at[-1])):
            out.update(at)
    return out


# a periodical's name and its issue's number alone, as a file's name or a `<title>` gives them (`组工信息第12期`,
# `江城市人民政府公报2020年第4期`): the issue, not the document in it
_ISSUE_NAME = re.compile(
    rf"^(?P<name>[^\s]{{2,{NAME}}}?)\s*[(（]?\s*(?:{YEAR}\s*年?\s*)?第\s*{_NUMBER}\s*期"
    rf"(?:\s*[(（]\s*总第\s*{_NUMBER}\s*期\s*[)）])?\s*[)）]?$"
)


def _squashed(line: str) -> str:
    return _SPACED.sub("", line) if " " in line or "\u3000" in line else line  # (most lines have no space)


def is_issue_name(title: str) -> bool:
    """A title that names only a periodical's issue (`组工信息第12期`): no document's headline."""
    match = _ISSUE_NAME.match(_SPACED.sub("", title.strip()))
    return bool(match) and bool(_PERIODICAL.search(match.group("name")))


def names_an_issue_line(title: str, issued: set[str]) -> bool:
    """A title that is one of the issue's lines, its letterhead's spaces aside (`组工信息` for `组 工 信 息`)."""
    return _SPACED.sub("", title) in {_SPACED.sub("", line) for line in issued}


def _contents(lines: list[str], shown: list[int]) -> set[int]:
    """A contents heading (`shown[0]`) and its items, when they run to a line repeating one of them (the shown
    document's heading); else none (a list that runs into the text is no issue's contents)."""
    items: dict[str, int] = {}
    for j in shown[1:]:
        item = _item(lines[j])
        if item in items:
            return {shown[0], *items.values()} if len(items) >= 2 else set()
        if "。" in lines[j] or len(lines[j]) > ITEM + 20 or _FIELD.search(lines[j]):
            return set()  # (a field's line, `来源：…`, `最近修改：…`: a wiki's page tree ran into its page's head)
        items[item] = j
    return set()
