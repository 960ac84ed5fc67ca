"""A web clip's own notes, which are the clipper's and not the article's: a note app's callouts and a short
note under a closing rule.

A clipper (Obsidian's Web Clipper, a Markdown note made of a saved page) keeps the article between its front
matter and the notes its user adds: callouts (`> [!note] 剪藏备注`, `> [!tip] 我的笔记`, `> [!quote] 划线`, each a
typed heading over its `> ` lines), which no page's text is written as, and a line or two under a rule after the
article's last paragraph (`---` / `我的想法：…`). Read as text they became the article's first and last
paragraphs (benchmarks/layouts.py FRESH_EXPORTS_13: every clip kept them, 0 of 12 clean, its checking half clean
only where twelve files repeated the same note word for word). A callout leaves any Markdown text; the tail under
a rule leaves only a clip (a note declaring the address it was clipped from) and only when it is short beside
the article (`TAIL_SHARE`, `TAIL_LINES`).
"""

from __future__ import annotations

import re

# a callout's heading (`> [!note] 剪藏备注`, `> [!tip]- 折叠`) and the quoted lines under it
_CALLOUT = re.compile(r"^[ \t]*>[ \t]*\[![\w-]+\][+-]?[^\n]*\n(?:[ \t]*>[^\n]*(?:\n|$))*", re.M)
_RULE = re.compile(r"^[ \t]*(?:-[ \t]*){3,}$|^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*(?:_[ \t]*){3,}$", re.M)
TAIL_LINES = 3  # lines of writing a clipper's closing note holds at most
TAIL_SHARE = 0.2  # of the clip's characters it holds at most


def without_callouts(text: str) -> str:
    """`text` without a note app's callouts (their heading and their quoted lines)."""
    if "[!" not in text:
        return text
    return _CALLOUT.sub("", text)


def without_closing_note(text: str) -> str:
    """A clip's text without the short note its clipper wrote under a rule after the article."""
    rules = list(_RULE.finditer(text))
    if not rules:
        return text
    last = rules[-1]
    tail = [line for line in text[last.end() :].splitlines() if line.strip()]
    head = text[: last.start()]
    if not tail or len(tail) > TAIL_LINES or len("".join(tail)) > TAIL_SHARE * len(head.strip()):
        return text
    return head.rstrip() + "\n"
