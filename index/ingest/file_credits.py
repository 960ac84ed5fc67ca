"""Lines about the file rather than the article, standing alone at the text's edges: who made, compiled, forwarded or
generated the copy, and where the book it comes from can be had.

An e-book site's text file opens on `本书由X整理制作` and `电子书下载：…` and closes on `——摘自《X》第三章` and
`更多精校电子书，尽在X`; a document library's page on `本文档由X上传分享`; a monitoring system's report closes on
`（本报告由X系统自动生成）`; a unit's forward opens on `转发自 X` or `以下内容转自X：`. A site's only page has nothing
to learn them from, and they are short and say something, so chrome's shapes let them through (FRESH_EXPORTS_9,
read alone: the e-book's foot on 9 of 12 files, the forward's line on 11 of 12). Each is told by what it is about
and where it stands: the copy itself as subject (`本书`, `本文档`, `本报告`…) with a verb of making it (`整理`,
`制作`, `生成`, `上传`…), a forward's mark, a source named alone after a dash, an e-book's label; and only above
the text's first written paragraph or under its last, on a line of its own. The same words inside a paragraph
(`本报告由中国互联网络信息中心发布，…`, `正如《X》所写，…`) are the article's and stay.

A forward's own heading (`【转发】关于…的通知`, `关于转发《X》的通知`, `转发：…`) over the forwarded article's headline
is neither the headline nor text: the headline is the forwarded one, the first line under the heading, above the
text, that is shaped as a heading and holds no day and no field. A `【转发】X` with no headline under it is the
article's own title and stays.
"""

from __future__ import annotations

import re

from index.ingest.cleaning import is_heading_shaped, is_writing
from index.ingest.days import has_day
from index.ingest.field_tables import KNOWN
from index.text.lexicon import FIELD_LABELS

CREDIT_MAX = 60  # characters a file's credit line has at most
HEADLINE_MAX = 60  # characters of a forwarded headline at most (a long one dated under it: `…当警示！`)
HEAD_LINES = 4  # lines under a forward's heading where the forwarded headline may stand (its poster's, counters)
_COPY = r"(?:本书|本电子书|本文档|本文件|本资料|本报告|本合集|本文集|本期内容|本TXT)"
_MAKE = r"(?:整理|制作|生成|上传|分享|提供|收集|扫描|校对|录入|汇编|编辑|排版|转换)"
_CREDITS = re.compile(
    "|".join(
        [
            rf"^[（(]?{_COPY}(?:由|系|为).{{1,30}}?{_MAKE}\S*?[）)]?$",  # `本书由X整理制作`, `（本报告由X自动生成）`
            r"^(?:转发自|转载自|转自)\s*\S.{0,30}$",  # `转发自 X`
            r"^以下(?:内容|文章|信息|全文)?(?:转发自|转载自|转自|来自|摘自).{1,30}[：:]$",  # `以下内容转自X：`
            r"^[—－-]{1,2}\s*(?:摘自|选自|节选自|摘编自|转引自)《[^》]{1,30}》[^。！？]{0,30}$",  # `——摘自《X》第三章`
            r"^(?:电子书|全本|TXT|txt|全集)\S{0,4}[：:]\s*\S.*$",  # `电子书下载：…`, `电子书来源：…`
            r"^更多\S{0,10}电子书",  # `更多精校电子书，尽在X`
        ]
    )
)


def credit_lines(lines: list[str]) -> set[int]:
    """The lines of `lines` (one a paragraph, blank ones kept) above the first written paragraph or under the last
    that credit the file's making or carrying."""
    written = [i for i, line in enumerate(lines) if is_writing(line)]
    if not written:
        return set()
    edges = [*range(written[0]), *range(written[-1] + 1, len(lines))]
    return {i for i in edges if len(lines[i].strip()) <= CREDIT_MAX and _CREDITS.match(lines[i].strip())}


# a field's line under a forward's heading (its poster, its counters), never the forwarded headline
_LABELS = sorted({*KNOWN, *(label for labels in FIELD_LABELS.values() for label in labels), "发布者"}, key=len)
_FIELD = re.compile(rf"^(?:{'|'.join(map(re.escape, reversed(_LABELS)))}|(?:浏览|点击|阅读)(?:次数|量)?)\s*[：:]")
_FORWARD = re.compile(r"^(?:【转发】|\[转发\]|〔转发〕|转发[：:]|关于转发)")


def forwarded_headline(lines: list[str], title: str | None) -> tuple[int | None, str] | None:
    """The forward's heading in `lines` (its index, None where only the title gives it) and the forwarded
    article's headline under it, or None. The heading is `title` where that is a forward's, else the first line;
    the headline is the first line under it that is no field, holds no day and is shaped as a heading, or is short
    with the publication's day on the line under it (`…当警示！` / `2020-04-03 来源：…`)."""
    shown = [i for i, line in enumerate(lines) if line.strip()]
    heading = title.strip() if title and _FORWARD.match(title.strip()) else None
    at = next((i for i in shown if lines[i].strip() == heading), None) if heading else shown[0] if shown else None
    if heading is None and (at is None or not _FORWARD.match(lines[at].strip())):
        return None
    heading = heading or lines[at].strip()
    under = [i for i in shown if (at is None or i > at) and lines[i].strip() != heading][:HEAD_LINES]
    for k, i in enumerate(under):
        line = lines[i].strip()
        if _FIELD.match(line):
            continue
        if has_day(line) or len(line) > HEADLINE_MAX:
            return None
        dated = k + 1 < len(under) and has_day(lines[under[k + 1]])
        return (at, line) if is_heading_shaped(line) or dated else None
    return None
