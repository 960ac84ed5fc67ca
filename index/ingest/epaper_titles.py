"""An e-paper's headline as its layout marks it: the 主题 (main title) among its 引题 (kicker) and 副题 (subtitle).

A newspaper's digital edition sets an article's three title lines in elements its templates name for what they are
(`class="yt"`/`"yinti"`/`"introtitle"` over `class="zt"`/`"zhuti"`/`"main-title"` over `class="ft"`/`"futi"`/
`"subtitle"`; Founder's `<founder-introtitle>`, `<founder-title>`, `<founder-subtitle>`), and gives the kicker or the
subtitle an `<h1>` as often as the main title, its `<title>` often being the paper's name alone. Where the page marks
a kicker or a subtitle beside one main title, the main title is the headline, whatever the headings say.
"""

from __future__ import annotations

import re

_MAIN = re.compile(r"(?i)^(?:zt|zhuti|main[-_]?title|title[-_]?main)$")
_BESIDE = re.compile(r"(?i)^(?:yt|yinti|intro[-_]?title|pre[-_]?title|ft|futi|sub[-_]?title)$")
_FOUNDER_MAIN = "founder-title"
_FOUNDER_BESIDE = ("founder-introtitle", "founder-subtitle")
MIN_CHARS = 4  # a main title's least length (a mark on an empty or a one-word element is a template's)


def _marks(element) -> list[str]:
    return f"{element.get('class') or ''} {element.get('id') or ''}".split()


def marked_headline(tree) -> str | None:
    """The text of the one element the page marks as an article's main title beside a marked kicker or subtitle,
    or None where it marks none, or several main titles (a page of the edition's articles)."""
    mains, beside = [], False
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        marks = _marks(element)
        if element.tag == _FOUNDER_MAIN or any(_MAIN.match(mark) for mark in marks):
            mains.append(" ".join(element.text_content().split()))
        elif element.tag in _FOUNDER_BESIDE or any(_BESIDE.match(mark) for mark in marks):
            beside = beside or bool(element.text_content().strip())
    named = [text for text in mains if len(text) >= MIN_CHARS]
    return named[0] if beside and len(named) == 1 else None
