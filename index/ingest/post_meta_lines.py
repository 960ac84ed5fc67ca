"""The writer a blog theme's post meta line names after the day and the reading time, apart by dots: Hugo's
PaperMod `March 18, 2019 · 5 min · 小白`, `2019-03-18 · 3 分钟阅读 · 小白`.

A name alone under a headline is as likely a source or a column; beside the day and a reading time, on the line
a theme gives the post's own facts, it is the writer's. Only the HEAD_LINES lines under the headline are read, and
an outlet, an organisation's account or a control's word names no one. (Issue 22's sixteenth-round held-out
pages: bloggers named only in a theme's meta line were lost.)
"""

from __future__ import annotations

import re

from index.ingest.bylines import is_account, is_handle, is_interface_word, is_outlet
from index.ingest.days import read_date

HEAD_LINES = 3  # lines under the headline where the post's meta line stands
_DOT = re.compile(r"\s*[·•|｜]\s*")
# a reading time or a length: `5 min`, `5 min read`, `3 分钟`, `3 分钟阅读`, `阅读约 3 分钟`, `1,234 字`, `1234 words`
_LENGTH = re.compile(r"^(?:阅读\S{0,2}\s*)?[\d,.]+\s*(?:min(?:ute)?s?(?:\s+read)?|分钟(?:阅读)?|字|words?)$", re.I)


def writer(lines: list[str], headline: str) -> str | None:
    """The handle closing a meta line of a day and a reading time among the lines under the `headline`, or None."""
    filled = [line.replace("\xa0", " ").strip() for line in lines if line.strip()]
    at = next((i for i, line in enumerate(filled) if line == headline.strip()), None)
    for line in [] if at is None else filled[at + 1 : at + 1 + HEAD_LINES]:
        parts = [part for part in _DOT.split(line) if part]
        if len(parts) < 3 or not read_date(parts[0]) or not any(_LENGTH.match(part) for part in parts[1:-1]):
            continue
        name = parts[-1]
        plain = is_handle(name) and not (is_account(name) or is_outlet(name) or is_interface_word(name))
        return name if plain else None
    return None
