"""A reading app's or device's highlights of a saved article, exported as text: the highlights are the article's
text, the scaffolding around each is the app's.

Three shapes: a device's clippings file (each clipping `书名 (作者)` / `- 您在位置 #120-125的标注 | 添加于 …` or
`- Your Highlight on Location 120-125 | Added on …` / its text / `==========`), an app's shared excerpts (each
`“…”` over `摘录来自` or `Excerpt From`, the title, the writer and a copyright line), and a Markdown export with a
highlights heading (`### 划线 (12)`, `## Highlights`, `## 标注`): under it each highlight's place or time line
(`— 划线于 2021-05-02 · 第3段`, `Location 123`, `View Highlight`) leaves, as do the heading, a metadata block's
link and saved-day bullets (`- 原文链接：…`, `- 保存时间：…`, `- URL:`, `- Date Saved:`) and a closing tags block. The
first two are read as the title (the clipping's book without its writer) over the highlights' text. A notebook
exported as a page (a reading app's, an e-reader's) has no heading: three mark lines or more over the highlights
(`◆ 划线 · 第3段`, `标注(黄色) - 位置 123`) make it one; the marks leave, and so do the reader's notes (a line under
a note's mark, `笔记 - 位置 125`, or labelled as one, `想法：…`), the count of notes (`6个笔记`) and the app's closing
line (`— 来自X —`): FRESH_EXPORTS_9's notebook, read alone, kept them on every file.
"""

from __future__ import annotations

import re
from collections import Counter

_SEPARATOR = re.compile(r"^={8,}\s*$")
_CLIPPING_META = re.compile(r"^-\s*(?:您在|Your\s+(?:Highlight|Note|Bookmark)).{0,80}[|｜].{0,60}$", re.IGNORECASE)
_WRITER = re.compile(r"\s*[(（][^()（）]{1,40}[)）]\s*$")
_EXCERPT_FROM = re.compile(r"^(?:摘录来自|Excerpt From)\s*[:：]?\s*(?P<title>.*)$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:此材料受版权保护|This material may be protected by copyright)", re.IGNORECASE)
_QUOTED = re.compile(r"^[“\"「](?P<text>.+)[”\"」]$")
_HIGHLIGHTS_HEADING = re.compile(
    r"^#{1,6}\s*(?:划线|标注|高亮|摘录|我的笔记|Highlights|Annotations)\s*(?:[(（]\d+[)）])?\s*$", re.IGNORECASE
)
_PLACE = re.compile(
    r"^(?:[—–-]+\s*)?(?:(?:划线|标注|高亮|摘录)于.{0,40}|Location\s+\d+.{0,40}|View Highlight|第\s*\d+\s*[段页章]"
    r"|(?:\(|（)?\[?(?:Location|Page|位置)\s*\d+.{0,80})$",
    re.IGNORECASE,
)
_META = re.compile(
    r"^(?:[-*]\s*)?(?:原文链接|原文地址|链接|保存时间|保存于|收藏时间|URL|Date Saved|Saved|Category|类别|Tags|标签)"
    r"\s*[:：]",
    re.IGNORECASE,
)
_TAGS_HEADING = re.compile(r"^#{1,6}\s*(?:标签|Tags)\s*$", re.IGNORECASE)
_TAGS = re.compile(r"^(?:#[^\s#]+\s*)+$")
_MARK = re.compile(
    r"^[◆◇●■▎]?\s*(?P<kind>划线|标注|高亮|摘录|笔记|Highlight|Note)\s*(?:[(（][^()（）]{1,10}[)）])?\s*[·\-–—|:：]\s*"
    r"(?:第\s*\d+\s*[段页章节]|位置\s*#?\s*\d+(?:\s*-\s*\d+)?|(?:Location|Page)\s+\d+(?:-\d+)?|\d{1,3}%)\s*$",
    re.IGNORECASE,
)
_NOTE = re.compile(r"^(?:想法|笔记|批注|备注|我的想法|Note)\s*[:：]", re.IGNORECASE)
_COUNT = re.compile(r"^(?:\d+\s*(?:个|条)\s*(?:笔记|划线|标注|想法)|笔记本\s*[:：]?|Notebook\s*[:：]?)$", re.IGNORECASE)
_APP_FOOT = re.compile(r"^[—–-]+\s*来自\s*\S{1,16}?\s*[—–-]*$")
LEAST_MARKS = 3
LEAST_CLIPPINGS = 2


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks, block = [], []
    for line in lines:
        if _SEPARATOR.match(line):
            blocks.append(block)
            block = []
        elif line.strip() or block:
            block.append(line.strip())
    return blocks


def _clippings(text: str) -> str | None:
    blocks = [b for b in _blocks(text.split("\n")) if len(b) >= 3 and _CLIPPING_META.match(b[1])]
    if len(blocks) < LEAST_CLIPPINGS:
        return None
    book = Counter(b[0] for b in blocks).most_common(1)[0][0]
    body = [line for b in blocks if b[0] == book for line in b[2:] if line]
    return "\n\n".join([_WRITER.sub("", book.lstrip("\ufeff")) or book, *body]) + "\n"


def _excerpts(text: str) -> str | None:
    lines = [line.strip() for line in text.split("\n")]
    marks = [i for i, line in enumerate(lines) if _EXCERPT_FROM.match(line)]
    if len(marks) < LEAST_CLIPPINGS:
        return None
    title, body, start = None, [], 0
    for i in marks:
        quoted = [line for line in lines[start:i] if line]
        body += [m["text"] if (m := _QUOTED.match(line)) else line for line in quoted]
        named = _EXCERPT_FROM.match(lines[i])["title"].strip()
        after = [k for k in range(i + 1, min(len(lines), i + 5)) if lines[k]]
        title = title or named or (lines[after[0]] if after else None)
        end = next((k + 1 for k in after if _COPYRIGHT.match(lines[k])), after[-1] + 1 if after else i + 1)
        start = end
    body += [line for line in lines[start:] if line]
    return "\n\n".join([title or "", *body]).strip() + "\n" if body else None


def unclipped(text: str) -> str:
    """A clippings file or shared excerpts as the title over the highlights' text; any other text as it is."""
    if "=========" in text and (found := _clippings(text)) is not None:
        return found
    if ("摘录来自" in text or "Excerpt From" in text) and (found := _excerpts(text)) is not None:
        return found
    return text


def scaffolding_lines(lines: list[str]) -> set[int]:
    """Indexes of a Markdown highlights export's scaffolding: its highlights heading, each highlight's place line,
    the link and saved-day bullets and the closing tags; none where no highlights heading stands."""
    heading = next((i for i, line in enumerate(lines) if _HIGHLIGHTS_HEADING.match(line.strip())), None)
    if heading is None:
        return set()
    out = {heading}
    for i, line in enumerate(lines):
        stripped = line.strip()
        if (
            (i > heading and _PLACE.match(stripped))
            or _META.match(stripped)
            or _TAGS_HEADING.match(stripped)
            or (i > heading and _TAGS.match(stripped))
        ):
            out.add(i)
    return out


def notebook_lines(lines: list[str]) -> set[int]:
    """Indexes of a notebook page's scaffolding (its marks, the reader's notes, its count of notes and the app's
    closing line), where three mark lines or more stand over highlights; else none."""
    stripped = [line.strip() for line in lines]
    marks = [i for i, line in enumerate(stripped) if _MARK.match(line)]
    if len(marks) < LEAST_MARKS:
        return set()
    out = set(marks)
    for i in marks:
        if _MARK.match(stripped[i])["kind"].lower() in ("笔记", "note"):  # the reader's own note under its mark
            out.add(next((k for k in range(i + 1, len(stripped)) if stripped[k]), i))
    out |= {i for i, line in enumerate(stripped) if _NOTE.match(line) or _COUNT.match(line) or _APP_FOOT.match(line)}
    return out
