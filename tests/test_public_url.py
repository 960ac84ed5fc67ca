"""SEARCH_PUBLIC_URL: every absolute URL comes from it, never from the Host a client sends; Atom ids never
follow the request at all."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from conftest import QINGYANG, Server, gunicorn

from index.settings import Settings
from service.app import create_app

PUBLIC = "https://search.example.org/news"
FORGED = "evil.example"


@pytest.fixture(scope="module")
def public(seed_index_dir: Path) -> Iterator[Server]:
    with gunicorn(seed_index_dir, SEARCH_PUBLIC_URL=PUBLIC) as server:
        yield server


def feed_ids(xml: str) -> list[str]:
    return re.findall(r"<id>([^<]+)</id>", xml)


@pytest.mark.parametrize(
    "path",
    [
        "/opensearch.xml",
        "/feed.atom?q=%E7%BD%91%E7%BB%9C%E5%AE%89%E5%85%A8",
        "/api/export?q=%E7%BD%91%E7%BB%9C%E5%AE%89%E5%85%A8&format=csv",
        "/api/export?q=%E7%BD%91%E7%BB%9C%E5%AE%89%E5%85%A8&format=jsonl",
        "/?q=%E7%BD%91%E7%BB%9C%E5%AE%89%E5%85%A8",
        f"/articles/{QINGYANG}",
        "/api/search?q=%E7%BD%91%E7%BB%9C%E5%AE%89%E5%85%A8",
        "/api//search",
        "/no/such/page",
    ],
)
def test_no_answer_holds_a_forged_host(public: Server, path: str) -> None:
    reply = public.request(path.split("?")[0], _query(path), headers={"Host": FORGED})
    assert FORGED not in reply.text
    assert not any(FORGED in value for value in reply.headers.values()), reply.headers


def _query(path: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(path).query)


def test_the_opensearch_templates_are_under_the_public_address(public: Server) -> None:
    xml = public.request("/opensearch.xml", headers={"Host": FORGED}).text
    assert f'template="{PUBLIC}/?q={{searchTerms}}"' in xml
    assert f'template="{PUBLIC}/feed.atom?q={{searchTerms}}"' in xml


def test_export_links_are_under_the_public_address(public: Server) -> None:
    reply = public.request("/api/export", {"q": "东数西算", "format": "jsonl"}, headers={"Host": FORGED})
    assert f'"link": "{PUBLIC}/articles/{QINGYANG}"' in reply.text


def test_feed_ids_are_the_same_whatever_the_host(public: Server) -> None:
    asked = {"q": "网络安全"}
    first = feed_ids(public.request("/feed.atom", asked, headers={"Host": "a.example"}).text)
    second = feed_ids(public.request("/feed.atom", asked, headers={"Host": "b.example:8080"}).text)
    assert first == second and len(first) > 1
    assert all(i.startswith(f"{PUBLIC}/") for i in first)


def test_without_a_public_address_feed_ids_still_never_follow_the_host(seed_index_dir: Path) -> None:
    client = create_app(Settings(index_dir=str(seed_index_dir))).test_client()
    one = client.get("/feed.atom?q=网络安全", base_url="http://a.example").get_data(as_text=True)
    other = client.get("/feed.atom?q=网络安全", base_url="https://b.example").get_data(as_text=True)
    assert feed_ids(one) == feed_ids(other)
    assert f"tag:news-search.invalid,2026:/articles/{QINGYANG}" in feed_ids(one)
    assert 'href="http://a.example/articles/' in one  # links follow the request, as the README says


@pytest.mark.parametrize("value", ["search.example.org", "ftp://search.example.org", "https://", "https://a b"])
def test_a_public_address_that_is_not_an_http_url_is_refused_by_name(value: str) -> None:
    with pytest.raises(ValueError, match="SEARCH_PUBLIC_URL must be an absolute http or https address"):
        Settings.from_env({"SEARCH_PUBLIC_URL": value})
