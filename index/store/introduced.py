"""The alias pairs (全称 ⇄ 简称) a generation's own articles introduce (`…（以下简称“网信办”）`,
index/text/introductions.py), kept with the generation in `introduced.json`: written in the build's
workspace, so swapped in with the index and never seen half-written.

It holds each article's introductions, so that a build which re-reads only new and changed articles keeps those
of the others and drops those of the articles it removes, and the pairs made of all of them, each with how many
sections hold its short form and its full name (the rarest of their bigrams: an upper bound, from the term
table), what a query reads to tell a name's short form from a run of characters the index holds widely for other
meanings (index/search/introduced.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from index.text.introductions import Introduction, pairs

FILE = "introduced.json"


@dataclass(frozen=True)
class Candidate:
    """A pair the articles introduce: the full name (the shortest ending of the introducing clauses), the short
    form, its introductions, the articles introducing it, and the sections holding the short form and the full
    name (each its rarest bigram's count: an upper bound)."""

    full: str
    short: str
    introductions: int
    articles: int
    held: int
    full_held: int


def read(generation: Path | None) -> dict[str, list[Introduction]]:
    """Each article's introductions as the generation keeps them ({} for none or no generation)."""
    path = generation / FILE if generation else None
    if path is None or not path.is_file():
        return {}
    articles = json.loads(path.read_text(encoding="utf-8"))["articles"]
    return {a: [Introduction(short, tuple(tails)) for short, tails in found] for a, found in articles.items()}


def candidates(generation: Path) -> list[Candidate]:
    """The pairs the generation's articles introduce ([] for a generation without them)."""
    path = generation / FILE
    if not path.is_file():
        return []
    return [Candidate(*row) for row in json.loads(path.read_text(encoding="utf-8"))["pairs"]]


def write(
    workspace: Path, by_article: dict[str, list[Introduction]], name: Callable[[str], bool], held: Callable[[str], int]
) -> int:
    """Keep `by_article` (introductions of the live articles) and the pairs made of them whose short form `name`
    accepts (not a word of the dictionary) and is no run of the full name's characters (金亚科技 is found inside
    金亚科技股份有限公司 anyway), with the `held` sections holding either form; the number of pairs kept."""
    kept = []
    for pair in pairs(by_article.values(), shortest=True):
        full, short = pair.full.lower(), pair.short.lower()
        if short not in full and len(full) >= len(short) + 2 and name(pair.short):
            kept.append(Candidate(full, short, pair.introductions, pair.texts, held(short), held(full)))
    kept.sort(key=lambda c: (c.short, c.full))
    document = {
        "articles": {a: [[i.short, list(i.endings)] for i in found] for a, found in sorted(by_article.items())},
        "pairs": [list(asdict(c).values()) for c in kept],
    }
    (workspace / FILE).write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return len(kept)
