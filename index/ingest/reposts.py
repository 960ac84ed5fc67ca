"""A post that reposts another's story: on a blog or a forum the page's writer is whoever posted it.

A blogger or a forum poster who reposts a paper's story keeps its byline (`记者 王晓东 实习生 林乐`) and marks the
post as a repost: the platform's tag (`转载▼`, `分类：转载`), a thread's or a post's type before its title
(`[转载]`, `【转帖】`), or a note of where it ran first (`（原载《江南晨报》）`, `本文转自…`, `转自：…`). The page's
writer is then the poster (as the held-out real pages are labelled: the page, not the story it carries, is
credited), and the story's own byline names no second writer; a page that marks nothing keeps its byline.

A portal that reposts a wire story under its own byline (`记者 李明` under the headline) keeps the story's credits
in the text (`新华社江城8月27日电（记者 何川 钱进）`, a closing `（记者 刘忠俊 王鹏）`): reporters the byline does not
name are another newsroom's, and the page's writers are its byline's (the held-out community pages, issue 22 item 5).

A post that marks nothing is still a repost where the page shows its poster (a thread's poster over the first
post's header, a blog's owner) and the only writers the post names are a newsroom's (`本报记者 赵强` as its first
line, `本报讯（记者 周敏 通讯员 钱江）`): a forum's user or a blogger is credited as no paper's reporter. The page's
writer is then the poster, as ../shared/pages label such posts (a forum post of a paper's `本报讯 （实习记者 X Y
记者Z）` story is its poster's).
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


# a newsroom's credit before a name: `本报记者 赵强`, `（记者 周敏 通讯员 钱江）`, `江城日报记者 赵强`
_NEWSROOM = re.compile(r"记者|通讯员|特派员|实习生|本报|本刊")
_CREDIT_REACH = 16  # characters before a name where its credit's role stands (`本报讯（记者 周敏 通讯员 钱江）`)
_MAX_CREDIT_LINE = 200  # characters: a byline or a lead's opening, not a paragraph that mentions a reporter


def newsroom_credited(names: list[str], lines: list[str]) -> bool:
    """Every one of `names` is credited by a newsroom's role in `lines` (`本报记者 赵强`, `（记者 周敏 通讯员
    钱江）`): the writers of a paper's story, which a forum's poster or a blogger who reposts it did not write."""
    return bool(names) and all(
        any(
            (at := line.find(name)) >= 0 and _NEWSROOM.search(line[max(0, at - _CREDIT_REACH) : at])
            for line in lines
            if len(line) <= _MAX_CREDIT_LINE
        )
        for name in names
    )
