"""Boxes a page sets under or beside the article for its readers: a vote on the article and a box's tab captions.

A vote box asks the reader what they make of the article and offers a row of choices and a button
(`你对这篇文章的评价：` `支持 反对` `投票`, `您对本文的评价：有用（12） 没用（3） 投票`, `这篇文章对你有帮助吗？
有帮助 没帮助`); a tab box names its tabs in one row (`最新 最热 推荐`, `24小时排行 一周排行 月排行`, `最新回复 |
热门帖子`). Both are a page's whatever site it is, and a story's line that speaks of a vote or a ranking
(`在随后进行的投票中，这一方案以多数票获得通过。`) is a sentence, not a prompt or a row of short captions.
"""

from __future__ import annotations

import re

PROMPT_MAX = 30  # a longer line asking the reader something is a sentence of the story
CHOICE_LINES = 3  # lines of choices and buttons a vote's prompt may stand over
CHOICES_MAX = 60  # a longer line is no row of choices

# the reader addressed (你, 您) about the article or its matter, and what is asked of them
_PROMPT = re.compile(
    r"^[^。！？!?：:]{0,8}(?:你|您)[^。！？!?：:]{0,8}(?:文章|本文|此文|这篇|该文|本篇|新闻|报道|此事|这件事|内容)"
    r"[^。！？!?：:]{0,8}(?:评价|看法|态度|心情|感受|观点|帮助|有用|满意|喜欢|怎么看|怎么样)[^。！？!?：:]{0,6}[：:？?]?"
    r"|^[^。！？!?：:]{0,8}(?:文章|本文|此文|这篇|该文|本篇|新闻|报道)[^。！？!?：:]{0,8}(?:你|您)"
    r"[^。！？!?：:]{0,6}(?:帮助|有用|满意|喜欢)[^。！？!?：:]{0,6}[：:？?]?"
)
_CHOICE = (
    r"(?:支持|反对|中立|有用|没用|无用|有帮助|没帮助|没有帮助|赞|踩|顶|喜欢|不喜欢|同意|不同意|满意|不满意|一般|"
    r"非常满意|好|不好|感动|愤怒|同情|搞笑|无聊|惊讶|高兴|难过|开心|路过|鸡蛋|鲜花|投票|提交|查看结果|看结果|"
    r"我要投票|确定)"
)
_COUNT = r"(?:\s*[(（]?\s*\d+(?:\.\d+)?\s*(?:票|人|%)?\s*[)）]?)?"
# choices with their counts, apart or run together (spans set side by side are read with nothing between them)
_CHOICES = re.compile(rf"^(?:{_CHOICE}{_COUNT}[\s|丨/·•,，、]*)+$")
_SEPARATORS = re.compile(r"[\s|丨/·•,，、]+")
# a tab caption: a time span and what it ranks, or a list's kind (`最新`, `最热`, `24小时排行`, `热门帖子`)
_SPAN = r"(?:24小时|48小时|今日|昨日|本周|一周|上周|周|本月|月|年度|总|全部)"
_KIND = r"(?:最新|最热|热门|热点|推荐|精华|热议|热评|排行|点击|评论|回复|人气)"
_TAB = re.compile(
    rf"^(?:{_SPAN}?{_KIND}(?:排行榜?|榜|新闻|文章|帖子|回复|推荐|资讯|话题)?|{_SPAN}(?:排行榜?|榜|热门|热点))$"
)
TAB_ROW_MAX = 30  # a row of tab captions is short


def _choices(text: str) -> bool:
    """A row of a vote's choices and buttons only, with their counts, apart or run together as spans set side by
    side read (`支持 反对 投票`, `有用(12) 没用(3)`, `有帮助没帮助`)."""
    text = text.strip()
    return len(text) <= CHOICES_MAX and bool(_CHOICES.match(text))


def _prompt(line: str) -> str | None:
    """What follows a vote's prompt on its line ('' when nothing does), or None when the line asks no vote."""
    if len(line) > PROMPT_MAX + 40:
        return None
    found = _PROMPT.match(line)
    if not found or found.end() > PROMPT_MAX:
        return None
    rest = line[found.end() :].strip()
    return rest if not rest or _choices(rest) else None


def vote_boxes(kept: list[str]) -> set[int]:
    """The indexes of a vote box's lines: a prompt to the reader about the article, with its choices on its line or
    on the CHOICE_LINES lines under it (a prompt alone, with no choice after it, is a question the story asks)."""
    found: set[int] = set()
    filled = [i for i, line in enumerate(kept) if line.strip()]
    for k, i in enumerate(filled):
        rest = _prompt(kept[i].strip())
        if rest is None:
            continue
        under = []
        for j in filled[k + 1 : k + 1 + CHOICE_LINES]:
            if not _choices(kept[j].strip()):
                break
            under.append(j)
        if rest or under:
            found |= {i, *under}
    return found


def is_tab_row(line: str) -> bool:
    """A row of two or more tab captions and nothing else (`最新 最热 推荐`, `24小时排行 | 一周排行`)."""
    line = line.strip()
    if len(line) > TAB_ROW_MAX:
        return False
    words = [w for w in _SEPARATORS.split(line) if w]
    return len(words) >= 2 and all(_TAB.match(w) for w in words)
