"""An app's article in its page's script state.

A single-page app saved as its HTML shows a shell (a tab bar, `正在加载...`, an app prompt) and holds the article
only in the JSON its script hands the app: `window.__INITIAL_STATE__ = {…}`, `window.__DATA__ = {…}`, a
`<script type="application/json">`, or a string the script parses (`JSON.parse('{\"title\":\"\\u6c5f…')`, the
JSON escaped into a JavaScript string). The article there is the record (a JSON object) with the longest piece of
writing among its values, one string or a list of blocks (`[{"type": "paragraph", "text": …}, …]`, one paragraph
a block, as editors store rich text); readers' comments and recommended titles are records too, shorter. Its fields are
read by their names' shapes (`title`, `publishTime`, `source`, `author`), never one app's names, and a time in
seconds or milliseconds since 1970 is read as China's day (UTC+8).

A script that is no JSON (an object literal with bare keys and quoted strings, `var BASE_DATA = {articleInfo:
{content: '&lt;p&gt;…'}}`, or a variable holding the text, `var pageData = "<p>…"`) is read by its string
literals: the one holding the longest run of writing is the article (entity-escaped markup read as markup), and
the fields are the short strings assigned to names of those shapes nearest it (`title: '…'` beside `content:`).
A template the script renders (`<script type="text/template">`) is read as the markup it is.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from index.ingest.cleaning import WRITING
from index.ingest.days.clock import china_moment
from index.ingest.days.shapes import YMD_COMPACT, YMD_DASH

_ASSIGNED = re.compile(r"=\s*(?=[{\[])")  # `window.__INITIAL_STATE__={` / `var data = [`
_PARSED = re.compile(r"""JSON\.parse\(\s*(['"])""")  # `JSON.parse('…')`: the state as a JavaScript string
_JS_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
MAX_TRIES = 40  # assignments tried per script: a library's minified code has many `={`, none of them JSON
MIN_TEXT = 100  # characters of writing that make a value an article's text, not a comment or a summary

_TAG = re.compile(r"<[^<>]{1,200}>")
# A JavaScript string literal (its quote, its body) and the name assigned it, if any: `content: '…'`,
# `var pageData = "…"`, `"title":"…"`.
_LITERAL = re.compile(r"""(?:["']?([\w$]+)["']?\s*[:=]\s*)?(["'`])((?:[^"'`\\\n]|\\.|(?!\2)["'`])*)\2""", re.S)
_CJK = re.compile(r"[\u4e00-\u9fff]|\\u[4-9][0-9a-fA-F]{3}")
# The least share of Chinese characters in a literal's text (tags aside) for it to be writing: a quote of the
# script left unmatched pairs two literals across code, which is mostly Latin letters and signs.
CJK_SHARE = 0.5
FIELD_CHARS = 100  # the longest a literal can be to be read as a field (a title, a time, a name)
MAX_NAMES = 5  # names read from a list of authors


@dataclass(frozen=True)
class StateArticle:
    """The article a page's script state holds: its text (HTML or plain, as given) and the fields found beside
    it (title, date, source, author)."""

    text: str
    fields: dict[str, str] = field(default_factory=dict)


def _js_string(script: str, start: int, quote: str) -> str | None:
    """The JavaScript string literal opening at `start` (after its quote) as the string it stands for; None when
    it is not closed."""
    out: list[str] = []
    i = start
    while i < len(script):
        ch = script[i]
        if ch == quote:
            return "".join(out)
        if ch == "\\" and i + 1 < len(script):
            nxt = script[i + 1]
            if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", script[i + 2 : i + 6]):
                out.append(chr(int(script[i + 2 : i + 6], 16)))
                i += 6
                continue
            if nxt == "x" and re.fullmatch(r"[0-9a-fA-F]{2}", script[i + 2 : i + 4]):
                out.append(chr(int(script[i + 2 : i + 4], 16)))
                i += 4
                continue
            out.append(_JS_ESCAPES.get(nxt, nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return None


def _json_values(script: str) -> Iterator[object]:
    """The JSON a script is, or the JSON objects and arrays it assigns or parses from a string."""
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
            break
        try:
            yield decoder.raw_decode(script, match.end())[0]
        except ValueError:
            continue
    for tries, match in enumerate(_PARSED.finditer(script)):
        if tries >= MAX_TRIES:
            return
        if not (text := _js_string(script, match.end(), match.group(1))):
            continue
        try:
            yield json.loads(text)
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
        moment = china_moment(seconds)
        if moment is None:
            return None
        return moment.strftime("%Y-%m-%d %H:%M:%S") if 1990 <= moment.year <= 2100 else None
    return None


def _name(value: object) -> str | None:
    """A name given as a string or as an object's `name`; a list of them (`authors: [{"name": …}, …]`) as the
    names joined by `、`."""
    if isinstance(value, list):
        names = [name for item in value[:MAX_NAMES] if (name := _name(item))]
        return "、".join(names) if names and not isinstance(value[0], list) else None
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


def _block_text(item: object) -> str | None:
    """The text of one block of a list: the string itself, or a record's one long string value (a paragraph's
    `text`, beside its `type`), the record's own or, when it has none, its nested record's (an editor's block
    keeps it one level down: `{"type": "paragraph", "data": {"text": …}}`)."""
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        texts = [v for v in item.values() if isinstance(v, str) and len(v) > 12]
        if not texts:
            nested = [v for v in item.values() if isinstance(v, dict)]
            return _block_text(nested[0]) if len(nested) == 1 else None
        return texts[0] if len(texts) == 1 else None
    return None


def _blocks(value: object) -> str | None:
    """A list of blocks as one text, a paragraph a block (tags aside); None unless two or more blocks are
    punctuated writing (a list of titles, of tags or of pictures is not)."""
    if not isinstance(value, list) or len(value) < 2:
        return None
    texts = [_TAG.sub("", t).strip() for item in value if (t := _block_text(item))]
    written = [t for t in texts if WRITING.search(t)]
    return "\n".join(t for t in texts if t) if len(written) >= 2 else None


def _candidates(record: dict) -> Iterator[tuple[int, str, str]]:
    """Each value of a record that can be an article's text: its writing's length, its key and the text (a
    list of blocks read as HTML paragraphs)."""
    for key, value in record.items():
        if isinstance(value, str):
            if length := _writing(value):
                yield length, key, value
        elif (text := _blocks(value)) and (length := _writing(text)):
            yield length, key, "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n"))


def _as_markup(text: str) -> str:
    """A literal's text as markup: entity-escaped markup unescaped, plain text's lines as paragraphs."""
    if "&lt;" in text and "<" not in text:
        text = html.unescape(text)
    if _TAG.search(text):
        return text
    return "".join(f"<p>{html.escape(line.strip())}</p>" for line in text.split("\n") if line.strip())


def _is_json(text: str) -> bool:
    """Whether a literal is JSON (a `JSON.parse` string): its records are read as records, where the literal
    whole, readers' comments and all, would count as one long writing and beat the article inside it."""
    if text.lstrip()[:1] not in ("{", "["):
        return False
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _literal_article(script: str) -> tuple[int, StateArticle] | None:
    """The string literal of a script holding the longest run of writing, as an article with the fields
    assigned nearest it, and its writing's length; None without one."""
    if not _CJK.search(script):
        return None
    best: tuple[int, int, str, str] | None = None
    pairs: list[tuple[int, str, str]] = []  # (position, name, value) of the short literals given a name
    for match in _LITERAL.finditer(script):
        name, quote, body = match.groups()
        if len(body) <= FIELD_CHARS:
            if name and (value := _js_string(body + quote, 0, quote)) is not None:
                pairs.append((match.start(), name, value))
            continue
        value = _js_string(body + quote, 0, quote) if len(body) >= MIN_TEXT and _CJK.search(body) else None
        if value is None or _is_json(value):
            continue
        markup = _as_markup(value)
        shown = re.sub(r"\s+", "", html.unescape(_TAG.sub("", markup)))
        length = _writing(shown)
        if length and len(_CJK.findall(shown)) >= CJK_SHARE * len(shown) and (best is None or length > best[0]):
            best = (length, match.start(), name or "", markup)
    if best is None:
        return None
    length, at, key, markup = best
    record: dict[str, str] = {}
    for _, name, value in sorted(pairs, key=lambda pair: abs(pair[0] - at)):
        record.setdefault(name, value)
    return length, StateArticle(markup, _fields(record, key))


# A script type a browser runs or parses as data; any other (`text/template`, `text/x-tmpl`, `text/html`) is a
# template the page's script renders, its text markup.
_RUN = re.compile(r"^\s*$|javascript|ecmascript|module|json|importmap|speculationrules", re.I)
_HEADING = re.compile(r"<h[12][^>]*>(.*?)</h[12]>", re.I | re.S)


def _template_article(script) -> tuple[int, StateArticle] | None:
    """A template script's markup as an article (its first heading as the title) when it holds writing."""
    if _RUN.search(script.get("type") or "") or not _TAG.search(script.text):
        return None
    length = _writing(re.sub(r"\s+", "", html.unescape(_TAG.sub("", script.text))))
    if not length:
        return None
    heading = _HEADING.search(script.text)
    title = " ".join(_TAG.sub("", heading.group(1)).split()) if heading else ""
    return length, StateArticle(script.text, {"title": title} if title else {})


def _stored_article(area) -> tuple[int, StateArticle] | None:
    """A `<textarea>`'s text as an article when it holds writing: a CMS that renders its page by script keeps
    the article's markup there, hidden, and shows an empty container (a comment box holds none)."""
    text = area.text or ""
    length = _writing(re.sub(r"\s+", "", html.unescape(_TAG.sub("", text))))
    return (length, StateArticle(_as_markup(text))) if length else None


def script_article(tree) -> StateArticle | None:
    """The article in the page's script state, or None when no script holds writing: the JSON record with the
    longest writing, else (when a literal, a template or a stored `<textarea>` holds longer writing than any
    record) that one."""
    best: tuple[int, dict, str, str] | None = None
    literal: tuple[int, StateArticle] | None = None
    for area in tree.iter("textarea"):
        found = _stored_article(area)
        if found is not None and (literal is None or found[0] > literal[0]):
            literal = found
    for script in tree.iter("script"):
        if not script.text or len(script.text) < MIN_TEXT:
            continue
        for value in _json_values(script.text):
            for record in _records(value):
                for length, key, text in _candidates(record):
                    if best is None or length > best[0]:
                        best = (length, record, key, text)
        found = _template_article(script) or _literal_article(script.text)
        if found is not None and (literal is None or found[0] > literal[0]):
            literal = found
    if literal is not None and (best is None or literal[0] > best[0]):
        return literal[1]
    if best is None:
        return None
    _, record, key, text = best
    return StateArticle(text, _fields(record, key))


# A script variable holding the time a page was published, by its name's shape (`var ct = "1585707960";` the
# creation time a saved WeChat article's script keeps while its time element stays empty, `var publish_time =
# "2020-04-01"`, `pubDate: '…'`, `var pubDate = "20051117"`); a change's time (`update`, `modify`) is not one.
_TIME_VARIABLE = re.compile(
    r"""(?<![\w.])(?:var\s+|let\s+|const\s+)?["']?(ct|create_?time|created_?at|pub_?time|pub_?date|publish_?time"""
    rf"""|publish_?date|post_?time|posted_?at|date_?published)["']?\s*[=:]\s*["']?(\d{{13}}|\d{{10}}|{YMD_COMPACT}(?!\d)"""
    rf"""|{YMD_DASH}"""
    r"""[^"'\n;,]{0,12})["']?""",
    re.IGNORECASE,
)


def script_day(tree) -> str | None:
    """The publication time a script variable of the page holds (seconds or milliseconds since 1970 read as
    China's time), for a page that shows its day nowhere else; None without one."""
    for script in tree.iter("script"):
        if script.text and (found := _TIME_VARIABLE.search(script.text)):
            value = found.group(2)
            if len(value) == 8:  # `20051117`: the day's figures together, no time since 1970
                return f"{value[:4]}-{value[4:6]}-{value[6:]}"
            return _day(int(value)) if value.isdigit() else value.strip()
    return None
