"""An Org file's markup read as the text it marks (Emacs Org, Logseq and Orgzly notes, `.org`).

Its headings are lines of stars (`* 正文`, `** 小节`), its links `[[address][words]]`, its blocks framed by
`#+BEGIN_QUOTE` … `#+END_QUOTE` lines and its properties drawers by `:PROPERTIES:` … `:END:`. Markdown's `* `
is a list's bullet, so these rules apply to `.org` files only; their `#+TITLE:` lines are declared fields
(index/ingest/front_matter.py)."""

from __future__ import annotations

import re

_RULES = [
    (re.compile(r"^\*+[ \t]+", re.M), ""),  # a heading's stars
    (re.compile(r"^[ \t]*:PROPERTIES:[ \t]*\n(?:.*\n)*?[ \t]*:END:[ \t]*$", re.M), ""),  # a drawer
    (re.compile(r"^[ \t]*#\+(?:BEGIN|END)_\w+.*$", re.M | re.I), ""),  # a block's frame
    (re.compile(r"^[ \t]*#(?:[ \t].*)?$", re.M), ""),  # a comment line
    (re.compile(r"\[\[[^\]\n]*\]\[([^\]\n]+)\]\]"), r"\1"),  # a described link keeps its words
    (re.compile(r"\[\[([^\]\n]+)\]\]"), r"\1"),  # a bare link is its address
]


def org_as_text(text: str) -> str:
    """`text` without Org's markup, its words and lines kept."""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
