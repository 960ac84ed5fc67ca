"""A page's prompt or notice run into the story on one line: the story after it is kept.

A scraper that joins a page's blocks without line breaks leaves a follow call, an earlier headline or a
disclaimer at the head of the story's only line (`戳蓝字关注“X”，及时获取反腐动态！申诉是宪法规定的…`,
`原标题：X？ 日前，部分职场社交平台…`). Judged whole, such a line is furniture by its opening and the story goes
with it: in the corpus, 3 articles came out with no body so. The line is cut where the furniture's first piece
ends (a sentence's stop or a gap of spaces), and what follows is kept when it is writing of its own: long, holding
a sentence, and no furniture itself (a disclaimer's second sentence is furniture too).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.text.cjk import CJK_RE

# Where a piece of a line may end: after a sentence's stop (and any spaces), or at a gap of spaces.
_CUT = re.compile(r"[。！？!?]+\s*|\s{2,}|\s(?=[^\s\x00-\x7f])")
STORY_MIN = 30  # the least a story after the furniture must have: a shorter rest is the prompt's own tail
# A sentence of the story's: up to a full stop, fifteen Chinese characters or more (a QR prompt may trail after
# it, unstopped; a headline's exclamation or a contact's `qq:…，注明姓名。` is none).
_SENTENCE = re.compile(r"[^。！？!?]+。")
SENTENCE_HAN = 15
_OPENING = re.compile(r"[^。！？!?]*[。！？!?]")  # the rest's first sentence
CUTS = 3  # the furniture is the line's first piece or two; a cut further on is inside the story


def story_after(
    line: str, is_furniture: Callable[[str], bool], goes_on: Callable[[str], bool] = lambda _: False
) -> str | None:
    """The story that follows furniture opening `line`: the rest after the first cut whose head
    `is_furniture` takes, when that rest is STORY_MIN characters or more, holds a sentence, is no furniture by
    `is_furniture` itself and does not open with a sentence that `goes_on` with the furniture (a disclaimer's
    `文章内容仅供参考，不构成投资建议。`); None when the line has no such story."""
    for cut in list(_CUT.finditer(line))[:CUTS]:
        head, rest = line[: cut.end()].strip(), line[cut.end() :].strip()
        if len(rest) < STORY_MIN or not any(len(CJK_RE.findall(s)) >= SENTENCE_HAN for s in _SENTENCE.findall(rest)):
            return None
        if head.endswith((":", "：")):  # a label's value follows it (`版权声明： 本网所有内容…`), no story
            return None
        if is_furniture(head):
            opening = _OPENING.match(rest)
            return None if is_furniture(rest) or goes_on(opening.group() if opening else rest) else rest
    return None
