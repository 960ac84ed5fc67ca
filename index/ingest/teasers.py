"""Another story's teaser on the page: its opening cut off and a link to the rest (`…以及疫后经…… [详细]`).

Portals (a 2004 provincial portal's article page, a channel's front page saved whole) show, beside or under
the story, the lead of another story cut at a length, closed by an ellipsis and a link to read on. Its words
are writing, so no shape of interface takes it, and the density run reads it as more of the text when it stands
under the story. A story's own paragraph never sends the reader elsewhere for its rest: a line that ends in an
ellipsis and a read-on link is the teaser, wherever it stands.
"""

from __future__ import annotations

import re

_TEASER = re.compile(
    r"(?:…+|\.{3,}|。{3,})\s*[\[【(（<《]?\s*(?:详细|详情|全文|阅读全文|查看全文|更多|阅读更多|查看详情|点击查看|原文)"
    r"\s*[\]】)）>》]*\s*(?:>>|»|›)?$"
)


def is_teaser(line: str) -> bool:
    """A line that ends in an ellipsis and a link to read the rest elsewhere: another story's lead."""
    return bool(_TEASER.search(line))
