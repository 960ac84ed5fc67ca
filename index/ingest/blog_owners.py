"""A blog's, a Q-zone's or a personal space's owner, where two of the page's own signals name the same person.

A personal blog's post names no writer: its owner wrote it. The page names the owner in several places, each of
which alone also names other people (a friends list, a visitor, a commenter) or other things (the platform, a
column): the page's `<title>` after the post's title (`POST_X的博客_…`, `POST [X的QQ空间]`, `POST_X_凤凰博报`), the
space's name in its header (`X的博客`, `X的QQ空间`), a profile panel (`博主资料` or `个人档` and the name, with the
owner's counters or buttons: 访问量, 加为好友), a script variable (`var g_Nick = "X"`). A name counts only where
two of these four agree; one alone is no evidence (issue 22's sixth blind set: a Q-zone's, a blog's and a space's
owner missed for want of it; `bylines.blog_owner` reads the title forms that name their owner alone, `X的博客`).
"""

from __future__ import annotations

import re
from collections import Counter

from index.ingest.bylines import is_handle, is_interface_word

_SPACE = r"(?:个人|共享|私人)?(?:QQ|qq)?(?:博客|空间|日志|部落格|BLOG|Blog|blog|博报)"
_SPACE_NAME = re.compile(rf"([^\s_|\-－—\[\]【】()（）]{{2,12}}?)\s*的{_SPACE}")
_TITLE_PARTS = re.compile(r"\s*(?:[_|｜\[\]【】]|\s[-–—]\s)\s*")
_PLATFORM = re.compile(rf"{_SPACE}$|博客园$|网$")
_PROFILE = re.compile(r"博主资料|个人档案?|个人资料|博主信息|个人信息")
_OWNER_BUTTONS = re.compile(r"访问量|访问|加为好友|加好友|加博友|加关注|发纸条|博客等级|粉丝")
_SCRIPT_NAME = re.compile(
    r"\b(?:g_Nick|g_nick|nick(?:name|Name)?|ownerName|owner_name|blogName|blog_name|uname|userName)\s*[=:]\s*"
    r"[\"']([^\"'\\]{2,20})[\"']"
)
PANEL = 200  # characters a profile panel's text holds at most


def _title_names(title: str) -> set[str]:
    names = {match.group(1) for match in _SPACE_NAME.finditer(title)}
    parts = [part for part in _TITLE_PARTS.split(title.strip()) if part]
    return names | {part for part in parts[1:] if not _PLATFORM.search(part)}


def _header_names(tree) -> set[str]:
    found = set()
    for element in tree.iter("h1", "h2", "div", "span", "a", "td"):
        text = " ".join(element.text_content().split())
        if len(text) <= 24 and (match := _SPACE_NAME.fullmatch(text)):
            found.add(match.group(1))
    return found


def _profile_names(tree) -> set[str]:
    found = set()
    for block in tree.iter("div", "td", "table", "dl", "ul"):
        text = " ".join(block.text_content().split())
        if len(text) > PANEL or not _PROFILE.search(text) or not _OWNER_BUTTONS.search(text):
            continue
        for element in block.iter():
            own = " ".join((element.text or "").split())
            if 2 <= len(own) <= 20 and not _PROFILE.search(own) and not _OWNER_BUTTONS.search(own):
                found.add(own)
    return found


def _script_names(tree) -> set[str]:
    scripts = [script.text or "" for script in tree.iter("script")]
    return {match.group(1).strip() for script in scripts for match in _SCRIPT_NAME.finditer(script)}


def owner(tree) -> str | None:
    """The owner two of the page's signals (its title, its header, a profile panel, a script variable) name;
    None when no name is named twice, or when two names are."""
    title = " ".join((tree.findtext(".//title") or "").split())
    signals = [_title_names(title), _header_names(tree), _profile_names(tree), _script_names(tree)]
    votes = Counter(name for names in signals for name in names)
    agreed = [name for name, count in votes.items() if count >= 2 and is_handle(name) and not is_interface_word(name)]
    return agreed[0] if len(agreed) == 1 else None
