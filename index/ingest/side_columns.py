"""An old table page's side column read into the text above the headline.

A table-layout page (2000s portals, Big5 and GBK sites) sets its left column and the article in cells of one row,
so every extractor takes the row whole: the column's short lines (`用户登录`, `用户名：`, `网站公告` and its item,
`栏目导航` and its channels) come out above the article's headline. The page declares that headline (its `<title>`),
and what stands above it in the text, line after short line with no sentence, is the column's: the story begins
at its headline. One line right above it can be the headline's kicker (引题), which the caller keeps.
"""

from __future__ import annotations

import re

from index.ingest.cleaning import ends_sentence, is_writing

HEAD_REACH = 14  # the headline stands within a column's lines of the text's top
COLUMN_LINE_MAX = 24  # characters: a column's line is a label, a field, a channel or one short item
COLUMN_LINES = 2  # fewer lines above the headline are a kicker or a breadcrumb, which others read


_ITEM = re.compile(r"^[·•●○◆◇■□▪▶▷►»>\-*]")  # a list's item: the column's, never a kicker


def is_item(line: str) -> bool:
    """A line bulleted as a list's item (`·本站于5月1日起启用新域名`)."""
    return bool(_ITEM.match(line))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def column_above(paragraphs: list[str], headline: str) -> int:
    """How many of `paragraphs` stand above the declared `headline` as a side column's (see the module's note):
    COLUMN_LINES or more, each short, none a sentence; 0 when the headline is no paragraph near the top."""
    head = _squash(headline)
    # (a paragraph far longer than the headline is not it: no need to squash a whole text's one paragraph)
    near = paragraphs[:HEAD_REACH]
    at = next((k for k, p in enumerate(near) if len(p) <= 2 * len(headline) and _squash(p) == head), None)
    if not head or at is None or at < COLUMN_LINES:
        return 0
    above = paragraphs[:at]
    # (a field's label alone, `用户名：`, ends no sentence)
    if any(len(p) > COLUMN_LINE_MAX or ends_sentence(p.rstrip(":：")) or is_writing(p) for p in above):
        return 0
    return at
