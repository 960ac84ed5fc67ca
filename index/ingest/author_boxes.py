"""A blog theme's author box: the writer's avatar, name and a line about them, with no label.

Ghost, WordPress and static-site themes close a post with a box of its writer (`<section class="author-card">`,
`<div class="author-info">`, `<div class="post-author">`): an avatar, the name as a heading or a name's element,
a line of bio, a link to their posts. No `作者` label names it and it stands far from the publication line, so
neither a byline's reading nor an author link's (index.ingest.author_links) sees it: the markup does. A box is an
element its class or id marks as an author's box that holds an image; its name is its first name-classed element,
heading or link to an author's page. A commenter's box stands in a comment's block; boxes naming two people (a
sidebar of writers) name no one.
"""

from __future__ import annotations

import re

from index.ingest import bylines
from index.ingest.author_links import in_comment

# `author-card`, `author-info`, `author-box`, `author-bio`, `author-profile`, `about-author`, `post-author`
_BOX = re.compile(
    r"(?i)(?:^|[\s_-])(?:author|writer)[_-]?(?:card|info|box|bio|profile)(?:$|\s)"
    r"|(?:^|\s)(?:about|post|entry|article)[_-](?:author|writer)(?:$|\s)"
)
_NAME_CLASS = re.compile(r"(?i)name|title")
_CONTAINERS = ("div", "section", "aside", "footer", "header", "li")
_SENTENCE = re.compile(r"[，。！？；,.!?;:：]")


def box_writer(tree) -> str | None:
    """The one name the page's author boxes show, or None where there is no box or the boxes name two people."""
    names = set()
    for element in tree.iter(*_CONTAINERS):
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not _BOX.search(marks) or next(element.iter("img"), None) is None or in_comment(element):
            continue
        if name := _box_name(element):
            names.add(name)
    return names.pop() if len(names) == 1 else None


def _box_name(box) -> str | None:
    for element in box.iter():
        if not isinstance(element.tag, str) or element is box:
            continue
        named = _NAME_CLASS.search(element.get("class") or "") or element.tag in ("h2", "h3", "h4", "h5")
        named = named or (element.tag == "a" and "/author/" in (element.get("href") or ""))
        text = " ".join(element.text_content().split())
        if named and text:
            return text if _is_person(text) else None
    return None


def _is_person(text: str) -> bool:
    return (
        2 <= len(text) <= 20
        and not _SENTENCE.search(text)
        and not (bylines.is_outlet(text) or bylines.is_unit(text) or bylines.is_interface_word(text))
    )
