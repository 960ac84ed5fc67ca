"""Paragraph breaks a scraper flattened into spaces: `…严阵以待。  会议要求…` read as two paragraphs.

A scraper that drops a page's line breaks but keeps each paragraph's indent (two ideographic spaces, or the
two spaces or no-break spaces a site writes instead) leaves one line where the page had paragraphs: line
rules, learned boilerplate, sections and snippets then see one paragraph. In the shared corpus 372 bodies have
no line break and two or more such runs after a sentence's end. In a text without any line break, a run of two
or more spaces after a sentence's end or a closing bracket (`[2017年11月17日17:35]`, a publication line's) is
a paragraph break; a text with one line break keeps its spacing.
"""

from __future__ import annotations

import re

_FLATTENED = re.compile(r"(?<=[。！？!?…”」』）)\]】])[ \xa0\u3000]{2,}(?=\S)")
MIN_BREAKS = 2  # one double space after a sentence may be a typing slip; two or more are a layout


def restore_paragraphs(text: str) -> str:
    """`text` with its flattened paragraph breaks restored, or as it is."""
    if "\n" in text.strip() or len(_FLATTENED.findall(text)) < MIN_BREAKS:
        return text
    return _FLATTENED.sub("\n", text)
