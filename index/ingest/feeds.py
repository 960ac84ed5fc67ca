"""A news feed saved as a file (`.xml`, `.rss`, `.atom`): RSS 2.0 items and Atom entries, each an article.

An item holds its title, its link, its time (RSS's `pubDate` in RFC 822, `Wed, 01 Apr 2020 10:26:00 +0800`, or
Atom's and Dublin Core's ISO 8601), its writer and its text: the full article in `content:encoded` or Atom's
`content` when the feed carries it, else the summary in `description`/`summary`, whichever is longest. The
channel's own title, description and build date describe the feed, never an article.

A time with its zone is read on China's clock, the day a reader there saw: a WordPress export (WXR) gives each
post's `pubDate` in GMT (`Tue, 31 Mar 2020 16:30:00 +0000`), `wp:post_date_gmt` in UTC and `wp:post_date` on the
site's clock, and all three name 2020-04-01 so (read as written, the first two named the day before: benchmarks/
layouts.py FRESH_EXPORTS_13, every WXR post dated a day early after 16:00 UTC). A draft's zero time
(`0000-00-00 00:00:00`, `Mon, 30 Nov -0001`) is none, and the next field is read.
"""

from __future__ import annotations

import datetime
import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from index.ingest.days.clock import CHINA

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


_ZONED_ISO = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})")
_ZERO_TIME = re.compile(r"0000-00-00|-0001\b")  # a draft's time in a WordPress export
# the fields an item's time is read from, first found first; `post_date_gmt`, `post_date`: WXR's
_DAY_FIELDS = ("pubdate", "published", "date", "issued", "post_date_gmt", "post_date", "updated")


def _day(value: str, utc: bool = False) -> str:
    """An RFC 822 time or a zoned ISO 8601 time as ISO on China's clock (`Tue, 31 Mar 2020 16:30:00 +0000` ->
    `2020-04-01 00:30:00`; `utc`: a time without a zone is UTC's); an unzoned time as written; "" for a zero time."""
    if _ZERO_TIME.search(value):
        return ""
    moment = None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        try:
            if _ZONED_ISO.fullmatch(value.strip()) or utc:
                moment = datetime.datetime.fromisoformat(value.strip())
        except ValueError:
            return value
    if moment is None:
        return value
    if moment.tzinfo is None and utc:
        moment = moment.replace(tzinfo=datetime.UTC)
    if moment.tzinfo is not None:
        moment = moment.astimezone(CHINA)
    return moment.strftime("%Y-%m-%d %H:%M:%S")


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
        for name in _DAY_FIELDS:
            if (value := _text(parts.get(name, [None])[0])) and (day := _day(value, utc=name.endswith("_gmt"))):
                fields["date"] = day
                break
        for name in ("creator", "author"):
            if value := _text(parts.get(name, [None])[0]):
                fields["author"] = value
                break
        link = parts.get("link", [None])[0]
        if link is not None and (address := (link.get("href") or _text(link))):
            fields["url"] = address
        yield Item(text, fields)
