"""What readers and the site's lists add to a page's text: comments, highlight notes, other headlines, a bio line.

Real pages of other hands show, inside the text's block, lines no labeller keeps: a reader's highlight note between
paragraphs (`小满：喜欢这段09-15`: a name, a short remark, the day glued on), comments shown inline under the text
(`网友 10:15 支持整治！`, `用户8821 10:33 早就该管管了`), a list of past reads run together on one line (`●X●Y●Z`)
under its heading (`往期荐读`), a sidebar of other headlines each glued to its site's name and a short English day
(`东城县人民政府东城召开网络安全工作会议Nov 9`), a closing block of labelled lines under a bar mark (`▍信息来源：…`,
`▍图文编辑：…`), a call to a topic (`更多相关资讯请关注：X专题`) and the writer's bio line (`林小满，七十年代末生人，
…业余写点东西。`, `王海燕江城网作者，关注…`). Each is known by its shape and, for what a story could also write,
by where it stands: a note anywhere (no story's line is a name, a colon, a few words and a glued day), the rest only
below the last of the story's paragraphs.
"""

from __future__ import annotations

import re

_WRITTEN = 60  # characters: the story's paragraphs; readers' lines and lists stand below the last of them

# a highlight note: a name, a colon, a short remark, a month-day glued on (a deadline's `报名时间：即日起至04-15`
# ends on a connective, its label a time's)
_NOTE = re.compile(r"^(?P<name>[^\s:：，。]{2,8})[:：]\s*(?P<remark>[^\d:：，。]{2,16}?)\s*\d{2}-\d{2}$")
_NOT_A_NAME = re.compile(r"(?:时间|日期|期限|截止|时段|期间)$")
_CONNECTIVE = re.compile(r"[至到前起止~\-—]$")
# a comment shown inline: a reader's name (or `网友`, `用户8821`), a time, a short remark
_COMMENT = re.compile(
    r"^(?:网友|游客|匿名(?:用户|网友)?|用户\s*\d{2,}|[^\s\d:：，。][^\s:：，。]{1,9})\s+\d{1,2}:\d{2}\s+\S.{0,60}$"
)
# a list's items run together after their marks, two or more
_RUN_LIST = re.compile(r"^(?:[●•▪◆■]\s*[^●•▪◆■]{4,40}){2,}$")
_LIST_HEAD = re.compile(r"^(?:往期|相关|推荐|延伸|热门|精彩)(?:荐读|推荐|阅读|回顾|精选|文章)$")
# another headline glued to a site's name and a short English day
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_GLUED_DAY = re.compile(rf"^[^。！？]{{8,80}}[\u4e00-\u9fff”」》）)]{_MONTH}\s?\d{{1,2}}$")
# a closing block's labelled line under a bar mark
_BAR_LABEL = re.compile(r"^[▍▌▎┃丨]\s*[^\s:：]{2,6}\s*[:：]\s*\S.{0,30}$")
_TOPIC_CALL = re.compile(
    r"^更多\S{0,4}?(?:资讯|新闻|内容|报道|信息)\S{0,2}?[，,\s]*请?(?:关注|点击|访问|查看)\S{0,30}$"
)
# the writer's bio: a name, then who they are (born, their work, what they follow)
_BIO = re.compile(
    r"^[^\s，。]{2,8}?[，,]?\s*(?:[^\s，。—]{0,12}?(?<!工)(?:作者|撰稿人|专栏作家|签约作家|博主)[，,]"
    r"|(?<=[，,])\s*(?:[^，。]{0,6}年代\S{0,2}生人|\d{4}年(?:出)?生[，,人]|生于\d{4}))"
)
_BIO_MAX = 100  # characters: a line about the writer; a story's portrait runs longer


def is_reader_note(line: str) -> bool:
    """A reader's highlight note (see the module's note)."""
    match = _NOTE.match(line)
    return bool(match) and not _NOT_A_NAME.search(match["name"]) and not _CONNECTIVE.search(match["remark"])


def _closes(line: str) -> bool:
    return bool(
        _COMMENT.match(line)
        or _RUN_LIST.match(line)
        or _LIST_HEAD.match(line)
        or _GLUED_DAY.match(line)
        or _BAR_LABEL.match(line)
        or _TOPIC_CALL.match(line)
        or (len(line) <= _BIO_MAX and _BIO.match(line))
    )


def reader_lines(kept: list[str]) -> set[int]:
    """The indexes of readers' notes anywhere in `kept` (the page's lines cleaning kept, '' for blanks), and of the
    comments, lists and bio lines below the last of the story's paragraphs."""
    found = {i for i, line in enumerate(kept) if line and is_reader_note(line)}
    last = max((i for i, line in enumerate(kept) if len(line) > _WRITTEN and not _closes(line)), default=-1)
    found |= {i for i in range(last + 1, len(kept)) if kept[i] and _closes(kept[i])}
    return found
