"""Shared fixtures: the bundled seeds, an index built from them once per session, the shared data."""

from __future__ import annotations

import contextlib
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from index.build import build
from index.search import SearchIndex
from service.launch import launched

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

SEED_FILES = {
    "000": SEEDS / "000_c729cffc91d33526.txt",
    "001": SEEDS / "001_12268834ad4b7733.txt",
    "002": SEEDS / "002_eec8dd7fda293d79.txt",
    "003": SEEDS / "003_06a59c289477a69b.txt",
    "004": SEEDS / "004_e482cdb6bdf3e6cd.txt",
}


@pytest.fixture(scope="session")
def seed_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the five seed articles, built once and shared read-only by the tests."""
    index_dir = tmp_path_factory.mktemp("seed-index")
    build([SEEDS], index_dir, procs=1)
    return index_dir


@pytest.fixture(scope="session")
def seed_search(seed_index_dir: Path) -> SearchIndex:
    return SearchIndex(seed_index_dir)


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    text: str

    @property
    def json(self) -> Any:
        return json.loads(self.text)


@dataclass
class Server:
    url: str
    logs: Path

    def request(
        self,
        path: str,
        params: dict | list[tuple] | None = None,
        method: str = "GET",
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        json_body: bool = False,
    ) -> Reply:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        headers = (headers or {}) | ({"Content-Type": "application/json"} if json_body else {})
        url = f"{self.url}{urllib.parse.quote(path)}{query}"
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=10) as response:
                return Reply(response.status, dict(response.headers), response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            with error:
                return Reply(error.code, dict(error.headers), error.read().decode("utf-8"))

    def search(self, **params: Any) -> dict:
        reply = self.request("/api/search", params)
        assert reply.status == 200, reply.text
        return reply.json


@contextlib.contextmanager
def gunicorn(index_dir: Path, **settings: str) -> Iterator[Server]:
    """The real service: gunicorn with the shipped config over `index_dir` on a free local port."""
    with launched(index_dir, **settings) as service:
        service.wait_until_healthy(timeout=30)
        yield Server(service.url, service.logs)
