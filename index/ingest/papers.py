"""A journal paper read back from its PDF as text (pdftotext, with or without `-layout`): its title and text, and
its day where it gives one, without the paper's apparatus.

A typeset paper opens with the journal's running head (`第23卷 第4期　…学报（社会科学版）`), the title set over one
or two centred lines, the authors (`王海燕1，刘志强2`), their affiliations in brackets with a postcode
(`（1. 江城大学 新闻与传播学院，湖北 江城 430072）`: read as the text they put the affiliation's province in the
article's region), then `摘　要：…`, `关键词：…`, `中图分类号：… 文献标志码：A` (or `[摘要]`, `【关键词】`,
`Abstract:`); it closes with `参考文献` (or `注释：`, `References`) and its entries, and its first page's footnotes
(`作者简介：…`, `基金项目：…`, `收稿日期：…`) fall anywhere. Read as a page, the running head was taken as the headline
and all of it kept. A text is such a paper when it shows three or more of these labels, one of them the abstract's
or the keywords'. Its head is every line to the last of its front labels: of those, the lines above the authors
(the line over the first affiliation, or over the abstract) and under any running head are the title, one line;
its tail is every line from the references' or notes' heading on. A line giving the paper's publication online
(`网络首发日期：…`, `网络出版时间：…`) is its day and stays, above the text.
"""

from __future__ import annotations

import re

LEAST_LABELS = 3  # of the paper's labels a text shows at least
HEAD_MAX = 30  # lines a paper's head (title to keywords) runs over at most
TITLE_MAX = 60  # characters a paper's title has at most
_FRONT = re.compile(
    r"^[\[【]?\s*(?:摘\s*要|内容提要|提\s*要|关键词|关键字|中图分类号|文献标[志识]码|文章编号|DOI|Abstract|Key\s*words)"
    r"\s*[\]】]?\s*[:：]?",
    re.IGNORECASE,
)
_FRONT_NAMED = re.compile(r"^[\[【]?\s*(?:摘\s*要|内容提要|关键词|关键字|Abstract|Key\s*words)", re.IGNORECASE)
_BACK = re.compile(r"^[\[【]?\s*(?:参考文献|注\s*释|References|参考资料)\s*[\]】]?\s*[:：]?\s*$", re.IGNORECASE)
_NOTE = re.compile(r"^[\[【]?\s*(?:作者简介|基金项目|收稿日期|修回日期|通讯作者|通信作者)\s*[\]】]?\s*[:：]")
_ONLINE = re.compile(r"^(?:网络首发|网络出版|在线出版)(?:日期|时间)\s*[:：]")
_RUNNING_HEAD = re.compile(r"第\s*\d+\s*卷|第\s*\d+\s*期|年第\s*\d+\s*期|Vol\.\s*\d+|No\.\s*\d+|学报|研究$")
_AFFILIATION = re.compile(r"^[（(].{4,}[)）]$|\b\d{6}\b")


def _labels(lines: list[str]) -> int:
    return sum(1 for line in lines if _FRONT.match(line) or _BACK.match(line) or _NOTE.match(line))


def paper_text(text: str) -> str:
    """The title, day and text of a paper read back from its PDF; any other text as it is."""
    if "摘" not in text and "关键" not in text and "Abstract" not in text:  # most texts are passed over at once
        return text
    lines = [line.strip() for line in text.split("\n")]
    front = [i for i, line in enumerate(lines[:HEAD_MAX]) if _FRONT.match(line)]
    if not any(_FRONT_NAMED.match(lines[i]) for i in front) or _labels(lines) < LEAST_LABELS:
        return text
    end = front[-1] + 1
    back = next((i for i in range(end, len(lines)) if _BACK.match(lines[i])), len(lines))
    online = [line for line in lines if _ONLINE.match(line)]
    top = [line for line in lines[: front[0]] if line]
    first_affiliation = next((k for k, line in enumerate(top) if _AFFILIATION.search(line)), len(top))
    heading = top[: max(first_affiliation - 1, 1)]  # the authors stand over their affiliations
    heading = [line for line in heading if not _RUNNING_HEAD.search(line)]
    title = "".join(heading) if heading and not any("。" in line for line in heading) else ""  # (a `！` ends titles)
    if len(title) > TITLE_MAX:
        return text
    body = [line for line in lines[end:back] if not _NOTE.match(line) and not _ONLINE.match(line)]
    return "\n".join([title, *online, "", "\n".join(body).strip()]).strip()
