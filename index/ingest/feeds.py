"""A news feed saved as a file (`.xml`, `.rss`, `.atom`): RSS 2.0 items and Atom entries, each an article.

An item holds its title, its link, its time (RSS's `pubDate` in RFC 822, `Wed, 01 Apr 2020 10:26:00 +0800`, or
Atom's and Dublin Core's ISO 8601), its writer and its text: the full article in `content:encoded` or Atom's
`content` when the feed carries it, else the summary in `description`/`summary`, whichever is longest. The
channel's own title, description and build date describe the feed, never an article.
"""

from __future__ import annotations

import email.utils
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

# a saved file may be damaged or hostile: recover what parses, never expand entities or fetch anything
_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)


@dataclass(frozen=True)
class Item:
    """One feed item: its text (HTML or plain, as the feed gives it), its fields (title, date, author, url,
    site) and what of its file was damaged ("" when nothing was)."""

    text: str
    fields: dict[str, str] = field(default_factory=dict)
    damaged: str = ""  # what of it was invalid or cut (a mailbox's message, an XML file read as far as it parses)


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _children(element) -> dict[str, list]:
    found: dict[str, list] = {}
    for child in element:
        found.setdefault(_local(child.tag), []).append(child)
    return found


def _text(element) -> str:
    return "".join(element.itertext()).strip() if element is not None else ""


def _day(value: str) -> str:
    """An RFC 822 time as ISO (`Wed, 01 Apr 2020 10:26:00 +0800` -> `2020-04-01 10:26:00`, in its own zone);
    an ISO 8601 time as written."""
    try:
        return email.utils.parsedate_to_datetime(value).strftime("%Y-%m-%d %H:%M:%S")
    except (TypeError, ValueError, IndexError):
        return value


def xml_root(data: bytes):
    """The root element of an XML file read leniently (a feed, a note export), or None when nothing parses."""
    try:
        return etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None


def items(data: bytes) -> Iterator[Item]:
    """The items of an RSS or Atom feed, in order; nothing when `data` is no feed."""
    root = xml_root(data)
    if root is None:
        return
    channel = next((e for e in root.iter() if _local(e.tag) in ("channel", "feed")), root)
    site = _text(_children(channel).get("title", [None])[0])
    for element in root.iter():
        if _local(element.tag) not in ("item", "entry"):
            continue
        parts = _children(element)
        bodies = [_text(e) for name in ("encoded", "content", "description", "summary") for e in parts.get(name, [])]
        text = max(bodies, key=len, default="")
        if not text:
            continue
        fields = {"site": site} if site else {}
        if title := _text(parts.get("title", [None])[0]):
            fields["title"] = title
        for name in ("pubdate", "published", "date", "issued", "updated"):
            if value := _text(parts.get(name, [None])[0]):
                fields["date"] = _day(value)
                break
        for name in ("creator", "author"):
            if value := _text(parts.get(name, [None])[0]):
                fields["author"] = value
                break
        link = parts.get("link", [None])[0]
        if link is not None and (address := (link.get("href") or _text(link))):
            fields["url"] = address
        yield Item(text, fields)
