"""A podcast's or a programme's show notes around the text it transcribes: never the article.

An episode's page, read alone, shows its notes in the same block as its transcript: who hosts it (`主播：林夕、
周舟`, `本期嘉宾：X`), where to listen (`收听方式：小宇宙 / Apple Podcasts`, `订阅：喜马拉雅 | 蜻蜓FM`), its music
(`BGM：…`), its episode's number and length (`EP41 · 2020-03-30 · 31分钟`), the heading over the transcript
(`节目文稿`, `视频文字版`), and a timeline: a heading (`时间轴`, `节目看点：`) over lines that each open with a
mark into the recording (`00:00 开场`, `[02:40] 新闻回顾`). A page's line of hashtags (`#江城新闻# #现场直击#`,
`#剪藏/新闻 #待读`), each tag closed or set apart, is its tags. A video's description (`视频介绍：…`) is left to the
text: 5 corpus articles are such a description and nothing else. Each line rule is the whole line's shape (its
label first, its value a list of names or platforms, no sentence), so a story that mentions a host or a
subscription keeps its lines; a timeline is a run of three marked lines or more that starts at the recording's
beginning (`00:00`), which an event's schedule (`08:30 签到`) never does.
"""

from __future__ import annotations

import re

from index.ingest.days.shapes import YEAR_MONTH

_NAME = r"[^\s。！？!?，,、/／&＆|｜:：]{1,12}"
_NAMES = rf"{_NAME}(?:\s*[、，,/／&＆|｜]\s*{_NAME}){{0,5}}"  # names, no sentence: `林夕、周舟`, not `好的，谢谢。`
SHOW_NOTE_RULES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(rf"^(?:主播|主持|本期主播|本期主持|本期嘉宾|嘉宾|播客嘉宾)\s*[:：]\s*{_NAMES}$"),
        "an episode's hosts and guests: 主播：林夕、周舟, 本期嘉宾：王海燕",
    ),
    (
        re.compile(r"^(?:收听方式|收听渠道|收听平台|收听|订阅方式|订阅)\s*[:：][^。！？]{1,60}$"),
        "where to listen: 收听方式：小宇宙 / Apple Podcasts, 订阅：喜马拉雅 | 蜻蜓FM",
    ),
    (re.compile(r"^(?:BGM|bgm|背景音乐|片头音乐|片尾音乐|配乐)\s*[:：][^。！？]{1,40}$"), "an episode's music: BGM：…"),
    (  # (each piece after the number a day, a length or a short name without a clause: `Vol.37 ｜ 城市夜读：一座老桥的
        # 百年` is a headline numbered as its series' issue, which its `<h1>` and `<title>` both carry)
        re.compile(r"^(?:EP|Ep|ep|VOL|Vol|vol)\.?\s*\d{1,4}(?:\s*[·•|｜丨]\s*[^·•|｜丨：:，,。！？]{1,10})+$"),
        "an episode's number, day and length: EP41 · 2020-03-30 · 31分钟",
    ),
    (
        re.compile(
            r"^(?:时间轴|时间线|节目时间线|本期时间轴|Shownotes?|shownotes?|节目看点|本期看点|本期内容)\s*[:：]?$"
        ),
        "a timeline's heading: 时间轴, 节目看点：",
    ),
    (
        re.compile(r"^(?:节目|音频|声音|播客|本期|视频)(?:文稿|文字稿|逐字稿|文字版|文字实录)$|^文字版$"),
        "a transcript's heading: 节目文稿, 视频文字版, 声音文稿",
    ),
    (
        re.compile(r"^(?:#[^#\s]{1,20}#\s*|#[^#\s]{1,20}(?:\s+|$)){2,}$"),
        "a line of hashtags: #江城新闻# #现场直击#, #剪藏/新闻 #待读",
    ),
]

# a mark into the recording, then a short label: `00:00 开场`, `[02:40] 新闻回顾`, `（12:05）听众留言`
_MARK = re.compile(r"^[\[【(（]?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*[\]】)）]?\s*[-—–·|｜:：]?\s*([^。！？]{0,30})$")
RUN = 3  # marked lines a timeline has at least


def _seconds(match: re.Match[str]) -> int:
    a, b, c = (int(g) if g else None for g in match.groups()[:3])
    return (a * 3600 + b * 60 + c) if c is not None else (a * 60 + b)  # type: ignore[operator]


def timeline_lines(lines: list[str]) -> set[int]:
    """The indexes of each timeline's lines: RUN marked lines or more in a row (blank lines between them aside),
    the first at the recording's beginning (under a minute), the marks rising."""
    out: set[int] = set()
    run: list[tuple[int, int]] = []
    for i, line in enumerate([*lines, "end"]):
        if not line:
            continue
        match = _MARK.match(line)
        if match and (not run or _seconds(match) > run[-1][1]):
            run.append((i, _seconds(match)))
            continue
        if len(run) >= RUN and run[0][1] < 60:
            out.update(i for i, _ in run)
        run = [(i, _seconds(match))] if match else []
    return out


_DAY = re.compile(YEAR_MONTH)


def note_lines(lines: list[str]) -> set[int]:
    """The indexes of an episode's show notes among a page's lines: its timeline and the lines of SHOW_NOTE_RULES'
    shapes, but a line with the day (the episode's publication line)."""
    ruled = {
        i
        for i, line in enumerate(lines)
        if len(line) <= 80 and not _DAY.search(line) and any(p.search(line) for p, _ in SHOW_NOTE_RULES)
    }
    return ruled | timeline_lines(lines)
