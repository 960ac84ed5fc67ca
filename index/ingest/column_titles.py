"""A `<title>` or a heading that names the page's column, not its article (`工作动态 - 江城市委网信办`,
`<h2>通知公告</h2>`).

A government or institution site titles each article page with the column it stands in, and sets the column's name
as the largest heading over the article's own smaller one; the headline is then the line right above the
publication line. The column is a name the site repeats on every page: its menu or its breadcrumb links it by
that name, word for word. A headline is never such a link's whole text, short as a column's name is (a headline
linked to its own page is longer than a column's name).
"""

from __future__ import annotations

import re

COLUMN_CHARS = 8  # the longest column name (`政务公开`, `通知公告`, `部门动态`, `工作动态`, `县区动态`, `政策解读`)
# how a column's name ends: a short headline linked in a list of the page's titles (an e-edition's, a school's
# news list) is a link's whole text too, and took its page's title on layouts.py seed 7 without this
_COLUMN_END = re.compile(r"(?:动态|公告|新闻|要闻|资讯|解读|公开|信息|快讯|聚焦|简报|通知|工作)$")


def names_a_column(tree, title: str) -> bool:
    """`title` is the whole text of one of the page's links (its menu's, its breadcrumb's), of a column name's
    length and ending."""
    title = "".join(title.split())
    if not title or len(title) > COLUMN_CHARS or not _COLUMN_END.search(title):
        return False
    return any("".join(link.text_content().split()) == title for link in tree.iter("a"))
