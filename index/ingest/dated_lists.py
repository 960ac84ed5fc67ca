"""A list of other items, each a title with its day, above the headline or under the text.

An RSS reader's or an aggregator's web view sets the feed's other items beside or under the one item read, a
personal site or a forum its latest posts or notices in the cell before the post: each item a title and its day
(`六旬老人开藏书馆…` over `2020-03-29`, `· 标题（03-30）`, `［2020-04-17］标题`), often in `<div>`s a script opens,
so no link density marks them, and under a heading of the list's own (`江城发布 · 全部文章`, `最新文章`). Read as
text they stand above the headline, where they take its place, or close the text. A list is known by its shape: three
items or more, each with its day, nothing among them but titles, days and a heading, none a sentence. Above the
headline only what stands above it goes (the headline is the page's declared title where it has one, else the last
title over the text's first paragraph); under the text only a run that closes it. A story's own dated lines are
written (`4月28日，…。`) or stand between its paragraphs.

A sidebar a scraper flattened into one line runs its items together, each title glued to its count and an English
theme's day (`标题12Mar 5, 2021标题7Mar 6, 2021`): a line that ends on such a day and that its days cut into titles
only, two or more, is such a list wherever it stands; one item alone is, under the text's first paragraph, where a
figure runs into its day (`标题12Mar 5, 2021`). A story writes no English day after a Chinese title.
"""

from __future__ import annotations

import re

from index.ingest.cleaning import ends_sentence, first_paragraph, is_title_like, is_writing

ITEMS = 3  # items with a day a list has at least (a headline and its publication line are one)
HEADING_MAX = 16  # characters of a list's heading
HEADLINE_MIN = 8  # characters a headline has, without its day (a feed's name over its day is not one)

_DAY = r"(?:(?:19|20)\d{2}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
_DAY_ALONE = re.compile(rf"^[\[【(（［]?\s*{_DAY}\s*[\]】)）］]?$")
_DAY_AROUND = re.compile(rf"^[\[【(（［]\s*{_DAY}\s*[\]】)）］]|[\[【(（［]?\s*{_DAY}\s*[\]】)）］]?$")
_BULLET = re.compile(r"^[·•●○◆◇■□▪▶▷►>\-*]\s*")
# an English theme's day, glued to what stands before it (no word's edge between a count or a title and the month)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_ENGLISH_DAY = re.compile(
    rf"{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}|(?<!\d)\d{{1,2}}\s+{_MONTH},?\s+(?:19|20)\d{{2}}"
)
_COUNT_END = re.compile(r"\s*\d*\s*$")  # the item's count run into its day
GLUED_TITLE_MAX = 60  # characters of a glued item's title


def _core(line: str) -> str:
    """The line without its bullet and its day (before or after it)."""
    return _DAY_AROUND.sub("", _BULLET.sub("", line)).strip()


def _is_day(line: str) -> bool:
    return bool(_DAY_ALONE.match(line))


def _is_item(line: str) -> bool:
    """A title as a list shows it (with its day or without), no sentence."""
    core = _core(line)
    return bool(core) and is_title_like(core) and (not ends_sentence(core) or core.endswith(("！", "？", "!", "?")))


def _is_dated_item(line: str) -> bool:
    return _is_item(line) and bool(_DAY_AROUND.search(line)) and not _is_day(line)


def _is_heading(line: str) -> bool:
    return 0 < len(line) <= HEADING_MAX and not is_writing(line) and not _DAY_AROUND.search(line)


def _a_list(lines: list[str], at: list[int]) -> bool:
    """The lines at `at` are a dated list: only items, days and a heading first, ITEMS days or more."""
    shown = [lines[i] for i in at]
    if not shown:
        return False
    body = shown[1:] if _is_heading(shown[0]) and not _is_day(shown[0]) else shown
    if not all(_is_day(line) or _is_item(line) for line in body):
        return False
    days = sum(_is_day(line) or _is_dated_item(line) for line in body)
    titles = sum(not _is_day(line) for line in body)
    return days >= ITEMS and titles >= ITEMS


def _headline(lines: list[str], shown: list[int], title: str | None) -> int | None:
    """The index (into `lines`) of the headline over the text: the line naming the declared title, else the last
    title-like line of HEADLINE_MIN characters or more above the first paragraph."""
    key = "".join((title or "").split())
    if len(key) >= HEADLINE_MIN:
        return next((i for i in shown if "".join(lines[i].split()) == key), None)
    titles = [i for i in shown if _is_item(lines[i]) and not _is_day(lines[i]) and len(_core(lines[i])) >= HEADLINE_MIN]
    return titles[-1] if titles else None


def list_lines(lines: list[str], title: str | None = None) -> set[int]:
    """The indexes of the dated lists in `lines` (a page's lines, '' for blanks) standing above the headline and
    closing the text (`title`: the page's declared title, if any)."""
    shown = [i for i, line in enumerate(lines) if line]
    texts = [lines[i] for i in shown]
    first = first_paragraph(texts)
    if first == len(texts):
        return set()
    found: set[int] = set()
    head = _headline(lines, shown[:first], title) if first >= ITEMS else None
    if head is not None:
        above = [i for i in shown[:first] if i < head]
        if _a_list(lines, above):
            found.update(above)
    last = next(  # the text's last paragraph (an item's title may hold a comma and exclaim: `…，这起案例当警示！`)
        (k for k in range(len(texts) - 1, first, -1) if _closes_text(texts[k])), first
    )
    under = shown[last + 1 :]
    if len(under) >= ITEMS and _a_list(lines, under):
        found.update(under)
    found |= {i for k, i in enumerate(shown) if glued_items(lines[i]) >= (2 if k <= first else 1)}
    return found


def glued_items(line: str) -> int:
    """How many items of a sidebar run together `line` is (see the module's note): 0 where it is no such list, one
    alone only where a figure runs into its day."""
    days = list(_ENGLISH_DAY.finditer(line))
    if not days or line[days[-1].end() :].strip():
        return 0
    starts = [0] + [day.end() for day in days[:-1]]
    pieces = [line[start : day.start()] for start, day in zip(starts, days, strict=True)]
    if not all(_is_glued_title(_COUNT_END.sub("", piece)) for piece in pieces):
        return 0
    if len(days) == 1 and not pieces[0][-1:].isdigit():
        return 0
    return len(days)


def _is_glued_title(core: str) -> bool:
    core = core.strip()
    return HEADLINE_MIN <= len(core) <= GLUED_TITLE_MAX and _is_item(core) and not re.search(r"[A-Za-z]{4,}", core)


def _closes_text(line: str) -> bool:
    return is_writing(line) and ends_sentence(line) and not is_title_like(line)


def without_dated_lists(lines: list[str], title: str | None) -> list[str]:
    """`lines` (a page's text) without its dated lists: before the headline is looked for over the text, a
    list's heading (`最新文章`) stands first there and was taken for it."""
    found = list_lines(lines, title)
    return [line for i, line in enumerate(lines) if i not in found] if found else lines
