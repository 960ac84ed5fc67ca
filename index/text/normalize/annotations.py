"""Pinyin written after characters as reading aids, `對(duì)網(wǎng)`, and what damaged copies leave of it.

Tone-marked vowels make an annotation certain; unmarked syllables (的(de)) count only in a text that has
marked ones, so real parentheses such as (党组) or (2019—2022) stay. A copy that lost characters shows a
`?` (or U+FFFD) where the character was, with its syllable after it: `日?qǐng)?bào)`. The remnant goes and the
lost character is marked `□`: the text says a character is missing rather than pretending to know it.
"""

from __future__ import annotations

import re

from index.text.cjk import CJK

LOST = "□"  # U+25A1 WHITE SQUARE, the usual mark for a character that cannot be shown

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN = rf"[a-zü{_TONED}]{{1,6}}[1-5]?"
_ANNOTATION = re.compile(rf"(?<=[{CJK}])[(（]\s*({_PINYIN})\s*[)）]")
_TONED_RE = re.compile(f"[{_TONED}]|[a-z][1-5]$")
# A lost character: a question mark or replacement character, then its syllable and the closing bracket
# (the opening one went with the character), or a whole annotation.
_DAMAGED = re.compile(rf"[?？\ufffd][(（]?\s*([a-zü{_TONED}]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,5}})\s*[)）]")
# In an annotated text, a toned annotation after anything else (a Latin letter left by a broken decoding).
_STRAY = re.compile(rf"(?<=[^\s(（])[(（]\s*([a-zü]{{0,5}}[{_TONED}][a-zü]{{0,5}})\s*[)）]")


def strip_pinyin(text: str) -> str:
    """Remove per-character pinyin annotations and mark characters lost with theirs as `□`."""
    found = list(_ANNOTATION.finditer(text))
    if not found and "?" not in text and "？" not in text and "\ufffd" not in text:
        return text
    dense = sum(1 for m in found if _TONED_RE.search(m.group(1))) >= 3
    if dense:
        text = _DAMAGED.sub(LOST, text)

    def drop(m: re.Match[str]) -> str:
        return "" if dense or _TONED_RE.search(m.group(1)) else m.group(0)

    text = _ANNOTATION.sub(drop, text)
    return _STRAY.sub("", text) if dense else text


def strip_all_pinyin(text: str) -> str:
    """`strip_pinyin` until nothing is left to strip: removing one annotation can bring the next one to its
    character (`对(duì)(duì)`)."""
    while (stripped := strip_pinyin(text)) != text:
        text = stripped
    return text
