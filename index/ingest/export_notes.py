"""What a note taker, a sharer or a study site adds around an article it keeps or passes on.

A note app's clip carries the note taker's lines above the page it clipped (`标签：网信；转载`, `备注：周四例会前通读`,
`剪藏自：address`, `剪藏时间：…`); a news app's share mail opens with who shared it (`您的好友 X 向您分享了一篇新闻`,
`X推荐给你`) and closes with the system's and the app's lines (`本邮件由系统自动发出，请勿直接回复。`, `来自江城新闻
客户端`, `打开江城新闻App阅读更多`); an exam-prep site sets the news between its boxes (`【考点延伸】…`, `【解析】…`,
`【备考建议】…`) and closes with its course (`2021省考笔试系统班 立即报名`); a replay page or a transcript marks
where the script begins with a label alone (`【文稿】`). None of it is the article's, and read alone no site's
repetition shows it; each is known by its label or its words, and where it stands: the note lines and the sharer's
only above the text's first paragraph, the system's and the course's only in the run closing it, a box's label
wherever it opens a line, the exam's only where the page has a 考点 box.
"""

from __future__ import annotations

import re

NOTE_MAX = 120  # characters: a note taker's line is a field, not a paragraph
# the note taker's fields over a clip (a clipping's source and time, its tags, a remark)
_NOTE = re.compile(
    r"^(?:标签|备注|批注|笔记|我的笔记|剪藏自|剪藏于|剪藏时间|剪辑自|收藏时间|收藏于|来源链接|原文链接|网页地址)\s*[:：]\s*\S"
)
# who shared the article, to whom: `您的好友 X 向您分享了一篇新闻`, `X推荐给你`, `好友X分享了一篇文章`
_SHARER = re.compile(
    r"^(?:您的)?(?:好友|朋友)?\s*\S{0,20}?\s*(?:(?:向|给)(?:您|你)(?:分享|推荐)|(?:分享|推荐)给(?:您|你)"
    r"|(?<=好友)\S{0,20}?\s*分享)(?:了)?(?:一篇|一条|一则)?(?:新闻|文章|资讯|内容)?[:：!！。]?$"
)
# a mail system's and an app's closing lines
_SYSTEM = re.compile(
    r"^[(（]?(?:本|此|该)?(?:邮件|信件|消息)(?:由|为)系统(?:自动)?(?:代发|发出|发送|生成)[，,]?\s*请勿(?:直接)?回复[。.]?[)）]?$"
    r"|^来自\S{1,16}(?:客户端|App|APP|app)$"
    r"|^(?:打开|下载)\S{1,16}(?:客户端|App|APP|app)\s*(?:阅读|查看)(?:更多|全文|原文)?$"
)
# an exam-prep site's boxes (`【考点延伸】`, `【热点关键词】`, `【备考建议】`, `【模拟练习】`, `【解析】`)
_EXAM_LABEL = r"(?:相关|热点)?(?:考点|备考|考情|考题)[^】\]]{0,4}"
_BOX = re.compile(rf"^[【\[]\s*(?:{_EXAM_LABEL}|解析|模拟练习|模拟题|真题链接|热点关键词|知识链接)\s*[】\]]")
_EXAM = re.compile(rf"^[【\[]\s*{_EXAM_LABEL}[】\]]")  # (what makes the boxes an exam site's: a 考点 or 备考 box)
_COURSE = re.compile(r"(?:立即报名|马上报名|免费试听|立即咨询|立即领取|立即抢购)$")
COURSE_MAX = 40
# a script's or a text's label alone over it (`【文稿】`, `[正文]`)
_LABEL = re.compile(r"^[【\[]\s*(?:文稿|新闻文稿|视频文稿|正文|全文|原文)\s*[】\]]$")
_WRITING = re.compile(r"[。！？]")
WRITTEN = 40  # characters a line of the text's first paragraph has at least


def note_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines an exporter, a sharer or a study site adds (see the module's note)."""
    shown = [i for i, line in enumerate(lines) if line.strip()]
    first = next((i for i in shown if len(lines[i]) >= WRITTEN and _WRITING.search(lines[i])), None)
    out: set[int] = set()
    for i in shown:
        line = lines[i].strip()
        above = (first is None or i < first) and len(line) <= NOTE_MAX
        if (above and (_NOTE.match(line) or _SHARER.match(line))) or _LABEL.match(line):
            out.add(i)
    if any(_EXAM.match(lines[i].strip()) for i in shown):
        out |= {i for i in shown if _BOX.match(lines[i].strip())}
    for i in reversed(shown):  # the run closing the text
        line = lines[i].strip()
        if i in out:
            continue
        if _SYSTEM.match(line) or (len(line) <= COURSE_MAX and _COURSE.search(line)):
            out.add(i)
            continue
        break
    return out
