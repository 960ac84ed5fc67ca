"""The load benchmark measures what it says: a mix of requests the service answers, and any refusal an error."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import gunicorn

from benchmarks.load import check_mix, query_mix, run_load, texts_from_index
from benchmarks.suggest import prefix_mix
from index.settings import Settings
from index.text import to_simplified
from service.app import create_app


def test_the_load_mix_holds_only_requests_the_service_answers(seed_index_dir: Path) -> None:
    texts, provinces = texts_from_index(seed_index_dir)
    client = create_app(Settings(index_dir=str(seed_index_dir))).test_client()
    refused = {path: client.get(path).status_code for path in query_mix(texts, provinces, 300, seed=1)}
    assert {path: status for path, status in refused.items() if status != 200} == {}


def test_any_answer_but_200_is_an_error_of_the_run(seed_index_dir: Path) -> None:
    refused = ["/api/search?q=%E7%BD%91&page=0", "/api/search?q=%E7%BD%91&sort=random"]
    with gunicorn(seed_index_dir) as server:
        with pytest.raises(SystemExit, match="refuses"):
            check_mix(server.url, ["/api/search?q=%E7%BD%91", *refused])
        figures = run_load(server.url, refused, seconds=0.5, clients=2)
    assert figures["errors"] == figures["requests"] > 0
    assert all(kind.startswith("HTTP 400") for kind in figures["error_kinds"])


def test_the_suggest_benchmark_draws_traditional_prefixes_people_type() -> None:
    records = [{"title": "庆阳市网信办推进东数西算工程"}, {"title": "泉州网络安全宣传周"}]
    mix = prefix_mix(records, 60, seed=3)
    traditional = [prefix for kind, prefix in mix if kind == "traditional"]
    assert traditional and all(prefix and not prefix.isascii() for prefix in traditional)
    assert any(to_simplified(prefix) != prefix for prefix in traditional)
