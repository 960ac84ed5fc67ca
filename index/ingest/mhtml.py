"""A web page saved by a browser as one MHTML file (`.mht`, `.mhtml`: "网页，单个文件").

The file is a MIME message: headers (the day it was saved, the page's address), then the page's HTML as one
part, quoted-printable or base64, and its style sheets and images as others. The page is the first `text/html`
part; its address is that part's `Content-Location`, else the message's `Snapshot-Content-Location`. The
`Date:` header is the day the page was saved, never the article's, and is not read.

An email (`.eml`: a newsletter carrying an article, a page mailed to oneself) is the same kind of MIME message:
its HTML part is read as a page, else its plain-text part as a text file (`mail_text`). Its `Date:` is the day
it was sent, not read either.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass


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
    """The plain-text part of an email that has no HTML part, or None when it has none."""
    return _first_part(email.message_from_bytes(data, policy=email.policy.compat32), "text/plain")[1]
