"""Another story's teaser on the page: its opening cut off and a link to the rest (`…以及疫后经…… [详细]`).

Portals (a 2004 provincial portal's article page, a channel's front page saved whole) show, beside or under
the story, the lead of another story cut at a length, closed by an ellipsis and a link to read on. Its words
are writing, so no shape of interface takes it, and the density run reads it as more of the text when it stands
under the story. A story's own paragraph never sends the reader elsewhere for its rest: a line that ends in an
ellipsis and a read-on link is the teaser, wherever it stands. Nor does a story's paragraph open with a wire's
dateline and stop mid-sentence: a line that does (`中国侨网4月3日电据美国《世界日报》报道，…普查活动已经……`, a
`新闻快讯` box under a 2005 TV site's article) is another story's lead. (A story's speech may trail off in an
ellipsis, `“这路修得好啊……”`: it opens with no dateline.)
"""

from __future__ import annotations

import re

from index.ingest.days.shapes import MONTH_DAY

_TEASER = re.compile(
    r"(?:…+|\.{3,}|。{3,})\s*[\[【(（<《]?\s*(?:详细|详情|全文|阅读全文|查看全文|更多|阅读更多|查看详情|点击查看|原文)"
    r"\s*[\]】)）>》]*\s*(?:>>|»|›)?$"
)


# A wire's or an outlet's dateline opening a paragraph: `新华社北京4月3日电`, `中国侨网4月3日电`, `本报讯`.
_DATELINE = re.compile(rf"^[\u4e00-\u9fff]{{2,12}}?(?:{MONTH_DAY}电|讯)")
_CUT_OFF = re.compile(r"(?:…+|\.{3,})$")


def is_teaser(line: str) -> bool:
    """A line that ends in an ellipsis and a link to read the rest elsewhere, or that opens with a dateline and
    stops in an ellipsis: another story's lead. A line with no ellipsis is none: both patterns need one, and
    searched in every paragraph they were 3% of extraction's CPU over the corpus."""
    if "…" not in line and "..." not in line and "。。。" not in line:
        return False
    return bool(_TEASER.search(line) or (_CUT_OFF.search(line) and _DATELINE.match(line)))
