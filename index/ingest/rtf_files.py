"""A Rich Text file (`.rtf`: what WordPad, Word and WPS save, and what a page pasted into them keeps) read as its
text with striprtf (BSD-3, pure Python), then read as any text file is.

RTF writes a character outside ASCII either as `\\uN?` (its code point) or as `\\'xx` bytes of the document's
code page: `\\ansicpg936` (GBK) in a Chinese Word's files, `\\ansicpg950` (Big5) in a Taiwanese one's. A file
saved by an English-locale program declares `\\ansicpg1252` and still writes its Chinese as GBK bytes, naming the
GB2312 character set on its fonts (`\\fcharset134`), so a font's character set decides where the code page is no
Chinese one. striprtf leaves out what is no text of the document (font and style tables, pictures, the page header
and footer: a running head, never the story). A byte the code page cannot read is read as U+FFFD and counted as
damage in the build report; the rest is read."""

from __future__ import annotations

import codecs
import re

from striprtf.striprtf import rtf_to_text

_CODE_PAGE = re.compile(rb"\\ansicpg(\d+)")
_FONT_CHARSET = re.compile(rb"\\fcharset(\d+)")
# Windows' font character sets of East Asian scripts and the code page their bytes are in
_CHARSET_PAGES = {b"134": "gbk", b"136": "big5", b"128": "cp932", b"129": "cp949"}
_EAST_ASIAN_PAGES = {"936": "gbk", "950": "big5", "932": "cp932", "949": "cp949", "54936": "gb18030"}


def is_rtf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"{\\rtf"


def rtf_text(data: bytes) -> tuple[str, str | None]:
    """(the document's text, the damage or None); ValueError when `data` is no RTF."""
    if not is_rtf(data):
        raise ValueError("not an RTF file (it does not begin with {\\rtf)")
    encoding = code_page(data)
    source = data.decode("latin-1")  # RTF is 7-bit: its other bytes are escapes (`\\'cd`), read below
    try:
        text = rtf_to_text(source, encoding=encoding, errors="replace")
    except Exception as error:  # a truncated or hand-broken file raises whatever striprtf meets first
        raise ValueError(f"an RTF file striprtf cannot read ({type(error).__name__})") from None
    lost = text.count("\ufffd")
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())  # a `\\par` ends a paragraph
    return text, f"{lost} characters could not be read as {encoding}" if lost else None


def code_page(data: bytes) -> str:
    """The encoding of the file's `\\'xx` bytes: its declared East Asian code page, else its fonts' East Asian
    character set, else its declared code page (cp1252 when none)."""
    declared = _CODE_PAGE.search(data[:4096])
    number = declared.group(1).decode() if declared else "1252"
    if number in _EAST_ASIAN_PAGES:
        return _EAST_ASIAN_PAGES[number]
    for charset in _FONT_CHARSET.findall(data[:65536]):
        if charset in _CHARSET_PAGES:
            return _CHARSET_PAGES[charset]
    try:
        return codecs.lookup(f"cp{number}").name
    except LookupError:
        return "cp1252"
