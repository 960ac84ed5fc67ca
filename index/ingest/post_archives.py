"""A backup of social posts saved as JSON (a microblog account's archive, a platform's data download, a page of posts
saved from its API): each post an article.

Archives differ in shape: a list of posts, an object holding them (`{"statuses": […]}`, `{"data": {"cards":
[{"mblog": {…}}]}}`), each post wrapped (`[{"tweet": {…}}]`), a script's assignment before the list
(`window.YTD.tweets.part0 = […]`), JSON Lines under a `.json` name. What they share is the post: an object with
its text (`text`, `full_text`, `content`, as the site's HTML, `<br />` a line) beside its time (`created_at`: `Mon
Mar 30 10:24:00 +0800 2020`, `2020-03-30 10:24`, seconds or milliseconds since 1970). Every such object, wherever
it stands, is a post (a post quoted inside another is its own); its time the day; its user's name
(`user.screen_name`, `user.name`, `author`) the writer of what it credits to no one; a headline in `【】` opening
its text (a microblog's way to title a post: `【江城召开防汛工作会议】3月5日上午…`) its headline when six or more
characters long (`【提示】`, `【转】` are tags). The links a platform sets after a post's last words (a topic,
`网页链接`, `全文`) are the platform's, not the post's. A chat's messages saved as JSON (a messenger's export,
`{"messages": [{"date": …, "from": …, "text": …}]}`, a phone backup's `nickname`/`content`/`createTime`: two or
more senders named beside their texts) are no posts: they are read as the chat's text export would be
(index/ingest/chat_exports.py), the one message carrying a story the article. A note app's export (Google Keep's
Takeout, a note a file: `title`, `textContent`, `createdTimestampUsec`; an app's `{"activeNotes": […]}` or `{"notes":
[…]}`; a record typed `note`) holds notes, not posts: a note's times are when it was made and edited, never the
day of the article pasted into it, which its text's own day line gives (its time stands only where the text names
no day, as an `.enex` note's does); its empty title is none, its text's first line the headline. A JSON file with
no post in it is
skipped, saying what it held instead (`a list of 3 objects with keys id, name, price`). A backup in GBK is read as
GB18030; a UTF-8 one with a few invalid bytes is read through them (U+FFFD), said in the build report, its posts
kept.

A collection exported by mongoexport (one object a line, or `--jsonArray`) writes its values in MongoDB's extended
JSON: `{"$date": "2019-03-05T16:30:00Z"}`, `{"$date": {"$numberLong": "1551803400000"}}`, `{"$oid": …}`; each is
read as the value it wraps, a zoned time as the day it names on China's clock (2019-03-06 there), and the
collection's fields may be named in Chinese (`标题`, `正文`, `发布时间`). Of several times beside a text, the one
named for a publication is the post's, never a crawl's or an update's (`crawlTime`, `采集时间`, `updated_at`).
(benchmarks/layouts.py FRESH_EXPORTS_13: such exports lost every day, or were skipped whole.)
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from index.ingest.chat_exports import story_message
from index.ingest.days.clock import CHINA, china_moment
from index.ingest.feeds import Item

_TEXT_KEYS = ("full_text", "text", "content", "raw_text", "body", "message", "textContent", "正文", "内容")
_TITLE_KEYS = ("title", "标题")
_TIME_KEYS = ("created_at", "createdAt", "create_time", "created_time", "publish_time", "pub_time", "time", "date")
_TIME_KEYS += ("timestamp", "created")
_TIME_NAME = re.compile(r"time|date|created|时间|日期", re.IGNORECASE)
# a time that is no post's: a crawler's, an update's, an expiry's (`crawlTime`, `采集时间`, `updated_at`)
_NOT_POSTED = re.compile(r"crawl|fetch|spider|scrap|update|modif|edit|expir|采集|抓取|入库|更新|修改", re.IGNORECASE)
_POSTED = re.compile(r"pub|post|release|发布|发表", re.IGNORECASE)
# MongoDB's extended JSON: an object of one `$` key wrapping a value (mongoexport's `{"$date": …}`)
_WRAPPED = {"$date", "$numberLong", "$numberInt", "$numberDouble", "$numberDecimal", "$oid", "$timestamp"}
_USER_KEYS = ("user", "author", "account", "owner")
_NAME_KEYS = ("screen_name", "name", "nickname", "nick", "display_name")
# who sent a chat's message (`from`, a backup's `nickname`): before its account (`talker` names the chat itself)
_SENDER_KEYS = ("from", "sender", "sender_name", "from_name", "nickname", "nick")
_UNNAMED = re.compile(r"[\s:：，。！？!?\"“”]+")  # what a chat export's sender name never holds
_ISO_TIME = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}:\d{2}(?::\d{2})?)")
_WRAPPER = re.compile(r"^\s*[\w$.\[\]\"']+\s*=\s*")  # `window.YTD.tweets.part0 = `
_HEADLINE = re.compile(r"^\s*【(?P<title>[^【】\n]{6,80})】\s*")
# the links a platform sets after a post's last words (a topic `#江城新闻#`, `网页链接`, `全文`, a place): its own
_TRAILING_LINKS = re.compile(r"(?:\s|<br\s*/?>|<a\b[^>]*>[^<]{0,40}</a>)+$", re.IGNORECASE)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NOTES = re.compile(r"(?i)notes?$")  # what a note app calls its notes: `activeNotes`, `notes`, `"type": "note"`
MAX_DEPTH = 12  # levels of nesting looked into: an API's page holds its posts three or four down
MAX_DAMAGED = 64  # invalid sequences a UTF-8 backup is read through: at most this many, and 1 in 500 bytes
MIN_DAMAGED = 8  # (or this many in a short one), as sources.py reads a page
MIN_WRITING = 10  # Chinese characters a post's text holds at least (a photo's `分享图片` is none)


def _text_of(data: bytes) -> tuple[str, int]:
    """A JSON file's text and how many invalid sequences were read as U+FFFD: UTF-8 with a few of them (a broken
    character or two in a backup of UTF-8 posts), else GB18030 (a Chinese tool's backup), else UTF-8 through them
    all."""
    text = data.decode("utf-8-sig", errors="replace")
    invalid = text.count("\ufffd") - data.decode("utf-8-sig", errors="ignore").count("\ufffd")
    if invalid <= min(MAX_DAMAGED, max(MIN_DAMAGED, len(data) // 500)):
        return text, invalid
    try:
        return data.decode("gb18030"), 0
    except UnicodeDecodeError:
        return text, invalid


def damage(data: bytes) -> str:
    """What of a JSON file was invalid and read as U+FFFD, for the build report ("" when nothing was)."""
    count = _text_of(data)[1]
    return f"{count} invalid byte sequence{'s' * (count != 1)} read as U+FFFD (utf-8)" if count else ""


def _unwrapped(value: dict) -> object:
    """An object as read: the value an extended JSON wrapper holds (`{"$numberLong": "155…"}` the number,
    `{"$date": …}` the time, `{"$oid": …}` the id), any other object as it is."""
    if len(value) != 1 or next(iter(value)) not in _WRAPPED:
        return value
    key, inner = next(iter(value.items()))
    if key.startswith("$number") and isinstance(inner, str):
        try:
            return float(inner) if key in ("$numberDouble", "$numberDecimal") else int(inner)
        except ValueError:
            return inner
    if key == "$timestamp" and isinstance(inner, dict):  # `{"t": seconds, "i": order}`
        return inner.get("t")
    return inner


def loads(data: bytes) -> object | None:
    """The JSON value a file holds (after a script's `name = ` and before its `;`), None when it holds none."""
    text = _text_of(data)[0]
    text = _WRAPPER.sub("", text, count=1) if not text.lstrip().startswith(("[", "{")) else text
    try:
        return json.loads(text.strip().rstrip(";"), object_hook=_unwrapped)
    except (json.JSONDecodeError, RecursionError):
        pass
    try:  # JSON Lines under a `.json` name
        return [json.loads(line, object_hook=_unwrapped) for line in text.splitlines() if line.strip()] or None
    except (json.JSONDecodeError, RecursionError):
        return None


def _zoned(value: str) -> datetime.datetime | None:
    """An ISO time with its zone (`2019-03-05T16:30:00Z`, `…+00:00`) as the moment on China's clock; None for any
    other string (a time without a zone is already the writer's clock)."""
    text = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})", text):
        return None
    try:
        return datetime.datetime.fromisoformat(text.replace(" Z", "Z")).astimezone(CHINA)
    except ValueError:
        return None


def _day(value: object) -> str | None:
    """A post's day from its time: seconds or milliseconds since 1970 as China's day; a string as it reads."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int | float):  # microseconds (Keep's `…TimestampUsec`), milliseconds or seconds
        seconds = value / 10**6 if value > 10**14 else value / 1000 if value > 10**11 else value
        moment = china_moment(seconds)
        return moment.date().isoformat() if moment else None
    if isinstance(value, str) and (moment := _zoned(value)):
        return moment.date().isoformat()
    return value.strip() if isinstance(value, str) and value.strip() else None


def _stamp(value: object) -> str | None:
    """A message's time as a chat export's text writes it (`2020-03-30 10:24:05`), None when it reads as none."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int | float):
        when = china_moment(value / 1000 if value > 10**11 else value)
        return when.strftime("%Y-%m-%d %H:%M:%S") if when else None
    if not isinstance(value, str):
        return None
    if moment := _zoned(value):
        return moment.strftime("%Y-%m-%d %H:%M:%S")
    if match := _ISO_TIME.search(value):
        return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d} {match[4]}"
    try:  # `Mon Mar 30 10:24:00 +0800 2020`
        return datetime.datetime.strptime(value.strip(), "%a %b %d %H:%M:%S %z %Y").strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None


def _writer(post: dict, keys: tuple[str, ...] = _USER_KEYS) -> str | None:
    for key in keys:
        user = post.get(key)
        if isinstance(user, str) and user.strip():
            return user.strip()
        if isinstance(user, dict):
            name = next((user[k] for k in _NAME_KEYS if isinstance(user.get(k), str) and user[k].strip()), None)
            if name:
                return name.strip()
    return None


def _text(value: object) -> str | None:
    """A text field's words: a string, or a list of strings and marked-up pieces (`{"type": "link", "text": …}`)."""
    if isinstance(value, list):
        value = "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in value if isinstance(p, str | dict))
    return value if isinstance(value, str) and value.strip() else None


@dataclass(frozen=True)
class _Found:
    """An object with a text beside a time: a post, or a chat's message."""

    text: str
    when: object
    sender: str | None  # a chat message's sender (`from`, `nickname`: a name beside the text)
    owner: str | None  # the post's writer: its sender, else its account (`user.screen_name`)
    title: str | None
    note: bool = False  # a note app's note: its time is its own, not its text's


def _when(post: dict) -> object:
    """A post's time: under a known key, else under another tool's name for it (`createTime`, `publishTime`,
    `发布时间`), a publication's before any other and a crawl's or an update's only when it has no other; None
    when it has none."""
    when = next((post[k] for k in _TIME_KEYS if post.get(k) not in (None, "")), None)
    if when is not None:
        return when
    named = [(str(k), v) for k, v in post.items() if _TIME_NAME.search(str(k)) and v not in (None, "")]
    named = [(k, v) for k, v in named if not isinstance(v, dict | list)]
    ranked = sorted(named, key=lambda kv: (not _POSTED.search(kv[0]), bool(_NOT_POSTED.search(kv[0]))))
    return ranked[0][1] if ranked else None


def _is_note(value: dict, within: str) -> bool:
    """A note app's record: held under its notes' key, typed as a note, or Keep's (its text `textContent`)."""
    typed = value.get("type") or value.get("content_type")
    return bool(_NOTES.search(within)) or (isinstance(typed, str) and typed.lower() == "note") or "textContent" in value


def _found(value: object, depth: int = 0, within: str = "") -> Iterator[_Found]:
    """Each object with a text beside a time in `value`, `within` the key that holds it."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, dict):
        text = next((t for k in _TEXT_KEYS if (t := _text(value.get(k))) is not None), None)
        when = _when(value)
        if text is not None and when is not None:
            title = next((value[k] for k in _TITLE_KEYS if isinstance(value.get(k), str)), None)
            sender = _writer(value, _SENDER_KEYS)
            yield _Found(text, when, sender, sender or _writer(value), title, _is_note(value, within))
    children = (
        value.items() if isinstance(value, dict) else ((within, v) for v in value) if isinstance(value, list) else ()
    )
    for key, child in children:
        if isinstance(child, dict | list):
            yield from _found(child, depth + 1, str(key))


def _post(found: _Found) -> Item | None:
    """A post as an item, None when its text holds too little writing to be one."""
    if len(_HAN.findall(found.text)) < MIN_WRITING:
        return None
    text = _TRAILING_LINKS.sub("", found.text) or found.text
    fields = {}
    if day := _day(found.when):
        fields["filed" if found.note else "date"] = day
    if found.owner:
        fields["owner"] = found.owner
    if found.title and found.title.strip():
        fields["title"] = found.title.strip()
    elif headline := _HEADLINE.match(text):
        fields["title"], text = headline["title"].strip(), text[headline.end() :]
    return Item(text, fields)


def _chat_story(messages: list[_Found]) -> Item | None:
    """A chat's messages written as its text export would be (`2020-03-30 10:24:05 王海燕:` over each), read by
    chat_exports' rule: the message (a sender's turn) carrying the story, under its stamp; None when none does."""
    lines = []
    for message in messages:
        stamp = _stamp(message.when) or ""
        sender = _UNNAMED.sub("_", message.sender or "")[:20]
        lines += [f"{stamp} {sender}:", *message.text.strip().splitlines(), ""]
    text = "\n".join(lines)
    story = story_message(text)
    return None if story == text else Item(story)


def posts(data: bytes) -> Iterator[Item]:
    """The posts of a JSON backup, in the file's order; nothing when it holds none. A chat's messages (two or more
    senders named beside their texts, no title among them; a feed's posts name their accounts in a `user` object)
    give the one message carrying a story, if any."""
    value = loads(data)
    if value is None:
        return
    found = list(_found(value))
    if len({f.sender for f in found if f.sender}) >= 2 and not any(f.title for f in found):
        if story := _chat_story(found):
            yield story
        return
    yield from (post for f in found if (post := _post(f)) is not None)


def shape(data: bytes) -> str:
    """What a JSON file with no post holds, for the build report: `a list of 3 objects with keys id, name`."""
    value = loads(data)
    if value is None:
        return "no JSON value"
    if isinstance(value, list):
        keys = sorted({k for v in value[:50] if isinstance(v, dict) for k in v})
        kinds = "objects" if keys else "values"
        listed = f" with keys {', '.join(keys[:8])}" + (", …" if len(keys) > 8 else "") if keys else ""
        return f"a list of {len(value)} {kinds}{listed}"
    if isinstance(value, dict):
        keys = list(value)[:8]
        return f"an object with keys {', '.join(map(str, keys))}" + (", …" if len(value) > 8 else "")
    return f"a JSON {type(value).__name__}"
