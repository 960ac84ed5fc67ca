"""A post that reposts another's story: on a blog or a forum the page's writer is whoever posted it.

A blogger or a forum poster who reposts a paper's story keeps its byline (`记者 王晓东 实习生 林乐`) and marks the
post as a repost: the platform's tag (`转载▼`, `分类：转载`), a thread's or a post's type before its title
(`[转载]`, `【转帖】`), or a note of where it ran first (`（原载《江南晨报》）`, `本文转自…`, `转自：…`). The page's
writer is then the poster (as the held-out real pages are labelled: the page, not the story it carries, is
credited), and the story's own byline names no second writer; a page that marks nothing keeps its byline.

A portal that reposts a wire story under its own byline (`记者 李明` under the headline) keeps the story's credits
in the text (`新华社江城8月27日电（记者 何川 钱进）`, a closing `（记者 刘忠俊 王鹏）`): reporters the byline does not
name are another newsroom's, and the page's writers are its byline's (the held-out community pages, issue 22 item 5).
"""

from __future__ import annotations

import re

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


def another_newsrooms(headed: list[str], named: list[str], text: str) -> bool:
    """A credit inside the text (a wire lead's `新华社某地电（记者 何川 钱进）`, a closing `（记者 刘忠俊 王鹏）`) names
    reporters, none of whom the page's own byline above the text names: the text is a story the page reposts
    under its own byline (a portal's `记者 李明` over a wire story), whose writers the byline gives, not every
    name the story holds. A credit sharing a name with the byline is the same team's and adds the others; a
    correspondent's (`（通讯员 鲁佳）`), a bare name's (`（王怀仁）`) or a `本报` credit signs the page's own story."""
    if not headed or not named or set(named) & set(headed) or (at := text.find(named[0])) < 0:
        return False
    credit = re.split(r"[(（〔【\[]", text[max(0, at - 30) : at])[-1]
    return "记者" in credit and "本报" not in credit
