"""A summary box over the text that repeats its lead (`摘要：…`, `导读 …`, `内容提要：…`, `核心提示：…`).

Self-media platforms, portals' templates and reposting accounts set a box over the article that quotes its lead,
cut short (`摘要：截至3月30日，东莞284个在建重大项目……`). The words are the article's own, a second time: kept, they
open the body twice and put a label in the text. A box is told by its label and by its words: most of them are
written again in the paragraphs under it. A summary the text does not repeat, and an `编者按` (an editor's note is
the article's, whatever it repeats), stay. Measured on layouts.py's FRESH_ALONE_7 families (2026-12-07): the box was
kept on 17 of 18 pages that have one, read alone.
"""

from __future__ import annotations

import re

# a box's label: a summary's word (`摘要`, `导读`, `提示`, `速览`, `要点`) after at most six characters that say whose
# or what kind (`本文导读`, `AI 摘要`, `要点速览`, `核心提示`); what the box says must be written again under it
_LABEL = re.compile(
    r"^\s*[【\[]?\s*(?:[\w ]{0,6}?)(?:摘\s*要|导\s*读|提\s*要|提示|简介|速览|要点|概要|总结)\s*[】\]]?\s*[:：]?\s*"
)
REPEATED = 0.8  # the share of the box's character pairs the text under it writes again
NEAR = 3  # the paragraphs under the box it may quote
AT_TOP = 3  # a box stands among the text's first paragraphs
LEAST = 8  # characters: a shorter box says too little to be told by its words
_CLOSED = ("。", "！", "？", "”", "」")  # a sentence's close: a point of a box is cut short
BETWEEN_MAX = 40  # characters between a joined box and the lead it repeats: an ellipsis, a dateline, a credit


def _pairs(text: str) -> set[str]:
    text = re.sub(r"[\s…．.]+", "", text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _repeats(box: str, below: list[str]) -> bool:
    words = box.strip().rstrip("…．.。 ")
    pairs = _pairs(words)
    if len(words) < LEAST or not pairs:
        return False
    text = _pairs("".join(below))
    return len(pairs & text) >= REPEATED * len(pairs)


def _glued_lead(words: str, below: str) -> str | None:
    """The text after a box without a closing stop that paragraph repair joined to the lead (`摘要：X城今年…将` +
    `X城今年…将新建…。`): everything from the end of the words the lead writes again, a dateline or a credit
    between them kept (`核心提示：X…。陕西网讯（通讯员 A B）X…。`: the credit is the text's, and names its writers)
    unless the text (`below`: the paragraphs under it) writes that too (the box's cut-off tail)."""
    opening = words[:LEAST]
    again = words.find(opening, LEAST) if len(opening) == LEAST else -1
    if again < 0:
        return None
    pairs = zip(words, words[again:], strict=False)
    repeated = next((k for k, (a, b) in enumerate(pairs) if a != b), len(words) - again)
    if repeated < 2 * LEAST or again - repeated > BETWEEN_MAX:  # (a phrase a paragraph says twice is no box)
        return None
    between = words[repeated:again].strip("…．. ")
    lead = words[again:]
    return lead if not between or between in lead[repeated:] or between in below else words[repeated:].lstrip("…．. ")


def _quoted_points(paragraphs: list[str]) -> int:
    """How many paragraphs opening `paragraphs` are a box's points: two points or more, each the start of a
    paragraph under the box cut short (no sentence closes it; points on one line stand apart by spaces:
    `为推动经济高质量发展，2019年东莞…` / `新冠肺炎疫情发生后，东莞…`); 0 when they are not."""
    count = points = 0
    for k, line in enumerate(paragraphs[:AT_TOP]):
        pieces = line.split()
        below = paragraphs[k + 1 : k + 1 + AT_TOP + NEAR]
        if line.rstrip().endswith(_CLOSED) or not pieces or any(len(piece) < LEAST for piece in pieces):
            break
        cut = [piece.rstrip("…．.") for piece in pieces]  # (a paragraph written again whole is no point of a box)
        if not all(any(p.startswith(piece) and len(p) > len(piece) for p in below) for piece in cut):
            break
        count, points = k + 1, points + len(pieces)
    return count if points >= 2 else 0


def without_repeated_summary(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without a summary box among the first AT_TOP that the NEAR paragraphs under it repeat: a
    labelled line with its words, or a label alone over the box's words in the next line."""
    for i, paragraph in enumerate(paragraphs[:AT_TOP]):
        label = _LABEL.match(paragraph)
        if label is None and (points := _quoted_points(paragraphs[i:])):
            return paragraphs[:i] + paragraphs[i + points :]  # a box's points, its label gone (a heading alone)
        if label is None:
            continue
        words = paragraph[label.end() :]
        if (lead := _glued_lead(words, "".join(paragraphs[i + 1 : i + 1 + NEAR]))) is not None:
            return [*paragraphs[:i], lead, *paragraphs[i + 1 :]]
        if words and _repeats(words, paragraphs[i + 1 : i + 1 + NEAR]):
            return paragraphs[:i] + paragraphs[i + 1 :]
        if not words and i + 1 < len(paragraphs) and _repeats(paragraphs[i + 1], paragraphs[i + 2 : i + 2 + NEAR]):
            return paragraphs[:i] + paragraphs[i + 2 :]
    return paragraphs
