"""A site's or a platform's short notes about the page, left in the text: one-claim statements, counters, headers.

index.ingest.statements takes a disclaimer that makes two claims or more; real pages of other hands close the text
with a note that makes one, about the page itself: `本栏文章只代表作者个人意见，不代表本站立场。`, `本文来自白沙号，
仅代表白沙号自媒体观点。`, `江城观察原创文章，未经授权禁止转载。`, `以上内容由江城舆情系统自动抓取，上传者：admin`, and
a platform's English `Notice: The content above …`. Such a note speaks of the page (本文, 本栏, 以上内容, 原创文章)
from its first words and every sentence of it makes a claim about views, rights or where the text came from; it is
short, and it stands at an edge of the text (its last lines, or glued after the last paragraph's stop). A story that
quotes a statement (`一家平台在声明中表示，相关文章仅代表作者个人观点…`) speaks of a third party and stays.

The rest are shapes of an interface, wherever they stand: a read counter (`(被阅读 1523 次)`, alone or after the
headline), a visitor counter and the site's talk around it (`本站已开通手机版，欢迎访问。你是第 10293 位访客`), a line
of reaction buttons and their counts (`👍 210👎分享下载收藏`), an archive's header lines (`发信站：…`, a column's path
`栏目： 网事 > 评论`) and an owner's line closing the text (`江城市委宣传部主管`); and the page's update stamp on a
line of its own, with a blog theme's remark on it if any (`本文最后更新于 2021-03-05，某些文章具有时效性，若有错误或已
失效，请在下方留言。`, `最后编辑于 2020-04-03 10:12`): it says when the page changed, never what happened (a story's
`该规定最后修订于2019年，…` goes on past its day to the story).
"""

from __future__ import annotations

import re

from index.ingest.days import read_date
from index.ingest.statements import makes_claim

NOTE_MAX = 80  # characters: a one-claim note is a sentence or two; a story's paragraph that quotes one runs longer
ENGLISH_MAX = 400  # characters: a platform's notice in English, three sentences at most

# what the note speaks of, opening it: the page, the column, the text above, an original's label
_SUBJECT = re.compile(
    r"^(?:本(?:栏|栏目|文|站|网|号|平台|频道)(?!记者)|以上(?:内容|文章|信息)|上述(?:内容|文章)|此文"
    r"|[\u4e00-\u9fff]{0,10}?原创(?:文章|内容|作品))"
)
# a note's own claims beyond a statement's (index.ingest.statements.makes_claim): whose views, how it came
_CLAIM = re.compile(r"(?:仅|只|不)代表|观点|意见|立场|禁止转载|自动(?:抓取|采集|生成)|上传者|转载|授权")
_SENTENCES = re.compile(r"(?<=[。！；;!])")
# a platform's note in English
_ENGLISH_NOTE = re.compile(r"^(?:Notice|Disclaimer|Statement|Declaration)\s*[:：]\s*[A-Za-z]")

_CLOSERS = ")）】]"
_COUNT_MAX = 30  # characters: a counter closing a line, its spaces and brackets
_READ_COUNT = re.compile(r"\s*[(（【\[]\s*(?:被阅读|阅读|浏览|点击|人气)\s*[:：]?\s*\d+\s*次?\s*[)）】\]]$")
_VISITOR = re.compile(r"第\s*\d+\s*位(?:访客|访问者|来访者|读者)")
_SITE_TALK = re.compile(r"^(?:本站|本网|欢迎(?:访问|光临|您)|您是|你是)")
_BUTTON = re.compile(r"分享|下载|收藏|点赞|评论|举报|转发|打赏|复制链接|[赞踩顶]")
_COUNTS = re.compile(r"[\d\s.kKwW万+|·/]")
_ROW_MAX = 40  # characters: a row of buttons and their counts
_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]")
_ARCHIVE_HEAD = re.compile(
    r"^(?:发信站|转信站)\s*[:：]|^栏目\s*[:：]\s*[^\s>＞»›]{1,10}(?:\s*[>＞»›]\s*[^\s>＞»›]{1,10})+$"
)
# an update stamp opening its line: the page's (`本文`, `本页`) last change or its archiving (`存档于 2024-03-21，原文
# 见 链接。`), then its day and time
_UPDATE = re.compile(
    r"^(?:本文|本页|本帖|此文|此页|文章|页面)?(?:(?:最后|最近)(?:一次)?(?:更新|编辑|修改|修订)|存档|归档)(?:于|时间|日期)?"
    r"\s*[:：]?\s*"
    r"\d{2,4}\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[，,。.;；]?\s*"
)
# what a theme says of its pages after the stamp: the articles' timeliness, errors, a comment to leave
_STAMP_REMARK = re.compile(r"文章|内容|时效|失效|错误|留言|评论|链接|原文")
_REMARK_MAX = 60  # characters: a remark of a sentence or two
_OWNER = re.compile(r"^(?:[\u4e00-\u9fff]{2,20}?(?:主管|主办|承办)\s*){1,3}$")
_WRITTEN = 60  # characters: the story's paragraphs; the notes that close the text stand below the last of them


def is_page_note(line: str) -> bool:
    """A one-claim note about the page (see the module's note)."""
    if _ENGLISH_NOTE.match(line):
        return len(line) <= ENGLISH_MAX
    if not 0 < len(line) <= NOTE_MAX:
        return False
    if not _SUBJECT.match(line):
        return False
    pieces = [p for p in _SENTENCES.split(line) if p.strip()]
    return all(_CLAIM.search(p) or makes_claim(p) for p in pieces)


def _is_button_row(line: str) -> bool:
    if len(line) > _ROW_MAX or len(_BUTTON.findall(line)) < 2:
        return False
    return not _COUNTS.sub("", _BUTTON.sub("", _EMOJI.sub("", line)))


def _is_counter_talk(line: str) -> bool:
    if "位" not in line:
        return False
    pieces = [p.strip() for p in _SENTENCES.split(line) if p.strip()]
    return (
        len(line) <= NOTE_MAX
        and bool(_VISITOR.search(line))
        and all(_VISITOR.search(p) or (_SITE_TALK.match(p) and len(p) <= 20) for p in pieces)
    )


def is_interface_line(line: str) -> bool:
    """A counter, a row of buttons, an archive's header line or an update stamp (see the module's note)."""
    return bool(
        (_closes_on_count(line) and not _READ_COUNT.sub("", line).strip())
        or _is_counter_talk(line)
        or _is_button_row(line)
        or _ARCHIVE_HEAD.match(line)
        or _is_update_stamp(line)
    )


def _is_update_stamp(line: str) -> bool:
    stamp = _UPDATE.match(line)
    if not stamp:
        return False
    remark = line[stamp.end() :]
    return not remark or (len(remark) <= _REMARK_MAX and bool(_STAMP_REMARK.search(remark)))


def station_day(line: str) -> str | None:
    """The day an archive's or a board's station line carries (`发信站: X (Mon Jan 14 10:22:13 2019), 站内`): the
    line leaves the text as an interface line, but its day is the post's when nothing else dates the page."""
    return read_date(line) if _ARCHIVE_HEAD.match(line) else None


def without_read_count(line: str) -> str:
    """`line` without a read counter closing it (`标题 (被阅读 1000 次)`)."""
    return _READ_COUNT.sub("", line) if _closes_on_count(line) else line


def _closes_on_count(line: str) -> bool:
    return line[-1:] in _CLOSERS and bool(_READ_COUNT.search(line, max(0, len(line) - _COUNT_MAX)))


def note_lines(kept: list[str]) -> set[int]:
    """The indexes of the interface lines anywhere in `kept` (the page's lines cleaning kept, '' for blanks), and of
    the notes and owner lines below the last of the story's paragraphs."""
    found = {i for i, line in enumerate(kept) if line and is_interface_line(line)}
    last = max((i for i, line in enumerate(kept) if len(line) > _WRITTEN and not is_page_note(line)), default=-1)
    found |= {i for i in range(last + 1, len(kept)) if kept[i] and (is_page_note(kept[i]) or _OWNER.match(kept[i]))}
    return found


_STOP = re.compile(r"[。！？!?][”’」』]*(?:\s*[(（][^()（）]{1,30}[)）])*")  # a stop, maybe a credit after it: `。(完)`


def without_glued_note(paragraph: str) -> str:
    """`paragraph` without a one-claim note run onto its end after a sentence's stop; unchanged when none is."""
    for stop in _STOP.finditer(paragraph, max(0, len(paragraph) - NOTE_MAX - 1)):
        tail = paragraph[stop.end() :].strip()
        if tail and is_page_note(tail):
            return paragraph[: stop.end()]
    return paragraph


# a tip box in square brackets split over lines: its label alone after the bracket (`【新闻热线`), then its
# channels (a phone number, a mailbox, an address), the bracket closing on the last
_BOX_HEAD = re.compile(r"^[【\[［]\s*[\u4e00-\u9fff]{2,6}\s*[】\]］]?$")
_BOX_CLOSE = re.compile(r"[】\]］]\s*$")
_CHANNEL = re.compile(r"\d{3,4}-?\d{6,8}|\d{5,}|[\w.-]+@[\w-]+\.[\w.]+|https?://|www\.")
_BOX_LINES = 5  # a label and up to four lines of channels


def tip_box_lines(lines: list[str]) -> set[int]:
    """The indexes of a tip box's lines in `lines` (the page's lines: cleaning may take the box's last): its label
    alone after an opening bracket, each line after it naming a channel, the last closing the bracket; a bracketed
    heading over the story's text names no phone, mailbox or address."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not line or not _BOX_HEAD.match(line) or _BOX_CLOSE.search(line):
            continue
        box = [k for k in range(i + 1, min(len(lines), i + 1 + _BOX_LINES * 2)) if lines[k]][: _BOX_LINES - 1]
        end = next((k for k in box if _BOX_CLOSE.search(lines[k])), None)
        inside = [k for k in box if end is not None and k <= end]
        if inside and all(_CHANNEL.search(lines[k]) and len(lines[k]) <= NOTE_MAX for k in inside):
            found |= {i, *inside}
    return found
