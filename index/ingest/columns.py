"""A column of short unrelated items beside the story: classified ads, prices, phone numbers, place names.

An overseas Chinese paper sets its classified ads beside a short article (`Eastwood 两房单位出租 每周$380`,
`诚聘 餐馆厨师 Chatswood`, `移民留学 专业咨询 免费评估`); a page read in table order gives the column under the
story's last sentence, one item a line, and an extractor that takes the whole row keeps it (the blind set's page
came out with the ads as its body). Such a column is known by its shape, not its words: a run of short lines with
no sentence's punctuation, most of them items (a number, a price, a Latin place name, or words set apart by
spaces), under the story's last written line and running to the end. A story's own list under it is introduced
by a colon (`具体安排如下：`, on the last written line or the list's first), and a poem's or a list of names'
lines are no items; nor are a story's labelled lines under it (a consulate's hotlines, a letter's signature of
`联系电话：…`): in the corpus such lines closed 6 stories, and a column with one of them is no column.
"""

from __future__ import annotations

import re

ITEM_MAX = 40  # a longer line is no column's item
COLUMN_MIN = 5  # the fewest items in a column: a story's few short closing lines are no column
# (a colon too: a labelled line under a story is its own, `领事保护与协助电话：02-755-0572`, `联系电话：131…`)
_PUNCTUATED = re.compile(r"[，。！？；、“”《》,;!?：:]")
# What makes a short line an item: a figure (a price, a phone number, a year), a Latin word (a suburb, a brand),
# or two or more words set apart by spaces.
_ITEM_MARK = re.compile(r"\d|[A-Za-z]{3,}|\S\s+\S+\s+\S")
_FIGURE = re.compile(r"^[+\-−]?\d[\d,.]*\s*%?$")  # a cell's figure alone: `3000.00`, `+1.01%`, `-12`
ROW_LABEL_MAX = 8  # characters: a data row's name (`深证成指`, `上海`), not a line of writing


def _is_item(line: str) -> bool:
    return 0 < len(line) <= ITEM_MAX and not _PUNCTUATED.search(line) and bool(_ITEM_MARK.search(line))


def _is_unpunctuated(line: str) -> bool:
    return 0 < len(line) <= 2 * ITEM_MAX and not _PUNCTUATED.search(line)


def item_column(kept: list[str], written: list[int], chrome: set[int]) -> set[int]:
    """The lines of a column of items under the story's last written line (`written`: the indexes of the text's
    written lines), its short heading (`分类广告`) with them: COLUMN_MIN or more unpunctuated lines to the end,
    two thirds of them items or more (a line of the page's `chrome` counts as one), not introduced by a colon."""
    if not written:
        return set()
    last = written[-1]
    below = [i for i in range(last + 1, len(kept)) if kept[i]]
    if len(below) < COLUMN_MIN or not all(i in chrome or _is_unpunctuated(kept[i]) for i in below):
        return set()
    if any(kept[i].rstrip().endswith((":", "：")) for i in (last, below[0])):
        return set()  # the story introduces its own list (`比赛日程安排如下：`)
    items = sum(
        i in chrome or _is_item(kept[i]) or (k + 1 < len(below) and _is_row_label(kept[i], kept[below[k + 1]]))
        for k, i in enumerate(below)
    )
    return set(below) if items * 3 >= len(below) * 2 else set()


def _is_row_label(line: str, value: str) -> bool:
    """A short name over a figure, as a data box's row reads one cell a line (`上证指数` / `3000.00`): one of
    the column's items too (measured on layouts.py's FRESH_ALONE_7 table pages: a market box of three rows kept
    under the text on 9 of 12 pages read alone, its names breaking the run of items)."""
    return 0 < len(line) <= ROW_LABEL_MAX and not _PUNCTUATED.search(line) and bool(_FIGURE.match(value))
