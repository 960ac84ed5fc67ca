"""Text read by OCR off a phone's screenshots of an article: the screen's frame out, its lines whole again.

A screenshot's OCR opens on the phone's status line (`9:41 4G 86%`, `下午3:05 5G 72%`: a clock, then the network
and the battery, nothing else) and the app's top bar under it (`<  网信江城  ···`, `× 江城新闻客户端 分享`: a short
line opening on a back or close mark, or ending on a menu's dots or `分享`), breaks every line at the screen's
width (the most common length of the text's long lines, to a character), reads `1` as `丨` or `l` beside figures
(`2020-03-3丨`, `3月丨丨日`, `l.2万`), and closes on the app's counters and buttons (`阅读 1.2万`, `点赞 在看`,
`写留言`, `赞 评论 分享`). Only a text that opens on a status line is read so (any other text is returned as it
is): its status lines and bars go (each screen's, where several screens were read into one text), a line as long
as the screen's width runs on into the next (not into a short dated line: the headline over its account's and
day's line), `丨`, `l`, `I` or `|` touching a digit (and no Latin letter) or in a day's place is `1`, and the
counter and button lines at its end go.
"""

from __future__ import annotations

import re
from collections import Counter

_CLOCK = r"(?:(?:上午|下午|凌晨|早上|中午|晚上)\s*)?\d{1,2}[:：]\d{2}"
# the network, the Wi-Fi and the battery as OCR reads their icons (`令` and `奈` are the Wi-Fi fan's, `ull` the bars)
_ICONS = r"[\U0001F4F6\U0001F50B\u25a0-\u25ff▂▃▄▅▆▇█]+"
_SIGNAL = rf"(?:[45]G\+?|LTE|VoLTE|HD|Wi-?Fi|\d{{1,3}}\s*%|[.·]?[uil|]{{2,4}}|[令奈]|{_ICONS})"
_STATUS = re.compile(rf"^\s*{_CLOCK}(?:\s*{_SIGNAL})+\s*$", re.I)
_BAR = re.compile(r"^\s*(?:[<‹〈く×✕X]\s|[<‹〈×✕]|返回|关闭)|(?:···|\.\.\.|…|⋯|分享|更多)\s*$")
MAX_BAR = 24  # characters an app's top bar holds at most
# `1` misread: touching a digit (and no Latin letter), or in a day's place (`3月丨丨日`)
_ONE = re.compile(r"(?<![A-Za-z])[丨lI|](?=\d)|(?<=\d)[丨lI|](?![A-Za-z])")
_DAY_PLACE = re.compile(r"(?<=[年月])[丨lI|]{1,2}(?=[月日号])")
_COUNTER = re.compile(r"^(?:(?:阅读|浏览|阅读量)\s*[\d.,]+[万wW]?\+?|[\d.,]+[万wW]?\+?\s*(?:阅读|浏览|人看过))$")
_BUTTONS = re.compile(r"^(?:(?:点赞|赞|在看|评论|分享|收藏|写留言|留言|转发|喜欢|\d+)\s*)+$")
_SENTENCE_END = re.compile(r"[。！？!?”」』]$")
_DATED = re.compile(r"\d{4}\s*[-年/.]\s*\d{1,2}")
MIN_WIDTH = 8  # characters a screen's line holds at least
LEAST_FULL = 3  # lines of the screen's width that show it


def is_screenshot(text: str) -> bool:
    """A text whose first line is a phone's status line."""
    first = next((line for line in text.split("\n", 5) if line.strip()), "")
    return bool(_STATUS.match(first))


def _width(lines: list[str]) -> int | None:
    """The screen's width: the most common length of the long lines, when three lines or more have it."""
    lengths = Counter(len(line) for line in lines if len(line) >= MIN_WIDTH)
    if not lengths:
        return None
    width, count = max(lengths.items(), key=lambda item: (item[1], item[0]))
    return width if count >= LEAST_FULL else None


def unscreened(text: str) -> str:
    """A screenshot's OCR text without its frame, its broken lines whole and its misread ones read; any other
    text as it is."""
    if not is_screenshot(text):
        return text
    lines = [line.strip() for line in text.split("\n")]
    kept: list[str] = []
    frame = 0  # lines after a status line an app's bar may stand in (a long article is several screens)
    for line in lines:
        if _STATUS.match(line):
            frame = 3
            continue
        if frame and line and len(line) <= MAX_BAR and _BAR.search(line):
            frame = 0
            continue
        frame = frame - 1 if frame and line else frame
        kept.append(line)
    lines = kept
    while lines and (not lines[-1] or _COUNTER.match(lines[-1]) or _BUTTONS.match(lines[-1])):
        lines.pop()
    width = _width(lines)
    joined: list[str] = []
    for line in lines:
        if width and line and joined and _wrapped(joined[-1], line, width):
            joined[-1] += line
        else:
            joined.append(line)
    return "\n".join(_ones(line) for line in joined)


def _wrapped(above: str, line: str, width: int) -> bool:
    """A line the screen's width broke off `above` (its lines so far): as long as the width (a character less
    where a wide mark went to the next), no sentence ended, and `line` no short line of an account and its day."""
    full = len(above) >= width - 1 and len(above) % width in (0, width - 1)
    dated = _DATED.search(line) is not None and len(line) < width
    return full and not _SENTENCE_END.search(above) and not dated


def _ones(line: str) -> str:
    """`line` with its misread ones read (twice over: `20丨丨年` is `2011年`)."""
    line = _DAY_PLACE.sub(lambda found: "1" * len(found.group()), line)
    return _ONE.sub("1", _ONE.sub("1", line))
