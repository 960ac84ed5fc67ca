"""An e-paper's headline that only its page's list of titles names.

An e-paper's article page (`<title>江城日报</title>`, no `<h1>`) lists the page's titles (`本版标题导航` and links)
beside the article, whose headline is a plain `<div>` over its text: nothing marks it as the headline but that the
list names it too. So where the page gives no title, the line right above the text (within ABOVE lines) that the
page showed before, in its list, is the headline.
"""

from __future__ import annotations

ABOVE = 3  # lines above the text's first line the headline may stand (a kicker, a byline between them)
SHORTEST, LONGEST = 4, 40  # characters a headline has
_ENDS = ("。", "！", "？", "；", "：", ":")


def listed_headline(lines: list[str], main: list[str]) -> str | None:
    """The headline over the text `main` that the page's lines name earlier too, or None."""
    start = next((i for i, line in enumerate(lines) if main and line == main[0]), None)
    if start is None:
        return None
    for i in range(start - 1, max(-1, start - 1 - ABOVE), -1):
        line = lines[i]
        if SHORTEST <= len(line) <= LONGEST and not line.endswith(_ENDS) and line in lines[:i]:
            return line
    return None
