"""A broadcast newsroom's script: its cues, head and running order are the newsroom's, its spoken words the story.

A radio or television script marks who speaks and what is heard on lines of their own (`【主持人口播】`, `【导语】`,
`（配音）`, `【同期声】（现场录音 15秒）`, `【字幕：王海燕 江城市民】`) or before the words (`导语：…`), opens with the
station's head (`江城人民广播电台　新闻稿`, `栏目：…　播出：…　时长：2分10秒`) and a title line (`标题：`, `片名：`),
and may close with the day's running order (`本期节目单`, `串联单`, `节目编排` and its items). Read as an article,
the station's head was taken as the headline and the cues and the running order stayed in the text. A text is a
script when two lines or more are cues: the cues leave (a cue before words leaves them as the text), the title
line's value is the headline, the head above the first cue leaves (the first day in it is the script's day, the
day it airs), and the running order's heading and the lines under it leave where none of them is a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.ingest.days.shapes import FULL_DATE

_CUE_WORDS = (
    r"(?:主持人|播音员|主播|记者|演播室)?\s*(?:口播|导语|正文|配音|解说词|解说|同期声|同期|现场声|现场|录音报道|录音|音响|出像|画面|字幕)"
    r"|主持人|播音员|演播室"
)
# a cue alone: `【主持人口播】`, `（配音）`, `【同期声】（现场录音 15秒）`, `【字幕：王海燕 江城市民】`
_CUE = re.compile(rf"^[【\[(（]\s*(?:{_CUE_WORDS})\s*(?:[:：][^】\])）]*)?[】\])）](?:\s*[(（][^()（）]*[)）])?$")
# a cue before the words it marks: `【导语】江城市…`, `导语：江城市…`
_CUE_BEFORE = re.compile(rf"^(?:[【\[]\s*(?:{_CUE_WORDS})\s*[】\]]|(?:导语|正文|口播|配音|解说词?)\s*[:：])\s*(?=\S)")
_TITLE = re.compile(r"^(?:标题|题目|稿件名称|稿题|片名|节目名称)\s*[:：]\s*(\S.*)$")
_RUNNING_ORDER = re.compile(r"^(?:本期|当日|今日|本日)?(?:节目单|串联单|节目编排|节目表|播出顺序|编排单)\s*[:：]?$")
LEAST_CUES = 2
ITEM_MAX = 60  # characters a running order's item has at most
_SENTENCE = re.compile(r"。")  # (an item's headline may hold a comma or an exclamation mark, never a full stop)


@dataclass(frozen=True)
class Script:
    """A script's headline (its title line's value), its day as written in its head (None where neither is
    given), the indexes of its lines that are no text and the cued lines' words."""

    title: str | None
    day: str | None
    lines: frozenset[int]
    spoken: dict[int, str]


def read_script(lines: list[str]) -> Script | None:
    """The broadcast script in `lines`, or None when they show fewer than two cues."""
    cues = [i for i, line in enumerate(lines) if _CUE.match(line.strip()) or _CUE_BEFORE.match(line.strip())]
    if len(cues) < LEAST_CUES:
        return None
    dropped = {i for i in cues if _CUE.match(lines[i].strip())}
    spoken = {i: _CUE_BEFORE.sub("", lines[i].strip()) for i in cues if i not in dropped}
    title = day = None
    for i in range(cues[0]):
        line = lines[i].strip()
        if title is None and (match := _TITLE.match(line)):
            title = match.group(1).strip()
        elif day is None and (found := FULL_DATE.search(line)):
            day = found.group(0)
        if line and not _SENTENCE.search(line):
            dropped.add(i)
    order = next((i for i in range(cues[-1], len(lines)) if _RUNNING_ORDER.match(lines[i].strip())), None)
    under = lines[order + 1 :] if order is not None else []
    if order is not None and all(len(line) <= ITEM_MAX and not _SENTENCE.search(line) for line in under):
        dropped.update(range(order, len(lines)))
    return Script(title, day, frozenset(dropped), spoken)
