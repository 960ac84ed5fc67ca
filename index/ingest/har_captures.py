"""A browser's capture of a page's traffic (`.har`, HTTP Archive, as Chrome's, Firefox's and Safari's developer
tools save it): each article an app's API sent is an article.

An app's page shows its article from an API's JSON response, kept in the capture as a string (`log.entries[].
response.content.text`, base64 when `encoding` says so); the other responses are scripts, pictures and lists of
other headlines. An article is an object, wherever it stands in a response, holding a headline (a key named for a
title: `title`, `articleTitle`, `标题`) beside a text of two sentences or more (a key named for content: `content`,
`articleContent`, `body`, `text`, HTML or plain); a list's items, holding headlines and a summary of a line, are
none (benchmarks/layouts.py FRESH_EXPORTS_11). Its day is the key named for a publication's or a time's
(`pubTime`, `publishTime`; never an update's), a date string or seconds or milliseconds since 1970 read as the day
shown in China; its source and writer the keys so named (the site's account, `admin`, no one). The capture's own
times are when it was saved, never the article's day. A capture with no such object is reported as holding none.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator

from index.ingest.days.clock import china_moment
from index.ingest.feeds import Item
from index.ingest.xml_records import MACHINE_ACCOUNTS

_TITLE_KEY = re.compile(r"(?i)title|headline|subject|标题")
_TEXT_KEY = re.compile(r"(?i)content|body|text|正文|内容")
_DAY_KEY = re.compile(r"(?i)pub|time|date|created")
_NO_DAY_KEY = re.compile(r"(?i)update|modif|edit|expire|end|start|last|server")
_SOURCE_KEY = re.compile(r"(?i)^(?:source|media|mediaName|site|siteName|来源)$")
_AUTHOR_KEY = re.compile(r"(?i)^(?:author|writer|authorName|作者)$")
_SENTENCE_END = re.compile(r"[。！？!?]")
MAX_DEPTH = 12  # levels of nesting looked into (an API's article sits two or three down)


def _responses(capture: object) -> Iterator[object]:
    """Each JSON response body of a capture, parsed."""
    log = capture.get("log") if isinstance(capture, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        response = entry.get("response") if isinstance(entry, dict) else None
        content = response.get("content") if isinstance(response, dict) else None
        text = content.get("text") if isinstance(content, dict) else None
        if not isinstance(text, str) or not text.strip():
            continue
        if content.get("encoding") == "base64":
            try:
                text = base64.b64decode(text).decode("utf-8", errors="replace")
            except (binascii.Error, ValueError):
                continue
        try:
            yield json.loads(text)
        except (ValueError, RecursionError):
            continue


def _day(value: object) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool) or (isinstance(value, str) and value.isdigit()):
        number = float(value)
        seconds = number / 1000 if number > 1e11 else number
        moment = china_moment(seconds)
        return moment.strftime("%Y-%m-%d %H:%M:%S") if moment else ""
    return value.strip() if isinstance(value, str) and re.match(r"\s*\d{4}", value) else ""


def _article(found: dict) -> Item | None:
    """An object's article, when it holds a headline beside a text of two sentences or more."""
    strings = {key: value for key, value in found.items() if isinstance(key, str) and isinstance(value, str)}
    title = next((v for k, v in strings.items() if _TITLE_KEY.search(k) and 0 < len(v.strip()) <= 120), None)
    text = max(
        (v for k, v in strings.items() if _TEXT_KEY.search(k) and len(_SENTENCE_END.findall(v)) >= 2),
        key=len,
        default=None,
    )
    if title is None or text is None:
        return None
    fields = {"title": title.strip()}
    days = [k for k in found if isinstance(k, str) and _DAY_KEY.search(k) and not _NO_DAY_KEY.search(k)]
    for key in sorted(days, key=lambda k: not re.search(r"(?i)pub", k)):
        if day := _day(found[key]):
            fields["date"] = day
            break
    for key, value in strings.items():
        if _SOURCE_KEY.match(key) and value.strip():
            fields.setdefault("source", value.strip())
        if _AUTHOR_KEY.match(key) and value.strip() and value.strip().lower() not in MACHINE_ACCOUNTS:
            fields.setdefault("author", value.strip())
    return Item(text, fields)


def json_objects(value: object, max_depth: int = MAX_DEPTH, depth: int = 0) -> Iterator[dict]:
    """Every object in a parsed JSON `value`, outermost first, looked into `max_depth` levels down."""
    if depth > max_depth:
        return
    if isinstance(value, dict):
        yield value
        children = value.values()
    elif isinstance(value, list):
        children = value
    else:
        return
    for child in children:
        yield from json_objects(child, max_depth, depth + 1)


def articles(data: bytes) -> Iterator[Item]:
    """The articles a capture's JSON responses hold, in the order they were received."""
    try:
        capture = json.loads(data.decode("utf-8-sig", errors="replace"))
    except (ValueError, RecursionError):
        return
    for response in _responses(capture):
        for found in json_objects(response):
            if (item := _article(found)) is not None:
                yield item
