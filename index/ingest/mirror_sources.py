"""A mirror's line naming where it copied the text from, read as the article's source.

A WeChat article mirrored on an aggregator or reposted on a forum opens on the account it came from, in the
account's own typography rather than a portal's label: `来源丨江城发布`, `来源 | 江城发布`, `转自：江城发布公众号`,
`转载自：江城观察 微信公众号`, `本文转自江城发布`. Real pages labelled by other hands leave the line out of the text
and the account is the source, so such a line alone gives the source where the page's labels gave none and leaves
the text; the page's lines keep it (`转载自X` also says a blog's post is a repost: index.ingest.reposts). A sentence
that mentions a repost (`该文转自某公众号后引发热议。`) is no line of a label and a name alone, and a writer's credit
under the label (`内容来源 | 记者X`) is read as the writer's.
"""

from __future__ import annotations

import re

LINE_MAX = 40  # a label and an account's name, perhaps with its kind
_PROVENANCE = re.compile(
    r"^(?:(?:文章|内容|本文)?来源\s*[丨|｜]|(?:本文|文章|内容|原文)?(?:转自|转载自|转载于|摘自)\s*[:：丨|｜]?)\s*"
    r"(?!记者|本报记者|作者|通讯员|编辑|实习生)"  # (`内容来源 | 记者X`: a writer's credit, read as such)
    r"(?P<name>[^\s:：，。；！？,;!?丨|｜]{2,20}?)\s*(?:微信)?\s*(?:公众号|订阅号|服务号)?\s*$"
)


def provenance(line: str) -> str | None:
    """The name a mirror's provenance line alone gives (see the module's note), or None for any other line."""
    if len(line) > LINE_MAX or not ("来源" in line or "转" in line or "摘自" in line):
        return None
    match = _PROVENANCE.match(line)
    return match.group("name") if match else None


def provenance_lines(lines: list[str]) -> dict[int, str]:
    """The provenance lines among `lines` by index, with the name each gives."""
    return {i: name for i, line in enumerate(lines) if line and (name := provenance(line))}
