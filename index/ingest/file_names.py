"""A title that is a file's name, as a document library, a PDF viewer or a notes export gives it.

A document viewer's `<title>` and heading are the uploaded file's name (`江城市召开网信工作会议.docx`), an online
PDF viewer's its file's (`…通报.pdf`), an export's its note's (`2020-03-30-news.md`). The extension is no part of
the headline: off it comes; a name with no Chinese in it (a slug, `news-0330.md`) is no headline at all, and the
page's own heading is looked for instead.
"""

from __future__ import annotations

import re

# the extensions of documents a reader is shown or given (word processors', PDF, text, Markdown, slides, sheets)
_EXTENSION = re.compile(r"\s*\.(?:docx?|wps|pdf|caj|txt|md|markdown|rtf|odt|pptx?|xlsx?|et|dps|epub|html?)\s*$", re.I)
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def as_headline(title: str) -> str | None:
    """`title` without a file's extension; None when it is a file's name with no Chinese (a slug); any other
    title as it is."""
    match = _EXTENSION.search(title)
    if match is None or match.start() == 0:
        return title
    stem = title[: match.start()].strip()
    return stem if _CHINESE.search(stem) else None
