"""The Atom feed of a search (`/feed.atom`): its newest matching articles, for a feed reader to poll.

feedgen writes the XML (escaping, required elements, RFC 3339 dates); this module only says what goes in.
The entries are `SearchIndex.newest`: the search's own matching, in date order, newest first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from feedgen.feed import FeedGenerator
from flask import Blueprint, Response, current_app, request

from index.search import Hit, QueryReading, SearchResult
from service.api import FEED_PARAMS, search_request
from service.urls import atom_id, external_url

bp = Blueprint("feed", __name__)

NAME = "网信新闻检索"
ATOM = "application/atom+xml"
# Dates in the articles are local dates of Chinese publishers; as instants they are midnight in China.
CHINA = timezone(timedelta(hours=8), "CST")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# Characters XML 1.0 cannot carry (lxml refuses them): C0 controls but tab and line ends, surrogates, FFFE/FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def describe(reading: QueryReading) -> str:
    """The search in words, for titles: `网络安全 · 甘肃省 · 2023-01 至 2023-06`."""
    filters = reading.filters
    parts = [reading.q.strip(), *(filters.get(name) for name in ("province", "city", "section", "title", "source"))]
    low, high = filters.get("date_from"), filters.get("date_to")
    if low or high:
        parts.append(f"{low or '…'} 至 {high or '…'}")
    return xml_text(" · ".join(p for p in parts if p))


def instant(date: str | None) -> datetime | None:
    """An article's date (ISO at any precision: `2023-01-10`, `2022-12`, `2022`) as its first instant in China."""
    match = _DATE.match(date or "")
    if not match:
        return None
    year, month, day = match.groups()
    try:
        return datetime(int(year), int(month or 1), int(day or 1), tzinfo=CHINA)
    except ValueError:
        return None


def title(reading: QueryReading) -> str:
    """The feed's title: `网信新闻检索：网络安全 · 甘肃省`, or the name alone for every article."""
    described = describe(reading)
    return f"{NAME}：{described}" if described else NAME


@dataclass(frozen=True)
class Addresses:
    """Where a feed and its entries live (absolute URLs) and their permanent ids (service/urls.py)."""

    feed: str
    feed_id: str
    page: str  # the search page of the same search, by date
    article: Callable[[str, str | None], str]  # an article's page, with the query to highlight
    article_id: Callable[[str], str]  # an entry's id


def atom_feed(result: SearchResult, built: datetime, addresses: Addresses) -> bytes:
    """`result` (newest first) as an Atom 1.0 document. Each entry's id is permanent (never the request's
    Host), `updated` its date or, undated, `built` (when the index was built); the feed's `updated` is
    `built` too, as nothing in it changes between builds."""
    feed = FeedGenerator()
    feed.id(addresses.feed_id)
    feed.title(title(result.query))
    feed.subtitle(f"共 {result.total} 篇匹配的文章，按日期列出最新的 {len(result.hits)} 篇")
    feed.updated(built)
    feed.author(name=NAME)
    feed.link(href=addresses.feed, rel="self", type=ATOM)
    feed.link(href=addresses.page, rel="alternate", type="text/html")
    feed.language("zh-CN")
    feed.generator(NAME)
    q = result.query.q.strip() or None
    for hit in result.hits:
        _entry(feed, hit, built, addresses, q)
    return feed.atom_str(pretty=True)


def _entry(feed: FeedGenerator, hit: Hit, built: datetime, addresses: Addresses, q: str | None) -> None:
    entry = feed.add_entry(order="append")  # feedgen prepends by default, which would reverse the order
    entry.id(addresses.article_id(hit.id))
    entry.title(xml_text(hit.title or "") or "(无标题)")
    dated = instant(hit.date)
    entry.updated(dated or built)
    if dated:
        entry.published(dated)
    entry.link(href=addresses.article(hit.id, q), rel="alternate", type="text/html")
    if hit.source:
        entry.author(name=xml_text(hit.source))
    for name in hit.authors:
        entry.contributor(name=xml_text(name))
    for place in dict.fromkeys(p for p in (hit.province, hit.city) if p):
        entry.category(term=xml_text(place), label=xml_text(place))
    if hit.sections:
        entry.summary(xml_text(hit.sections[0].snippet.html), type="html")


def _built_at(text: str | None) -> datetime:
    try:
        return datetime.strptime(text or "", "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        return datetime.now(UTC)


@bp.get("/feed.atom")
def atom() -> Response:
    """Takes the search's query and filters; bad ones get the API's JSON 400. Conditional GETs are answered
    304 while nothing changed, so polling readers cost a search but no transfer."""
    wanted = search_request(FEED_PARAMS)
    index = current_app.extensions["search_index"]
    result = index.newest(wanted, current_app.extensions["settings"].feed_entries)
    given = {name: value for name, value in request.args.items() if value.strip()}

    addresses = Addresses(
        feed=external_url("feed.atom", **given),
        feed_id=atom_id("feed.atom", **given),
        page=external_url("pages.search_page", **given, sort="date"),
        article=lambda article_id, q: external_url("pages.article_page", article_id=article_id, q=q),
        article_id=lambda article_id: atom_id("pages.article_page", article_id=article_id),
    )
    body = atom_feed(result, _built_at(index.health().built_at), addresses)
    response = Response(body, content_type=f"{ATOM}; charset=utf-8")
    response.add_etag()
    return response.make_conditional(request)
