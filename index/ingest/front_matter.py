"""The fields a Markdown or text export declares above its text (front matter), as the page's declared fields.

Static-site generators (Hexo, Jekyll, Hugo) and note apps export an article as Markdown that opens with a block of
fields between `---` lines (YAML) or `+++` lines (TOML): `title: "…"`, `date: 2020-04-01 10:26:15`,
`updated: …`, `author: …`, `tags: […]`. Read as text, that block would make `title:` the headline and could give
the day it was last updated. Its fields are read with a YAML or TOML parser (quoting, lists and dates as those
formats define them) and kept as the page's declared fields; the block leaves the text. A block that does not
parse stays text, read by the extractor's label rules like any other lines. An Org file (Emacs, Logseq, Orgzly)
declares the same fields as `#+TITLE:`, `#+DATE: <2020-04-01 三>`, `#+AUTHOR:` lines at its top.

A linked-notes app's clip names its writers as links to their notes (`author: "[[张三]]"`, `authors: ["[[李四]]"]`,
`[[note|shown name]]`): the names are read as shown, without the brackets; its `source:` is the address the page
was clipped from (a URL is the article's address, never its source's name); its `created:` is the clip's day and
yields to `published:`.
"""

from __future__ import annotations

import datetime
import re
import tomllib

import yaml

_OPEN = re.compile(r"\A\ufeff?[ \t]*(---|\+\+\+)[ \t]*\r?\n")
# The declared fields and the keys exports write them under, first found wins. `updated`/`lastmod` is the day
# the file was last changed, never the article's.
_KEYS = {
    "title": ("title", "标题"),
    "date": ("date", "published", "pubDate", "publishDate", "created", "日期", "发布时间", "发布日期"),
    "author": ("author", "authors", "作者"),
    "source": ("source", "来源"),
    "url": ("url", "link", "source_url", "original_url", "原文链接"),
}


_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]*)\]\]")  # `[[张三]]`, `[[人物/张三|张三]]`
_ADDRESS = re.compile(r"https?://\S+")
_ORG_KEYWORDS = re.compile(r"\A\ufeff?((?:[ \t]*#\+\w+:[^\n]*\n)+)")
_ORG_KEYWORD = re.compile(r"#\+(\w+):[ \t]*(.*)")
_ORG_STAMP = re.compile(r"^[<\[](.+?)[>\]]$")  # an Org time stamp, active <…> or inactive […]


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(the declared fields, the text without its front matter); ({}, text) when it opens with none."""
    if keywords := _ORG_KEYWORDS.match(text):
        return _org_fields(keywords.group(1)), text[keywords.end() :].lstrip("\r\n")
    opening = _OPEN.match(text)
    if not opening:
        return {}, text
    fence = opening.group(1)
    closing = re.compile(rf"^{re.escape(fence)}[ \t]*$" + (r"|^\.\.\.[ \t]*$" if fence == "---" else ""), re.M)
    end = closing.search(text, opening.end())
    if not end:
        return {}, text
    block = text[opening.end() : end.start()]
    try:
        fields = yaml.safe_load(block) if fence == "---" else tomllib.loads(block)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, ValueError):
        return {}, text
    if not isinstance(fields, dict) or not fields:
        return {}, text
    meta = {}
    for name, keys in _KEYS.items():
        value = next((fields[key] for key in keys if fields.get(key) not in (None, "", [])), None)
        if (written := _as_text(value)) is not None:
            meta[name] = written
    if _ADDRESS.fullmatch(meta.get("source", "")):  # a clip's `source:` is the address it was clipped from
        address = meta.pop("source")
        meta.setdefault("url", address)
    return meta, text[end.end() :].lstrip("\r\n")


def _org_fields(block: str) -> dict[str, str]:
    """The fields of an Org file's `#+KEY: value` lines (keys in any case, a time stamp without its brackets)."""
    fields = {}
    for line in block.splitlines():
        if (keyword := _ORG_KEYWORD.search(line)) and keyword.group(2).strip():
            value = keyword.group(2).strip()
            stamp = _ORG_STAMP.match(value)
            fields.setdefault(keyword.group(1).lower(), stamp.group(1) if stamp else value)
    meta = {}
    for name, keys in _KEYS.items():
        value = next((fields[key.lower()] for key in keys if key.lower() in fields), None)
        if value:
            meta[name] = value
    return meta


def _as_text(value: object) -> str | None:
    """A field's value as the text a page would show: a list of names joined, a date in ISO form, a link to a note
    as the name it shows."""
    if isinstance(value, list):
        names = [_WIKI_LINK.sub(r"\1", str(item)).strip() for item in value if isinstance(item, str | int)]
        return " ".join(name for name in names if name) or None
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat(sep=" ") if isinstance(value, datetime.datetime) else value.isoformat()
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return _WIKI_LINK.sub(r"\1", str(value)).strip() or None
    return None
