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
`网页链接`, `全文`) are the platform's, not the post's. A JSON file with no post in it is skipped, saying what it
held instead (`a list of 3 objects with keys id, name, price`).
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator

from index.ingest.feeds import Item

_TEXT_KEYS = ("full_text", "text", "content", "raw_text", "body", "message")
_TIME_KEYS = ("created_at", "createdAt", "create_time", "created_time", "publish_time", "pub_time", "time", "date")
_TIME_KEYS += ("timestamp", "created")
_USER_KEYS = ("user", "author", "account", "owner")
_NAME_KEYS = ("screen_name", "name", "nickname", "nick", "display_name")
_WRAPPER = re.compile(r"^\s*[\w$.\[\]\"']+\s*=\s*")  # `window.YTD.tweets.part0 = `
_HEADLINE = re.compile(r"^\s*【(?P<title>[^【】\n]{6,80})】\s*")
# the links a platform sets after a post's last words (a topic `#江城新闻#`, `网页链接`, `全文`, a place): its own
_TRAILING_LINKS = re.compile(r"(?:\s|<br\s*/?>|<a\b[^>]*>[^<]{0,40}</a>)+$", re.IGNORECASE)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CHINA = datetime.timezone(datetime.timedelta(hours=8))  # seconds since 1970 as the day shown in China
MAX_DEPTH = 12  # levels of nesting looked into: an API's page holds its posts three or four down
MIN_WRITING = 10  # Chinese characters a post's text holds at least (a photo's `分享图片` is none)


def loads(data: bytes) -> object | None:
    """The JSON value a file holds (after a script's `name = ` and before its `;`), None when it holds none."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    text = _WRAPPER.sub("", text, count=1) if not text.lstrip().startswith(("[", "{")) else text
    try:
        return json.loads(text.strip().rstrip(";"))
    except (json.JSONDecodeError, RecursionError):
        pass
    try:  # JSON Lines under a `.json` name
        return [json.loads(line) for line in text.splitlines() if line.strip()] or None
    except (json.JSONDecodeError, RecursionError):
        return None


def _day(value: object) -> str | None:
    """A post's day from its time: seconds or milliseconds since 1970 as China's day; a string as it reads."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.datetime.fromtimestamp(seconds, _CHINA).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _writer(post: dict) -> str | None:
    for key in _USER_KEYS:
        user = post.get(key)
        if isinstance(user, str) and user.strip():
            return user.strip()
        if isinstance(user, dict):
            name = next((user[k] for k in _NAME_KEYS if isinstance(user.get(k), str) and user[k].strip()), None)
            if name:
                return name.strip()
    return None


def _post(value: object) -> Item | None:
    """A post object as an item, None when `value` is no post (no text with writing, or no time beside it)."""
    if not isinstance(value, dict):
        return None
    text = next((value[k] for k in _TEXT_KEYS if isinstance(value.get(k), str) and value[k].strip()), None)
    when = next((value[k] for k in _TIME_KEYS if value.get(k) not in (None, "")), None)
    if text is None or when is None or len(_HAN.findall(text)) < MIN_WRITING:
        return None
    text = _TRAILING_LINKS.sub("", text) or text
    fields = {}
    if day := _day(when):
        fields["date"] = day
    if writer := _writer(value):
        fields["owner"] = writer
    if isinstance(value.get("title"), str) and value["title"].strip():
        fields["title"] = value["title"].strip()
    elif headline := _HEADLINE.match(text):
        fields["title"], text = headline["title"].strip(), text[headline.end() :]
    return Item(text, fields)


def _found(value: object, depth: int = 0) -> Iterator[Item]:
    if depth > MAX_DEPTH:
        return
    if (post := _post(value)) is not None:
        yield post
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    for child in children:
        if isinstance(child, dict | list):
            yield from _found(child, depth + 1)


def posts(data: bytes) -> Iterator[Item]:
    """The posts of a JSON backup, in the file's order; nothing when it holds none."""
    value = loads(data)
    if value is not None:
        yield from _found(value)


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
