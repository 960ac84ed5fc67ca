"""Short lines a page shows above its headline that name its container, not the article.

An e-book's chapter opens with the book's running head (`江城纪事 · 第5章`) above the chapter's heading, and a
messaging channel's post preview with the channel's name (in its header and again as the post's author) above the
post, whose title is its bold first line. Main-content extraction keeps the running head as the text's first line,
and the title candidates agree on the channel's name (`og:title`, `<title>`, the header), so the post's own title is
lost. A running head is a short line above the headline that numbers a chapter or part (`第5章`, `第三节`) or opens
with the page's `<title>` when that is not the headline (the book's name); a channel's name is a title the page
shows twice or more above a bold line that opens the post's text block, which is the title.
"""

from __future__ import annotations

import re

from index.ingest.cleaning import ends_sentence, is_heading_shaped

_PART = re.compile(r"第\s*[0-9一二三四五六七八九十百零〇两]+\s*[章节篇回卷部讲]")
MAX_HEAD = 30  # characters: a running head is a book's name and a chapter's number


def is_running_head(line: str, headline: str | None, page_title: str) -> bool:
    """`line`, shown above the headline, is a book's running head: short, no sentence, and a chapter's number or
    the page's `<title>` (not the headline) followed by more."""
    if not line or len(line) > MAX_HEAD or ends_sentence(line) or line == headline:
        return False
    named = len(page_title) >= 2 and page_title != headline and line.startswith(page_title) and line != page_title
    return named or bool(_PART.search(line))


MAX_TITLE = 60  # characters: a post's bold first line that is longer is its text


def bold_title(tree, lines: list[str], title: str | None) -> str | None:
    """The post's title where the title found is a channel's or an account's name: a name the page shows twice or
    more (its header, the post's author), and right under its last showing a bold line (`<b>`, `<strong>`) that
    opens its block, shaped as a headline. None otherwise."""
    if not title or lines.count(title) < 2:
        return None
    last = len(lines) - 1 - lines[::-1].index(title)
    under = {"".join(line.split()): line for line in lines[last + 1 : last + 3]}  # (spaced by `　` or not)
    for element in tree.iter("b", "strong"):
        text = under.get("".join(element.text_content().split()), "")
        parent = element.getparent()
        opens = parent is not None and element.getprevious() is None and not (parent.text or "").strip()
        if opens and 4 <= len(text) <= MAX_TITLE and is_heading_shaped(text.rstrip("！？!?")):
            return text
    return None
