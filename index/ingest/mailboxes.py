"""A mailbox saved as one file (`.mbox`: a mail client's folder, a mailing list's archive): each message an article.

Messages follow one another, each under a separator line `From <sender> <asctime>` (`From liming@x.cn Mon Mar 30
10:05:00 2020`, Thunderbird's `From - …`); a line of a message's text that opens with `From ` is written `>From `
(mboxrd) and is read back without its `>`. A message is read as an email file is (index/ingest/mhtml.py): its
HTML part as a page, else its plain-text part. Its subject (RFC 2047's `=?gb2312?B?…?=`, without a reply's or a
forward's marks and a list's `[tag]`) is its headline, or the line of its text the subject wraps in an app's
words (`好友向您分享：X`); its `Date:` (else its separator's time) the day it was filed, standing for the
article's only where the text names no day of its own (a newsletter carrying a story keeps the story's day); its
sender's display name the article's writer when it is a person's name (`李明`), never an office's
(`江城日报社办公室`).

Chinese mail declares GB2312 for text its senders type in GBK (a rare character of a name): the GB family is read
as GB18030, its superset. A message whose bytes are invalid in its charset is read through them (U+FFFD) and
said to be damaged; a message that cannot be parsed at all is reported and the rest of the mailbox read.
"""

from __future__ import annotations

import codecs
import datetime
import email
import email.header
import email.policy
import email.utils
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from index.ingest import bylines
from index.ingest.feeds import Item

# `From liming@x.cn Mon Mar 30 10:05:00 2020`, `From - Mon Mar 30 10:05:00 2020`: a sender (or `-`), then a time
_SEPARATOR = re.compile(rb"^From \S{1,200}[ \t]+[^\r\n]{0,60}?\d{1,2}:\d{2}[^\r\n]{0,60}?\d{4}[ \t]*\r?$", re.MULTILINE)
_ASCTIME = re.compile(r"\b([A-Z][a-z]{2})\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[A-Z]{3,4}\s+)?(\d{4})\b")
_ESCAPED = re.compile(rb"^>(>*From )", re.MULTILINE)  # mboxrd's `>From `: a line of the text
# a reply's and a forward's marks and a list's tag before a subject (`Re: [jc-news] `, `转发：`, `FW: `)
_SUBJECT_MARKS = re.compile(r"^(?:\s*(?:(?:Re|Fwd?|FW|回复|答复|转发)\s*[:：]|\[[^\[\]]{1,30}\]))+\s*", re.IGNORECASE)
_GB = {"gb2312", "gbk", "cp936", "gb_2312-80", "x-gbk", "euc-cn", "gb18030", "chinese"}
FIRST_BYTES = 4096  # bytes of a file looked at for its first separator
_TAG = re.compile(r"<[^>]*>")
HEAD_CHARACTERS = 20_000  # of a message's text looked at for its headline
HEAD_LINES = 12  # of its first lines
MIN_HEADLINE = 6  # characters


@dataclass(frozen=True)
class Damaged:
    """A message that could not be read: where it is (its number in the mailbox) and why."""

    number: int
    reason: str


def is_mailbox(data: bytes) -> bool:
    """`data` opens with a mailbox's separator line (after blank lines at most)."""
    head = data[:FIRST_BYTES].lstrip()
    return bool(_SEPARATOR.match(head))


def _codec(charset: str | None) -> str | None:
    """The codec to read a declared charset with (the GB family as GB18030), None when Python knows none."""
    name = (charset or "").strip().strip('"').lower()
    if name in _GB:
        return "gb18030"
    try:
        return codecs.lookup(name).name if name else None
    except LookupError:
        return None


def _decoded(raw: bytes, charset: str | None) -> tuple[str, int]:
    """`raw` read in its charset (UTF-8, else GB18030, when none is declared or known), and how many invalid
    sequences were read as U+FFFD."""
    codec = _codec(charset)
    for name in [codec] if codec else ["utf-8", "gb18030"]:
        try:
            return raw.decode(name), 0
        except UnicodeDecodeError:
            continue
    name = codec or "gb18030"
    text = raw.decode(name, errors="replace")
    return text, text.count("\ufffd") - raw.decode(name, errors="ignore").count("\ufffd")


def header_text(value: object) -> tuple[str, int]:
    """A header's words with RFC 2047's encoded words read (`=?GBK?Q?…?=`), and the invalid sequences among them."""
    if value is None:
        return "", 0
    parts, damage = [], 0
    try:
        pieces = email.header.decode_header(str(value))
    except (ValueError, LookupError, UnicodeError):
        return str(value), 0
    for piece, charset in pieces:
        if isinstance(piece, bytes):
            text, bad = _decoded(piece, charset)
            parts.append(text)
            damage += bad
        else:
            parts.append(piece)
    return re.sub(r"\s+", " ", "".join(parts)).strip(), damage


def subject_title(subject: str) -> str:
    """A subject as a headline: without a reply's or forward's marks and a list's tag (`Re: [jc-news] X` -> X)."""
    return _SUBJECT_MARKS.sub("", subject).strip()


def _headline(subject: str, text: str) -> str:
    """The message's headline: a line among the first of its text that its subject wraps in the sender's or an
    app's words (`好友向您分享：X`, `X - 江城新闻`) is the headline; else the subject."""
    shown = html.unescape(_TAG.sub("\n", text[:HEAD_CHARACTERS]))
    lines = [line.strip() for line in shown.splitlines() if line.strip()][:HEAD_LINES]
    wrapped = [line for line in lines if len(line) >= MIN_HEADLINE and line in subject and line != subject]
    return max(wrapped, key=len, default=subject)


def _day(value: object) -> str | None:
    """The day of a `Date:` header, as the sender's clock gave it."""
    try:
        sent = email.utils.parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return sent.date().isoformat() if sent else None


def _writer(value: object) -> str | None:
    """The sender's display name when it is a person's (`"李明" <liming@…>`), else None."""
    name = header_text(email.utils.parseaddr(header_text(value)[0] if value else "")[0])[0].strip(" \"'")
    return name if name and bylines.is_name(name, after_role=False) else None


def _body(message) -> tuple[str, int] | None:
    """The message's HTML part, else its plain-text part, read in its charset; None when it has neither."""
    for wanted in ("text/html", "text/plain"):
        for part in message.walk():
            if part.get_content_type() != wanted:
                continue
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return _decoded(payload, part.get_content_charset())
    return None


def _separator_day(line: bytes) -> str | None:
    """The day of a separator line's time (`From x Mon Mar 30 10:05:00 2020`): the day the message was filed."""
    match = _ASCTIME.search(line.decode("ascii", "replace"))
    if match is None:
        return None
    try:
        return datetime.datetime.strptime(f"{match[1]} {match[2]} {match[3]}", "%b %d %Y").date().isoformat()
    except ValueError:
        return None


def _chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """Each message's separator line and bytes, the separator taken off and its `>From ` lines read back."""
    starts = list(_SEPARATOR.finditer(data))
    for match, following in zip(starts, [*starts[1:], None][: len(starts)], strict=True):
        end = following.start() if following else len(data)
        yield match.group(), _ESCAPED.sub(rb"\1", data[match.end() : end].lstrip(b"\r\n"))


def messages(data: bytes) -> Iterator[Item | Damaged]:
    """The messages of a mailbox in order: an Item each (its `damaged` saying what was read through), a Damaged
    for each that holds no text or cannot be parsed; nothing when `data` is no mailbox."""
    for number, (separator, chunk) in enumerate(_chunks(data), start=1):
        try:
            message = email.message_from_bytes(chunk, policy=email.policy.compat32)
            body = _body(message)
            subject, subject_damage = header_text(message.get("Subject"))
            title = _headline(subject_title(subject), body[0]) if body else subject_title(subject)
            fields = {"title": title, "filed": _day(message.get("Date")) or _separator_day(separator) or ""}
            fields["owner"] = _writer(message.get("From")) or ""
        except Exception as error:  # noqa: BLE001 - a broken message must not cost the mailbox's others
            yield Damaged(number, f"unreadable message: {type(error).__name__}")
            continue
        if body is None:
            yield Damaged(number, "no HTML or text part in the message")
            continue
        text, damage = body
        damage += subject_damage
        said = f"{damage} invalid byte sequence{'s' * (damage != 1)} read as U+FFFD in message {number}"
        yield Item(text, {key: value for key, value in fields.items() if value}, said if damage else "")
