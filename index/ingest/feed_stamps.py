"""A poster's name beside a relative time under the headline: `拾光者 2天前`, `老王说车 3小时前`.

Feed platforms and community apps stamp a post with its writer's handle and how long ago it was posted, where a
news site prints a byline and an absolute day. The relative time is no day (the page does not say when it was
saved, so the day stays unknown: an absolute day elsewhere on the page is read as usual), but the handle beside it
is the post's writer; an outlet's or an organisation's account (`新华社 3小时前`, `江城发布 2天前`) is none.
"""

from __future__ import annotations

import re

from index.ingest.bylines import is_account, is_interface_word, is_outlet, is_unit
from index.ingest.days.shapes import RELATIVE

HEAD_LINES = 4  # lines after the headline within which the stamp stands
# (a handle's own shape: `拾光者`, `K哥说车`; the word beside a stamp is who posted, not what they do, so a handle
# ending in 者 counts here as it does not under a card's name)
_STAMPED = re.compile(  # (a dot between them, and the post's counters after: `城市漫游者 · 3天前 阅读 1.2万`)
    r"^([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_\-]{1,11})\s*(?:\s|[·•|｜])\s*"
    rf"(?:{RELATIVE}|刚刚|昨天\s*\d{{1,2}}:\d{{2}})"
    r"(?:\s*[·•|｜]?\s*(?:阅读|浏览|点击|评论|点赞)\s*[\d.,]+\s*[万wWkK]?)*$"
)


def stamped_writer(lines: list[str], headline: str) -> str | None:
    """The handle of the first `X 2天前` line among the HEAD_LINES lines under the line that is the `headline`,
    or None."""
    filled = [line.strip() for line in lines if line.strip()]
    at = next((i for i, line in enumerate(filled) if line == headline.strip()), None)
    for line in [] if at is None else filled[at + 1 : at + 1 + HEAD_LINES]:
        name = found.group(1) if (found := _STAMPED.match(line)) else ""
        if name and not (is_account(name) or is_outlet(name) or is_unit(name) or is_interface_word(name)):
            return name
    return None
