"""A mail message as a list archive or a mail client shows it: the message's own text, without the earlier message
it quotes, its sender's signature, the list's footer or its header block, and its subject without the list's tag.

A reply quotes the message it answers under an attribution line (`在 2020年3月30日 09:02，陈晓梅 写道：`, `On Mon,
Mar 30, 2020 at 9:02 AM 陈晓梅 <…> wrote:`, `-----原始邮件-----`), its lines marked `>`; a signature stands under a
line of two dashes (`-- `, RFC 3676's separator) and a list's footer under a rule of underscores naming the list
and how to leave it (`jc-news mailing list -- …`, `To unsubscribe …`, `您收到此邮件是因为您订阅了…`). Read as text
they were kept: the quoted request, the sender's unit and phone, the footer. The lines from an attribution line to
the end of the quoted lines under it, and everything under a signature's dashes or a footer's rule that stand
below the message's writing, are the mail's, not the text. A text that opens with a mail's header block (two or
more of `发件人：`, `收件人：`, `抄送：`, `主题：`, `From:`, `To:`, `Subject:` …) names its headline in its subject
(without a forward's `转：`, `Fwd:`), and its address lines leave the text; under a forward's rule
(`---------- Forwarded message ---------`, `-----原始邮件-----`) its day (`Date:`, `发件时间：`) and the rule leave
too: that is when the story was passed on, never the story's own day (a mail that is itself the article is dated
by its `Date:`, as before). A list's tag before the subject (`[jc-news] 标题`, `Re: [江城通讯员] 标题`) is the
list's name, not the headline's, where the page is a mail (an attribution, a signature, a footer or a header block;
elsewhere a bracket before a headline can be its own: `[视频]`).
"""

from __future__ import annotations

import re

WRITING_ABOVE = 60  # characters of writing a message has above its signature or footer at least
TAIL_MAX = 12  # non-empty lines a signature and a list's footer hold at most
HEAD_LINES = 8  # lines at the top a mail's header block stands among
_ATTRIBUTION = re.compile(
    r"^(?:在\s*.{4,40}[，,]?\s*.{1,40}写道\s*[:：]"
    r"|.{1,40}于\s*.{4,40}写道\s*[:：]"
    r"|On\s.{6,120}\swrote:"
    r"|-{3,}\s*(?:原始邮件|Original Message|Original|回复的原邮件|转发的邮件|Forwarded message)\s*-{3,})$",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"^\s*(?:>|＞)")
_SIGNATURE = re.compile(r"^--\s?$")
_RULE = re.compile(r"^_{10,}$")
_LEAVE = re.compile(r"mailing list|unsubscribe|退订|取消订阅|停止接收|订阅了", re.IGNORECASE)
_HEADER = re.compile(
    r"^(?:发件人|收件人|抄送|密送|主\s*题|发送时间|发件时间|日\s*期|From|To|Cc|Subject|Date|Sent)\s*[:：]",
    re.IGNORECASE,
)
# a header's day: when the mail was sent (or forwarded), never the day of a story it carries
_SENT = re.compile(r"^(?:发送时间|发件时间|日\s*期|Date|Sent)\s*[:：]", re.IGNORECASE)
# a forwarded message's rule over its header block (`---------- Forwarded message ---------`, `-----原始邮件-----`)
_FORWARDED = re.compile(r"^-{3,}\s*(?:原始邮件|Original Message|转发的邮件|Forwarded message)\s*-{3,}$", re.IGNORECASE)
# a forward's marks before a subject (`转：`, `转发: `, `Fwd: `, `FW: `)
_FORWARD_MARK = re.compile(r"^(?:(?:Fwd?|FW|转发|转)\s*[:：]\s*)+", re.IGNORECASE)
_ADDRESS = re.compile(r"^(?:发件人|收件人|抄送|密送|主\s*题|From|To|Cc|Subject)\s*[:：]", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:主\s*题|Subject)\s*[:：]\s*(?P<subject>.+)$", re.IGNORECASE)
_LIST_TAG = re.compile(
    r"^(?:(?:Re|Fwd?|回复|转发)\s*[:：]\s*)*\[(?P<tag>[^\[\]]{2,30})\]\s*(?P<rest>\S.*)$", re.IGNORECASE
)
# any mark of a mail at all (plain substrings: most texts have none and are passed over at once, 0.07 ms a text)
_ANY_MARKS = (
    "写道",
    "wrote:",
    "原始邮件",
    "Original",
    "Forwarded",
    "转发的邮件",
    "\n--\n",
    "\n-- \n",
    "__________",
    "发件人",
    "From:",
)
ATTRIBUTION_MAX = 160  # characters an attribution line has at most
_HAN = re.compile(r"[\u4e00-\u9fff]")


def has_marks(text: str) -> bool:
    """`text` shows any mark of a mail (an attribution, a signature's dashes, a footer's rule, a header)."""
    return any(mark in text for mark in _ANY_MARKS)


def header_lines(lines: list[str]) -> list[int]:
    """Indexes of `lines` that are a mail header's (`发件人：`, `Subject:` …)."""
    return [i for i, line in enumerate(lines) if _HEADER.match(line.strip())]


def is_sent_line(line: str) -> bool:
    """A header's line of when the mail was sent (`Date:`, `发件时间：`)."""
    return bool(_SENT.match(line.strip()))


def _header_block(lines: list[str]) -> list[int]:
    top = header_lines(lines[:HEAD_LINES])
    return top if len(top) >= 2 else []


def subject(lines: list[str]) -> str | None:
    """The subject a mail's header block at the top of `lines` names, without a forward's marks (`转：`,
    `Fwd:`), else None."""
    for i in _header_block(lines):
        if match := _SUBJECT.match(lines[i].strip()):
            return _FORWARD_MARK.sub("", match["subject"].strip()) or match["subject"].strip()
    return None


def mail_lines(lines: list[str]) -> set[int]:
    """Indexes of `lines` (a text's lines as written, its `>` marks on) that are the mail's: its header block's
    address lines, the quoted message under an attribution line, and a signature or a list's footer under the
    text's writing."""
    block = _header_block(lines)
    out = {i for i in block if _ADDRESS.match(lines[i].strip())}
    forwarded = {i for i in range(min(block, default=0)) if _FORWARDED.match(lines[i].strip())}
    if forwarded:  # a forward's day is when it was passed on, not the day of the story it carries
        out |= forwarded | {i for i in block if _SENT.match(lines[i].strip())}
    for i, line in enumerate(lines):
        marked = "写道" in line or "wrote:" in line or "---" in line
        if marked and len(line) <= ATTRIBUTION_MAX and _ATTRIBUTION.match(line.strip()):
            end = i + 1
            while end < len(lines) and (not lines[end].strip() or _QUOTED.match(lines[end])):
                end += 1
            if any(_QUOTED.match(lines[k]) for k in range(i + 1, end)) or end == len(lines):
                out.update(range(i, end))
    written = 0
    shown = [i for i, line in enumerate(lines) if line.strip()]
    for n, i in enumerate(shown):
        stripped = lines[i].strip()
        signature, rule = _SIGNATURE.match(lines[i]), _RULE.match(stripped)
        if not signature and not rule:
            if written < WRITING_ABOVE and i not in out:
                written += len(_HAN.findall(stripped))
            continue
        tail = shown[n + 1 :]
        if (
            written >= WRITING_ABOVE
            and len(tail) <= TAIL_MAX
            and (signature or any(_LEAVE.search(lines[k]) for k in tail))
        ):
            out.update(range(i, len(lines)))
            break
    return out


def is_mail(lines: list[str]) -> bool:
    """`lines` (as written) show a mail: a header block, an attribution line, a signature or a list's footer."""
    return bool(_header_block(lines)) or bool(mail_lines(lines))


def without_list_tag(title: str) -> str:
    """A mail's subject without a list's tag before it (`[jc-news] 标题`, `Re: [江城通讯员] 标题`)."""
    match = _LIST_TAG.match(title)
    return match["rest"] if match else title
