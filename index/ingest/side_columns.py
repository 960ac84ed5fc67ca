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


KICKER_MIN = 6  # characters: a kicker is a phrase, a menu's channel a word
# an article's dateline or credit (`扬子晚报网6月18日讯（记者 刘浏）`), read by extraction where it stands
_CREDIT = re.compile(r"\d{1,2}日(?:讯|电)|[报网台]讯|记者|通讯员|(?:作者|编辑|来源)\s*[:：]")


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
    if any(_CREDIT.search(p) for p in above):  # the article's dateline or credit stands among them: no column
        return 0
    # a line above that the declared headline repeats is the headline itself, the declared one a lead that names it
    # (`中新网长治5月28日电题：X` declared over a notice's `X`): no column
    if any(len(key := _squash(p)) >= KICKER_MIN and key in head for p in above):
        return 0
    return at


def may_be_kicker(line: str) -> bool:
    """Whether the column's last line could be the headline's kicker (引题), which stays: no list's item and no
    channel's one word (`体育`)."""
    return not _ITEM.match(line) and len(line) >= KICKER_MIN
