"""A columnist's box above the headline: the photo, the name, a line on who they are, then the column's piece.

Papers' and portals' column pages set their writer above the headline instead of in a byline (`苏禾` / `心理咨询师，
家庭教育指导师` / headline), the column's name sometimes over them (`何平专栏`). The photo leaves no line, so the page
shows a short name right over a line of what the person does, right over the headline. The line of who they are
names a trade or a title (作家, 媒体人, 教授, 咨询师…), which a slogan, a crumb or a site's name does not, and the name
is a handle (no outlet, unit or account): those two lines together, and nothing between them and the headline, are
the box; a name alone over the headline (a column's, a channel's) is none.
"""

from __future__ import annotations

import re

from index.ingest import bylines

# what a columnist's one-line bio names: a trade, a post or a standing
_TRADE = re.compile(
    r"作家|专栏|媒体人|评论员|评论家|撰稿人|记者|学者|教授|研究员|讲师|博士|律师|医生|医师|咨询师|指导师|规划师|分析师"
    r"|设计师|摄影师|工程师|经济学家|专家|顾问|主持人|创始人|教师|老师|博主|译者|诗人|画家|策展人"
)
BIO_CHARS = 50  # the longest line of who they are (a sentence of more is the story's or a teaser's)


def columnist(shown: list[str], headline: str) -> str | None:
    """The name of the columnist's box right above the `headline` among the page's shown lines, or None."""
    filled = [line.strip() for line in shown if line.strip()]
    at = next((i for i, line in enumerate(filled) if line == headline.strip()), None)
    if at is None or at < 2:
        return None
    name, bio = filled[at - 2], filled[at - 1]
    if len(bio) > BIO_CHARS or bio.endswith(("。", "！", "？")) or not _TRADE.search(bio) or _TRADE.search(name):
        return None
    if len(name) > 8 or not bylines.is_handle(name) or bylines.is_account(name) or bylines.is_outlet(name):
        return None
    return name
