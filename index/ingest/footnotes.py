"""A text's notes: the footnotes a chapter or an export closes with, and their marks in the text.

An e-book's chapter (EPUB's XHTML) and a converter's HTML put the chapter's notes at its end (`[1] 本书编者注：…`,
`注释：` / `① …`), in the block main-content extraction keeps, and their marks in the text (`…92.6%。[1]`), where a
mark after a sentence's stop glues the paragraph to the next. The notes are the edition's, not the article's. In
markup, what the page marks as a note or a note's reference (`epub:type="footnote"`, `role="doc-endnotes"`,
`epub:type="noteref"`: EPUB 3 and DPUB-ARIA's names) goes; in text, a closing block headed as notes (`注释：`,
`脚注`), each of its lines opening with a note's mark (`①`, `[1]`, `注1`), goes with its heading.
"""

from __future__ import annotations

import re

_KIND = r"(?:doc-)?(?:footnotes?|endnotes?|rearnotes?)"
_NOTE_BLOCK = re.compile(
    rf"""<(aside|section|div|ol|p|li)\b[^>]*\b(?:epub:type|role)\s*=\s*["'][^"']*\b{_KIND}\b[^"']*["'][^>]*>.*?</\1>""",
    re.I | re.S,
)
_NOTE_REF = re.compile(
    r"""<(a|sup|span)\b[^>]*\b(?:epub:type|role)\s*=\s*["'](?:doc-)?noteref["'][^>]*>.*?</\1>""", re.I | re.S
)


def without_note_markup(markup: str) -> str:
    """`markup` without the elements it marks as notes and as references to them."""
    if "noteref" not in markup and not re.search(_KIND, markup, re.I):
        return markup
    return _NOTE_REF.sub("", _NOTE_BLOCK.sub("", markup))


_HEADING = re.compile(r"^(?:注释|注解|脚注|尾注|附注|注)\s*[:：]?$")
_MARK = re.compile(r"^(?:[①-⑳]|[\[［〔(（]\s*\d{1,2}\s*[\]］〕)）]|注\s*\d{1,2}\s*[:：.、]?)")
MAX_NOTES = 12  # lines: a closing block of notes is short


def without_closing_notes(paragraphs: list[str]) -> list[str]:
    """The text without the block of notes that closes it under a notes heading (`注释：` / `① …` / `② …`)."""
    at = len(paragraphs)
    while at > 0 and len(paragraphs) - at < MAX_NOTES and _MARK.match(paragraphs[at - 1]):
        at -= 1
    if at == len(paragraphs) or at < 2 or not _HEADING.match(paragraphs[at - 1].strip()):
        return paragraphs
    return paragraphs[: at - 1]
