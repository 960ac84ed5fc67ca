"""The load benchmark measures what it says: a mix of requests the service answers, and any refusal an error."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from conftest import gunicorn

from benchmarks.build_profile import Timeline
from benchmarks.common import cpu_seconds
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


def test_the_clause_set_asks_each_asked_query_without_its_question(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import evalsets
    import headline_sets

    headline = evalsets.QuerySet("headline", "news")
    headline.add("headline:a", "庆阳市网信办开展网络安全宣传周活动", {"a"}, "a")
    headline.add("headline:b", "泉州：多部门联合整治短视频平台乱象，守护清朗网络空间", {"b"}, "b")
    asked = headline_sets.asked(headline, seed=7)
    clause = headline_sets.asked(headline, seed=7, question=False)
    pairs = list(zip(asked.queries, clause.queries, strict=True))
    assert [q.split(":", 1)[1] for (q, _), _ in pairs] == ["a", "b"]
    assert all(text.startswith(bare) and text != bare for (_, text), (_, bare) in pairs)
    assert all(to_simplified(text)[len(bare) :] in headline_sets.QUESTIONS for (_, text), (_, bare) in pairs)
    assert clause.halves == {"clause:a": headline.halves["headline:a"], "clause:b": headline.halves["headline:b"]}


def test_relevance_recall_at_depth_finds_an_article_past_the_first_page_that_mrr_leaves_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import evalsets
    from relevance import Run, metrics

    qset = evalsets.QuerySet("mixed", "news")
    qset.add("mixed:a", "曲靖交警整治城市拥堵", {"a"}, "a")
    qset.add("mixed:b", "wenshan州开展禁毒宣传", {"b"}, "b")
    others = [f"x{n}" for n in range(49)]
    run = Run("ours", "mixed", {"mixed:a": ["a", *others], "mixed:b": [*others[:30], "b", *others[30:]]}, 1.0)
    deep, shallow = metrics(run, qset, "all", depth=50), metrics(run, qset, "all")
    assert deep["R@50"] == 1.0 and "R@50" not in shallow
    assert deep["MRR@10"] == shallow["MRR@10"] == 0.5 and deep["R@10"] == shallow["R@10"] == 0.5


def test_relevance_reprint_view_counts_the_builds_reprint_of_the_answer_and_leaves_the_evaluation_as_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import evalsets
    from relevance import Run, metrics, reprint_view

    qset = evalsets.QuerySet("headline", "news")
    qset.add("headline:a", "全国哀悼，为了更好地前行", {"a"}, "a")
    run = Run("ours [current]", "headline", {"headline:a": ["光明日报的转载", "a"]}, 1.0)
    half = qset.halves["headline:a"]
    view = reprint_view(
        [run], [qset], [half], {"news": {"a": {"a", "光明日报的转载"}, "光明日报的转载": {"a", "光明日报的转载"}}}
    )
    cells = [cell.strip() for cell in view.splitlines()[-1].strip("|").split("|")]
    assert cells[-3:] == ["0.5000", "1.0000", "+0.5000"]
    assert metrics(run, qset, half)["MRR@10"] == 0.5 and qset.qrels["headline:a"] == {"a"}


def _busy_child(seconds: float) -> None:
    """Fork a process that keeps a core busy for `seconds` of CPU and wait for it, as a build waits for its shards."""
    pid = os.fork()
    if pid == 0:
        until = time.process_time() + seconds
        while time.process_time() < until:
            pass
        os._exit(0)
    os.waitpid(pid, 0)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="the timeline reads /proc")
def test_the_timeline_charges_a_workers_cpu_to_the_step_the_parent_waits_in() -> None:
    timeline = Timeline()
    with timeline:
        timeline.wrap("shards", _busy_child)(0.4)
        time.sleep(0.1)
    steps = timeline.by_step()
    wall, parent, workers = steps["shards"]
    assert workers >= 0.3 and parent < 0.1 and wall >= 0.35
    assert steps["other"][2] < 0.05  # nothing of the worker's outside its step


def test_a_process_cpu_seconds_count_what_it_used_and_a_gone_one_none() -> None:
    before = cpu_seconds([os.getpid()])
    busy_until = time.process_time() + 0.3
    while time.process_time() < busy_until:
        pass
    assert cpu_seconds([os.getpid()]) - before >= 0.25
    assert cpu_seconds([2**22 + 1]) == 0
