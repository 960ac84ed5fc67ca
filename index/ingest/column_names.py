"""A column's name set in brackets over the headline (`【民生观察】` / headline / publication line).

Papers and portals head an opinion piece or a feature with its column's name in brackets on a line of its own, the
headline under it and the publication line under that. A headline in brackets (`【…】`, read as the title without
them) is as common, so the line is the column's only where it is short, another title-shaped line follows it and the
publication line stands under that one: the headline is then the second line, and the column's name leaves the text.
"""

from __future__ import annotations

import re

from index.text.cjk import CJK

COLUMN_CHARS = 6  # the longest column name (`江城观察`, `民生观察`, `今日快评`, `新华时评`); a headline is longer
_BRACKETED = re.compile(rf"^\s*(?:【\s*[{CJK}]{{2,{COLUMN_CHARS}}}\s*】|〖\s*[{CJK}]{{2,{COLUMN_CHARS}}}\s*〗)\s*$")


def is_column_name(line: str, below: str) -> bool:
    """`line` is a column's bracketed name over the longer title line `below`."""
    return bool(_BRACKETED.match(line)) and len(below.strip()) > len(line.strip())
