"""A forwarded mail read as text: the forwarded message is the story, the forward around it is not.

A forward opens with its own header (`主题: 转发: X`, `Subject: Fwd: X`) and the forwarder's note (`供参考。`,
`各位同事：转发这篇报道…`), then a separator (`-----原始邮件-----`, `------------------ 原始邮件 ------------------`,
`---------- Forwarded message ---------`, `Begin forwarded message:`, `开始转发的邮件：`, Outlook's rule of
underscores) over the forwarded message's header block (`发件人:`, `发送时间:`, `收件人:`, `主题: X`) and its text,
quoted `> ` by some clients. The forwarded message is read alone, unquoted, its header giving the headline and
the day (mail_messages reads it as any mail's header) unless the story under the header opens on a dateline of
its own (`2020-03-02 08:00　来源：江城日报` under its headline): the header's day is then when the story was mailed,
not its own, and leaves with the header's other lines; what stands above the separator leaves. A separator that
names no forward (`原始邮件`, the rule) is a forward's only where the subject above says so (`Fwd:`, `FW:`, `转发`) or
the message under it holds three times the writing above (else it is a reply's quote: mail_messages). A mail
client's tagline closing the text (`发自我的iPhone`, `Sent from my iPhone`) leaves it.
"""

from __future__ import annotations

import re

from index.ingest.days import has_day
from index.ingest.mail_messages import HEAD_LINES, header_lines, is_sent_line

_FORWARD = re.compile(
    r"^\s*(?:-{2,}\s*(?:Forwarded message|转发的邮件|转发邮件信息?)\s*-{2,}|Begin forwarded message\s*:|"
    r"(?:开始|以下是)转发的邮件\s*[:：]?)\s*$",
    re.IGNORECASE,
)
_ORIGINAL = re.compile(r"^\s*(?:-{2,}\s*(?:原始邮件|Original Message|原邮件)\s*-{2,}|_{20,})\s*$", re.IGNORECASE)
_FORWARDED_SUBJECT = re.compile(r"^(?:主\s*题|Subject)\s*[:：]\s*(?:Fwd?|FW|转发)\s*[:：]", re.IGNORECASE)
_QUOTE = re.compile(r"^\s*(?:>|＞) ?")
_TAGLINE = re.compile(
    r"^(?:发自|来自|Sent from)\s*(?:我的|my\s+)?\s*(?:iPhone|iPad|Android|华为|小米|HUAWEI|荣耀|OPPO|vivo|"
    r"\S{0,8}(?:手机|邮箱|客户端|邮箱大师|Outlook|Mail)).{0,20}$",
    re.IGNORECASE,
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
OVER_NOTE = 3  # times the writing above it a message under a separator that names no forward holds at least
DATELINE_AMONG = 3  # lines under the forwarded header a story's own dateline stands among (its headline, then it)
DATELINE_MAX = 40  # characters a dateline holds at most (a sentence naming a day is no dateline)


def _writing(lines: list[str]) -> int:
    return sum(len(_HAN.findall(line)) for line in lines)


def unforwarded(text: str) -> str:
    """The forwarded message of a forward as text (its header and text, unquoted, without a client's tagline);
    any other text as it is."""
    if not any(mark in text for mark in ("---", "___", "forwarded", "Forwarded", "转发")):
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        named, original = _FORWARD.match(line), _ORIGINAL.match(line)
        if not named and not original:
            continue
        below = lines[k + 1 :]
        quoted = [line for line in below if line.strip()]
        if quoted and sum(bool(_QUOTE.match(line)) for line in quoted) >= 0.8 * len(quoted):
            below = [_QUOTE.sub("", line, count=1) for line in below]
        at = [i for i, line in enumerate(below) if line.strip()]  # where each shown line stands in `below`
        shown = [below[i] for i in at]
        head = header_lines(shown[:HEAD_LINES])
        if len(head) < 2:
            continue
        above = lines[:k]
        said = any(_FORWARDED_SUBJECT.match(line.strip()) for line in above)
        if original and not said and _writing(below) < OVER_NOTE * max(1, _writing(above)):
            continue
        while below and (not below[-1].strip() or _TAGLINE.match(below[-1].strip())):
            below.pop()
        opening = shown[max(head) + 1 : max(head) + 1 + DATELINE_AMONG]
        if any(len(line.strip()) <= DATELINE_MAX and has_day(line) for line in opening):  # the story dates itself
            sent = {at[j] for j in head if is_sent_line(shown[j])}
            below = [line for i, line in enumerate(below) if i not in sent]
        return "\n".join(below).strip("\n") + "\n"
    return text
