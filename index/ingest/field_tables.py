"""Tables that label an article's fields: an export's properties, an office system's form, a spreadsheet's row.

A doc export shows its page's properties as a table (`来源 | 中国新闻网`, `标签 | …`, `创建时间 | …`), an office
system its bulletin as a form (`标题 | … `, `发布人 | … | 发布部门 | …`), a spreadsheet saved as text its header
row (`标题	日期	来源	正文`) over the article's row. Read as lines, a value becomes the headline (the outlet's name,
the poster's department) and a property's day the article's; where the title stands only in its cell, none is found.
Where a table labels its rows and one of them is the title's (标题, 题目, 名称), that row is the title and no other
row ever is; a row labelled as the publication's day gives the day (never the day it was created or last changed: a
container's); the labels and their values are the export's, no text. A table is read as such only when three of
its labels or more are field labels, so a table of figures (`地区 | 增速`) stays text.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from index.text.lexicon import FIELD_LABELS

TITLE_LABELS = (
    "标题",
    "题目",
    "名称",
    "文章标题",
    "新闻标题",
    "公告标题",
    "通知标题",
    "稿件标题",
    "稿件名称",
    "稿件题目",
)
# the labels of a publication's day by rank (the first of the best rank a table gives is its day): a government
# page's filing table gives the day the document was signed (成文日期) beside the day it was published (发布日期) or
# issued (印发日期, 发文日期), and the page is dated when it went out, not when it was signed
PUBLISHED_RANKS = (
    ("发布时间", "发布日期", "日期", "时间", "发表时间", "发表日期", "发稿时间"),
    ("印发日期", "发文日期"),
    ("成文日期",),
)
_RANK = {label: rank for rank, labels in enumerate(PUBLISHED_RANKS) for label in labels}
WRITER_LABELS = ("作者",)  # the writer's cell (an institution's info table: `作者： | 刘晓东 | 来源： | 科研处`)
BODY_LABELS = ("正文", "内容", "全文", "文章内容", "新闻内容", "公告内容", "通知内容", "稿件正文", "稿件内容")
# labels of an export's or a form's other rows: who posted it, where, its tags, the container's days
_OTHER_LABELS = (
    *("发布人", "发布部门", "发布单位", "发布范围", "发布机构", "发文机关", "发文单位", "标签", "分类", "栏目"),
    *("创建时间", "创建人", "创建日期", "更新时间", "更新日期", "更新于", "修改时间", "最后编辑", "附件", "文号"),
    *("索引号", "主题分类", "关键词", "关键字", "摘要", "序号", "编号", "状态", "浏览次数", "有效性", "生成日期"),
    *("属性", "类型", "作者", "责任编辑", "编辑"),
    # an archived copy's record card beside the text: where and when it was kept (an archive blog's, a snapshot's)
    *("原链接", "原文链接", "原文地址", "原始链接", "原始网址", "原网址", "存档时间", "存档日期", "归档时间"),
    *("归档日期", "抓取时间", "抓取日期", "收录时间", "收录日期", "保存时间", "快照时间", "快照编号", "存档编号"),
    "原发媒体",
    # a reference manager's record of a web page (Zotero's): when it was visited, added and changed, its address
    *("访问时间", "访问日期", "添加日期", "修改日期", "网址"),
)
_FILING = frozenset(("索引号", "文号"))  # a government page's 信息公开 filing table
KNOWN = frozenset((*TITLE_LABELS, *_RANK, *BODY_LABELS, *FIELD_LABELS["source"], *_OTHER_LABELS))
LEAST_LABELS = 3  # labelled rows (or a header's cells) that make a table a table of fields

_PADDING = re.compile(r"[\s\u3000\u2003\u00a0]+")


def label(cell: str) -> str | None:
    """The field label a cell is (`名&emsp;&emsp;称：` -> `名称`, `【来源】` -> `来源`), or None."""
    text = _PADDING.sub("", cell).strip("：:【】[]")
    return text if text in KNOWN else None


def declared_fields(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """The declared fields of labelled values: the title, the publication's day, the source and the text."""
    found: dict[str, str] = {}
    dated = len(PUBLISHED_RANKS)  # the rank of the publication label read so far
    for name, value in pairs:
        value = value.strip()
        if not value:
            continue
        if name in TITLE_LABELS:
            found.setdefault("title", value)
        elif name in _RANK and _RANK[name] < dated:
            found["date"], dated = value, _RANK[name]
        elif name in FIELD_LABELS["source"]:
            found.setdefault("source", value)
        elif name in BODY_LABELS:
            found.setdefault("text", value)
        elif name in WRITER_LABELS:
            found.setdefault("author", value)
    return found


@dataclass(frozen=True)
class FieldTable:
    """A page's table of fields: what it declares (title, date, source) and the lines it shows, which are the
    export's and no text (but the title's value, which is the headline's line)."""

    fields: dict[str, str]
    lines: frozenset[str]


_GLUED = re.compile(r"^\s*(\S{2,6}?)\s*[:：]\s*(\S.{0,200})$")


def _cell_text(cell) -> str:
    return " ".join(cell.text_content().split())


def page_table(tree) -> FieldTable | None:
    """The first table of a parsed page whose rows pair labels with values (`<th>来源</th><td>X</td>`, two pairs
    to a row too, or a label and its value in one cell, `<td>标题：X</td>`), with three field labels or more among
    them; None when the page has none."""
    for table in tree.iter("table"):
        pairs: list[tuple[str, str]] = []
        shown: set[str] = set()
        in_cell = 0  # pairs read from a label and its value in one cell
        rows = table.xpath("./tr|./tbody/tr|./thead/tr")
        for row in rows:
            cells = [_cell_text(cell) for cell in row if cell.tag in ("td", "th")]
            for k in range(0, len(cells) - 1, 2):
                if (name := label(cells[k])) is not None:
                    pairs.append((name, cells[k + 1]))
                    shown.update((cells[k], cells[k + 1], f"{cells[k]} {cells[k + 1]}", f"{cells[k]}{cells[k + 1]}"))
            for cell in cells:  # a label and its value in one cell: `<td>标题：…</td>`
                if (glued := _GLUED.match(cell)) and (name := label(glued.group(1))) is not None:
                    pairs.append((name, glued.group(2)))
                    shown.add(cell)
                    in_cell += 1
            shown.add(" ".join(cells))
        fields = declared_fields(pairs)
        fields.pop("text", None)
        names = {name for name, _ in pairs}
        # unless a row names the title, a portal's publication line set in a table's cells (`作者：X 发布时间：Y
        # 来源：Z`, each label glued to its value) is read as the page's publication line, and a 信息公开 filing table
        # (索引号, 文号) as the filing's (index.ingest.filing_tables): held-out real pages lost their writers and their
        # day to these (lead, 2026-12-07); a filing table naming the title (名称) is read as a form
        titled = "title" in fields
        paired = in_cell < len(pairs) - in_cell and not names & _FILING
        if len(names) >= LEAST_LABELS and len(pairs) * 2 >= len(rows) and (paired or titled):
            return FieldTable(fields, frozenset(shown - {fields.get("title")}))
    return None


def _labelled(line: str) -> bool:
    return label(line) is not None or bool((glued := _GLUED.match(line)) and label(glued.group(1)))


def without_table(lines: list[str], table: FieldTable) -> list[str]:
    """`lines` without the first run of them that the table shows, two lines or more with a label among them (a
    value alone elsewhere is the text's: a notice's issuer and day signing it repeat the form's)."""
    title = table.fields.get("title")
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and (lines[end] in table.lines or (end > i and lines[end] == title)):
            end += 1
        if end - i >= 2 and any(_labelled(line) for line in lines[i:end]):
            return lines[:i] + lines[end:]
        i = end + 1
    return lines


_PIPE_ROW = re.compile(r"^\s*\|(.+)\|\s*$")
_RULE_ROW = re.compile(r"^[\s|:\-]+$")
_HEADING = re.compile(r"^#{1,6}\s+\S")


def _pipe_table(lines: list[str]) -> tuple[int, int, list[tuple[str, str]]] | None:
    """(first line, line after, labelled pairs) of the first Markdown table of two columns whose rows are labels
    and values (`| 标题 | … |`), or None."""
    start = None
    for i, line in enumerate([*lines, ""]):
        if _PIPE_ROW.match(line):
            start = i if start is None else start
            continue
        if start is not None:
            rows = [[cell.strip() for cell in lines[k].strip().strip("|").split("|")] for k in range(start, i)]
            pairs = [(name, row[1]) for row in rows if len(row) == 2 and (name := label(row[0])) is not None]
            labelled = len({name for name, _ in pairs})
            if labelled >= LEAST_LABELS and all(len(row) == 2 or _RULE_ROW.match("|".join(row)) for row in rows):
                return start, i, pairs
            start = None
    return None


def _sheet_row(text: str) -> dict[str, str] | None:
    """The fields of a spreadsheet saved as tab-separated text: a header row of field labels, one of them the
    text's (正文, 内容), over one row of values, a cell of several lines in quotes (read by the csv module, which
    knows a quoted cell's doubled quotes and line breaks)."""
    header = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r").split("\t")
    names = [label(cell) for cell in header]
    if len(header) < LEAST_LABELS or None in names or not set(names) & set(BODY_LABELS):
        return None
    rows = [row for row in csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter="\t") if any(map(str.strip, row))]
    if len(rows) != 2 or len(rows[1]) != len(header):  # one article a file: several rows are a list, not read so
        return None
    return declared_fields(list(zip(names, rows[1], strict=True)))


def text_fields(text: str) -> tuple[dict[str, str], str]:
    """(the fields a text export declares in a table, the text without the table); ({}, text) when it has none.
    A spreadsheet's row gives its text cell as the text; a Markdown table of fields leaves the text with the
    headings above it (the export's space or folder, over the document's properties)."""
    if "\t" in text[:2000] and (found := _sheet_row(text)) is not None:
        body = found.pop("text", "")
        return (found, body) if body.strip() else ({}, text)
    lines = text.split("\n")
    table = _pipe_table(lines[:60])
    if table is None:
        return {}, text
    start, end, pairs = table
    above = [line for line in lines[:start] if line.strip()]
    if any(not _HEADING.match(line) for line in above):
        above = []  # a table under the text's own lines is the text's
    fields = declared_fields(pairs)
    fields.pop("text", None)
    kept = [line for k, line in enumerate(lines) if not (k < end and (k >= start or line in above))]
    return fields, "\n".join(kept)
