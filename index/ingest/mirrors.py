"""A mirror's uploader beside the writer of the article it mirrors.

Aggregators, document libraries and reposting sites show who put an article on the site (`发布者：看点用户2231`,
`上传者：X`, `收录者：X`) above the article they mirror, whose own lead still names its writer: a WeChat post's
header (`原创 南山有雾 小城日常 2021-01-15`) or an `作者：X` line. The uploader posted the page and wrote none of it,
so where the first lines under the uploader's line name a writer so, that writer is the article's. A thread's
poster (`楼主`, `发表于`) is not an uploader: a forum's repost stays its poster's (index.ingest.reposts).
"""

from __future__ import annotations

import re

from index.ingest import bylines

LEAD_LINES = 8  # how many written lines under the uploader's line the mirrored article's header may stand in
_UPLOADER = re.compile(r"^(?:发布者|发布人|上传者|上传人|上传用户|收录者|收录人|搬运者?)\s*[:：]\s*(\S{2,20})")
_AUTHOR_LINE = re.compile(r"^作者\s*[:：]\s*\S")


def mirrored_writers(lines: list[str], posters: list[str]) -> list[str]:
    """The writers the mirrored article's own header names under the line that names one of `posters` as its
    uploader, or [] where no uploader's line or no such header is there (the poster then wrote the page)."""
    filled = [line.strip() for line in lines if line.strip()]
    for i, line in enumerate(filled):
        uploader = _UPLOADER.match(line)
        if not uploader or not any(uploader.group(1).startswith(name) for name in posters):
            continue
        for lead in filled[i + 1 : i + 1 + LEAD_LINES]:
            if bylines.opens_wechat_post(lead) or _AUTHOR_LINE.match(lead):
                named = [name for name in bylines.writers(lead) if name not in posters]
                if named:
                    return named
        return []
    return []
