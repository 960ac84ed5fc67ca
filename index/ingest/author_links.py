"""The writer a page's markup names beside the publication time: an author link.

Blogs, magazines and CMS themes mark the writer's name as such (`<a rel="author">`, `<a class="author">`,
`<span class="author-name">`; an app's account as `<span class="name">`, `<a class="nickname">`, a user's handle)
in the line that shows the post's time (`<time>`, or a day in its text), often with
other fields after it that hide it from a line's reading (`李明远 2019-04-12 08:00 来源：澎湃观察`: a name before
a day is also a place's or a site's on other pages). The mark in the markup tells it apart. A commenter's or a
sidebar's author link (`热门作者`, `comment-author`) stands in no publication line or inside a comment's block.
"""

from __future__ import annotations

import re

from index.ingest import bylines
from index.ingest.days.shapes import YMD
from index.text.lexicon import FIELD_LABELS

_AUTHOR_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:author|writer)(?:[\s_-]?name)?(?:$|[\s_-])")
# an account's or a user's name as a class names it, beside the time (`<span class="name">三农小张</span><span
# class="time">…</span>` under an app's headline): a whole class word, the name a user's handle
_ACCOUNT_CLASS = frozenset("name nickname nick username user-name user_name account account-name up-name".split())
_COMMENT = re.compile(r"(?i)comment|reply|respond|discuss|review")
_DAY = re.compile(YMD)
# a field's label in the element a theme keeps for the writer (`<span class="author">来源：</span><a>江城日报</a>`,
# `<span class="c-author">来源</span>`): the slot names no one
_LABEL = re.compile(r"^(?:" + "|".join(label for labels in FIELD_LABELS.values() for label in labels) + r")\s*[:：]?$")
LINE = 120  # the longest a publication line holding the author link is, in characters
ANCESTORS = 8  # how far up a comment's block is looked for


def author_beside_time(tree) -> str | None:
    """The name of the first author link (or account name, a handle) that stands in a publication line (its parent
    shows a `<time>` or a day) outside any comment's block; None when no such link is on the page."""
    for element in tree.iter("a", "span", "cite"):
        classes = (element.get("class") or "").lower().split()
        name = " ".join(element.text_content().split())
        marked = "author" in (element.get("rel") or "").lower().split() or _AUTHOR_CLASS.search(" ".join(classes))
        marked = marked or (bool(_ACCOUNT_CLASS.intersection(classes)) and bylines.is_handle(name))
        marked = marked or (element.tag == "a" and _profile_link(element, name))
        if not marked or not 2 <= len(name) <= 20 or len(element) > 1 or _LABEL.match(name) or in_comment(element):
            continue
        if _in_timed_line(element) and not (bylines.is_outlet(name) or bylines.is_unit(name)):
            return name.removeprefix("@")  # (`@tree_hole_07`: the handle's mark is no part of the name)
    return None


# where a community site keeps a user's page: phpBB's and Discuz!'s profile (`memberlist.php?mode=viewprofile&u=412`,
# `space.php?uid=20931`, `home.php?mod=space&uid=…`), a user's path (`/u/30412`, `/space/88120`, `/people/x`), or a
# personal subdomain's root (LOFTER's `https://qingning.lofter.com/`; never a portal's `www.` home)
_PROFILE_HREF = re.compile(
    r"(?i)(?:viewprofile|[?&](?:uid|userid|user_id)=\w|mod=space"
    r"|/(?:u|user|users|member|members|people|space|profile|home)/[\w.%-]+/?$"
    r"|^https?://(?!www\.)[\w-]+\.[\w-]+\.[\w.-]+/?$)"
)


def _profile_link(element, name: str) -> bool:
    """A handle linked to its user's page, not after a field's label (`来源：<a href="http://x.y.cn/">…</a>`): a
    forum's or a blog platform's poster shown only as their name beside the post's day, with no byline."""
    if not _PROFILE_HREF.search(element.get("href") or "") or not bylines.is_handle(name):
        return False
    parent = element.getparent()
    before = " ".join((parent.text_content() if parent is not None else "").split()).split(name)[0]
    return not before.rstrip().endswith((":", "："))


# a byline's own wrapper: the role word before the name and nothing else (WordPress's `<span class="byline">作者
# <span class="author vcard">…</span></span>`, `By …`): the publication line is the element around it
_WRAPPER_ROLE = re.compile(r"^(?:作者|撰文|文|由|[Bb]y|[Pp]osted by|[Ww]ritten by)\s*[:：/／|｜]?$")


def _in_timed_line(element) -> bool:
    """The element stands in a publication line of at most LINE characters that shows a `<time>` or a day: its
    parent's, or its grandparent's where the parent is only the byline's wrapper (a role word and the name)."""
    name = " ".join(element.text_content().split())
    parent = element.getparent()
    for _ in range(2):
        if parent is None:
            return False
        line = " ".join(parent.text_content().split())
        if len(line) > LINE:
            return False
        if parent.find(".//time") is not None or _DAY.search(line):
            return True
        if not _WRAPPER_ROLE.match(line.replace(name, "", 1).strip()):
            return False
        parent = parent.getparent()
    return False


def in_comment(element) -> bool:
    for _ in range(ANCESTORS):
        if element is None:
            return False
        if _COMMENT.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
            return True
        element = element.getparent()
    return False
