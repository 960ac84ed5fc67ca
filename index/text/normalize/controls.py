"""Line ends and invisible characters: every line break becomes LF; control, zero-width and BOM characters go.

A line break is CRLF and CR (old Mac files), and also what Unicode calls one: a form feed (a page break in
`pdftotext` output), a vertical tab (a word processor's manual line break, copied), NEL, and the line and
paragraph separators (U+2028, U+2029). Deleting those instead would glue a page's last line to the next page's
first, or a headline to its text.
"""

from __future__ import annotations

import re

_BREAK = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u200b-\u200f\ufeff]")


def strip_controls(text: str) -> str:
    return _CONTROL.sub("", _BREAK.sub("\n", text))
