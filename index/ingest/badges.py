"""A badge beside the headline: `原创`, `独家`, `置顶`, `头条`, `直播中`, `【热】`, set in an element of its own next to
the headline, which a page read as text gives as a line of its own right above or under it.

A story says nothing in three characters on a line of their own in its head; a kicker or a subtitle over or under
the headline says more, and a writer's name there is a byline (kept for the writers). So a line of one to three
characters, bracketed or not, with no digit, no person's name and no sentence's end, standing right beside a longer
title-like line above the text's first paragraph, is the page's mark, whatever its word; the page's first line is
never one (a text copy's headline may be two characters, `老屋`). It stands in the page's head, which holds the
publication line (a day in its first five lines, above or under the headline): a text broken in fragments, as many
WeChat copies in the corpus are, has short lines beside title-like ones everywhere (`夜晚`, `这不`, `次`: about 40
of the corpus's bodies lost such a line to the rule without it).
"""

from __future__ import annotations

import re

from index.ingest.bylines import is_interface_word
from index.ingest.cleaning import ends_sentence, first_paragraph, is_title_like
from index.ingest.days.shapes import MONTH_DAY, YEAR_MONTH
from index.text.cjk import CJK_RE
from index.text.lexicon import SURNAMES

BADGE_MAX = 3  # characters: `直播中`; a four-character line is as often a kicker or a name

HEAD_LINES = 4  # the headline, a channel's line over it, the badge: a page's head, where the badge stands
_DAY = re.compile(rf"{YEAR_MONTH}|{MONTH_DAY}")  # the publication line's day
_BRACKETS = re.compile(r"^[【\[［(（]\s*(.*?)\s*[】\]］)）]$")


def _badge_word(line: str) -> str | None:
    match = _BRACKETS.match(line)
    word = match.group(1) if match else line
    if not 1 <= len(word) <= BADGE_MAX or not all(CJK_RE.match(ch) for ch in word):
        return None
    return word


def _may_be_name(word: str) -> bool:
    """A word that may be a writer's name (`张三`, `欧阳明`): it opens with a surname and names no control."""
    return len(word) >= 2 and (word[0] in SURNAMES or word[:2] in SURNAMES) and not is_interface_word(word)


def badges(kept: list[str]) -> set[int]:
    """The indexes of badge lines above the text's first paragraph, each right above or under a longer
    title-like line (the headline, which may hold a comma and exclaim, or the publication line)."""
    first = first_paragraph(kept)
    shown = [i for i in range(first) if kept[i]]
    found = set()
    for k, i in enumerate(shown[1:HEAD_LINES], start=1):  # (the first line is a headline, however short: `老屋`)
        word = _badge_word(kept[i])
        if word is None or _may_be_name(word) or ends_sentence(kept[i]):
            continue
        if not any(_DAY.search(kept[j]) for j in shown[: HEAD_LINES + 1] if j != i):
            continue  # (no publication line in the head: a short line of a text broken in fragments, `夜晚`, `这不`)
        beside = [shown[k + d] for d in (-1, 1) if 0 <= k + d < len(shown)]
        if any(len(kept[j]) > len(kept[i]) + 2 and is_title_like(kept[j]) for j in beside):
            found.add(i)
    return found
