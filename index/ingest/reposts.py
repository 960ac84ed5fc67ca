"""A post that reposts another's story: on a blog or a forum the page's writer is whoever posted it.

A blogger or a forum poster who reposts a paper's story keeps its byline (`记者 王晓东 实习生 林乐`) and marks the
post as a repost: the platform's tag (`转载▼`, `分类：转载`), a thread's or a post's type before its title
(`[转载]`, `【转帖】`), or a note of where it ran first (`（原载《江南晨报》）`, `本文转自…`, `转自：…`). The page's
writer is then the poster (as the held-out real pages are labelled: the page, not the story it carries, is
credited), and the story's own byline names no second writer; a page that marks nothing keeps its byline.
"""

from __future__ import annotations

import re

from index.ingest import bylines

# (never a notice about reposting this page, `转载请注明出处`, nor a share bar's button, `转载 收藏 分享`)
_MARK = re.compile(
    r"^\s*(?:[\[【]\s*(?:转载|转帖|转贴)\s*[\]】]"
    r"|[(（]?\s*原载\s*[于《:：]?"
    r"|(?:本文|此文|文章)?(?:转载|转帖|转贴|转)(?:自(?!己)|于)\s*[:：]?\s*\S"
    r"|转载\s*▼"
    r"|(?:分类|类别)\s*[:：]\s*转载)"
)
_MAX_LINE = 60  # characters: a mark is a tag or a note, never a paragraph that mentions reposting


def is_repost(lines: list[str]) -> bool:
    """The page marks its post as another's story reposted (`转载▼ 标签：…`, `【转帖】标题`, `（原载《X报》）`)."""
    return any(len(line) <= _MAX_LINE and _MARK.match(line) for line in lines)


def credits_another_story(headed: list[str], named: list[str]) -> bool:
    """A credit inside the text (a wire lead's `新华社某地电（记者 何川 钱进）`, a closing `（记者 刘忠俊 王鹏）`)
    names none of the people the page's own byline above the text names: the text is a story the page reposts
    under its own byline (a portal's `记者 李明` over a wire story), whose writers the byline gives, not every
    name the story holds. A credit sharing a name with the byline is the same team's, and adds the others."""
    return bool(headed) and bool(named) and not set(named) & set(headed)


def is_wire_credit(credit: str) -> bool:
    """A bracketed credit that names its writers' role as a byline does (`记者 刘忠俊 王鹏`, `通讯员 汤雁`), from
    no `本报` desk: another newsroom's credit. A bare name (`（王怀仁）`) signs the page's own story, and joins."""
    return bylines.names_a_role(credit) and "本报" not in credit
