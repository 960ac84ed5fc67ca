"""A page a text browser dumped (`lynx -dump`, `w3m -dump` with link numbers, `elinks -dump`): its links are
numbered marks in the text (`[12]首页`, glued into a sentence where a link stood in it) and listed at the end
under `References` (lynx's `Visible links:`/`Hidden links:` too), a numbered address a line; pictures are marks
(`[IMG]`, `[INLINE]`, `[logo]`). The list names the dump for what it is: without it a bracketed number is the
text's own (`[1]` a footnote's). Read as text, a dump kept its menu, its breadcrumbs, its related links and
its marks in the sentences. The reference list leaves; a line made only of links (the marks, their few words,
separators and a short label: `   * [5]首页`, `当前位置：[7]首页 > [8]工作动态`, `上一篇：[21]X`) is the page's
navigation, as a page's lines shown only as links are (body.py); a line a picture opens with a few words after it
is a logo; every other mark leaves the words it marks, and a full stop the browser wrapped onto a line of its
own joins the line above.
"""

from __future__ import annotations

import re

_REFERENCES = re.compile(r"^\s*(?:References|参考链接|链接)\s*[:：]?\s*$")
_LIST_HEAD = re.compile(r"^\s*(?:Visible|Hidden)\s+links\s*[:：]?\s*$", re.IGNORECASE)
_ADDRESS = re.compile(r"^\s*(?:\[(\d{1,4})\]|(\d{1,4})\.)\s+(?:[a-z][a-z0-9+.-]*:|/|www\.)\S*\s*$", re.IGNORECASE)
_MARK = re.compile(r"\[(\d{1,4})\]")
_PICTURE = re.compile(r"\[(?:IMG|INLINE|ISMAP|LINK|BUTTON|img|image|logo|icon|banner|图片|图像)\]")
_BULLET = re.compile(r"^\s*(?:[*•+·◦▪o-]|\d{1,3}\.)\s+")
_SEPARATOR = re.compile(r"^(?:[|>»/·\-–—:：]|&gt;)+$")
_LINK_TOKEN = re.compile(r"^(?:[^\s\[\]]{1,6}[:：])?\[(\d{1,4})\]")
_SENTENCE_END = re.compile(r"[。！？!?]")
_CLOSING = re.compile(r"[。，、；：！？”’）」』》]+")
LINK_TEXT_MAX = 40  # characters a link's words hold at most on a navigation line
LOGO_TEXT_MAX = 20  # characters after a picture's mark on a logo's line


def _reference_list(lines: list[str]) -> tuple[int, int] | None:
    """(where the reference list starts, the highest number it lists), or None when the text ends in none."""
    for start in range(len(lines) - 1, -1, -1):
        if _REFERENCES.match(lines[start]):
            numbers = []
            for line in lines[start + 1 :]:
                if not line.strip() or _LIST_HEAD.match(line):
                    continue
                match = _ADDRESS.match(line)
                if match is None:
                    return None
                numbers.append(int(match[1] or match[2]))
            return (start, max(numbers)) if numbers else None
    return None


def _is_navigation(line: str, highest: int) -> bool:
    """A line made of links only: marked words (a link's words may hold spaces), separators, a short label
    before a link."""
    tokens = _BULLET.sub("", line).split()
    links = 0
    words = -1  # characters of the current link's words (-1: no link open)
    for token in tokens:
        token = _PICTURE.sub("", token)
        if match := _LINK_TOKEN.match(token):
            if int(match[1]) > highest:
                return False
            links, words = links + 1, len(token) - match.end()
        elif not token or _SEPARATOR.match(token):
            words = -1
            continue
        elif words >= 0:
            words += len(token)
        else:
            return False
        if words > LINK_TEXT_MAX:
            return False
    return links > 0


def undumped(text: str) -> str:
    """`text` without a text browser's reference list, navigation lines, logo and marks, where it ends in a
    reference list; any other text as it is."""
    if "References" not in text and "链接" not in text:
        return text
    lines = text.split("\n")
    found = _reference_list(lines)
    if found is None:
        return text
    start, highest = found
    kept = []
    for line in lines[:start]:
        if _is_navigation(line, highest):
            continue
        opened = _PICTURE.match(_MARK.sub("", line).strip())
        rest = _PICTURE.sub("", _MARK.sub("", line)).strip()
        if opened and len(rest) <= LOGO_TEXT_MAX and not _SENTENCE_END.search(rest):
            continue
        unmarked = _PICTURE.sub("", _MARK.sub(lambda m: "" if int(m[1]) <= highest else m[0], line)).rstrip()
        if kept and kept[-1].strip() and _CLOSING.fullmatch(unmarked.strip()):  # wrapped before its full stop
            kept[-1] += unmarked.strip()
            continue
        kept.append(unmarked)
    return "\n".join(kept).rstrip() + "\n"
