"""Which of the alias pairs a generation's articles introduce (index/store/introduced.py) a query reads as the
shipped table's: either form satisfies the unit, and the answer's notes name the expansion.

Every pair was introduced by an article's own wording (以下简称/简称/下称) and its short form is no word of
jieba's dictionary. What is left to tell is a name's short form from a run of characters the index holds
widely for other meanings: a short form is trusted while the sections holding it (an upper bound, its rarest
bigram's) are at most HELD_PER_ARTICLE per article introducing it, and one that a single article introduces
needs at least SINGLE_MIN_CHARS characters besides.
"""

from __future__ import annotations

from index.store.introduced import Candidate

HELD_PER_ARTICLE = 20
SINGLE_MIN_CHARS = 3


def trusted(candidates: list[Candidate]) -> list[tuple[str, str]]:
    """The (full, short) groups of `candidates` a query expands."""
    return [
        (c.full, c.short)
        for c in candidates
        if c.held <= HELD_PER_ARTICLE * c.articles and (c.articles > 1 or len(c.short) >= SINGLE_MIN_CHARS)
    ]
