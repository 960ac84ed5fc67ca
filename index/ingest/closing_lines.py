"""A body's closing line that the page shows again elsewhere: a signature a poster typed into each post.

A forum's poster often types the signature into the post itself, under a blank line and without any markup to
mark it (`人生若只如初见，何事秋风悲画扇`, `★江城车友会 QQ群 12345678★`), and it closes each of their posts on the
page; a site's promotion line (`更多精彩请关注江城发布`) closes the article and stands in the page's head too. A
story's last paragraph, short or not, ends a sentence and is told once. So the body's last line goes when it is
short, ends no sentence, names no article's field and the page's markup holds it at least twice (the replies that
carried its other copies may be gone from the text already).
"""

from __future__ import annotations

import html
import re

from index.ingest.days.shapes import MONTH_DAY, YEAR

CLOSING_MAX = 40  # a longer line is writing, however often the page shows it
_ENDS_SENTENCE = re.compile(r"[。！？!?…][”’」』）)]*$")
# an article's field a closing line may give (`责任编辑：X`, `来源：X`, a day, `（实习生X对此文亦有贡献）`): kept
_FIELD = re.compile(rf"{YEAR}|{MONTH_DAY}|(?:来源|出处|作者|编辑|责编|记者|通讯员|摄影?|校对|审核)\s*[:：/]|实习生")


def _squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def without_repeated_closing(main: list[str], markup: str) -> list[str]:
    """`main` without its last line when that line is a repeated closing line (see the module's note); `markup`
    is the page as saved, before any block was taken out of it."""
    if len(main) < 2:
        return main
    last = main[-1].strip()
    if not last or len(last) > CLOSING_MAX or _ENDS_SENTENCE.search(last) or _FIELD.search(last):
        return main
    shown = _squashed(html.unescape(re.sub(r"<[^>]*>", "", markup)))
    return main[:-1] if shown.count(_squashed(last)) >= 2 else main
