"""A press release's own furniture: its number line over the headline (`新闻稿第123号`, `（2019）第45号`,
`稿号：…`) and the press office's contact block closing it (`新闻联络人：王先生`, `联系电话：…`, `传真：…`,
`电子邮箱：…`). Real pages labelled by other hands leave both out of the text; the release's `编者按` is its own.

A story's sentence may give a hotline (`市民如有疑问，可拨打联系电话12345咨询。`), a police appeal closes with
`联系人：彭警官 137…` (5 corpus articles) and a conference's agenda with its secretariat's `电话：…`, `传真：…` (a
shared page, labelled with them): a sentence is never a contact line, and only a block of two contact lines or more
at the very end of a release's text is the office's: a block naming the press liaison (`新闻联络人`, `媒体联系人`), or
any under a release's number line. None of the 10,580 corpus bodies has a number line of these shapes.
"""

from __future__ import annotations

import re

from index.ingest.cleaning import ends_sentence
from index.ingest.days.shapes import YEAR

_NUMBER = re.compile(
    r"^(?:新闻稿\s*第\s*\d{1,5}\s*号"
    r"|(?:稿号|新闻稿号|发稿编号)\s*[:：]\s*\S.{0,30}"
    rf"|[（(〔\[]\s*{YEAR}\s*[）)〕\]]\s*第\s*\d{{1,5}}\s*号)$"
)
CONTACT_MAX = 60  # characters: a contact line (a label, a name or a number, perhaps two labels) is short
_CONTACT = re.compile(
    r"^(?:新闻|媒体)?(?:联络人|联系人|联系电话|联系方式|电话|手机|传真|电子邮箱|电子信箱|邮箱|E-?mail|地址|邮编)\s*[:：]",
    re.IGNORECASE,
)
_LIAISON = re.compile(r"(?:新闻|媒体)(?:联络人|联系人)")  # the press office's, not a police appeal's nor an agenda's


def is_release_number(line: str) -> bool:
    """A press release's number line alone (`新闻稿第123号`, `（2019）第45号`, `稿号：2019-045`)."""
    return bool(_NUMBER.match(line.strip()))


def contact_block(kept: list[str]) -> set[int]:
    """The indexes of the contact lines that close a release's text (`kept`: the page's lines cleaning kept, ''
    for blanks): two or more there, none a sentence, one naming the press liaison or all under a number line."""
    found: list[int] = []
    for i in range(len(kept) - 1, -1, -1):
        line = kept[i].strip()
        if not line:
            continue
        if len(line) > CONTACT_MAX or ends_sentence(line) or not _CONTACT.match(line):
            break
        found.append(i)
    if len(found) < 2:
        return set()
    if any(_LIAISON.search(kept[i]) for i in found) or any(is_release_number(line) for line in kept[: found[-1]]):
        return set(found)
    return set()
