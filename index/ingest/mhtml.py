"""A web page saved by a browser as one MHTML file (`.mht`, `.mhtml`: "网页，单个文件"), or an e-mail saved by a
mail program (`.eml`: a newsletter carries its article as the message's HTML part).

The file is a MIME message: headers (the day it was saved, the page's address), then the page's HTML as one
part, quoted-printable or base64, and its style sheets and images as others. The page is the first `text/html`
part; its address is that part's `Content-Location`, else the message's `Snapshot-Content-Location`. The
`Date:` header is the day the page was saved (or the mail sent), never the article's, and is not read. A mail
without an HTML part gives its plain-text part.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass


@dataclass(frozen=True)
class SavedPage:
    html: bytes  # as the page's part holds it once its transfer encoding is undone
    address: str | None


def saved_page(data: bytes) -> SavedPage | None:
    """The HTML page an MHTML file holds, or None when it holds none."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload.strip():
            address = part.get("Content-Location") or message.get("Snapshot-Content-Location")
            return SavedPage(payload, str(address).strip() if address else None)
    return None


def plain_part(data: bytes) -> bytes | None:
    """The first non-empty `text/plain` part of a MIME message, as its transfer encoding leaves it undone."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return payload
    return None
