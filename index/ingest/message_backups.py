"""A phone's or a messenger's message backup saved as XML (an SMS backup's `<sms … body="…" date="…"/>`, a chat
export's `<message sender="…" time="…"><content>…</content></message>`): one element a message. The message
carrying a story (a mobile newspaper's, a member's forwarded article) holds three times the writing of any other
(chat_exports' rule for a chat saved as text); it is the article, its first line the headline, its time the day.
A backup of short messages only holds no story and is reported as what it is.
"""

from __future__ import annotations

import datetime
import re

from index.ingest.chat_exports import OVER_OTHERS, STORY_MIN
from index.ingest.days.clock import CHINA
from index.ingest.feeds import Item, xml_root

_WRITING = re.compile(r"[\u4e00-\u9fff]")
_TEXT_ATTRIBUTES = ("body", "text", "content", "message", "msg")
_TEXT_CHILDREN = {"content", "body", "text", "message", "msg"}
_TIME_ATTRIBUTES = ("date", "time", "timestamp", "datetime", "sent", "created", "readable_date")
_MESSAGE_TAGS = {"sms", "mms", "message", "msg", "chat_message", "record"}
_UNSUBSCRIBE = re.compile(r"^(?:回复|回)\s*\w{1,4}\s*退订|退订请?回复?\s*\w{1,4}$|^拒收请回复\s*\w{1,4}$")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _message(element) -> tuple[str, str] | None:
    """(text, time) of one message element, or None when it is no message."""
    text = next((element.get(name) for name in _TEXT_ATTRIBUTES if element.get(name)), None)
    if text is None:
        child = next((c for c in element if _local(c.tag) in _TEXT_CHILDREN), None)
        text = "".join(child.itertext()) if child is not None else None
    if not text:
        return None
    stamp = next((element.get(name) for name in _TIME_ATTRIBUTES if element.get(name)), "")
    return text, stamp


def _day(stamp: str) -> str | None:
    """The day of a message's time: milliseconds (or seconds) since 1970 as China's day, or an ISO time's day."""
    stamp = stamp.strip()
    if stamp.isdigit() and len(stamp) in (10, 13):
        seconds = int(stamp) / (1000 if len(stamp) == 13 else 1)
        return datetime.datetime.fromtimestamp(seconds, CHINA).date().isoformat()
    match = re.match(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", stamp)
    return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}" if match else None


def _writing(text: str) -> int:
    return len(_WRITING.findall(text))


def is_backup(data: bytes) -> bool:
    """`data` is an XML file of message elements (two or more)."""
    root = xml_root(data)
    return root is not None and sum(_local(e.tag) in _MESSAGE_TAGS for e in root.iter()) >= 2


def story(data: bytes) -> list[Item]:
    """The message of a backup that carries a story, as an item (its text without a subscription's `回复TD退订`
    line, its day); none when no message holds a story."""
    root = xml_root(data)
    if root is None:
        return []
    messages = [found for e in root.iter() if _local(e.tag) in _MESSAGE_TAGS and (found := _message(e))]
    sizes = sorted((_writing(text) for text, _ in messages), reverse=True)
    if not sizes or sizes[0] < STORY_MIN or (len(sizes) > 1 and sizes[0] < OVER_OTHERS * sizes[1]):
        return []
    text, stamp = next(m for m in messages if _writing(m[0]) == sizes[0])
    lines = [line.strip() for line in text.replace("\r", "").split("\n")]
    while lines and (not lines[-1] or _UNSUBSCRIBE.search(lines[-1])):
        lines.pop()
    fields = {"date": day} if (day := _day(stamp)) else {}
    return [Item("\n\n".join(line for line in lines if line), fields)]
