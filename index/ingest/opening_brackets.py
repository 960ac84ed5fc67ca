"""A post's headline in 【】 opening its text, under a `<title>` that names no article (`微博正文`, `正文`, a site's
section).

A microblog's or a news account's post has no heading: it opens with its headline in 【】 and runs on into its first
sentence on the same line (`【江城发布暴雨红色预警 全市中小学停课一天】据江城市气象台消息，…`), and the page's
`<title>` is the platform's for every post. Where the page offers no headline of its own (none declared, none the
page shows near the text), the bracket is the headline. A credit in brackets (`【本报讯】`, `【环球网报道 记者 王丽】`)
or a short column's tag (`【地评线】`) is none.
"""

from __future__ import annotations

import re

from index.ingest.cleaning import WRITING, is_heading_shaped
from index.ingest.days import has_day
from index.ingest.days.shapes import MONTH_DAY
from index.text.cjk import CJK_RE

_OPENING = re.compile(r"^\s*【\s*([^【】]{6,60}?)\s*】\s*(\S.{9,})$")
# a credit's words in brackets, never a headline, nor a source's tag with its day or a bar
# (`【海外网4月4日|战疫全时区】`: a corpus story's opening, which took four layouts.py pages' titles without this)
_CREDIT = re.compile(rf"记者|通讯员|报道|[讯电]$|编者按|{MONTH_DAY}|[|｜]")
# a label's words, in a short bracket only (`【重要提示】`, `【最新公告】`); a headline may say them
# (`【G20贸易部长应对新冠肺炎特别会议发表声明】`: FRESH_EXPORTS_9's microblog card pages)
LABEL_MAX = 8
STAMP_MAX = 30  # characters of a post's stamp line over its text at most
_LABEL = re.compile(r"来源|摘要|导读|综述|提示|声明|公告|更新|直播")
# a headline in brackets may run longer than a heading and close on `！` (`【…这起典型案例当警示！】`), never hold a
# full stop or end on a comma
_SENTENCE = re.compile(r"[。；;]|[，、,]$")


def _is_stamp(line: str) -> bool:
    """A post's stamp over its text (`江城文旅 · 2020-03-30 10:21`): short, with a day, no writing."""
    return len(line) <= STAMP_MAX and has_day(line) and not WRITING.search(line)


def opening_headline(main: list[str]) -> str | None:
    """The headline in 【】 opening the first line of `main` (the text; a post's stamp over it aside) with more of
    the text after it on that line, or None."""
    first = next((line for line in main if line.strip() and not _is_stamp(line)), "")
    if not (match := _OPENING.match(first)):
        return None
    headline = match.group(1)
    shaped = is_heading_shaped(headline) or (bool(CJK_RE.search(headline)) and not _SENTENCE.search(headline))
    if not shaped or _CREDIT.search(headline) or (len(headline) <= LABEL_MAX and _LABEL.search(headline)):
        return None
    return headline
