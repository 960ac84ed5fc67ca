"""The Atom feed of a search and the OpenSearch description, as feed readers and browsers fetch them: through
gunicorn, read with a real feed parser (feedparser) and checked for Atom's required elements with an XML parser."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

import feedparser
import pytest
from conftest import Server, gunicorn

from index.settings import Settings
from service.app import create_app
from service.urls import TAG_PREFIX

QINGYANG = "000_c729cffc91d33526"
SHAANXI = "001_12268834ad4b7733"
QUANZHOU = "002_eec8dd7fda293d79"
NEIMENGGU = "003_06a59c289477a69b"
SHANGLUO = "004_e482cdb6bdf3e6cd"
ATOM = "{http://www.w3.org/2005/Atom}"
OPENSEARCH = "{http://a9.com/-/spec/opensearch/1.1/}"
CHINA = timezone(timedelta(hours=8))


@pytest.fixture(scope="module")
def server(seed_index_dir: Path) -> Iterator[Server]:
    with gunicorn(seed_index_dir) as running:
        yield running


def feed(server: Server, **params: str) -> feedparser.FeedParserDict:
    reply = server.request("/feed.atom", params)
    assert reply.status == 200, reply.text
    assert reply.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    return feedparser.parse(reply.text)


def entry_ids(parsed: feedparser.FeedParserDict, server: Server) -> list[str]:
    return [entry.id.removeprefix(f"{TAG_PREFIX}/articles/") for entry in parsed.entries]


def test_feed_has_every_element_atom_requires(server: Server) -> None:
    root = ET.fromstring(server.request("/feed.atom", {"q": "网信"}).text.encode("utf-8"))
    assert root.tag == f"{ATOM}feed"
    for element in (root, *root.iter(f"{ATOM}entry")):
        assert [len(element.findall(f"{ATOM}{name}")) for name in ("id", "title", "updated")] == [1, 1, 1]
        assert datetime.fromisoformat(element.findtext(f"{ATOM}updated")).tzinfo is not None
    assert root.find(f"{ATOM}author/{ATOM}name").text == "网信新闻检索"  # so entries need no author of their own
    assert root.find(f"{ATOM}link[@rel='self']").get("href").endswith("/feed.atom?q=%E7%BD%91%E4%BF%A1")
    parsed = feed(server, q="网信")
    assert parsed.version == "atom10" and not parsed.bozo


def test_feed_holds_the_matching_articles_newest_first_undated_last(server: Server) -> None:
    parsed = feed(server, q="网信 -泉州")
    assert entry_ids(parsed, server) == [QINGYANG, NEIMENGGU, SHANGLUO, SHAANXI]
    assert [hit["id"] for hit in server.search(q="网信 -泉州", sort="date")["hits"]] == entry_ids(parsed, server)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"province": "陕西"}, [SHANGLUO, SHAANXI]),
        ({"q": "网信", "date_from": "2023"}, [QUANZHOU, QINGYANG]),
        ({"q": "网络", "section": "防火墙"}, [QINGYANG]),
        ({"q": "东数西算", "province": "福建"}, []),
    ],
)
def test_feed_honours_the_filters(server: Server, filters: dict, expected: list[str]) -> None:
    assert entry_ids(feed(server, **filters), server) == expected


def test_feed_without_words_or_filters_follows_every_new_article(server: Server) -> None:
    assert entry_ids(feed(server), server)[:3] == [QUANZHOU, QINGYANG, NEIMENGGU]


def test_a_feed_of_every_article_is_titled_by_the_name_alone_and_a_search_after_it(server: Server) -> None:
    assert feed(server).feed.title == "网信新闻检索"
    assert feed(server, q="网络安全", province="甘肃").feed.title == "网信新闻检索：网络安全 · 甘肃省"


def test_entry_carries_title_date_link_source_and_snippet(server: Server) -> None:
    (entry,) = feed(server, q="海丝名城").entries
    assert entry.id == f"{TAG_PREFIX}/articles/{QUANZHOU}"  # the same whatever the query or Host: readers dedupe by it
    assert entry.title == "泉州网信办:凝聚强劲网动力 助力泉州新发展"
    assert datetime.fromisoformat(entry.updated) == datetime(2023, 12, 18, tzinfo=CHINA)
    assert entry.link == f"{server.url}/articles/{QUANZHOU}?q={quote('海丝名城')}"  # the page highlights the query
    assert entry.author == "新华网" and [c.name for c in entry.contributors] == ["庄丹丹"]
    assert "海丝名城" in entry.summary  # feedparser drops <mark>, as readers may; the feed sends it:
    raw = ET.fromstring(server.request("/feed.atom", {"q": "海丝名城"}).text.encode("utf-8"))
    assert "<mark>海丝名城</mark>" in raw.find(f"{ATOM}entry/{ATOM}summary[@type='html']").text
    assert [tag.term for tag in entry.tags] == ["福建省", "泉州市"]


def test_undated_article_is_updated_when_the_index_was_built(server: Server) -> None:
    built = datetime.strptime(server.request("/api/health").json["built_at"], "%Y-%m-%dT%H:%M:%S%z")
    (entry,) = feed(server, q='"奋力谱写网络强省建设新篇章"').entries
    assert entry.id.endswith(SHAANXI) and datetime.fromisoformat(entry.updated) == built
    assert "published" not in entry


@pytest.mark.parametrize(
    ("params", "code", "param"),
    [
        ({"q": "网信", "date_from": "2023-13"}, "invalid_parameter", "date_from"),
        ({"q": "网信", "province": "火星"}, "invalid_parameter", "province"),
        ({"q": "网信", "page": "2"}, "unknown_parameter", "page"),
        ({"q": "网信", "sort": "date"}, "unknown_parameter", "sort"),
        ({"q": "网" * 501}, "invalid_query", "q"),
    ],
)
def test_bad_feed_parameters_get_the_api_json_400(server: Server, params: dict, code: str, param: str) -> None:
    reply = server.request("/feed.atom", params)
    assert reply.status == 400 and reply.headers["Content-Type"] == "application/json"
    assert reply.json["error"]["code"] == code and reply.json["error"]["param"] == param


def test_feed_holds_at_most_SEARCH_FEED_ENTRIES_newest(seed_index_dir: Path) -> None:
    client = create_app(Settings(index_dir=str(seed_index_dir), feed_entries=2)).test_client()
    parsed = feedparser.parse(client.get("/feed.atom", query_string={"q": "网信"}).get_data(as_text=True))
    assert [entry.id.rsplit("/", 1)[1] for entry in parsed.entries] == [QUANZHOU, QINGYANG]
    assert "共 5 篇" in parsed.feed.subtitle


def test_an_unchanged_feed_is_answered_304_to_a_polling_reader(seed_index_dir: Path) -> None:
    client = create_app(Settings(index_dir=str(seed_index_dir))).test_client()
    first = client.get("/feed.atom?q=网信")
    again = client.get("/feed.atom?q=网信", headers={"If-None-Match": first.headers["ETag"]})
    assert first.status_code == 200 and again.status_code == 304 and again.get_data() == b""


def test_characters_xml_cannot_carry_are_left_out_of_the_feed(seed_index_dir: Path) -> None:
    client = create_app(Settings(index_dir=str(seed_index_dir))).test_client()
    response = client.get("/feed.atom", query_string={"q": "网信\x0b\x1f"})
    assert response.status_code == 200
    assert ET.fromstring(response.get_data()).findtext(f"{ATOM}title") == "网信新闻检索：网信"


# ---------------------------------------------------------------- OpenSearch


def test_opensearch_description_is_valid_and_its_templates_search_here(server: Server) -> None:
    reply = server.request("/opensearch.xml")
    assert reply.status == 200
    assert reply.headers["Content-Type"] == "application/opensearchdescription+xml; charset=utf-8"
    root = ET.fromstring(reply.text.encode("utf-8"))
    assert root.tag == f"{OPENSEARCH}OpenSearchDescription"
    assert 0 < len(root.findtext(f"{OPENSEARCH}ShortName")) <= 16 and root.findtext(f"{OPENSEARCH}Description")
    templates = {url.get("type"): url.get("template") for url in root.iter(f"{OPENSEARCH}Url")}
    assert templates["text/html"] == f"{server.url}/?q={{searchTerms}}"
    assert templates["application/atom+xml"] == f"{server.url}/feed.atom?q={{searchTerms}}"
    search = server.request("/", {"q": "网信"}).text
    assert "共 <strong>5</strong> 篇文章" in search  # the HTML template, filled in, finds what the page finds


@pytest.mark.parametrize("path", ["/", "/?q=网信", f"/articles/{QINGYANG}", "/no-such-page"])
def test_every_page_links_the_opensearch_description(server: Server, path: str) -> None:
    reply = server.request(path.split("?")[0], dict([path.split("?")[1].split("=")]) if "?" in path else None)
    links = re.findall(r'<link rel="search" type="application/opensearchdescription\+xml"[^>]*>', reply.text)
    assert len(links) == 1 and 'href="/opensearch.xml"' in links[0]


def test_without_an_index_the_feed_export_and_opensearch_answer_in_json(tmp_path: Path) -> None:
    client = create_app(Settings(index_dir=str(tmp_path / "none"))).test_client()
    for path in ("/feed.atom?q=网信", "/api/export?q=网信"):
        response = client.get(path)
        assert response.status_code == 503 and response.get_json()["error"]["code"] == "index_unavailable"
    assert client.get("/opensearch.xml").status_code == 200  # needs no index
    assert client.get("/feed.atom/nothing").get_json()["error"]["code"] == "not_found"
