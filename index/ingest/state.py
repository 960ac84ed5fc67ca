"""An app's article in its page's script state.

A single-page app saved as its HTML shows a shell (a tab bar, `正在加载...`, an app prompt) and holds the article
only in the JSON its script hands the app: `window.__INITIAL_STATE__ = {…}`, `window.__DATA__ = {…}`, a
`<script type="application/json">`. The article there is the record (a JSON object) with the longest piece of
writing among its values; readers' comments and recommended titles are records too, shorter. Its fields are
read by their names' shapes (`title`, `publishTime`, `source`, `author`), never one app's names, and a time in
seconds or milliseconds since 1970 is read as China's day (UTC+8).
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from index.ingest.cleaning import WRITING

_ASSIGNED = re.compile(r"=\s*(?=[{\[])")  # `window.__INITIAL_STATE__={` / `var data = [`
MAX_TRIES = 40  # assignments tried per script: a library's minified code has many `={`, none of them JSON
MIN_TEXT = 100  # characters of writing that make a value an article's text, not a comment or a summary

_TAG = re.compile(r"<[^<>]{1,200}>")
_CHINA = datetime.timezone(datetime.timedelta(hours=8))


@dataclass(frozen=True)
class StateArticle:
    """The article a page's script state holds: its text (HTML or plain, as given) and the fields found beside
    it (title, date, source, author)."""

    text: str
    fields: dict[str, str] = field(default_factory=dict)


def _json_values(script: str) -> Iterator[object]:
    """The JSON a script is, or the JSON objects and arrays it assigns."""
    stripped = script.strip()
    if stripped[:1] in "{[":
        try:
            yield json.loads(stripped)
            return
        except ValueError:
            pass
    decoder = json.JSONDecoder()
    for tries, match in enumerate(_ASSIGNED.finditer(script)):
        if tries >= MAX_TRIES:
            return
        try:
            yield decoder.raw_decode(script, match.end())[0]
        except ValueError:
            continue


def _records(value: object) -> Iterator[dict]:
    """Every JSON object inside `value`, itself included."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _writing(value: object) -> int:
    """How many characters of writing a value holds (tags aside): 0 unless it is punctuated Chinese text."""
    if not isinstance(value, str) or len(value) < MIN_TEXT:
        return 0
    text = _TAG.sub("", value)
    return len(text) if len(text) >= MIN_TEXT and WRITING.search(text) else 0


def _day(value: object) -> str | None:
    """A date as the record writes it, or a time in seconds or milliseconds since 1970 as an ISO time."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        seconds = value / 1000 if value > 1e11 else value
        try:
            moment = datetime.datetime.fromtimestamp(seconds, _CHINA)
        except (OverflowError, OSError, ValueError):
            return None
        return moment.strftime("%Y-%m-%d %H:%M:%S") if 1990 <= moment.year <= 2100 else None
    return None


def _name(value: object) -> str | None:
    """A name given as a string or as an object's `name`."""
    value = value.get("name") if isinstance(value, dict) else value
    return value.strip() if isinstance(value, str) and 0 < len(value.strip()) <= 40 else None


def _fields(record: dict, text_key: str) -> dict[str, str]:
    """title, date, source and author of the article's record, by the shapes of its keys' names: a publication
    time before any other time or date (`publishTime` before `updateTime`)."""
    keys = {key.lower(): key for key in record if isinstance(key, str) and key != text_key}
    found: dict[str, str] = {}
    title = next((record[k] for low, k in keys.items() if "title" in low or "headline" in low), None)
    if isinstance(title, str) and 2 <= len(title.strip()) <= 100:
        found["title"] = title.strip()
    times = [k for low, k in keys.items() if "pub" in low and ("time" in low or "date" in low)]
    times += [k for low, k in keys.items() if ("time" in low or "date" in low) and k not in times]
    if day := next((d for k in times if (d := _day(record[k]))), None):
        found["date"] = day
    for name, words in (("source", ("source", "media")), ("author", ("author",))):
        if value := next(
            (v for low, k in keys.items() if any(w in low for w in words) if (v := _name(record[k]))), None
        ):
            found[name] = value
    return found


def script_article(tree) -> StateArticle | None:
    """The article in the page's script state, or None when no script holds writing."""
    best: tuple[int, dict, str] | None = None
    for script in tree.iter("script"):
        if not script.text or len(script.text) < MIN_TEXT:
            continue
        for value in _json_values(script.text):
            for record in _records(value):
                for key, text in record.items():
                    if (length := _writing(text)) and (best is None or length > best[0]):
                        best = (length, record, key)
    if best is None:
        return None
    _, record, key = best
    return StateArticle(record[key], _fields(record, key))


# A script variable holding the time a page was published, by its name's shape (`var ct = "1585707960";` the
# creation time a saved WeChat article's script keeps while its time element stays empty, `var publish_time =
# "2020-04-01"`, `pubDate: '…'`); a change's time (`update`, `modify`) is not one.
_TIME_VARIABLE = re.compile(
    r"""(?<![\w.])(?:var\s+|let\s+|const\s+)?["']?(ct|create_?time|created_?at|pub_?time|pub_?date|publish_?time"""
    r"""|publish_?date|post_?time|posted_?at|date_?published)["']?\s*[=:]\s*["']?(\d{10}|\d{13}|\d{4}-\d{1,2}-\d{1,2}"""
    r"""[^"'\n;,]{0,12})["']?""",
    re.IGNORECASE,
)


def script_day(tree) -> str | None:
    """The publication time a script variable of the page holds (seconds or milliseconds since 1970 read as
    China's time), for a page that shows its day nowhere else; None without one."""
    for script in tree.iter("script"):
        if script.text and (found := _TIME_VARIABLE.search(script.text)):
            value = found.group(2)
            return _day(int(value)) if value.isdigit() else value.strip()
    return None
