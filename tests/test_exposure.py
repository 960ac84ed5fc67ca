"""Facing the open network: what any client, however forged or slow, gets back (headers, redirects), and that
such clients cannot take the service away from the others."""

from __future__ import annotations

import json
import random
import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import QINGYANG, Server, gunicorn

from index.build import build
from index.search.request import SearchRequest
from index.search.searcher import SearchIndex
from index.settings import Settings
from service.app import create_app
from service.launch import launched
from service.worker import corked


@pytest.fixture(scope="module")
def client(seed_index_dir: Path):
    return create_app(Settings(index_dir=str(seed_index_dir))).test_client()


PAGES = ["/", "/?q=网络安全", f"/articles/{QINGYANG}?q=网络安全", "/articles/no-such-article", "/no-such-page"]


@pytest.mark.parametrize("path", PAGES)
def test_every_html_page_has_a_content_security_policy_and_cannot_be_framed(client, path: str) -> None:
    response = client.get(path)
    assert response.mimetype == "text/html"
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", ["/api/search?q=网络安全", f"/articles/{QINGYANG}/original", "/feed.atom"])
def test_data_is_never_run_as_a_page(client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Security-Policy"].startswith("default-src 'none'")


@pytest.mark.parametrize("path", ["/api//search?q=网络安全", "//api/health", "/static//style.css", "/articles//x"])
def test_a_doubled_slash_is_never_redirected_to_the_host_the_client_named(client, path: str) -> None:
    response = client.get(path, headers={"Host": "evil.example"})
    assert response.status_code == 404 and "Location" not in response.headers
    assert "evil.example" not in response.get_data(as_text=True)


def test_the_original_text_names_its_charset_once(client) -> None:
    response = client.get(f"/articles/{QINGYANG}/original")
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert response.get_data(as_text=True).startswith("庆阳")


# ---------------------------------------------------------------- slow clients, under gunicorn with the shipped config

SLOW_CLIENTS = 8
HALF_A_REQUEST = b"GET /api/search?q=%E7%BD%91%E7%BB%9C HTTP/1.1\r\nHost: localhost\r\n"  # no blank line yet
WHOLE_REQUEST_THEN_SILENCE = b"GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"


@pytest.fixture(scope="module")
def served(seed_index_dir: Path) -> Iterator[Server]:
    with gunicorn(seed_index_dir, SEARCH_REQUEST_TIMEOUT="2") as server:
        yield server


def _connections(server: Server, count: int, sent: bytes) -> list[socket.socket]:
    host, port = server.url.removeprefix("http://").split(":")
    clients = []
    for _ in range(count):
        client = socket.create_connection((host, int(port)), timeout=10)
        client.sendall(sent)
        clients.append(client)
    return clients


@pytest.mark.parametrize(
    "sent",
    [HALF_A_REQUEST, b"", WHOLE_REQUEST_THEN_SILENCE],
    ids=["half-sent requests", "silent connections", "clients that never close"],
)
def test_slow_clients_do_not_delay_anyone_else(served: Server, sent: bytes) -> None:
    clients = _connections(served, SLOW_CLIENTS, sent)
    try:
        time.sleep(0.2)  # the slow clients are connected and waiting before anyone else asks
        started = time.perf_counter()
        assert served.request("/api/health").status == 200
        assert served.search(q="网络安全")["total"] >= 1
        assert time.perf_counter() - started < 1.0
    finally:
        for client in clients:
            client.close()


def test_a_request_that_does_not_arrive_in_time_is_refused_in_json(served: Server) -> None:
    (client,) = _connections(served, 1, HALF_A_REQUEST)
    with client:
        started = time.perf_counter()
        answer = client.makefile("rb").read()
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408 ") and 1.5 < time.perf_counter() - started < 5
    assert json.loads(body)["error"]["code"] == "request_timeout"


def test_a_response_is_held_back_while_it_is_written_and_sent_when_done() -> None:
    with (
        socket.create_server(("127.0.0.1", 0)) as listener,
        socket.create_connection(listener.getsockname()) as client,
        listener.accept()[0] as served,
    ):
        with corked(served):
            held = served.getsockopt(socket.IPPROTO_TCP, socket.TCP_CORK)
            served.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n")
            served.sendall(b"{}")
        assert held == 1 and served.getsockopt(socket.IPPROTO_TCP, socket.TCP_CORK) == 0
        client.settimeout(5)
        arrived = b""
        while not arrived.endswith(b"{}"):
            arrived += client.recv(1024)
        assert arrived == b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"


def test_a_client_waiting_for_100_continue_gets_it_and_then_its_answer(served: Server) -> None:
    body = json.dumps({"q": "网络安全"}).encode()
    head = (
        "POST /api/search HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n"
    )
    (client,) = _connections(served, 1, head.encode())
    with client:
        assert client.recv(1024).startswith(b"HTTP/1.1 100 Continue")
        client.sendall(body)
        answer = client.makefile("rb").read()
    assert answer.startswith(b"HTTP/1.1 200 ")
    assert json.loads(answer.partition(b"\r\n\r\n")[2])["total"] >= 1


# ---------------------------------------------------------------- threads (gthread serves several requests at once)


def test_one_index_answers_threads_at_once_as_it_answers_one(reprint_index_dir: Path) -> None:
    """Whoosh reads a file by seeking a handle it shares; each thread reads its own (index/store/thread_files.py)."""
    index = SearchIndex(reprint_index_dir)
    queries = [
        "网络安全",
        "網絡安全 宣傳",
        "网信 -疫情",
        '"东数西算"',
        "泉州 OR 庆阳",
        "清朗 网络生态",
        "擎旗奋进",
        "商洛",
        "宣传",
    ]
    ids = [hit.id for q in queries for hit in index.search(SearchRequest(q=q, collapse=False, per_page=50)).hits]
    expected = {q: _answer(index, q) for q in queries} | {i: json.dumps(index.article(i).to_dict()) for i in ids}
    index = SearchIndex(reprint_index_dir)  # fresh: no cached postings or columns

    def work(number: int) -> dict[str, str]:
        keys = [*queries, *ids]
        return {
            key: _answer(index, key) if key in queries else json.dumps(index.article(key).to_dict())
            for key in (keys[number % len(keys) :] + keys[: number % len(keys)]) * 3
        }

    with ThreadPoolExecutor(8) as pool:
        for answers in pool.map(work, range(16)):
            assert answers == expected


def _answer(index: SearchIndex, q: str) -> str:
    result = index.search(SearchRequest(q=q, collapse=False, per_page=50)).to_dict()
    result.pop("took_ms")
    return json.dumps(result, ensure_ascii=False)


# ---------------------------------------------------------------- memory


COMMON = (
    "的是在了有和人这中大为上个国我以要他时来用们生到作地于出就分对"
    "成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经"
)


@pytest.fixture(scope="module")
def many_bigrams(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """150 bulletins of common characters in random order: tens of thousands of distinct bigrams (which a
    query excluding many single characters read, before characters had a field of their own)."""
    rng = random.Random(13)
    characters = sorted(set(COMMON + "网络安全信息工作部门开展宣传治理平台数据服务"))
    folder = tmp_path_factory.mktemp("bigrams-src")
    for number in range(150):
        text = "".join(rng.choice(characters) + ("，" if rng.random() < 0.05 else "") for _ in range(800))
        (folder / f"{number:03d}.txt").write_text(f"第{number}号通报\n\n{text}。\n", encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("bigrams-index")
    build([folder], Settings(index_dir=str(index_dir), build_procs=2))
    return index_dir


HEAVY_QUERIES = [
    "的 " + " ".join(f"-{c}" for c in COMMON[1:160]),  # one word and 159 exclusions, inside the length limit
    " ".join(COMMON),  # every common character as a word of its own
    "".join(COMMON) * 5,  # a long text of common characters
    "网络安全 " + " ".join(f"-{c}" for c in COMMON[20:180]),
]


@pytest.fixture(scope="module")
def heavy_service(many_bigrams: Path) -> Iterator[tuple[Server, object]]:
    with launched(many_bigrams, SEARCH_WORKERS="1") as service:
        service.wait_until_healthy(timeout=30)
        yield Server(service.url, service.logs), service


def _post(server: Server, q: str):
    return server.request("/api/search", method="POST", body=json.dumps({"q": q[:500]}).encode(), json_body=True)


def test_heavy_queries_are_answered_or_refused_within_a_second(heavy_service) -> None:
    server, _ = heavy_service
    for q in HEAVY_QUERIES:
        started = time.perf_counter()
        reply = _post(server, q)
        assert reply.status in (200, 400), reply.text
        assert time.perf_counter() - started < 1.0, q


def test_a_workers_memory_stays_under_300_mb_after_heavy_queries(heavy_service) -> None:
    server, service = heavy_service
    for _ in range(2):
        for q in HEAVY_QUERIES:
            assert _post(server, q).status in (200, 400)
    (worker,) = service.workers()
    assert _rss_mb(worker) < 300


def _rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1]) / 1024
