"""Page furniture learned from the corpus: a line that recurs across many files of one source is not
article text, whatever its wording.

A source (`RawDocument.origin`) is the files that share a layout: one folder, one JSON Lines file, or one
site. Each file's short lines are fingerprinted, as page cleaning (index.ingest.cleaning) leaves them, so what the
rules already drop is not learned again and the titles listed under `热门新闻` in every page do not make an
article's own title furniture; a fingerprint found in at least MIN_FILES files and MIN_SHARE of its source's
files is furniture (a site's name, its navigation row, its footer).

Reprints are the trap: seven copies of one story in a folder of twenty share their paragraphs as a site
shares its footer. Such a file is mostly made of the shared lines, while a page's furniture is a small part of
it; so the files in which the shared lines cover more than MAX_COVER of the text are set aside, and a line is
furniture only if it recurs in at least MIN_FILES of the others.

The fingerprints of every indexed article are kept with the index generation (`LINES`, written with it and
swapped in with it), so an incremental build learns from the whole index and not only from its new files;
when what was learned changes, the build re-extracts the articles it affects.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from index.ingest.boilerplate import LINE_RULE_MAX_CHARS
from index.ingest.cleaning import clean_lines
from index.text.lexicon import FIELD_LABELS
from index.text.normalize import normalize_text

MIN_FILES = 3
MIN_SHARE = 0.3
MAX_COVER = 0.5
LINES = "lines.json"  # in a generation: the fingerprints of every article, by article id

_SPACE = re.compile(r"\s+")
# Lines that carry an article's own fields are never furniture, however often they recur: a folder of one
# day's news from one paper repeats `来源：某某日报` and the date line in every file.
_OWN_FIELDS = re.compile(
    "(" + "|".join(label for labels in FIELD_LABELS.values() for label in labels) + r")\s*[:：]|(19|20)\d\d\s*[年/.\-]"
)


def line_key(line: str) -> int | None:
    """The fingerprint of a cleaned line that could be furniture (short, no field of its own), else None."""
    if not line or len(line) > LINE_RULE_MAX_CHARS or _OWN_FIELDS.search(line):
        return None
    key = _SPACE.sub("", line).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "big") >> 1


@dataclass(frozen=True)
class Fingerprints:
    """One article's share of the counts: its source, its text length and (key, length) of its short lines."""

    origin: str
    chars: int
    lines: tuple[tuple[int, int], ...]

    def to_json(self) -> list:
        return [self.origin, self.chars, [list(pair) for pair in self.lines]]

    @classmethod
    def from_json(cls, data: list) -> Fingerprints:
        origin, chars, lines = data
        return cls(origin, chars, tuple((key, length) for key, length in lines))


def fingerprint(origin: str, text: str) -> Fingerprints:
    """The fingerprints of a decoded input's lines, as page cleaning leaves them."""
    lines, chars = [], 0
    for line in clean_lines(normalize_text(text)):
        chars += len(line)
        if (key := line_key(line)) is not None:
            lines.append((key, len(line)))
    return Fingerprints(origin, chars, tuple(lines))


def learn(articles: Iterable[Fingerprints]) -> dict[str, frozenset[int]]:
    """Source -> the fingerprints of its furniture."""
    by_origin: dict[str, list[Fingerprints]] = defaultdict(list)
    for article in articles:
        by_origin[article.origin].append(article)
    learned = {}
    for origin, members in by_origin.items():
        if len(members) < MIN_FILES:
            continue
        counts = Counter(key for article in members for key in {key for key, _ in article.lines})
        need = max(MIN_FILES, math.ceil(MIN_SHARE * len(members)))
        shared = {key for key, count in counts.items() if count >= need}
        if not shared:
            continue
        typical = Counter(
            key
            for article in members
            if _cover(article, shared) <= MAX_COVER
            for key in {key for key, _ in article.lines if key in shared}
        )
        furniture = frozenset(key for key, count in typical.items() if count >= MIN_FILES)
        if furniture:
            learned[origin] = furniture
    return learned


def _cover(article: Fingerprints, keys: frozenset[int] | set[int]) -> float:
    """The share of the article's text in lines whose fingerprint is in `keys` (each line counted once)."""
    seen, covered = set(), 0
    for key, length in article.lines:
        if key in keys and key not in seen:
            seen.add(key)
            covered += length
    return covered / max(1, article.chars)


def affected(
    before: Mapping[str, frozenset[int]], after: Mapping[str, frozenset[int]], articles: Mapping[str, Fingerprints]
) -> list[str]:
    """Ids of the articles whose furniture differs between two learnings (they need extracting again)."""
    changed = {
        origin for origin in before.keys() | after.keys() if before.get(origin, frozenset()) != after.get(origin)
    }
    out = []
    for article_id, article in articles.items():
        if article.origin in changed:
            keys = {key for key, _ in article.lines}
            if keys & before.get(article.origin, frozenset()) != keys & after.get(article.origin, frozenset()):
                out.append(article_id)
    return out


def read(generation: Path | None) -> dict[str, Fingerprints]:
    """The fingerprints kept with a generation (none for a generation made before they were kept)."""
    if generation is None or not (generation / LINES).is_file():
        return {}
    with open(generation / LINES, encoding="utf-8") as handle:
        data = json.load(handle)
    return {article_id: Fingerprints.from_json(entry) for article_id, entry in data.items()}


def write(folder: Path, articles: Mapping[str, Fingerprints]) -> None:
    """Write the fingerprints into a generation being built (published with it, never over a linked file)."""
    path = Path(folder) / LINES
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({article_id: fp.to_json() for article_id, fp in articles.items()}, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
