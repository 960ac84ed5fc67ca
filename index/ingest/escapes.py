"""Scraped text fields escaped once too often: `\\n`, `\\t`, `\\u3000` and HTML entities read as what they stand for.

A scraper that serialises a string twice leaves its line breaks as the two characters `\\n`: in the shared
corpus 2,172 of 10,580 bodies hold 28,856 of them and not one real line break, and each came out as one
unsplit paragraph. Such a text is recognised as a whole, never an escape at a time, so that a text that means
its backslashes (`C:\\new`, a regex's `\\d`, `printf("\\n")`) keeps them: it holds no real line break, and
one of its escaped breaks touches a Chinese character or full-width punctuation, as prose broken into lines
does and code does not. Its JSON escapes are then undone, again while the result is still such a text
(escaped three times), and a backslash left before a quote mark (`‘轰\\’`, `\\"优质服务\\"`: a quote escaped
for the scraper's own code) is dropped.

`\\uXXXX` alone (`【10\\u003d20w】`) and HTML entities in plain text (`&gt;&gt;欢迎`, `&amp;nbsp;`) read as
their characters in any text; entities only with their closing `;`, so a URL's `&copy=1` stays.

A page's text that has line breaks of its own may still hold a scraper's escaped ones in a line (a paragraph saved
with `…检测。\\n　　会议指出…` inside one `<p>`, a line opening on `\\n(参与报道：X)`): there each escaped break that
opens the line, or stands between Chinese text on both sides, is a line break (`split_escaped_lines`); one with code
on a side (`printf("中文\\n")`) stays.
"""

from __future__ import annotations

import html
import re

_ESCAPED_BREAK = re.compile(r"\\r\\n|\\[nr]")
# An escaped break or tab with Chinese or full-width punctuation beside it, across spaces, ASCII punctuation or a
# list's number (`。 \\n 活动`, `…了.....\\n“天哪`, `..\\n3、`): prose, not code; or after a tag's end
# (`/div>\\ndivclass=`): markup broken into lines.
_WIDE = "\u2010-\u2027\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_PROSE_BREAK = re.compile(
    rf"[{_WIDE}][\s\xa0.,;:!?)\]'~-]{{0,20}}\\[nrt]|\\[nrt][\s\xa0\d.(\['-]{{0,20}}[{_WIDE}]|>\s*\\[nr]"
)
# a run of escaped breaks in a line, with the spaces around it; a break it is when it opens the line or stands
# between Chinese text (a bracket may open the next line: `\\n(参与报道：X)`)
_BREAK_RUN = re.compile(r"[ \t\xa0\u3000]*(?:\\r)?(?:\\n(?:\\r)?)+[ \t\xa0]*")
_WIDE_CHAR = re.compile(rf"[{_WIDE}]")
_OPENS_LINE = re.compile(rf"[{_WIDE}(（\[【]")
_JSON_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|([nrt\"\\/]))")
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\", "/": "/"}
_ESCAPED_QUOTE = re.compile(r"\\(?=[\"'‘’“”])")
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ROUNDS = 3  # `&amp;amp;nbsp;` at worst; a text escaped more often than that is not seen


def _escaped_as_a_whole(text: str) -> bool:
    return (
        "\n" not in text and "\r" not in text and bool(_ESCAPED_BREAK.search(text)) and bool(_PROSE_BREAK.search(text))
    )


def _char(code: str) -> str:
    value = int(code, 16)
    if 0xD800 <= value <= 0xDFFF or (value < 32 and value not in (9, 10, 13)):
        return ""  # half a surrogate pair or a control: nothing a reader can see
    return chr(value)


def _undo_json(match: re.Match[str]) -> str:
    code, simple = match.groups()
    return _char(code) if code else _SIMPLE[simple]


def _undo_unicode(match: re.Match[str]) -> str:
    return _char(match.group(1)) or match.group(0)


def unescape_text(text: str) -> str:
    """A scraped plain-text field as it was written: a whole-text escaping undone (`unescape_breaks`), then
    `\\uXXXX` escapes and HTML entities in any text."""
    text = unescape_breaks(text)
    if "\\u" in text:
        text = _UNICODE_ESCAPE.sub(_undo_unicode, text)
    return unescape_entities(text)


def unescape_breaks(text: str) -> str:
    """Escaped line breaks, tabs, quotes and backslashes undone when the whole text was escaped; for a field
    that may hold markup too, whose entities are the markup's own."""
    if "\\" not in text or not _escaped_as_a_whole(text):
        return text
    for _ in range(_ROUNDS):
        text = _JSON_ESCAPE.sub(_undo_json, text)
        if not _escaped_as_a_whole(text):
            break
    return _ESCAPED_QUOTE.sub("", text)


def unescape_entities(text: str) -> str:
    """HTML entities with their closing `;` read as their characters, also when escaped twice (`&amp;ldquo;`)."""
    for _ in range(_ROUNDS):
        if "&" not in text:
            break
        decoded = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
        if decoded == text:
            break
        text = decoded
    return text


def _as_break(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    opens = before == "\n" or bool(_WIDE_CHAR.match(before))
    return "\n" if opens and (after == "\n" or _OPENS_LINE.match(after)) else match.group(0)


def split_escaped_lines(text: str) -> str:
    """`text` with each escaped line break that opens a line or stands between Chinese text a line break (see the
    module's note); unchanged where it holds none."""
    return _BREAK_RUN.sub(_as_break, text) if "\\n" in text else text
