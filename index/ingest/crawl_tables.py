"""A crawler's table export (`.csv`, `.tsv`): a row an article, its fields by what the header row names them.

Point-and-click crawlers (八爪鱼, 后羿, 火车头) and scripts save what they gathered as a table: a header row
(`标题,标题链接,发布时间,来源,作者,正文,当前时间,页面网址`, or `title,url,pubtime,content,crawl_time`), then one row
an article, a cell of several lines in quotes (doubled quotes inside), the text cell plain or HTML, the file in
UTF-8 with a BOM or in GBK. Read as plain text, the header becomes the headline and every row runs into the next.
A column is known by its header's words, in Chinese or English: a title's (标题, 题目, title, headline; a title's
link, `标题链接`, is an address), a text's (正文, 内容, 全文, content, body, text), a day's (时间, 日期, date, time,
published), a source's (来源, 媒体, 网站, source, media, site), a writer's (作者, 记者, author, writer) and an
address's (链接, 网址, url, link). A time column named for the gathering (当前时间, 采集时间, 抓取时间, 入库时间,
crawl_time, fetched_at: when the crawler ran) is never the article's day: a crawl is years after the story in the
exports seen (benchmarks/layouts.py FRESH_EXPORTS_12). A table with no title column, or no text column, is no table
of articles (a table of figures, a list of links): None, and the file is read as it was before. The header is one of
the first HEADER_ROWS rows (a line naming the crawl's task may come first); where no column is named as the text,
the unnamed column whose cells are sentences of an article's length is the text.
"""

from __future__ import annotations

import csv
import io
import re

from index.ingest.feeds import Item
from index.ingest.mailboxes import Damaged

_ASIDE = re.compile(r"副标题|摘要|简介|导读|导语|关键[词字]|标签|subtitle|summary|abstract|description|keyword", re.I)
_URL = re.compile(r"链接|网址|地址|url|link|href|uri", re.I)
_GATHERED = re.compile(r"当前|采集|抓取|爬取|入库|收录|更新|修改|crawl|fetch|scrap|spider|collect|insert|update", re.I)
_TIME = re.compile(r"时间|日期|date|time|day|publish(?!er)", re.I)
_TITLE = re.compile(r"标题|题目|^(?:title|headline|news_?title|article_?title)$", re.I)
_TEXT = re.compile(r"正文|内容|全文|^(?:content|contents|body|text|article|main_?text|article_?content)$", re.I)
_SOURCE = re.compile(r"来源|媒体|出处|网站|站点|^(?:source|media|site|site_?name|media_?name)$", re.I)
_WRITER = re.compile(r"作者|记者|撰稿|^(?:author|authors|writer|byline)$", re.I)
_ARTICLE_LINK = re.compile(r"标题|原文|文章|详情|^(?:url|link|article_?url)$", re.I)
MIN_TEXT = 80  # characters a text column's cells hold on average, where its header does not name it
_SENTENCE_END = re.compile(r"[。！？!?]")
HEADER_ROWS = 3  # rows the header is among (an export's name or a note may come first)
MAX_HEADER_CELL = 30  # characters: a longer cell is a value, not a column's name


def _kind(name: str) -> str | None:
    """What a header cell names: title, text, date, gathered (the crawl's time), source, author, url or None."""
    name = name.strip().strip("\ufeff").strip()
    if not name or len(name) > MAX_HEADER_CELL:
        return None
    if _URL.search(name):
        return "url"
    if _ASIDE.search(name):  # a summary's or a subtitle's column is no text's and no title's
        return None
    if _TITLE.search(name):
        return "title"
    if _TEXT.search(name):
        return "text"
    if _TIME.search(name):
        return "gathered" if _GATHERED.search(name) else "date"
    if _SOURCE.search(name):
        return "source"
    if _WRITER.search(name):
        return "author"
    return None


def _delimiter(head: str) -> str:
    """The delimiter the table's first rows use: a tab where any holds one, else `;` or `,`, whichever is more."""
    return "\t" if "\t" in head else ";" if head.count(";") > head.count(",") else ","


def crawl_records(text: str) -> list[Item | Damaged] | None:
    """The articles of a table export, a row each (its title, text, day, source, writers and address from their
    columns), or None when its header row names no title column, or no text column and no column holds text."""
    text = text.lstrip("\ufeff")
    header_line = "\n".join([line for line in text.split("\n", 20)[:20] if line.strip()][:HEADER_ROWS])
    rows: list[list[str]] = []
    damage = None
    try:
        for row in csv.reader(io.StringIO(text), delimiter=_delimiter(header_line)):
            if any(cell.strip() for cell in row):
                rows.append(row)
    except csv.Error as error:  # a cell past the csv module's limit, a NUL: the rows before it are kept
        damage = Damaged(len(rows), f"the table's rows from row {len(rows)} on not read: {error}")
    if not rows:
        return None
    for at, header in enumerate(rows[:HEADER_ROWS]):  # the header, under a line or two of the export's own
        data = rows[at + 1 :]
        columns = [_kind(cell) for cell in header]
        if "text" not in columns and (found := _text_column(columns, data)) is not None:
            columns[found] = "text"
        if {"title", "text"} <= set(columns):
            break
    else:
        return None
    items: list[Item | Damaged] = [_item(columns, header, row) for row in data]
    return items + [damage] if damage else items


def _text_column(columns: list[str | None], data: list[list[str]]) -> int | None:
    """The unnamed column whose cells are an article's sentences (MIN_TEXT characters on average, two sentences
    in most), the longest of them; None when none is."""
    best, longest = None, MIN_TEXT
    for k, kind in enumerate(columns):
        cells = [row[k] for row in data if k < len(row)]
        if kind is not None or not cells:
            continue
        mean = sum(map(len, cells)) / len(cells)
        sentences = sum(len(_SENTENCE_END.findall(cell)) >= 2 for cell in cells)
        if mean >= longest and sentences * 2 > len(cells):
            best, longest = k, mean
    return best


def _item(columns: list[str | None], header: list[str], row: list[str]) -> Item:
    """One row's article: the first cell of each kind, its address the article's link (`标题链接`, `原文链接`)
    before a page's (`页面网址`: the list the crawler walked)."""
    fields: dict[str, str] = {}
    text = ""
    links: list[tuple[bool, str]] = []
    for kind, name, cell in zip(columns, header, row, strict=False):
        cell = cell.strip()
        if not cell or kind in (None, "gathered"):
            continue
        if kind == "text":
            text = text or cell
        elif kind == "url":
            links.append((not _ARTICLE_LINK.search(name), cell))
        else:
            fields.setdefault(kind, cell)
    if links:
        fields["url"] = min(links, key=lambda link: link[0])[1]
    return Item(text, fields)
