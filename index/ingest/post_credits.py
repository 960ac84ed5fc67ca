"""A static blog theme's credit block under a post: the author's line beside the post's link and its licence.

Hexo's NexT (`本文作者： X` / `本文链接：…` / `版权声明：…`), Butterfly (`文章作者: X` / `文章链接: …`), and the
English themes of Hugo and Jekyll (`Author: X` / `Link: …` / `Copyright Notice: …`) close every post with the same
block, which the text leaves out as furniture. Its author's line names the writer only beside the block's other
lines (within two lines: its link or its licence), so no sidebar's `作者：` nor a comment's line is read as one.
"""

from __future__ import annotations

import re

_AUTHOR = re.compile(r"^(?:本文作者|文章作者|作者|(?:Post\s+)?[Aa]uthor)\s*[:：]\s*(\S[^:：]{0,29})$")
_BESIDE = re.compile(
    r"^(?:本文链接|文章链接|原文链接|永久链接|版权声明|许可协议|(?:Post\s+)?[Ll]ink|Permalink|Copyright\s+[Nn]otice|"
    r"License)\s*[:：]"
)
NEAR = 2  # lines after the author's within which the block's link or licence stands


def author(shown: list[str]) -> str | None:
    """The name on a post's credit block's author line (`本文作者： 木子李` over `本文链接：https://…`), or None."""
    for i, line in enumerate(shown):
        found = _AUTHOR.match(line.strip())
        if found and any(_BESIDE.match(other.strip()) for other in shown[i + 1 : i + 1 + NEAR]):
            return found.group(1).strip()
    return None
