"""The account that owns a user's page, where the page's own furniture says so: the owner's link beside a follow
button or a fan count (`<a class="up-name" href="//space.x.com/123">NAME</a> 粉丝 2.1万 + 关注`), a note's author
link with its follow button, a thread starter's link beside the poster's panel (`积分 1893 帖子 402 注册时间 …`:
the first post's panel comes first), or a blog's sidebar profile with its counters (`个人档案 昵称：NAME 日志：231 篇`).

A user-generated page (a video site's column, a notes app, a writing platform, a personal blog) credits no writer in
its text: the account is the writer. A user's link alone is no evidence (readers' comments hold many), so the owner
counts only where a follow button, a fan count or a profile's counters stand in the same small block, outside any
comment block, and the first such block in the page's order wins (the owner's card comes before the comments).
"""

from __future__ import annotations

import re

from index.ingest import blog_owners, bylines
from index.ingest.author_cards import is_follow_button
from index.ingest.days.shapes import YEAR

BLOCK = 160  # characters of text a card's block holds at most (the name, its counters and its button)
_FOLLOW = re.compile(r"[+＋]\s*关注|^关注$|(?<![已取消])关注(?:TA|他|她|我)?\s*$")
_FANS = re.compile(r"粉丝\s*[:：]?\s*[\d.]+\s*[万Ww]?|[\d.]+\s*[万Ww]?\s*粉丝|总资产\s*[\d.]+|共写了\s*[\d.]+")
_USER_LINK = re.compile(
    r"(?:^|//|/)(?:space[.\-]|i\.|home\.|user|u/|people/|profile|member|author)|[?&](?:uid|mod=space)", re.I
)
# a forum poster's panel beside the first post: counters and the day the poster joined (Discuz!, phpwind)
_PANEL = re.compile(r"(?:帖子|发帖|主题|积分|精华|威望|注册时间)\s*[:：]?\s*\d")  # (phpwind: `发帖: 2351 威望: 120`)
_COMMENTS = re.compile(r"comment|cmt|reply|review|discuss|评论|回复", re.I)
_PROFILE = re.compile(
    r"(?:个人档案|个人资料|博主资料|用户信息).{0,40}?(?:昵称|用户名|博主)\s*[:：]\s*(\S{2,20}?)\s+"
    r".{0,80}?(?:日志|文章|博文|帖子)\s*[:：]?\s*\d+"
)


def _text(element) -> str:
    return " ".join(element.text_content().split())


def _in_comments(element) -> bool:
    return any(_COMMENTS.search(f"{a.get('class', '')} {a.get('id', '')}") for a in element.iterancestors())


def _card_names(tree) -> str | None:
    for link in tree.iter("a"):
        name = _text(link)
        href = link.get("href", "")
        marked = re.search(r"author|up-?name|user-?name|nick", link.get("class", ""), re.I)
        if not (2 <= len(name) <= 20 and (marked or _USER_LINK.search(href))) or _in_comments(link):
            continue
        # (a linked account's name may end as what someone does, `星河观察员`: the card vouches for it)
        if not bylines.is_handle(name.rstrip("者员")) or bylines.is_account(name):
            continue
        for block in list(link.iterancestors())[:3]:
            text = _text(block)
            if len(text) > BLOCK:
                break
            rest = text.replace(name, " ", 1)
            followed = any(_FOLLOW.search(_text(e)) for e in block.iter("a", "button", "span"))
            if _FANS.search(rest) or followed or len(_PANEL.findall(rest)) >= 2:
                return name
    return None


def owner(tree) -> str | None:
    """The page owner's name where its card (a follow button or a fan count beside the owner's link) or its
    sidebar profile (`昵称：X` among counters) shows it, or a blog's owner two of its signals name
    (index.ingest.blog_owners); None otherwise."""
    if name := _card_names(tree):
        return name
    for block in tree.iter("div", "td", "table", "dl", "ul"):
        text = _text(block)
        if len(text) <= 400 and (match := _PROFILE.search(text)) and bylines.is_handle(match.group(1)):
            return match.group(1)
    return blog_owners.owner(tree)


# the closing note of a self-media platform naming the account that wrote the post: `本文系作者 X 授权Y发表`
_AUTHORISED = re.compile(r"本文系作者\s*[:：]?\s*([^\s，,。:：]{2,20}?)\s*(?:授权|原创|独家)")
_CARD_DAY = re.compile(rf"^\s*{YEAR}[-/.年]|^\s*[·•|｜]")  # the card's day after the name (`X2021-07-08 09:15`)


def declared_account(declared: str | None, channel: str | None, lines: list[str]) -> str | None:
    """The account a page declares as its author (`<meta name="author" content="云图商业观察">`, or its closing
    `本文系作者 X 授权…发表`) where the page shows it too: as the card's name beside the day under the headline, as
    a line of its own (the author link, the author card), or in that closing note when `<meta>` declared it. An
    account is written as no person's name is (`云图商业观察`, 6 characters, or 8: no length of a name), so one
    signal alone is no evidence; two agreeing are. None for an organisation's account (`江城发布`) or an outlet."""
    noted = next((found.group(1) for line in lines if (found := _AUTHORISED.search(line))), None)
    name = " ".join((declared or noted or "").split())
    shaped = bylines.is_handle(name) or bylines.is_unit(name)  # (`城南观察室`: an account named as a unit is)
    if not name or not shaped or bylines.is_account(name) or bylines.looks_like_name(name):
        return None
    shown = any(  # alone, before the card's day, or before its follow button (`山间听雨 关注`)
        line.strip() == name
        or (line.strip().startswith(name) and _CARD_DAY.match(line.strip()[len(name) :]))
        or (line.strip().startswith(name) and is_follow_button(line.strip()[len(name) :]))
        for line in lines
    )
    return name if shown or channel == name or (declared and noted == name) else None
