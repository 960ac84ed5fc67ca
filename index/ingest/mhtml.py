"""A web page saved by a browser as one MHTML file (`.mht`, `.mhtml`: "网页，单个文件").

The file is a MIME message: headers (the day it was saved, the page's address), then the page's HTML as one
part, quoted-printable or base64, and its style sheets and images as others. The page is the first `text/html`
part; its address is that part's `Content-Location`, else the message's `Snapshot-Content-Location`. The
`Date:` header is the day the page was saved, never the article's, and is not read.

An email (`.eml`: a newsletter carrying an article, a page mailed to oneself) is the same kind of MIME message:
its HTML part is read as a page, else its plain-text part as a text file (`mail_text`). Its `Date:` is the day
it was sent, not read either. A plain-text mail whose subject gives the headline after a forward's mark and a
bulletin's tag (`【每日舆情】X`, `Fwd: [周报] X`) is read from the line repeating it, the forwarder's note above it
out; its closing lines from the one that names its sender (`江城市网信办舆情科` under a bulletin forwarded by `舆情科`)
are the sender's signature, not the article's: a line of at most MAX_SIGNATURE characters among the last
SIGNATURE_LINES lines.
"""

from __future__ import annotations

import email
import email.errors
import email.header
import email.policy
import email.utils
import re
from dataclasses import dataclass

SIGNATURE_LINES = 3  # lines at the end of a mail where its signature is looked for
MAX_SIGNATURE = 30  # characters a signature's line has at most (a paragraph naming the sender stays)


@dataclass(frozen=True)
class SavedPage:
    html: bytes  # as the page's part holds it once its transfer encoding is undone
    address: str | None


def _first_part(message, content_type: str):
    """The message's first part of `content_type` with something in it, and its payload (transfer encoding
    undone), or (None, None)."""
    for part in message.walk():
        if part.get_content_type() == content_type:
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return part, payload
    return None, None


def saved_page(data: bytes) -> SavedPage | None:
    """The HTML page an MHTML file holds, or None when it holds none."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    part, payload = _first_part(message, "text/html")
    if part is None:
        return None
    address = part.get("Content-Location") or message.get("Snapshot-Content-Location")
    return SavedPage(payload, str(address).strip() if address else None)


def mail_text(data: bytes) -> bytes | None:
    """The plain-text part of an email that has no HTML part, without its sender's signature, or None when it has
    none."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    part, payload = _first_part(message, "text/plain")
    if payload is None:
        return None
    charset = part.get_content_charset() or "utf-8"
    return _unsigned(_unnoted(payload, _subject_headline(message), charset), _sender_name(message), charset)


# what a forward or a bulletin sets before the headline in a subject: `Fwd:`, `转发：`, then a tag (`【每日舆情】`)
_SUBJECT_MARKS = re.compile(
    r"^(?:\s*(?:fwd?|fw|转发|转|re|回复)\s*[:：]\s*)*(?:[【\[][^【】\[\]]{1,12}[】\]]\s*)?", re.I
)
MAX_NOTE = 3  # lines of a forwarder's note above the headline at most


def _subject_headline(message) -> str:
    """The headline a mail's subject gives after its forward marks and its bulletin's tag, "" when none."""
    try:
        subject = str(email.header.make_header(email.header.decode_header(str(message.get("Subject") or ""))))
    except (LookupError, UnicodeError, ValueError, email.errors.HeaderParseError):
        return ""
    return _SUBJECT_MARKS.sub("", " ".join(subject.split()), count=1).strip()


def _unnoted(payload: bytes, headline: str, charset: str) -> bytes:
    """`payload` from the line that repeats its subject's `headline` on, when at most MAX_NOTE lines stand above it
    (the forwarder's note: `各位领导：`, `现将今日舆情转发如下，请参阅。`)."""
    try:
        wanted = headline.encode(charset)
    except (LookupError, UnicodeError):
        return payload
    lines = payload.splitlines(keepends=True)
    at = next((i for i, line in enumerate(lines[: 4 * MAX_NOTE]) if wanted and line.strip() == wanted), None)
    if len(headline) < 6 or at is None or sum(1 for line in lines[:at] if line.strip()) > MAX_NOTE:
        return payload
    return b"".join(lines[at:])


def _sender_name(message) -> str:
    """The name the `From:` header gives its sender (`=?utf-8?b?…?=` decoded), "" when none."""
    try:
        sender = str(email.header.make_header(email.header.decode_header(str(message.get("From") or ""))))
    except (LookupError, UnicodeError, ValueError, email.errors.HeaderParseError):
        return ""
    return email.utils.parseaddr(sender)[0].strip()


def _unsigned(payload: bytes, sender: str, charset: str) -> bytes:
    """`payload` without its closing lines from the last one naming `sender`, where one of the last lines does."""
    try:
        name = sender.encode(charset)
    except (LookupError, UnicodeError):
        return payload
    lines = payload.splitlines(keepends=True)
    shown = [i for i, line in enumerate(lines) if line.strip()]
    if len(sender) < 2 or len(shown) <= SIGNATURE_LINES:  # (a mail of a few lines is no article and a signature)
        return payload
    signed = [i for i in shown[-SIGNATURE_LINES:] if name in lines[i] and len(lines[i].strip()) <= MAX_SIGNATURE * 3]
    return b"".join(lines[: signed[0]]) if signed else payload
