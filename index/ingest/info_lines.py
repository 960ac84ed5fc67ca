"""Lines of fields and counters: an account's or an uploader's card (`北京时间视频 217万粉丝 关注`), a post's info
line (`江城观察 3天前 阅读 69051`, `2020/8/12 10:43:21 来源：X 作者：Y 责编：Z 评论：`). Made of dates, times,
counters, labels with their values and follow buttons, with at most two bare names between them and no
sentence of their own, such a line is the page's wherever it sits; extraction reads its fields from the page's
lines before the text leaves it out.

By shape, never by a site's words: what is left once the fields are taken out must be at most two short
names, and at least one counter must be there (a line of a date and a source alone is a publication line,
which extraction reads and leaves out itself). Measured on alone8's pages of 24 sites (2026-12-06): an
uploader's card was kept on a video page; a story's line with figures in it (`粉丝超过217万，…`) has a
sentence's punctuation and stays.
"""

from __future__ import annotations

import re

from index.ingest.days.shapes import ANY_YEAR, TIME, YMD

LINE_MAX = 80  # a longer line is written text
NAMES_MAX = 2  # bare words a card or an info line holds besides its fields: an account's name, an outlet's
NAME_MAX = 12

_NUMBER = r"(?<![\d:.\-/])\d+(?:[.,]\d+)*\s*[万千亿wWkK]?\+?\s*[条次人个篇]?"
_COUNTED = (
    r"(?:粉丝|点击量?|关注者?|订阅者?|订阅数|获赞|点赞|赞同?|阅读量?|浏览量?|播放量?|次播放|次观看|人看过|人阅读|人浏览|评论|回复"
    r"|收藏|转发|分享|喜欢|在看|人气|热度|作品|视频|文章|篇文章|帖子|访问|[Ff]ollowers|[Ss]ubscribers)"
)
# a counter: `217万粉丝`, `阅读 69051`, `评论：12`, `点击数：1234`, `阅读(312)`, and a counter's label left empty
# for a script to fill (`评论：`)
_COUNTER = re.compile(
    rf"{_NUMBER}\s*{_COUNTED}|{_COUNTED}(?:数|次数)?\s*[:：]?\s*[(（]?\s*{_NUMBER}\s*[)）]?|{_COUNTED}(?:数|次数)?\s*[:：]\s*$"
)
_TIME = re.compile(
    rf"{ANY_YEAR}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}\s*日?|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|\d{{1,2}}-\d{{1,2}}"
    rf"|{TIME}|\d{{1,3}}\s*(?:秒|分钟|小时|天|周|个月|年)前|刚刚|昨天|前天|今天|星期[一二三四五六日天]|周[一二三四五六日]"
)
# a label and its value (`来源：X`, `主播：Y`, `时间：2020-08-12`): a field, whatever it labels
_DAY = re.compile(YMD)  # a full day: a publication line's
_LABELLED = re.compile(r"[\u4e00-\u9fff]{1,4}\s*[:：]\s*[^\s|｜丨·•]{0,16}")
_CONTROL = re.compile(r"[+＋]?\s*(?:已关注|关注|订阅|私信|分享|举报|收藏|点赞|投诉|打赏|Follow(?:ing)?\b|Subscribe\b)")
_POSTED = re.compile(r"(?:^|(?<=\s))(?:于|发布于|发表于|更新于|编辑于|发布|发表|更新)(?=\s|$)")  # `X 于 … 发布`
_APART = re.compile(r"[\s|｜丨·•/,，]+")


def _fields(line: str) -> int:
    """How many fields `line` holds (counters, times, labelled values, buttons), with at least one counter and at
    most two bare names besides them; 0 when it is not so made."""
    line = line.strip()
    if not line or len(line) > LINE_MAX or re.search(r"[。！？!?；;]", line):
        return 0
    counters = len(_COUNTER.findall(line))
    if not counters or (_DAY.search(line) and re.search(r"[\u4e00-\u9fff]\s*[:：]", line)):
        return 0  # (a labelled publication line, `发布时间：… 来源：… 点击：120`, is the publication readers')
    rest = _COUNTER.sub(" ", line)
    times = len(_TIME.findall(rest))
    rest = _TIME.sub(" ", rest)
    labelled = len(_LABELLED.findall(rest))
    rest = _LABELLED.sub(" ", rest)
    controls = len(_CONTROL.findall(rest))
    rest = _POSTED.sub(" ", _CONTROL.sub(" ", rest))
    names = [word for word in _APART.split(rest) if word]
    if len(names) > NAMES_MAX or any(len(word) > NAME_MAX or re.search(r"[，。：:]", word) for word in names):
        return 0
    return counters + times + labelled + controls


def is_info_line(line: str) -> bool:
    """A short line of a counter and other fields with at most two bare names between them."""
    return _fields(line) >= 2


_FOLLOWERS = re.compile(
    rf"{_NUMBER}\s*(?:粉丝|关注者|订阅者|获赞|[Ff]ollowers|[Ss]ubscribers)|(?:粉丝|关注者|订阅者|获赞)\s*[:：]?\s*{_NUMBER}"
)
CARD_LINES = 4  # the most lines a card set one field a line spans (name, counter, counter, button)


def card_runs(lines: list[str]) -> set[int]:
    """The lines of a card a page set one field a line (`青溪融媒视频` / `86万粉丝` / `+关注`): consecutive short
    lines without a sentence's punctuation that read together as an info line with a follow button, or as an
    account's name beside its followers (`青溪融媒视频` / `86万粉丝`). The button or the followers make it a
    card: a sub-heading over a counter's line (`下一步怎么走` / `阅读 1234`) stays. `lines` are the page's lines
    as read (cleaning may have blanked the button's line already)."""
    shown = [i for i, line in enumerate(lines) if line.strip()]
    found: set[int] = set()
    for start in range(len(shown)):
        for size in range(2, CARD_LINES + 1):
            run = shown[start : start + size]
            pieces = [lines[i].strip() for i in run]
            if len(run) < size or any(len(p) > NAME_MAX + 4 or re.search(r"[。！？!?，,；;]", p) for p in pieces):
                break
            joined = " ".join(pieces)
            if (_CONTROL.search(joined) and is_info_line(joined)) or (_FOLLOWERS.search(joined) and _fields(joined)):
                found.update(run)
    return found
