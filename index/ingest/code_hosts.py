"""A code host's view of a file: the rendered document is the page, not the repository around it.

A code host shows a Markdown or text file inside its repository's frame: the repository's heading (`wanghaiyan /
jc-news-archive`) as the page's `<h1>`, its tabs (`代码 Issues Pull Requests Wiki`), the branch and path, the last
commit's line (`王海燕 提交于 3年前 . 新增 0330 稿件`, `X authored 3 years ago`), the file's toolbar (`原始数据 按行查看
历史`, `Raw`, `Open in Web IDE`) and size (`45 行 · 3.21 KB`, `4.12 KiB`). Read as a page, the repository's heading
was taken as the headline and the frame's lines kept. The hosts put the rendered file in an element of their own
convention (`markdown-body`, `blob-viewer`, `file-content`, `readme`), and title the page with the file's path and
the host (`x.md at main · owner/repo · GitHub`, `… · GitLab`, `… - Gitea`). On such a page that element, where it
holds writing, is the whole page, and its first heading the page's title. An issue's page titles its headline with
the issue's number and the repository (`标题 · Issue #12 · owner/repo`): the headline is what comes before.
"""

from __future__ import annotations

import re
from html import escape

import lxml.html
from lxml import etree

WRITING_MIN = 100  # characters of writing the rendered file holds at least
# the classes code hosts give a rendered file (GitHub's and Gitee's Markdown, GitLab's blob viewer, Gitea's)
_RENDERED = frozenset("markdown-body blob-viewer file-content readme-content file-view".split())
_MARKED = re.compile(r"markdown-body|blob-viewer|file-content|readme-content|file-view")
# a code host's page title: a file's path at a branch, or the host named after a separator
_HOST_TITLE = re.compile(
    r"\S+\.\w{1,8}\s+at\s+\S+\s*[·|-]|[·|-]\s*(?:GitHub|Gitee|GitLab|Gitea|Bitbucket|GitCode|CODING)\b(?:\.com)?",
    re.IGNORECASE,
)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def rendered_file(markup: str) -> str:
    """A code host's file view as its rendered file alone, titled by its first heading; any other page as it is."""
    if not _MARKED.search(markup):
        return markup
    try:
        tree = lxml.html.fromstring(markup)
    except (etree.ParserError, ValueError):
        return markup
    if not _HOST_TITLE.search(tree.findtext(".//title") or ""):
        return markup
    found = next(
        (
            element
            for element in tree.iter()
            if isinstance(element.tag, str)
            and set((element.get("class") or "").split()) & _RENDERED
            and len(_HAN.findall(element.text_content())) >= WRITING_MIN
        ),
        None,
    )
    if found is None:
        return markup
    heading = next((" ".join(h.text_content().split()) for h in found.iter("h1", "h2")), "")
    title = f"<title>{escape(heading)}</title>" if heading else ""
    inner = lxml.html.tostring(found, encoding="unicode")
    return f'<!DOCTYPE html><html><head><meta charset="utf-8">{title}</head><body>{inner}</body></html>'


# an issue's or a request's page title after its headline: `标题 · Issue #12 · owner/repo`, `标题 (#3) · 合并请求`
_ISSUE_SUFFIX = re.compile(
    r"\s*[·•|]\s*(?:Issue|Pull Request|Merge Request|Discussion|议题|问题|合并请求|拉取请求)\s*#?\d+"
    r"(?:\s*[·•|]\s*[\w.-]+(?:\s*/\s*[\w.-]+)?)?(?:\s*[·•|-]\s*(?:GitHub|Gitee|GitLab|Gitea|GitCode))?\s*$",
    re.IGNORECASE,
)


def without_issue_suffix(title: str) -> str:
    """`title` without a code host's issue or request suffix (`· Issue #12 · owner/repo`); else as it is."""
    return _ISSUE_SUFFIX.sub("", title) or title if "#" in title else title
