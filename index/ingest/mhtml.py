"""A web page saved by a browser as one MHTML file (`.mht`, `.mhtml`: "网页，单个文件").

The file is a MIME message: headers (the day it was saved, the page's address), then the page's HTML as one
part, quoted-printable or base64, and its style sheets and images as others. The page is the first `text/html`
part; its address is that part's `Content-Location`, else the message's `Snapshot-Content-Location`. The
`Date:` header is the day the page was saved, never the article's, and is not read.

An email (`.eml`: a newsletter carrying an article, a page mailed to oneself) is the same kind of MIME message:
its HTML part is read as a page, else its plain-text part as a text file (`mail_text`). Its `Date:` is the day
it was sent, not read either. A plain-text mail's closing lines from the one that names its sender (`江城市网信办舆情科`
under a bulletin forwarded by `舆情科`) are the sender's signature, not the article's: a line of at most
MAX_SIGNATURE characters among the last SIGNATURE_LINES lines.
"""

from __future__ import annotations

import email
import email.errors
import email.header
import email.policy
import email.utils
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
    return _unsigned(payload, _sender_name(message), part.get_content_charset() or "utf-8")


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
