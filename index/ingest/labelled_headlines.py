"""A headline a labelled line holds under a bulletin's or a column's name (`江城市网信办　工作简报` /
`导读：江城市启动…`, `新闻稿件` / `…江城12月8日电　题：江城老工业区变身文创园`).

A work bulletin, a wire's release page and a column's page set their own name as the largest line (and as the
`<title>`), and give the item's headline in a line labelled as such: `导读：X` in a bulletin, a wire's dateline
ending `电　题：X`. The name is the bulletin's on every page, never the headline; the labelled line's value is, when
it reads as one (short, no sentence). A headline over such a line is the article's own and stays: only a name
(ending as bulletins', releases' and columns' names do) gives way.
"""

from __future__ import annotations

import re

from index.ingest.cleaning import is_heading_shaped

# `导读：X`, `题：X` (a line of its own), or a wire's dateline closing with its title (`…12月8日电　题：X`)
_LINE_LABEL = r"^\s*(?:导\s*读|题)\s*[:：]\s*(?=\S)"
_DATELINE = re.compile(r"^\S.{0,40}?电[\s\u3000]*题\s*[:：]\s*(?=\S)")
_LABEL = re.compile(rf"{_LINE_LABEL}|{_DATELINE.pattern}")
# how a bulletin's, a release page's or a column's name ends (`工作简报`, `网信动态`, `新闻稿件`, `政策解读`)
_NAME = re.compile(r"(?:简报|快报|专报|通讯|动态|公报|周报|月报|旬报|专刊|稿件|新闻稿|通稿|解读|要闻|资讯|信息)$")
NAME_CHARS = 20  # the longest such name with its issuer (`江城市委网信办　网信工作简报`)
HEADLINE_CHARS = (4, 50)
BELOW = 3  # lines under the name a labelled headline is looked for in (a day or an issue line between)


def labelled_headline(line: str) -> str | None:
    """The headline a line labels as such (`导读：江城市启动…专项整治` -> the headline), or None where the line is
    no such label or its value is a sentence (a summary's `导读：本文介绍了…。`)."""
    if not (match := _LABEL.match(line)):
        return None
    value = line[match.end() :].strip()
    low, high = HEADLINE_CHARS
    return value if low <= len(value) <= high and is_heading_shaped(value) else None


def names_a_bulletin(line: str) -> bool:
    """`line` is a bulletin's, a release page's or a column's name (`江城市网信办　工作简报`, `新闻稿件`)."""
    line = line.strip()
    return 0 < len(line) <= NAME_CHARS and bool(_NAME.search(line)) and is_heading_shaped(line)


def headline_under_name(lines: list[str], name: str) -> str | None:
    """The labelled headline within `BELOW` lines under the first line that is `name`, a bulletin's name; None
    where `name` is no such name or no labelled headline follows it."""
    if not names_a_bulletin(name) or name not in lines:
        return None
    at = lines.index(name)
    return next((found for line in lines[at + 1 : at + 1 + BELOW] if (found := labelled_headline(line))), None)


def is_dateline(line: str) -> bool:
    """`line` is a wire's dateline closing with its title (`…12月8日电　题：X`): the story's first line, which stays
    in its text when its title is taken from it."""
    return bool(_DATELINE.match(line))
