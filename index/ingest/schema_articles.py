"""schema.org articles saved as JSON-LD alone (`.json`, `.jsonld`): each an article.

A page's `<script type="application/ld+json">` saved by itself, or a crawler's copy of it, holds the article as
an object of a type ending in `Article` or `Posting` (`NewsArticle`, `Article`, `BlogPosting`, `ReportageNewsArticle`,
`SocialMediaPosting`), alone, in a list or in an SEO plugin's `@graph` beside the site's `Organization`, `WebSite`,
`WebPage` and `BreadcrumbList` (whose `name`s are the site's and other pages' headlines, never this one's). Its
text is `articleBody`, else `text` (plain, or HTML paragraphs); its headline `headline`, else `name`; its day
`datePublished` as the day shown in China (`2020-03-29T20:30:00Z` is 2020-03-30; never `dateModified`); its writers
`author`: a Person, a list of them, a string, or a reference (`{"@id": …}`) to a Person of the same graph. An
`editor`, a `publisher` and a `copyrightHolder` are never its writers: the publisher is the site. An object without
a text of two sentences is no article (a page's summary card), as a post backup's are read by post_archives.py.
"""

from __future__ import annotations

import datetime
import re

from index.ingest.days.clock import CHINA
from index.ingest.feeds import Item
from index.ingest.har_captures import json_objects

_ARTICLE_TYPE = re.compile(r"(?:Article|Posting)$")
_SENTENCE_END = re.compile(r"[。！？!?]")
MAX_DEPTH = 8  # levels looked into: a graph's article sits two down
MIN_SENTENCES = 2


def _is_article(node: dict) -> bool:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(kind, str) and _ARTICLE_TYPE.search(kind) for kind in kinds)


def china_day(stamp: str) -> str | None:
    """The day an ISO stamp names in China (a zoned one converted; a bare one as written), None for no ISO stamp."""
    try:
        when = datetime.datetime.fromisoformat(stamp.strip())
    except ValueError:
        return None
    return (when.astimezone(CHINA) if when.tzinfo else when).date().isoformat()


def _name(value: object, graph: dict[str, dict]) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        value = graph.get(value.get("@id"), value) if isinstance(value.get("@id"), str) else value
        name = value.get("name")
        return name.strip() if isinstance(name, str) and name.strip() else None
    return None


def _writers(value: object, graph: dict[str, dict]) -> list[str]:
    people = value if isinstance(value, list) else [value]
    return [name for person in people if (name := _name(person, graph))]


def articles(value: object) -> list[Item]:
    """The schema.org articles a JSON value holds, in order; [] when it holds none."""
    nodes = list(json_objects(value, MAX_DEPTH))
    graph = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str) and len(node) > 1}  # no reference
    found = []
    for node in nodes:
        if not _is_article(node):
            continue
        body = next((node[key] for key in ("articleBody", "text") if isinstance(node.get(key), str)), "")
        if len(_SENTENCE_END.findall(body)) < MIN_SENTENCES:
            continue
        fields = {}
        if title := _name(node.get("headline") or node.get("name"), graph):
            fields["title"] = title
        if isinstance(published := node.get("datePublished"), str) and published.strip():
            fields["date"] = china_day(published) or published.strip()
        if writers := _writers(node.get("author"), graph):
            fields["author"] = "、".join(writers)
        if site := _name(node.get("publisher"), graph):
            fields["site"] = site
        address = node.get("url") or _name_id(node.get("mainEntityOfPage"))
        if isinstance(address, str) and address.startswith("http"):
            fields["url"] = address
        found.append(Item(body, fields))
    return found


def _name_id(value: object) -> str | None:
    """A `mainEntityOfPage`'s address: a string or an object's `@id`."""
    if isinstance(value, dict):
        value = value.get("@id")
    return value if isinstance(value, str) else None
