"""An Org file's markup read as the text it marks (Emacs Org, Logseq and Orgzly notes, `.org`).

Its headings are lines of stars (`* 正文`, `** 小节`), its links `[[address][words]]`, its blocks framed by
`#+BEGIN_QUOTE` … `#+END_QUOTE` lines and its properties drawers by `:PROPERTIES:` … `:END:`. Markdown's `* `
is a list's bullet, so these rules apply to `.org` files only; their `#+TITLE:` lines are declared fields
(index/ingest/front_matter.py), and so are the publication's day and address its properties drawer names
(`:PUBDATE: 2021-02-28`), while a stamp alone on its line (`[2021-03-02 Tue 10:12]`, org-capture's) leaves the text:
it tells when the note was taken."""

from __future__ import annotations

import re

from index.ingest.days.shapes import ORG_INACTIVE

_RULES = [
    # an inactive stamp alone on its line: when the note was captured (org-capture's `%U`), never the article's day
    (re.compile(rf"^[ \t]*{ORG_INACTIVE}[ \t]*$", re.M), ""),
    (re.compile(r"^\*+[ \t]+", re.M), ""),  # a heading's stars
    (re.compile(r"^[ \t]*:PROPERTIES:[ \t]*\n(?:.*\n)*?[ \t]*:END:[ \t]*$", re.M), ""),  # a drawer
    (re.compile(r"^[ \t]*#\+(?:BEGIN|END)_\w+.*$", re.M | re.I), ""),  # a block's frame
    (re.compile(r"^[ \t]*#(?:[ \t].*)?$", re.M), ""),  # a comment line
    (re.compile(r"\[\[[^\]\n]*\]\[([^\]\n]+)\]\]"), r"\1"),  # a described link keeps its words
    (re.compile(r"\[\[([^\]\n]+)\]\]"), r"\1"),  # a bare link is its address
]


# a properties drawer's line (`:PUBDATE: 2021-02-28`) and the declared fields its keys name: the article's
# publication day and address, as a web clipper's template writes them (never `:CAPTURED:` or `:CREATED:`, the note's)
_PROPERTY = re.compile(r"^[ \t]*:([A-Za-z_\-]+):[ \t]+(\S.*?)[ \t]*$", re.M)
_DRAWER = re.compile(r"^[ \t]*:PROPERTIES:[ \t]*\n((?:.*\n)*?)[ \t]*:END:[ \t]*$", re.M)
_FIELDS = {
    "date": ("pubdate", "published", "publish_date", "publication_date", "date_published"),
    "url": ("url", "source_url", "original_url"),
}


def declared_properties(text: str) -> dict[str, str]:
    """The fields an Org file's first properties drawer declares (`:PUBDATE:`, `:URL:`), else {}."""
    drawer = _DRAWER.search(text)
    if not drawer:
        return {}
    found = {key.lower(): value for key, value in _PROPERTY.findall(drawer.group(1))}
    return {
        name: value for name, keys in _FIELDS.items() if (value := next((found[k] for k in keys if k in found), None))
    }


def org_as_text(text: str) -> str:
    """`text` without Org's markup, its words and lines kept."""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
