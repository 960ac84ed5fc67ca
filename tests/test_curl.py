"""Used the way people use it: the real curl binary with Chinese typed in the URL (raw UTF-8 on the wire),
against gunicorn started with the project's own config."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import QINGYANG, QUANZHOU, SHANGLUO, Server, gunicorn

CURL = shutil.which("curl")
pytestmark = pytest.mark.skipif(CURL is None, reason="curl is not installed")


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes

    @property
    def json(self):
        return json.loads(self.body)


def curl(url: str | bytes, *options: str) -> Answer:
    """`curl URL` as typed in a terminal: the URL's bytes go out as they are (curl does not encode them)."""
    marker = "\n--curl-status--"
    command = [CURL, "-sS", "--max-time", "20", *options, "-w", marker + "%{http_code} %{content_type}", url]
    out = subprocess.run(command, capture_output=True, check=True, timeout=30).stdout
    body, _, tail = out.rpartition(marker.encode())
    status, _, content_type = tail.decode().partition(" ")
    return Answer(int(status), content_type, body)


@pytest.fixture(scope="module")
def served(seed_index_dir: Path) -> Iterator[Server]:
    with gunicorn(seed_index_dir) as server:
        yield server


def test_a_search_with_chinese_typed_in_the_url_answers(served: Server) -> None:
    answer = curl(f"{served.url}/api/search?q=网络安全")
    assert answer.status == 200, answer.body
    assert answer.json["query"]["q"] == "网络安全" and answer.json["total"] >= 1


def test_a_raw_utf8_filter_is_read_as_the_province(served: Server) -> None:
    answer = curl(f"{served.url}/api/search?q=网信&province=福建")
    assert answer.status == 200, answer.body
    assert answer.json["query"]["filters"]["province"] == "福建省"
    assert [hit["id"] for hit in answer.json["hits"]] == [QUANZHOU]


def test_a_plus_between_raw_words_is_a_space(served: Server) -> None:
    answer = curl(f"{served.url}/api/search?q=网络+安全")
    assert answer.status == 200, answer.body
    assert answer.json["query"]["q"] == "网络 安全"


def test_the_search_page_with_chinese_in_the_url_shows_hits(served: Server) -> None:
    answer = curl(f"{served.url}/?q=东数西算")
    assert answer.status == 200 and answer.content_type.startswith("text/html")
    page = answer.body.decode("utf-8")
    assert 'value="东数西算"' in page and f"/articles/{QINGYANG}" in page


def test_suggestions_complete_a_raw_chinese_prefix(served: Server) -> None:
    answer = curl(f"{served.url}/api/suggest?q=网络")
    assert answer.status == 200, answer.body
    assert answer.json["suggestions"] and all(s["text"].startswith("网络") for s in answer.json["suggestions"])


def test_the_feed_of_a_raw_chinese_search_lists_its_articles(served: Server) -> None:
    answer = curl(f"{served.url}/feed.atom?q=商洛")
    assert answer.status == 200 and answer.content_type.startswith("application/atom+xml")
    feed = answer.body.decode("utf-8")
    assert "网信新闻检索：商洛" in feed and SHANGLUO in feed


def test_the_export_of_a_raw_chinese_search_holds_its_rows(served: Server) -> None:
    answer = curl(f"{served.url}/api/export?q=东数西算&format=jsonl")
    assert answer.status == 200, answer.body
    rows = [json.loads(line) for line in answer.body.decode("utf-8").splitlines()]
    assert [row["id"] for row in rows] == [QINGYANG]


def test_a_raw_chinese_path_is_read_as_utf8(served: Server) -> None:
    answer = curl(f"{served.url}/api/articles/没有这篇")
    assert answer.status == 404
    assert answer.json["error"]["message"] == "no article with id '没有这篇'"


def test_a_target_that_is_not_utf8_gets_a_json_400_saying_how_to_send_it(served: Server) -> None:
    answer = curl(f"{served.url}/api/search?q=".encode() + "网络".encode("gbk"))
    assert answer.status == 400 and answer.content_type == "application/json"
    error = answer.json["error"]
    assert error["code"] == "invalid_target" and "not valid UTF-8" in error["message"]
    assert "curl -G" in error["message"] and "--data-urlencode" in error["message"]


def test_a_gbk_query_percent_encoded_gets_a_json_400_naming_its_bytes(served: Server) -> None:
    """An old client's `q=%CD%F8%C2%E7` (网络 in GBK) is refused, never searched as the letters `cd f8 c2 e7`."""
    answer = curl(f"{served.url}/api/search?q=%CD%F8%C2%E7")
    assert answer.status == 400 and answer.content_type == "application/json"
    error = answer.json["error"]
    assert error["code"] == "invalid_target" and error["param"] == "q"
    assert "%CD" in error["message"] and "--data-urlencode" in error["message"]


def test_curl_gets_the_json_indented_without_asking(served: Server) -> None:
    answer = curl(f"{served.url}/api/search?q=庆阳")
    assert answer.body.startswith(b'{\n  "query": {\n')
    assert answer.json["hits"][0]["id"] == QINGYANG


def test_curl_gets_a_snippets_offsets_and_a_facets_counts_one_to_a_line(served: Server) -> None:
    lines = curl(f"{served.url}/api/search?q=庆阳").body.decode().splitlines()
    offsets = [line.strip() for line in lines if line.strip().startswith('"matches": ')]
    assert offsets and all(line.startswith('"matches": [[') for line in offsets)
    assert '"province": [{"value": "甘肃省", "count": 1}],' in [line.strip() for line in lines]


def test_pretty_0_gives_curl_one_line_for_a_pipe(served: Server) -> None:
    answer = curl(f"{served.url}/api/search?q=庆阳&pretty=0")
    assert answer.body.count(b"\n") == 1 and answer.json["hits"][0]["id"] == QINGYANG


def test_a_program_gets_one_line_and_caches_are_told_it_follows_the_client(served: Server) -> None:
    answer = curl(f"{served.url}/api/search?q=庆阳", "-A", "python-requests/2.32.3", "-D", "/dev/stdout")
    head, _, body = answer.body.partition(b"\r\n\r\n")
    assert b"\nVary: User-Agent" in head
    assert body.count(b"\n") == 1 and json.loads(body)["hits"][0]["id"] == QINGYANG


def test_the_connection_serves_the_next_request_after_a_raw_utf8_one(served: Server) -> None:
    """Two URLs on one curl: the second comes on the kept-alive connection, and is read as UTF-8 too."""
    urls = [f"{served.url}/api/search?q=泉州", f"{served.url}/api/search?q=庆阳"]
    command = [CURL, "-sv", "--max-time", "20", "-o", "/dev/null", "-o", "/dev/null", *urls]
    log = subprocess.run(command, capture_output=True, check=True, timeout=30).stderr.decode()
    assert "Re-using existing connection" in log
    assert log.count("< HTTP/1.1 200") == 2
