"""A board's repost template: the fields a news board makes every repost fill in, read as fields, never as text.

News boards ask a poster to repost a story under a fixed template of labelled fields, bracketed or numbered
(`【新闻来源】…`, `【原文标题】…`, `【新闻正文】` over the text, `【原文链接】…`, `【个人观点】…`; PTT's `1.媒體來源:` …
`4.完整新聞內文:` … `6.備註:`; `一、媒体：` … `六、按语：`), then the board's tail (a signature, the origin line,
readers' pushes). Read as an article, every label stayed in the text and the link and the poster's remark were
glued to its last paragraph. A text is such a template when four lines or more open with a field's label, of four
kinds or more, one the title's and one the text's: the title field's value is the headline; the publication
time's value is the day, else the day in the link field's address (the reposted article's, over the post's own
time); the text field's lines (its value and the lines under it, to the next label) are the text; every other
field, its value and its continuation lines, and everything under the template's last field leave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.ingest.page_urls import address_day

_LABEL = re.compile(
    r"^(?:【\s*(?P<bracketed>[^【】]{2,16}?)\s*】|(?:\d{1,2}|[一二三四五六七八九十])\s*[.、．]\s*(?P<numbered>[^:：。，]{2,16}?)\s*[:：])"
    r"\s*(?P<value>.*)$"
)
_KINDS = [
    ("title", re.compile(r"标题|標題|题目|題目")),
    ("text", re.compile(r"正文|内文|內文|全文|内容|內容")),
    ("link", re.compile(r"链接|連結|连结|网址|網址|URL|url")),
    ("source", re.compile(r"来源|來源|媒体|媒體|出处|出處")),
    ("author", re.compile(r"作者|记者|記者|署名")),
    ("time", re.compile(r"时间|時間|日期")),
    ("remark", re.compile(r"观点|觀點|看法|心得|备注|備註|按语|按語|评论|評論|点评|點評")),
]
LEAST_FIELDS = 4  # labelled lines, and kinds of field, a template shows at least


@dataclass(frozen=True)
class Template:
    """A repost template's headline, its article's day as written (None where not given), the indexes of its
    lines that are no text and the text field's first line without its label."""

    title: str | None
    day: str | None
    lines: frozenset[int]
    opening: dict[int, str]


def _kind(label: str) -> str | None:
    return next((kind for kind, words in _KINDS if words.search(label)), None)


def read_template(lines: list[str]) -> Template | None:
    """The repost template in `lines`, or None when they show none."""
    fields: list[tuple[int, str, str]] = []  # (index, kind, value)
    for i, line in enumerate(lines):
        if (match := _LABEL.match(line.strip())) and (kind := _kind(match["bracketed"] or match["numbered"])):
            fields.append((i, kind, match["value"].strip()))
    kinds = {kind for _, kind, _ in fields}
    if len(fields) < LEAST_FIELDS or len(kinds) < LEAST_FIELDS or not {"title", "text"} <= kinds:
        return None
    title = next((value for _, kind, value in fields if kind == "title" and value), None)
    day = next((value for _, kind, value in fields if kind == "time" and value), None)
    links = (address_day(value.split()[0]) for _, kind, value in fields if kind == "link" and value)
    day = day or next((found for found in links if found), None)  # the article's own address, dated
    dropped: set[int] = set()
    opening: dict[int, str] = {}
    for k, (i, kind, value) in enumerate(fields):
        end = fields[k + 1][0] if k + 1 < len(fields) else len(lines)
        if kind == "text":
            if value:
                opening[i] = value
            else:
                dropped.add(i)
        else:
            dropped.update(range(i, end))
    return Template(title, day, frozenset(dropped), opening)
