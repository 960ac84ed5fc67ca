"""A blog theme's entry meta line over or under a post (`by 力行新闻组`, `Posted by admin on 2012-05-02`,
`By 林远 · March 2, 2018 · 3 Comments`): the page's, whoever it names.

WordPress, Typecho and Blogger themes print the post's meta in English words around a name (a person, a desk, a
news group, an account) and maybe a day and counters. Extraction reads a person there as the poster
(index.ingest.bylines); a desk or a group is no one, and the line then stayed as the text's first paragraph. The
line is interface either way: the verb `by` with one name and, after a separator, the day or counters; an English
sentence (`By the end of the year, …`) has more words and goes on.
"""

from __future__ import annotations

import re

from index.ingest.cleaning import ends_sentence

_META = re.compile(
    r"^(?:[Pp]osted|[Ww]ritten|[Pp]ublished)?\s*[Bb]y\s+[^\s,，。！？·•|｜]{2,20}"
    r"(?:\s*(?:[·•|｜,，/]|\son\s|\sat\s|\s+(?:发布于|发表于|于)).{0,60})?$"
)
META_MAX = 90  # characters: a longer line is a sentence


def is_entry_meta(line: str) -> bool:
    """A theme's entry meta line: `by`, `Posted by` or `Written by`, one name, then at most a separator and the
    post's day or counters; no sentence's end."""
    line = line.strip()
    return len(line) <= META_MAX and not ends_sentence(line) and bool(_META.match(line))
