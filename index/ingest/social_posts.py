"""A short-video or social post copied as text: its caption over the text carries topics and mentions, its account
and counters stand around it, its readers' comments under it.

A topic is `#话题#` (closed: a microblog's, `#话题[超话]#`, `#话题[话题]#` with the platform's tag) or `#话题` alone
between spaces (a short-video caption's); a mention is `@账号` after a space or at a line's start. A line holding a
topic loses its topics and mentions (the caption's words are the headline; a line of topics alone leaves). The
account's lines leave: a handle line (`@jcwx001  抖音号：jcwangxin`), the name right above it, a name with its
follow button (`江城网信小助手  关注`) at the head; so do a row of three counters or more (`❤ 2.3万  💬 1024  ⭐
512`, `赞 1.2万 收藏 356 评论 88`), a note's stamp without a year but with its poster's region (`编辑于 03-30 江苏`,
the day is read from the post's full stamp), a post's card line naming the account, a stamp and the client
(`@江城公安 3月5日 10:21 来自 微博 weibo.com`: no headline; the day is the post's full one, in its page's script) and
the comments under `共 88 条评论`.
"""

from __future__ import annotations

import re

# a topic's words: two or more, some of them writing or letters, no sentence's punctuation, bracket or sign, and no
# letter or sign glued outside (a CMS's page marker `#p#分页标题#e#`, `#、4#`, `晋ad58##`, `#国v汽油(92#` and a
# sentence between two signs are no topics)
_TOPIC_WORDS = r"(?=[^#\s]*[\u4e00-\u9fffA-Za-z])[^#\s，。！？、,.!?；;：:()（）+&\[\]]{2,30}?"
_CLOSED_TOPIC = re.compile(rf"(?<![A-Za-z0-9])#{_TOPIC_WORDS}(?:\[[^\[\]#]{{1,6}}\])?#(?![A-Za-z0-9])")
_OPEN_TOPIC = re.compile(r"(?:^|(?<=\s))#(?!\d)(?=[^\s#]*[\u4e00-\u9fff])[\w\u4e00-\u9fff·]{1,20}(?=\s|$)")
_LABELLED = re.compile(r"^[^#]{0,12}[:：]\s*#")
_MENTION = re.compile(r"(?:^|(?<=\s))@[\w\u4e00-\u9fff·\-]{1,20}")
_HANDLE = re.compile(r"^@[A-Za-z0-9_.\-]{2,30}(?:\s|$)|(?:抖音号|快手号|小红书号|视频号|微博号|B站号|UID)\s*[:：]")
_FOLLOW = re.compile(r"^[^\s，。：:]{2,16}\s+[+＋]?\s*关注$")
_COUNTER = re.compile(
    r"(?:赞|点赞|收藏|评论|转发|分享|喜欢|在看|播放|阅读|[\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
    r"\ufe0f?)\s*\d+(?:\.\d+)?[万wWkK]?\+?"
)
_LEFT_OVER = re.compile(r"^[\s│|·/丨]*$")
_REGION_STAMP = re.compile(
    r"^(?:编辑于|发布于|发表于)\s*(?:\d{1,2}-\d{1,2}|\d{1,2}\s*(?:天|小时|分钟)前|昨天|今天)"
    r"(?:\s*\d{1,2}:\d{2})?\s*[\u4e00-\u9fff]{2,6}$"
)
# a post's card: the account's mention, the post's stamp and its client (`@江城公安 3月5日 10:21 来自 微博 weibo.com`)
_CARD = re.compile(
    r"^@[\w\u4e00-\u9fff·\-]{1,20}\s+(?:发布于\s*)?(?:\d{2,4}[-年/])?\d{1,2}[-月/]\d{1,2}日?\s*\d{1,2}:\d{2}"
    r"(?:\s*[·|丨]?\s*来自\s*\S.{0,30})?$"
)
_COMMENTS = re.compile(r"^(?:共\s*\d+\s*条评论|全部评论\s*[(（]?\d*[)）]?|评论\s*[(（]\d+[)）])$")
LEAST_COUNTERS = 3
LINE_MAX = 60  # characters a post's account, counter or stamp line holds at most
HEAD = 5  # non-empty lines at the head a name with its follow button stands among


def untagged(line: str) -> str:
    """`line` without its topics and mentions, where it holds a topic; else as it is (and a labelled field of tags,
    `标签:: #网信 #待读`, as it is: its label's reader takes it whole)."""
    if "#" not in line or _LABELLED.match(line):
        return line
    without = _OPEN_TOPIC.sub("", _CLOSED_TOPIC.sub("", line))
    if without == line:
        return line
    return " ".join(_MENTION.sub("", without).split())


def _is_counters(line: str) -> bool:
    if sum(ch.isdigit() for ch in line) < LEAST_COUNTERS:
        return False
    counters = _COUNTER.findall(line)
    return len(counters) >= LEAST_COUNTERS and bool(_LEFT_OVER.match(_COUNTER.sub("", line)))


def is_card(line: str) -> bool:
    """A post's card line: its account's mention, its stamp and its client (`@江城公安 3月5日 10:21 来自 微博`)."""
    return len(line) <= LINE_MAX and bool(_CARD.match(line.strip()))


def post_lines(lines: list[str]) -> set[int]:
    """Indexes of `lines` that are a post's account, counters, region stamp, card or comments."""
    out: set[int] = set()
    shown = [i for i, line in enumerate(lines) if line.strip()]
    for n, i in enumerate(shown):
        line = lines[i].strip()
        if len(line) > LINE_MAX:  # a paragraph: none of these
            continue
        if ("@" in line or "号" in line or "UID" in line) and _HANDLE.search(line):
            out.add(i)
            if n and len(lines[shown[n - 1]].strip()) <= 16 and not re.search(r"[，。！？]", lines[shown[n - 1]]):
                out.add(shown[n - 1])  # the account's name over its handle
        elif (
            (n < HEAD and line.endswith("关注") and _FOLLOW.match(line))
            or _REGION_STAMP.match(line)
            or is_card(line)
            or _is_counters(line)
        ):
            out.add(i)
        elif line[0] in "共全评" and _COMMENTS.match(line):
            out.update(shown[n:])
            break
    return out
