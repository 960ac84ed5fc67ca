"""A page's main text by text and punctuation density: the run of lines where writing is, for Chinese pages.

The idea is the published one behind text-density extractors (CEPF, GNE's paper): article text is long,
punctuated and mostly not links; navigation, link lists, menus and footers are short, unpunctuated or made of
links. Each visible line of the page (one block of the DOM, with how much of it is link text) scores its
punctuated, non-link characters, or a cost when it is furniture-shaped; the body is the run of lines with the
highest sum (a maximum-sum span), so a menu between the article and a sidebar cuts them apart instead of a word
list deciding what is furniture. Within the span, link-dense lines are dropped.

Old table-layout pages (2003-2006 portals, forums and blogs) are where trafilatura keeps whole tables; this
candidate reads them by lines and keeps only the run of writing (see index.ingest.body for how the candidates
are compared).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from lxml import etree

from index.text.cjk import CJK_RE

# Elements whose text is never shown as the page's (index.ingest.html's visible lines skip them too).
INVISIBLE = frozenset(
    ["script", "style", "noscript", "template", "iframe", "svg", "head", "title", "select", "button", "textarea"]
)
_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer nav aside dd dt dl "
    "blockquote pre hr main figure figcaption address center td th form".split()
)
_PUNCTUATION = re.compile(r"[，。！？；：、“”,.!?;:]")
_SENTENCE = re.compile(r"[，。！？；]")
LINK_DENSE = 0.5  # a line whose characters are at least this share link text is navigation, not writing


@dataclass(frozen=True)
class Line:
    """One visible line of a page and how many of its characters are link text."""

    text: str
    link_chars: int
    cell: int = 0  # which table cell (`<td>`, `<th>`) of the page holds it, counted from 1; 0: none

    @property
    def link_share(self) -> float:
        return self.link_chars / max(1, len(self.text.replace(" ", "")))


def page_lines(tree) -> list[Line]:
    """The page's visible lines (one per block), each with the number of its characters inside `<a>` and the table
    cell it stands in."""
    lines: list[Line] = []
    parts: list[str] = []
    links = 0
    skipping = 0
    in_link = 0
    cells: list[int] = []  # the table cells open around the walk, innermost last
    opened = 0

    def close() -> None:
        nonlocal links
        text = " ".join("".join(parts).split())
        if text:
            lines.append(Line(text, min(links, len(text.replace(" ", ""))), cells[-1] if cells else 0))
        parts.clear()
        links = 0

    def add(text: str | None) -> None:
        nonlocal links
        if text:
            parts.append(text)
            if in_link:
                links += len("".join(text.split()))

    for event, element in etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if skipping or tag in INVISIBLE or not tag:
                skipping += 1
                continue
            if tag in _BLOCKS:
                close()
            if tag in ("td", "th"):
                opened += 1
                cells.append(opened)
            in_link += tag == "a"
            add(element.text)
        else:
            if skipping:
                skipping -= 1
                if skipping == 0:
                    add(element.tail)
                continue
            in_link -= tag == "a"
            if tag in _BLOCKS:
                close()
            if tag in ("td", "th") and cells:
                cells.pop()
            add(element.tail)
    close()
    return lines


def line_score(line: Line) -> float:
    """What a line adds to a body: its non-link characters, weighted up by its punctuation, when it reads as
    writing; a cost when it is link-dense or short and unpunctuated."""
    text = line.text
    chars = len(text.replace(" ", ""))
    own = chars - line.link_chars
    if line.link_share >= LINK_DENSE:
        return -min(40.0, max(10.0, float(chars)))
    if not _SENTENCE.search(text) and own < 20:
        return -3.0
    cjk = len(CJK_RE.findall(text))
    punctuation = len(_PUNCTUATION.findall(text))
    return own * (1 + math.log1p(punctuation)) / 2 if cjk or punctuation else own / 4


def densest_run(lines: list[Line]) -> list[Line]:
    """The span of `lines` with the highest total score (Kadane), without its link-dense lines."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, line in enumerate(lines):
        if total <= 0:
            total, start = 0.0, i
        total += line_score(line)
        if total > best:
            best, best_span = total, (start, i + 1)
    return [line for line in lines[best_span[0] : best_span[1]] if line.link_share < LINK_DENSE]
