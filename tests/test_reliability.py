"""Reliability of index updates under a live service: builds while serving, killed builds, concurrent builds.

Every build here is the real command line (`python -m index build`) in a subprocess, and the service is the
real gunicorn from conftest, so the atomic swap, the reopen after it and the build lock are tested as they run.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, Server, gunicorn

from index import store
from index.build import build
from index.settings import Settings

NEW_PHRASE = "玄武岩算力走廊"  # made up: in no seed article
CHANGED_PHRASE = "翡翠湖数据港"
QUERIES = ["网络安全", '"东数西算"', "网信 OR 庆阳", "(泉州 OR 庆阳) -东数西算", "宣传", "網絡安全"]


def _build_cmd(source: Path, index_dir: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "index", "build", str(source), "--index-dir", str(index_dir), *extra]


def _run_build(source: Path, index_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        _build_cmd(source, index_dir, *extra), cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )


class QueryLoop(threading.Thread):
    """Sends searches and health checks back to back until stopped; keeps every failure it sees."""

    def __init__(self, server: Server) -> None:
        super().__init__(daemon=True)
        self.server = server
        self.stop = threading.Event()
        self.failures: list[str] = []
        self.answered = 0

    def run(self) -> None:
        number = 0
        while not self.stop.is_set():
            query = QUERIES[number % len(QUERIES)]
            number += 1
            for path, params in (("/api/search", {"q": query}), ("/api/health", None)):
                try:
                    reply = self.server.request(path, params)
                    body = reply.json
                except Exception as error:  # noqa: BLE001 - every failure is what this test looks for
                    self.failures.append(f"{path} {params}: {type(error).__name__}: {error}")
                    continue
                if reply.status != 200 or not isinstance(body, dict):
                    self.failures.append(f"{path} {params}: {reply.status} {reply.text[:200]}")
                self.answered += 1
            self.stop.wait(0.005)  # continuous, but leaving the builds some CPU on a small machine

    def finish(self) -> None:
        self.stop.set()
        self.join(timeout=30)


def _ids(server: Server, **params: str) -> set[str]:
    return {hit["id"] for hit in server.search(per_page=50, **params)["hits"]}


@pytest.mark.slow
def test_builds_while_serving_never_fail_a_query_and_the_new_content_is_served(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(SEEDS, source)
    index_dir = tmp_path / "ix"
    build([source], Settings(index_dir=str(index_dir), build_procs=1))
    with gunicorn(index_dir) as server:
        loop = QueryLoop(server)
        loop.start()
        try:
            time.sleep(0.3)
            (source / "zz_new.txt").write_text(
                f"新增的测试文章\n\n本文介绍{NEW_PHRASE}的建设情况,网络安全工作稳步推进。\n", encoding="utf-8"
            )
            changed = source / "001_12268834ad4b7733.txt"
            changed.write_text(changed.read_text(encoding="utf-8") + f"\n\n{CHANGED_PHRASE}正式投入使用。\n")
            (source / "002_eec8dd7fda293d79.txt").unlink()

            update = _run_build(source, index_dir)
            assert update.returncode == 0, update.stderr
            assert "added 1, updated 1, removed 1, unchanged 3" in update.stdout

            # Answered by the running workers, no restart: the next query reopens the swapped generation.
            assert _ids(server, q=f'"{NEW_PHRASE}"') == {"zz_new"}
            assert _ids(server, q=f'"{CHANGED_PHRASE}"') == {"001_12268834ad4b7733"}
            assert server.request("/api/articles/002_eec8dd7fda293d79").status == 404
            assert server.request("/api/health").json["articles"] == 5

            # Two more swaps in a row (a full rebuild replaces every segment), pruning the generation the
            # workers read first, while the queries keep coming.
            for extra in (["--full"], []):
                (source / "zz_new.txt").touch()
                (source / "003_06a59c289477a69b.txt").write_text(
                    (SEEDS / "003_06a59c289477a69b.txt").read_text(encoding="utf-8") + f"\n更新{len(extra)}。\n"
                )
                again = _run_build(source, index_dir, *extra)
                assert again.returncode == 0, again.stderr
            time.sleep(0.3)
        finally:
            loop.finish()
        assert loop.failures == []
        assert loop.answered > 20
        assert _ids(server, q=f'"{NEW_PHRASE}"') == {"zz_new"}
        assert server.request("/api/health").json["articles"] == 5


def _big_corpus(folder: Path, copies: int) -> Path:
    """`copies` seed articles under distinct names, each with a line of its own (so each is a new article)."""
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for number in range(copies):
        seed = seeds[number % len(seeds)]
        text = seed.read_text(encoding="utf-8") + f"\n\n第{number}号副本的补充说明。\n"
        (folder / f"copy{number:03d}_{seed.name}").write_text(text, encoding="utf-8")
    return folder


def _build_processes(index_dir: Path) -> list[int]:
    """Pids of processes still running a build of `index_dir` (the build and its shard workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if b"build" in command and str(index_dir).encode() in command:
                found.append(int(entry.name))
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the build's worker processes")
def test_a_build_killed_at_any_point_leaves_the_previous_index_serving(tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    build([SEEDS], Settings(index_dir=str(index_dir), build_procs=1))
    copies = 400  # the build's writing must outlast the latest kill on a fast machine (80 did not, 2026-12-06)
    corpus = _big_corpus(tmp_path / "big", copies)
    rng = random.Random(20261123)
    # Seeded points in time, each counted from the build's start or from the moment its workspace appears
    # (the machine's speed decides how long reading the sources takes; the writing phase is what matters).
    points = [("start", rng.uniform(0.05, 0.6))] + [("workspace", rng.uniform(0.0, 0.8)) for _ in range(3)]
    leftovers: set[str] = set()
    with gunicorn(index_dir) as server:
        before = server.request("/api/health").json
        served = _ids(server, q="网络安全")
        for since, delay in points:
            # The build forks shard workers (two procs, more than enough inputs); only the build itself is
            # killed, as the OOM killer or `kill -9 PID` would.
            process = subprocess.Popen(
                _build_cmd(corpus, index_dir, "--procs", "2"),
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            if since == "workspace":
                deadline = time.monotonic() + 60
                while not list(index_dir.glob(f".tmp-{process.pid}-*")) and process.poll() is None:
                    assert time.monotonic() < deadline, "the build made no workspace in 60 s"
                    time.sleep(0.01)
            time.sleep(delay)
            delay_text = f"{delay:.2f} s after its {since}"
            assert process.poll() is None, f"the build ended {delay_text}: make the corpus bigger"
            process.send_signal(signal.SIGKILL)
            process.communicate(timeout=30)
            assert process.returncode == -signal.SIGKILL

            assert server.request("/api/health").json == before, f"killed {delay_text}"
            assert _ids(server, q="网络安全") == served
            assert store.current_generation(index_dir).name == before["generation"]
            leftovers |= {path.name for path in index_dir.glob(".tmp-*")}
            deadline = time.monotonic() + 5  # the shard workers die with the build
            while _build_processes(index_dir) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert _build_processes(index_dir) == [], f"workers outlived the build killed {delay_text}"

        assert leftovers, "no kill point fell after the workspace was made"
        present = {path.name for path in index_dir.glob(".tmp-*")}
        finished = _run_build(corpus, index_dir, "--procs", "2")
        assert finished.returncode == 0, finished.stderr
        reported = {
            line.rsplit(": ", 1)[1]
            for line in finished.stdout.splitlines()
            if line.startswith("removed a leftover workspace")
        }
        assert reported == present
        assert not list(index_dir.glob(".tmp-*"))
        assert f"added {copies}, updated 0, removed 5" in finished.stdout
        assert server.request("/api/health").json["articles"] == copies
        assert server.search(q="第17号副本")["total"] >= 1


@pytest.mark.slow
def test_two_builds_at_once_one_refuses_clearly_and_the_index_stays_whole(tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    build([SEEDS], Settings(index_dir=str(index_dir), build_procs=1))
    corpus = _big_corpus(tmp_path / "big", 24)
    # One build holds the lock for its whole run; a second started meanwhile refuses at once.
    first = subprocess.Popen(
        _build_cmd(corpus, index_dir, "--procs", "1"), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 20
    while not _lock_taken(index_dir, first.pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    # Paused while it holds the lock, so that a first build quicker than the second's start cannot make the
    # refusal below a race (it was one: 24 articles can be built before another interpreter starts).
    os.kill(first.pid, signal.SIGSTOP)
    try:
        second = _run_build(SEEDS, index_dir)
        waited = subprocess.Popen(
            _build_cmd(SEEDS, index_dir, "--wait"), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
    finally:
        os.kill(first.pid, signal.SIGCONT)
    out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err

    assert second.returncode != 0
    assert "another build is running" in second.stderr
    assert "--wait" in second.stderr
    assert second.stdout == ""

    # --wait blocks until the first build ends, then runs: back to the five seeds.
    waited_out, waited_err = waited.communicate(timeout=120)
    assert waited.returncode == 0, waited_err
    assert "removed 24" in waited_out
    search = subprocess.run(
        [sys.executable, "-m", "index", "search", "--index-dir", str(index_dir), "--json", "网络安全"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(search.stdout)["total"] >= 1
    assert not list(index_dir.glob(".tmp-*"))


def _lock_taken(index_dir: Path, pid: int) -> bool:
    """True once the build `pid` has written its pid into the lock file (it does so holding the lock)."""
    try:
        return (index_dir / store.LOCK).read_text().strip() == str(pid)
    except OSError:
        return False


def test_simultaneous_starts_never_corrupt_the_index(tmp_path: Path) -> None:
    """Several builds launched in the same instant: each either runs or refuses with the message."""
    index_dir = tmp_path / "ix"
    source = tmp_path / "src"
    shutil.copytree(SEEDS, source)
    build([source], Settings(index_dir=str(index_dir), build_procs=1))
    (source / "000_c729cffc91d33526.txt").unlink()
    processes = [
        subprocess.Popen(
            _build_cmd(source, index_dir, "--procs", "1"),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=os.environ | {"PYTHONHASHSEED": str(n)},
        )
        for n in range(3)
    ]
    results = [(p.wait(timeout=120), *p.communicate()) for p in processes]
    for code, _out, err in results:
        assert code == 0 or "another build is running" in err, err
    assert any(code == 0 for code, _, _ in results)
    assert sum("removed 1" in out for _, out, _ in results) == 1  # the removal happened exactly once
    generation = store.current_generation(index_dir)
    assert len(store.read_json(generation / store.MANIFEST)) == 4
    assert not list(index_dir.glob(".tmp-*"))
