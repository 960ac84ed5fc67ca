"""A writing platform's or a self-media page's account shown under the headline as its display name beside its
`@handle` (`周小舟 @zhouxiaozhou`, or the two on lines of their own): the post's writer where no byline names one.

A display name alone under a headline is as likely a source or a column; the `@handle` beside it is the platform's
own mark of an account. Only the HEAD_LINES lines under the headline are read, so a reader's response further down
(`夏天的风 @summerwind`) never is; an organisation's account (`江城发布`), an outlet and a control's word name no
writer. (Issue 22's sixteenth-round held-out pages: platform accounts beside their handles were lost.)
"""

from __future__ import annotations

import re

from index.ingest.bylines import is_account, is_handle, is_interface_word, is_outlet

HEAD_LINES = 3  # lines under the headline where the account's card stands
_NAME_HANDLE = re.compile(r"^(\S{2,20}?)\s*@[A-Za-z0-9_.\-]{2,30}$")
_HANDLE_ALONE = re.compile(r"^@[A-Za-z0-9_.\-]{2,30}$")


def _writer(name: str) -> str | None:
    return None if not is_handle(name) or is_account(name) or is_outlet(name) or is_interface_word(name) else name


def account_over_handle(lines: list[str], headline: str) -> str | None:
    """The display name beside (or right over) an `@handle` among the lines under the `headline`, or None."""
    filled = [line.strip() for line in lines if line.strip()]
    at = next((i for i, line in enumerate(filled) if line == headline.strip()), None)
    head = [] if at is None else filled[at + 1 : at + 1 + HEAD_LINES]
    for k, line in enumerate(head):
        if found := _NAME_HANDLE.match(line):
            return _writer(found.group(1))
        if k + 1 < len(head) and _HANDLE_ALONE.match(head[k + 1]):
            return _writer(line)
    return None
