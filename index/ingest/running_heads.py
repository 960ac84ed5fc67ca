"""Short lines a page shows above its headline that name its container, not the article.

An e-book's chapter opens with the book's running head (`江城纪事 · 第5章`) above the chapter's heading, which
main-content extraction keeps as the text's first line. A running head is a short line above the headline that
numbers a chapter or part (`第5章`, `第三节`) or opens with the page's `<title>` when that is not the headline (the
book's name). (A channel post's bold first line read as its title over the channel's name took a headline's bold
subtitle on a held-out real page: removed by the lead, 2026-12-07.)
"""

from __future__ import annotations

import re

from index.ingest.cleaning import ends_sentence

_PART = re.compile(r"第\s*[0-9一二三四五六七八九十百零〇两]+\s*[章节篇回卷部讲]")
MAX_HEAD = 30  # characters: a running head is a book's name and a chapter's number


def is_running_head(line: str, headline: str | None, page_title: str) -> bool:
    """`line`, shown above the headline, is a book's running head: short, no sentence, and a chapter's number or
    the page's `<title>` (not the headline) followed by more."""
    if not line or len(line) > MAX_HEAD or ends_sentence(line) or line == headline:
        return False
    named = len(page_title) >= 2 and page_title != headline and line.startswith(page_title) and line != page_title
    return named or bool(_PART.search(line))
