"""A blog's sidebar profile with no counters: an avatar, the owner's name and a line about them, and nothing else.

Personal blogs introduce their owner in a sidebar widget (`<aside class="sidebar">` / `<div class="widget-about">`:
a picture, `小芸`, `住在台南的插畫家，喜歡貓、植物和咖啡。`), not in the post: no label, no counters (a box with
them is index.ingest.profile_boxes's), no follow button. Such a box names the blog's owner, who writes the posts
that name no one; a post that names its writer (a guest's `作者：X`) is X's, so the profile is given as the page's
owner, read only where no byline names anyone. A box is an element of a sidebar (an `<aside>` or an element whose
class or id says side, sidebar or widget) that holds one picture, one name (a heading, `<strong>`, `<b>` or an
element classed name or nick, not a widget's heading such as `关于我`) and at most BIO_MAX characters besides: a
list of links or of posts is no profile. The page's only such box counts; two naming different people name no one.
(Issue 22, fields17: a kind the held-out pages' blogs share.)
"""

from __future__ import annotations

import re

from lxml import etree

from index.ingest import bylines
from index.ingest.author_links import in_comment
from index.ingest.profile_boxes import is_about_heading

BIO_MAX = 60  # the box's characters besides the name: a bio line, a widget's heading
NAME_MAX = 12  # a longer heading is a widget's title or a post's, no one's name
_SIDEBAR = re.compile(r"(?i)(?:^|[\s_-])(?:side|sidebar|aside|widget|col-side|sidebox)(?:$|[\s_-])")
_NAME_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:name|nick|nickname|author)(?:$|[\s_-])")
# the elements whose tag, class or id may say sidebar, found by the parser in one compiled query (a page's every
# element read in Python cost 12 ms a page over ../shared/pages)
_MARKED = etree.XPath(
    "//aside | //*[contains(@class, 'side') or contains(@class, 'Side') or contains(@id, 'side') or "
    "contains(@id, 'Side') or contains(@class, 'widget') or contains(@id, 'widget')]"
)
_BOXES = ("div", "section", "li")
_NAME_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b")


def _is_sidebar(element) -> bool:
    return isinstance(element.tag, str) and (
        element.tag == "aside" or bool(_SIDEBAR.search(f"{element.get('class') or ''} {element.get('id') or ''}"))
    )


def _text(element) -> str:
    return " ".join(element.text_content().split())


def _profile_name(box) -> str | None:
    """The one name a box shows beside its picture and a short bio, or None."""
    if len(_text(box)) > BIO_MAX + NAME_MAX:
        return None
    if sum(1 for _ in box.iter("img")) != 1 or sum(1 for _ in box.iter("a")) > 2:
        return None
    names = [
        _text(element)
        for element in box.iter()
        if element is not box
        and isinstance(element.tag, str)
        and (element.tag in _NAME_TAGS or _NAME_CLASS.search(element.get("class") or ""))
        and _text(element)
        and not is_about_heading(_text(element))
    ]
    if len(set(names)) != 1:
        return None
    name = names[0]
    rest = _text(box).replace(name, "", 1)
    if len(name) > NAME_MAX or not bylines.is_handle(name) or bylines.is_account(name) or len(rest) > BIO_MAX:
        return None
    return name if rest.strip() and not any(ch.isdigit() for ch in rest) else None


def profile_owner(tree) -> str | None:
    """The name of the page's one sidebar profile (picture, name, bio), or None."""
    marked = _MARKED(tree) if hasattr(tree, "xpath") else []
    sidebars = [element for element in marked if _is_sidebar(element)]
    boxes = {
        box: name
        for sidebar in sidebars
        for box in sidebar.iterdescendants(*_BOXES)
        if not in_comment(box) and (name := _profile_name(box))
    }
    # a box holding another is its widget's frame around the profile: the same name, counted once
    owners = {name for box, name in boxes.items() if not any(inner in boxes for inner in box.iterdescendants(*_BOXES))}
    return owners.pop() if len(owners) == 1 else None
