"""A code host's file view: the day of the file's last commit (`李明 committed on Apr 1, 2020`, `<relative-time
datetime="2020-04-01T02:12:33Z">3 years ago</relative-time>`, `最后提交于 2020-04-01`), the only day such a page
shows for the text it holds.

It is the last evidence (index.ingest.html): the text's own publication line, a declared day and the page's
address come first, as a document's own `发布时间：…` states when it was published, not when it was last changed;
a sidebar's release (`v1.3 Latest Jun 5, 2021`) is no commit.
"""

from __future__ import annotations

import re

from index.ingest.days.reading import read_date

MAX_LINE = 120  # a commit's line: its author, message, day and hash
_COMMITTED = re.compile(r"\bcommitted\b|(?:最后|最近)?提交于|最后提交(?:时间)?\s*[:：]?")
_STAMP = re.compile(r"^((?:19|20)\d{2}-\d{2}-\d{2})T")  # an ISO stamp's day: `2020-04-01T02:12:33Z`


def commit_day(root, lines: list[str]) -> str | None:
    """The day of the page's first commit line (a `committed …`, `提交于 …` line's day after the word), else of
    its first `<relative-time datetime>` (the element code hosts render a commit's time with), else None."""
    for line in lines:
        if len(line) <= MAX_LINE and (marked := _COMMITTED.search(line)) and (day := read_date(line[marked.end() :])):
            return day
    for element in root.iter("relative-time") if root is not None else ():
        if stamp := _STAMP.match((element.get("datetime") or "").strip()):
            return stamp.group(1)
    return None
