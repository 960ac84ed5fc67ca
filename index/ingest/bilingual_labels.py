"""A bilingual site's labels: a Chinese label beside its English one (`机构概况 About Us`, `新闻中心 News`), as its
menu, its crumbs and its box headings show them; never the article's lines.

Read alone, a bilingual site's menu copied one item a line is a run of short lines that no link density marks.
What marks them is their shape: each a short Chinese label and the same label in English (capitalised words, no
sentence), or several such pairs on one line. Three such lines on a page (a menu has more), or a line of two
pairs or more, are the page's; a story's heading that gives an English name once (`江城马拉松 Jiangcheng Marathon`)
is a single line and stays.
"""

from __future__ import annotations

import re

# one pair: a Chinese label of two to ten characters, then its English: one to six capitalised words (`of`, `and`
# between them)
_PAIR = r"[\u4e00-\u9fff]{2,10}\s*[A-Z][A-Za-z&'’.-]*(?:\s+(?:[A-Z][A-Za-z&'’.-]*|of|and|the|to|for|in)){0,5}"
_SEPARATOR = r"\s*[|｜/·•]?\s*"
_LINE = re.compile(rf"^{_PAIR}(?:{_SEPARATOR}{_PAIR})*$")
_PAIRS = re.compile(_PAIR)
MENU = 3  # single-pair lines that make a page's menu
LINE_MAX = 60  # characters a line of labels has at most


def label_lines(lines: list[str]) -> set[int]:
    """The indexes of a page's bilingual label lines: lines of two pairs or more, and single-pair lines when
    the page has MENU of them or more."""
    shaped = {
        i: len(_PAIRS.findall(line)) for i, line in enumerate(lines) if len(line) <= LINE_MAX and _LINE.match(line)
    }
    singles = [i for i, count in shaped.items() if count == 1]
    return {i for i, count in shaped.items() if count >= 2} | (set(singles) if len(singles) >= MENU else set())
