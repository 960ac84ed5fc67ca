"""A writer's profile box beside or under the post: the name, a follow button and the writer's own counters.

Blogs, columns and self-media pages show their writer in a box of their own beside the text rather than in a byline:
an avatar, the name, sometimes who they are, then what only a writer's box counts (`文章 86 · 粉丝 1.2万`, `帖子
312`, `获赞 8765`) and a follow button (`关注`, `+ 关注`). A name with a follow button alone can be a commenter's card
(`咖啡不加糖` / `关注` under a comment); the writer's counters are what a commenter's card does not show, so the box
counts where the name, the button and two counters stand within BOX_LINES lines of each other. The page's only such
box names the writer where no byline does; two boxes naming different people name no one.
"""

from __future__ import annotations

import re

from index.ingest.author_cards import is_follow_button
from index.ingest.bylines import is_account, is_handle

BOX_LINES = 6  # lines after the name within which its counters and its follow button stand (a counter's label
# and its number can stand on lines of their own)
_LABEL = r"(?:文章|原创|帖子|主题|粉丝|获赞|访问|积分|博文)"
_NUMBER = r"[\d.,]+\s*[万wWkK]?\+?"
_COUNTER = re.compile(rf"{_LABEL}\s*[:：]?\s*{_NUMBER}|{_NUMBER}\s*{_LABEL}")  # `粉丝 2.3万`, `128 文章`


# a count of the visits to the writer's own space (`访问 3.2万`): a blog's profile box shows it where it has no
# follow button, a commenter's card never
_VISITS = re.compile(rf"(?:访问|访问量|访客)\s*[:：]?\s*{_NUMBER}")


def box_owner(lines: list[str]) -> str | None:
    """The name of the page's one writer's box (a name, then within BOX_LINES lines two of a writer's counters and
    a follow button or a count of the space's visits), or None where the page shows no such box or boxes of
    different names."""
    owners = set()
    filled = [line.strip() for line in lines if line.strip()]
    for i, name in enumerate(filled):
        if len(name) > 12 or not is_handle(name) or is_account(name) or re.fullmatch(_LABEL, name):
            continue
        box = filled[i + 1 : i + 1 + BOX_LINES]
        shown = " ".join(box)
        if len(_COUNTER.findall(shown)) >= 2 and (any(map(is_follow_button, box)) or _VISITS.search(shown)):
            owners.add(name)
    return owners.pop() if len(owners) == 1 else None


# a sidebar box that introduces the blog's owner by its heading (`关于我`, `博主简介`, `About me`), the name under it
# (and in Traditional script, as a Taiwanese or Hong Kong blog's widget heads it: `關於我`, `博主簡介`)
_ABOUT = re.compile(
    r"(?:[关關][于於](?:我|博主|作者)|博主[简簡]介|博主介[绍紹]|作者[简簡]介|About\s+[Mm]e|ABOUT\s+ME)\s*[:：]?"
)


# a bio line that opens on its label under the name (`[作者简介] (个人情况保密)`, `个人简介：退休教师`)
_BIO_LABEL = re.compile(r"^[\[【〔(（]?(?:作者|[个個]人|博主)?[简簡]介[\]】〕)）]?\s*[:：]?")


def is_about_heading(text: str) -> bool:
    """A box's heading that introduces the owner (`关于我`, `博主简介`, `About me`), no one's name."""
    return bool(_ABOUT.fullmatch(text.strip()))


def about_owner(lines: list[str]) -> str | None:
    """The name under the page's one box headed as its owner's introduction (`关于我` / `麦子` / `一个爱做饭的…`):
    the first line under the heading, a handle; or over a bio line that opens on its label (`太小心` / `[作者简介]
    (个人情况保密)`); None where the page shows no such box or boxes of different names."""
    owners = set()
    filled = [line.strip() for line in lines if line.strip()]
    for i, heading in enumerate(filled[:-1]):
        name = filled[i + 1]
        if _ABOUT.fullmatch(heading) and len(name) <= 12 and is_handle(name) and not is_account(name):
            owners.add(name)
        elif _BIO_LABEL.match(name) and len(heading) <= 12 and is_handle(heading) and not is_account(heading):
            owners.add(heading)
    return owners.pop() if len(owners) == 1 else None
