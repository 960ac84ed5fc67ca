"""Other stories listed under the story: a 专题 (special topic) page's `本专题其他报道`, a portal's `相关新闻` with
each story's lead in full.

A topic page sets its other stories under the one it shows, inside the same block: a heading, then each story's
headline and its lead. The leads are writing, whole sentences, so neither a link list's shape nor a teaser's
cut-off ending (index.ingest.teasers) takes them, and the text runs on into four other stories. A lead opens with
its wire's dateline (`中新网4月1日电`, `新华社北京3月29日电`, `本报讯`), as a story does once, at its start: under
a heading, two paragraphs or more that each open with one, up to the end, are other stories. A digest whose every
item opens with a dateline is no story with a list under it (the text above the heading carries a dateline past
its first paragraph) and stays whole; a story's own sub-heading is followed by its own writing, no dateline.
Measured on layouts.py's FRESH_ALONE_10 (2026-12-07): a topic page with its stories' whole leads kept them on 12 of
12 pages read alone, 1 of 12 after (its leads mostly without a dateline).
"""

from __future__ import annotations

import re

from index.ingest.days.shapes import MONTH_DAY

ITEMS_MIN = 2  # other stories under the heading: one is a story's own dated paragraph
HEADING_MAX = 16  # characters: a list's heading (`本专题其他报道`, `相关新闻`)
ABOVE_MIN = 2  # paragraphs of the story above the heading

# A wire's or an outlet's dateline opening a lead, after the story's headline on the same line if the page set
# them together (`- 标题 中新网4月1日电…`)
_DATELINE = re.compile(rf"(?:^|\s)[\u4e00-\u9fff]{{2,12}}?(?:\d{{1,2}}月\d{{1,2}}日电|{MONTH_DAY}电|讯)")
_ITEM_MARK = re.compile(r"^[-•·*]\s*")
_GLUED_HEADING = re.compile(rf"^[^\s，。！？；,;!?]{{2,{HEADING_MAX}}}\s+")
_SENTENCE = re.compile(r"[，。！？；,;!?]")
LEAD_AT = 60  # characters: the dateline stands within the item's first, after its headline at most


def _opens_with_dateline(paragraph: str) -> bool:
    opening = paragraph[: LEAD_AT + 22]
    if "电" not in opening and "讯" not in opening:
        return False
    found = _DATELINE.search(_ITEM_MARK.sub("", opening)[: LEAD_AT + 20])
    return found is not None and found.start() <= LEAD_AT


def _is_heading(paragraph: str) -> bool:
    return len(paragraph) <= HEADING_MAX and not _SENTENCE.search(paragraph)


def without_other_stories(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without a list of other stories closing them: a heading (alone, or run onto the first lead),
    then leads that open with a dateline (each under its headline or not), ITEMS_MIN or more, to the end, with
    headlines, listed items and fewer leads without a dateline between them."""
    dated = [_opens_with_dateline(p) for p in paragraphs]
    if sum(dated[ABOVE_MIN:]) < ITEMS_MIN:  # (most texts: read once, no list)
        return paragraphs
    for at in range(ABOVE_MIN, len(paragraphs) - ITEMS_MIN + 1):
        heading = paragraphs[at]
        # the heading run onto the first lead (`相关报道 中新网…电`)
        glued = None if _is_heading(heading) else _GLUED_HEADING.match(heading)
        if not _is_heading(heading) and not (glued and dated[at]):
            continue
        items = list(zip(paragraphs[at + 1 :], dated[at + 1 :], strict=True))
        items = [(heading[glued.end() :], True), *items] if glued else items
        leads = sum(lead for _, lead in items)
        # the others: headlines alone, listed items, and leads that open with no dateline, fewer than those that do
        written = [p for p, lead in items if not lead and not _is_headline(p) and not _ITEM_MARK.match(p)]
        if leads < ITEMS_MIN or len(written) > leads:
            continue
        if any(dated[1:at]):
            return paragraphs  # a digest of dated items: no one story above a list
        return paragraphs[:at]
    return paragraphs


def _is_headline(paragraph: str) -> bool:
    """A headline over its lead: short, no sentence's close."""
    return len(paragraph) <= 40 and not re.search(r"[。！？]$", paragraph)
