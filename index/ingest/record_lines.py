"""A record's lines around the article it holds: when the note, the document or the issue holding it was made,
changed or printed, and the address it was clipped from.

A notes app's export, a wiki's page and a shared document carry the day their record was created or last edited
(`创建时间：2020-04-13`, `由 王海燕 创建于 …，最后修改于 …`, `编辑于 2020年5月6日 · 3人阅读`, `修改时间：…`,
`上次更新: 2020/5/12`, a wiki's `Created 星期日 2021-05-02`), a collector the day it kept the article (a
personal library's `转藏于 …`, a reading device's `添加于 …`), a document library
the day a file was uploaded (`上传于 2020-05-01`, `上传时间：…`), a notebook the day its cells last ran
(`最后执行于 …`, `运行时间：…`), and a periodical's issue the day it was printed (`出版日期：…`,
`…　2020年4月28日出版`, `2020-04-18 · 第12期`, an office bulletin's `江城市网信办编 2020年4月28日`), each days
or weeks after the article they hold, and nearer its head. The article's own day is the one its source line gives
(`来源：中国新闻网 2020年3月30日`, `（本文原载X，…）`, `原文发布：…`, a source's name beside a day alone above
the text: `中国新闻网 · 2020年3月30日`) or its issuer signs under it: where the page shows such a day, the record's
lines are not read for it. Where it shows none the record's day is all the page says and is read as before, but
for the day a copy was made (a reading list's `保存于 …`, `Date Saved`, `Highlighted at`, an archive's
`抓取时间：`, a print view's `打印时间：`: `days.shapes.CAPTURE_LABEL`), which is never the article's: such a page
has no day. A clip's
source address on a line of its own after its label (`原文：http://…`, `来源 URL：https://…`) is the record's
too, and so is an address alone on its line above the text (the value of a properties table's `来源 URL` row): a
link, no text; so is a clip's or an export's footer naming its app (`由 江城笔记 剪藏 · …`, `— 由 幕布 导出 · …`).
"""

from __future__ import annotations

import re

from index.ingest.days.shapes import CAPTURE_LABEL, YEAR, YMD_DAY

# The record's own labels: its creation, its last edit, its upload, its cells' last run, its issue's printing (never
# a publication's: 发布, 发表, 刊发, 成文 say the article's day; nor a notice's `执行时间`, the day a rule applies).
_RECORD_LABEL = (
    r"(?:创建|新建|修改|更新|编辑|最后修改|最后编辑|最后更新|最近修改|最近更新)(?:时间|日期|于)"
    r"|(?:创建|修改|编辑|更新)于|出版(?:日期|时间)|印发(?:日期|时间)|编印(?:日期|时间)"
    r"|上传(?:时间|日期|于)|上次(?:修改|编辑|更新)(?:时间|日期|于)?|(?:最后|最近)(?:执行|运行)(?:时间|于)|(?:执行|运行)于|运行时间"
    # a collector's: the day a library, a reader or a clip kept it (`转藏于 …`, `添加于 …`, `保存于 …`, `入库时间：…`)
    r"|(?:收集|收藏|转藏|剪藏|添加|加入|导入|入库)(?:于|时间|日期)"
    r"|(?:Created|Creation-Date|Modified|Last modified|Saved|Added)(?=[\s:])"  # a wiki's or an app's, in English
)
# `创建时间：…`, `由 X 创建于 …`, `最后修改：X 2020/5/9`, `编辑于 … · 3人阅读`, `出版日期：…`
_RECORD = re.compile(
    rf"(?:^|[\s，,、·|｜]|^由\s*\S{{1,12}}\s*)(?:{_RECORD_LABEL}|{CAPTURE_LABEL})\s*[:：]?\s*(?:\S{{1,12}}\s+)?{YMD_DAY}"
)
# A copy's day alone on its line (`抓取时间：2023-02-14 09:11`, `Date Saved: 2023-01-05`): the record's whether or
# not the article gives a day of its own (index.ingest.days.shapes.CAPTURE_LABEL)
_CAPTURED = re.compile(rf"^(?:{CAPTURE_LABEL})\s*[:：]?\s*(?:\S{{1,12}}\s+)?{YMD_DAY}", re.IGNORECASE)
_LAST_EDIT = re.compile(rf"^(?:最后|最近)(?:修改|编辑|更新)(?:人|者)?\s*[:：]\s*\S{{1,12}}\s+{YMD_DAY}")
# An office bulletin's issuer and issue day on one line: `江城市网信办编　2020年4月28日`
_ISSUED = re.compile(rf"^\S{{2,20}}(?:编|编印|主办|印发)\s+{YMD_DAY}\s*$")
# An issue's printing day after it (`…江城市网信办　2020年4月28日出版`), or its number beside its day
# (`2020-04-18 · 第12期 · 共4条`)
_PRINTED_ON = re.compile(rf"{YMD_DAY}\s*(?:出版|出刊|印发|编印)\s*$")
_NUMBER = r"[0-9一二三四五六七八九十百]{1,4}"
_ISSUE_DAY = re.compile(rf"第\s*{_NUMBER}\s*期.{{0,30}}{YMD_DAY}|{YMD_DAY}.{{0,30}}第\s*{_NUMBER}\s*期")
ISSUE_LINE = 50  # characters an issue's line has at most
_PUBLISHED = re.compile(r"发布|发表|发[帖贴]|刊发|成文|播出|来源|原载|原文")
MAX_LINE = 80
_STOP = re.compile(r"[。！？]")
_YEAR = re.compile(YEAR)

# A line that gives the article's own day: its source or its publication labelled (`来源：X 2020年3月30日`,
# `（本文原载X，…）`, `原文发布：…`, `播出时间：…`), or a day alone under the text (an issuer's signature).
_SOURCE_DAY = re.compile(
    rf"(?:来源|原载|原文|转自|出处|发布|发表|刊发|播出)[^\d]{{0,24}}{YMD_DAY}|{YMD_DAY}.{{0,6}}(?:来源|原载)"
)
_DAY_ALONE = re.compile(rf"^[(（]?\s*{YMD_DAY}\s*[)）]?$")
# A source's name beside a day alone (`中国新闻网 · 2020年3月30日`, `江城发布 2020-03-30`): an article's header
_NAMED_DAY = re.compile(rf"^[^\d\s:：·|｜]{{2,16}}\s*[·|｜]?\s*{YMD_DAY}$")


def is_record_day(line: str) -> bool:
    """`line` gives its record's day (made, edited, printed), not a publication's."""
    if not line or len(line) > MAX_LINE or not _YEAR.search(line):
        return False
    if _RECORD.search(line) or _LAST_EDIT.match(line) or _ISSUED.match(line) or _PRINTED_ON.search(line):
        return not _PUBLISHED.search(_RECORD.sub("", line))
    if len(line) <= ISSUE_LINE and _ISSUE_DAY.search(line) and not _STOP.search(line):
        return not _PUBLISHED.search(line)
    return False


RECORD_RULES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"^(?:原文|原文链接|原文地址|原链接|源地址|来源\s*(?:URL|url|链接|网址|地址)|URL|url)\s*[:：]\s*(?:https?://|www\.)\S+$"
        ),
        "a clip's source address: 原文：http://…, 来源 URL：https://…",
    ),
    (
        re.compile(
            r"^(?:[—–-]+\s*)?(?:由|通过|用)\s*\S{1,12}\s*(?:剪藏|剪辑|收藏|保存|导出)(?:\s*[·•|｜,，].{0,100})?$"
        ),
        "a clip's or an export's footer naming its app: 由 江城笔记 剪藏 · 原文地址 https://…, — 由 幕布 导出 · …",
    ),
]


def _own_day(line: str, head: bool) -> bool:
    """`line` gives the article's own day; a name beside a day only in the head (under the text it is a reader's
    comment: `旅行的猫 2021-04-13`)."""
    return bool(_SOURCE_DAY.search(line) or _DAY_ALONE.match(line) or (head and _NAMED_DAY.match(line)))


def _first_sentence(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if len(line) > 10 and _STOP.search(line)), len(lines))


def record_day_lines(lines: list[str]) -> set[int]:
    """The indexes of the record's day lines when another line gives the article's own day; else none."""
    recorded = {i for i, line in enumerate(lines) if is_record_day(line)}
    if not recorded:
        return set()
    captured = {i for i in recorded if _CAPTURED.match(lines[i].strip()) and len(lines[i]) <= ISSUE_LINE}
    first = _first_sentence(lines)
    own = any(
        i not in recorded and len(line) <= MAX_LINE and _own_day(line.strip(), head=i < first)
        for i, line in enumerate(lines)
    )
    return recorded if own else captured


_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$")


def address_lines(lines: list[str]) -> set[int]:
    """The indexes of the addresses alone on their lines above the text's first sentence (a line of ten
    characters or more with a full stop)."""
    return {i for i in range(_first_sentence(lines)) if _ADDRESS.match(lines[i])}
