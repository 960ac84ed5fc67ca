"""A blog theme's entry meta line over or under a post that names no person (`by 力行新闻组`, `by 青溪编辑部 /
发布于 2020-03-30`): the page's.

WordPress, Typecho and Blogger themes print the post's meta in English words around a name (a person, a desk, a
news group, an account) and maybe a day and counters. Extraction reads a person there as the poster and takes the
line out of the text (index.ingest.bylines); a desk or a group is no one, and the line then stayed as the text's
first paragraph. Such a line is interface too: the verb `by` with one name and, after a separator, the day or
counters; an English sentence (`By the end of the year, …`) has more words and goes on. Taking every such line as
chrome, a person's included, lost five posters of fields.py's pages (chrome is blanked before posters are read).
"""

from __future__ import annotations

import re

from index.ingest import bylines
from index.ingest.cleaning import ends_sentence

_META = re.compile(
    r"^(?:[Pp]osted|[Ww]ritten|[Pp]ublished)?\s*[Bb]y\s+[^\s,，。！？·•|｜]{2,20}"
    r"(?:\s*(?:[·•|｜,，/]|\son\s|\sat\s|\s+(?:发布于|发表于|于)).{0,60})?$"
)
META_MAX = 90  # characters: a longer line is a sentence


def is_entry_meta(line: str) -> bool:
    """A theme's entry meta line that names no poster: `by`, `Posted by` or `Written by`, one name that is no
    person's (a desk, a group: `by 江城新闻组`), then at most a separator and the post's day or counters; no
    sentence's end. A person's line is read as the poster's and leaves the text there (bylines.poster)."""
    line = line.strip()
    if "by" not in line[:12].lower():  # (most lines, cheaply)
        return False
    meta = len(line) <= META_MAX and not ends_sentence(line) and bool(_META.match(line))
    return meta and bylines.poster(line) is None
