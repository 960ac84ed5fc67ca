"""A title that is a file's name, as a document library, a PDF viewer or a notes export gives it.

A document viewer's `<title>` and heading are the uploaded file's name (`江城市召开网信工作会议.docx`), an online
PDF viewer's its file's (`…通报.pdf`), an export's its note's (`2020-03-30-news.md`). The extension is no part of
the headline: off it comes; a name with no Chinese in it (a slug, `news-0330.md`) is no headline at all, and the
page's own heading is looked for instead.

A name a program gives a new file (`新建 Microsoft Word 文档`, `新建文本文档 (2)`, `文档1`, `Document1`,
`未命名文档`, `无标题文档`) is no headline either: a document's properties keep it as its title when nobody
renamed it (Word 2003 XML's `<o:Title>`, a .docx's core properties; benchmarks/layouts.py FRESH_EXPORTS_13: 16 of
24 Word 2003 files headlined so), and the document's first heading is its headline.
"""

from __future__ import annotations

import re

# the extensions of documents a reader is shown or given (word processors', PDF, text, Markdown, slides, sheets)
_EXTENSION = re.compile(r"\s*\.(?:docx?|wps|pdf|caj|txt|md|markdown|rtf|odt|pptx?|xlsx?|et|dps|epub|html?)\s*$", re.I)
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
# a program's name for a new file: `新建 X 文档` (Word's, WPS's, Notepad's), `文档1`, `未命名…`, and a copy's `(2)`
_NEW_FILE = re.compile(
    r"(?:新建\s*(?:[A-Za-z][\w .]{0,28}?\s*|文本|WPS\s*文字\s*)?(?:文档|文件|演示文稿|工作表)"
    r"|(?:文档|文字文稿|Document|Doc|Untitled)\s*\d*"
    r"|(?:未命名|无标题|無標題)(?:文档|文件|文檔)?\s*\d*)\s*(?:\(\d+\)|（\d+）)?(?:\s*-\s*副本)?",
    re.IGNORECASE,
)


def as_headline(title: str) -> str | None:
    """`title` without a file's extension; None when it is a file's name with no Chinese (a slug) or a name a
    program gives a new file (`新建 Microsoft Word 文档`, `文档1`); any other title as it is."""
    match = _EXTENSION.search(title)
    if match is None or match.start() == 0:
        return None if _NEW_FILE.fullmatch(title.strip()) else title
    stem = title[: match.start()].strip()
    return stem if _CHINESE.search(stem) and not _NEW_FILE.fullmatch(stem) else None
