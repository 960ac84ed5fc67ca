"""An account's card under a self-media headline: its name, and beside it a follow button or a badge.

百家号, 头条号, 知乎 and their like show the writer as an account's name on a line of its own under the headline,
with no label, then a follow button (`关注`, `+关注`, `订阅`) or a badge saying who the account is (`江城大学 经济学
硕士`, `优质生活领域创作者`). A word alone under a headline is no writer by itself (a kicker, a column, a
category stand there too), and a follow button names no one: the name counts where the two agree, the button or
badge within the lines after it before the text. Of fields4's 60 complete pages and ../shared/pages' 62, it names
the writer of three (a 百家号 account over `关注`, a 知乎 writer over her degree, a post-bar's poster over his
level) and no one on any other.
"""

from __future__ import annotations

import re

from index.ingest.bylines import is_account, is_handle, is_interface_word, is_outlet, is_title, is_unit
from index.ingest.days.shapes import TIME, YMD_TIGHT

CARD_LINES = 3  # how many lines after the account's name its button or badge may stand (a day between them)
_FOLLOW = re.compile(r"^[+＋]?\s*(?:关注|加关注|订阅|关注我|关注TA|关注他|关注她|Follow|Subscribe)$")
# who the account is: a school, a degree or a title (`江城大学 经济学硕士`), or a platform's rank (`…领域创作者`,
# `…答主`, `优质…作者`), or a forum member's level (`江城吧 9 级`, `LV.5`)
_BADGE = re.compile(r"(?:创作者|答主|作者|博主|UP主|认证|官方账号)$")
_LEVEL = re.compile(r"(?:^|\s)(?:\d{1,2}\s*级|[Ll][Vv]\.?\s*\d{1,2})$")


_GLUED_FOLLOW = re.compile(r"(?<=\S)\s*[+＋]?\s*(?:关注|已关注|订阅|加关注|Follow|Subscribe)$")


def without_follow_button(name: str) -> str:
    """`name` without a follow button the page shows glued after it (`阿拉蕾的旅行箱关注`, `老K +关注`); a name
    that is nothing else is kept."""
    kept = _GLUED_FOLLOW.sub("", name.strip())
    return kept if len(kept) >= 2 else name


def is_follow_button(line: str) -> bool:
    """A follow or subscribe button's text (`关注`, `+关注`, `订阅`), as the page shows it on a line of its own."""
    return bool(_FOLLOW.match(line.strip()))


def is_badge(line: str) -> bool:
    """Who an account is, on a line of its own under its name: a school, a degree, a platform's rank, a level."""
    words = line.split()
    ranked = bool(words) and not re.search(r"\d", line) and (bool(_BADGE.search(line)) or is_title(words[-1]))
    return len(line) <= 30 and (ranked or bool(_LEVEL.search(line)))


# a card whose name and badge the page shows glued, the platform's account word between them: `城市观察员老周一点号 ·
# 社会领域创作者` (`<span class="wm-name">…</span><span class="wm-desc">一点号 · …</span>`)
_PLATFORM_CARD = re.compile(
    r"^(\S{2,12}?)\s*(?:百家号|头条号|企鹅号|网易号|搜狐号|大风号|一点号|澎湃号|新浪看点|视频号)\s*[·•|｜]\s*(\S.{0,24})$"
)


# a writing platform's card: the name, then its counters on the same line (`青衫客 总资产12 共写了8.6W字 获得326个赞`,
# `老王说数码 粉丝 2.1万 + 关注`): what only an account's card shows, never a reader's comment
_STATS = (
    r"(?:总资产\s*[\d.]+|共写了\s*[\d.]+[WwKk万千]?字|获得\s*\d+\s*个?赞|共?\s*\d+\s*个?粉丝"
    r"|粉丝\s*[:：]?\s*[\d.]+[万Ww]?|[+＋]\s*关注)"
)
_STATS_CARD = re.compile(rf"^(\S{{2,12}})\s+{_STATS}(?:\s+{_STATS})+$")


def counted_card(line: str) -> str | None:
    """The account a writing platform's card names with its counters on one line (`青衫客 总资产12 共写了8.6W字
    获得326个赞`), two counters at least; None for any other line and for an organisation's account."""
    match = _STATS_CARD.match(" ".join(line.split()))
    name = match.group(1) if match else None
    return name if name and is_handle(name) and not is_account(name) and not is_interface_word(name) else None


# an answer's count of readers who agree with it, under its writer's card on a Q&A site (`2,341 人赞同了该回答`)
_VOTES = re.compile(r"^[\d,.]+\s*[万千kKwW]?\s*人(?:赞同|点赞|觉得有用)了?(?:该|这个|这篇)?(?:回答|答案|文章)?$")
# the account's name and the post's time on one line of the card (`江湖老刀说财经  2021-06-08 09:12`)
_NAME_DAY = re.compile(rf"^(\S{{2,12}}?)\s*{YMD_TIGHT}日?(?:\s+{TIME})?$")


def _marks_card(line: str) -> bool:
    return is_follow_button(line) or is_badge(line) or bool(_VOTES.match(line.strip()))


def card_writer(lines: list[str], i: int, end: int) -> str | None:
    """The account named on line `i` when a follow button or a badge follows it within CARD_LINES lines before
    line `end` (where the text begins), or an answer's count of agreeing readers (a Q&A site's card), or stands
    glued after it with the platform's word (the post's time may stand beside the name); None for any other
    line. An organisation's or an outlet's account (`江城发布`, `清河区委宣传部`, `江湖老刀说财经`) is the writer
    only beside a follow button, as 人民号 and 澎湃号 pages credit a body's posts (issue 22's sixth blind set: its
    writer there is the body); a badge or a count beside it is no such card."""
    name = lines[i].strip()
    name = dated.group(1) if (dated := _NAME_DAY.match(name)) else name
    if counted := counted_card(name):
        return counted
    if (glued := _PLATFORM_CARD.match(name)) and is_badge(glued.group(2)):
        name = glued.group(1)
        return name if is_handle(name) and not is_account(name) and not is_interface_word(name) else None
    after = [line for line in lines[i + 1 : end] if line.strip()][:CARD_LINES]
    followed = any(map(is_follow_button, after))
    if _BODY.fullmatch(name) and (is_unit(name) or is_account(name) or is_outlet(name)) and followed:
        return name  # `清河区委宣传部` / `2022-09-12 07:28` / `+关注`: a body's own account wrote the post
    if not is_handle(name) or is_account(name) or is_interface_word(name) or len(name) > 12:
        return None
    voted = i > 0 and bool(_VOTES.match(lines[i - 1].strip()))  # (a count over it: the name is an answer's text)
    return name if any(map(_marks_card, after)) and not voted else None


# an organisation's account name: a body's or its unit's name, Chinese only, of a card's length
_BODY = re.compile(r"[\u3400-\u9fff]{4,12}")
