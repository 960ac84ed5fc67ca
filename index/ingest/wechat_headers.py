"""A WeChat post's header that a mirror shows a field a line: `原创` / the writer / the account / the day.

A WeChat post opens with one line, `原创 南山有雾 小城日常 2021-01-15` (bylines reads its writer); mirrors and
readers that copy the post's markup show its spans as blocks, a line each. Joined again, the header is read as
the post's own; only a line that is `原创` alone opens one, and only when a day closes it within FIELDS lines or
two short fields stand between it and the text (a mirror moves the day to its own publication line).
"""

from __future__ import annotations

import re

from index.ingest.days.shapes import YMD_TIGHT

FIELDS = 4  # lines after `原创` the writer, the account and the day stand in
_DAY = re.compile(rf"^{YMD_TIGHT}日?(?:\s+\d{{1,2}}:\d{{2}})?$")
_FIELD = 20  # characters a name or an account has at most


def joined(lines: list[str]) -> list[str]:
    """`lines` with each split header joined into its first line and its other lines blank (indexes kept)."""
    if "原创" not in lines:
        return lines
    out = list(lines)
    for i, line in enumerate(lines):
        if line != "原创":
            continue
        filled = [k for k in range(i + 1, min(len(lines), i + 1 + FIELDS * 2)) if lines[k]][:FIELDS]
        end = next((n for n, k in enumerate(filled) if _DAY.match(lines[k])), None)
        if end is None and len(filled) >= 3 and len(lines[filled[2]]) > _FIELD:
            end = 1  # the writer and the account over the text, the day shown elsewhere (a mirror's own line)
        if end is None or end == 0 or any(len(lines[k]) > _FIELD for k in filled[: end + 1]):
            continue
        out[i] = " ".join(["原创", *(lines[k] for k in filled[: end + 1])])
        for k in filled[: end + 1]:
            out[k] = ""
    return out
