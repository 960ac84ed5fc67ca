"""Startup benchmark: seconds from starting gunicorn to the first answered /api/search, and the memory of
each worker after warm-up.

    python benchmarks/startup.py [DATA] [--scale N] [--limit N] [--index-dir DIR] [--workers N] [--starts N]
                                 [--warm N]

Starts the shipped service (`python -m gunicorn -c service/gunicorn.conf.py service.wsgi:app`,
SEARCH_WORKERS workers) over an index built from the corpus in a temp dir (or --index-dir), polls
/api/search with a query until it answers 200, then sends --warm queries of the benchmark mix from as many
client threads as there are workers and reads VmRSS (and PSS) of gunicorn's child processes from /proc; then
--heavy rounds of heavy queries (a word and 159 excluded common characters, every common character as a word,
a long text of common characters: what reads the most posting lists within the length limit) from as many
threads, and reads the memory again (the postings cache's budget, SEARCH_POSTINGS_CACHE_MB, is what bounds it).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import (  # noqa: E402
    add_data_argument,
    build_index,
    generation_dir,
    gunicorn,
    header,
    prepared_corpus,
    pss_kb,
    record_text,
    status_kb,
    table,
)
from benchmarks.queries import http_load, query_mix  # noqa: E402

FIRST_QUERY = "网络安全"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_data_argument(parser)
    parser.add_argument("--index-dir", default=None, help="an index to reuse (built there when missing)")
    parser.add_argument("--workers", type=int, default=2, help="SEARCH_WORKERS (default 2)")
    parser.add_argument("--starts", type=int, default=3, help="times to start the service (default 3)")
    parser.add_argument("--warm", type=int, default=200, help="queries before reading memory (default 200)")
    parser.add_argument("--seed", type=int, default=20241123, help="seed of the query mix")
    parser.add_argument("--heavy", type=int, default=2, help="rounds of heavy queries, per worker (default 2)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        workdir = Path(tmp)
        corpus, records = prepared_corpus(args, workdir)
        print(header("startup benchmark"))
        index_dir = Path(args.index_dir) if args.index_dir else workdir / "index"
        if not (index_dir / "current").exists():
            seconds, report = build_index(corpus, index_dir)
            print(f"built the index in {seconds:.1f} s: {report.splitlines()[0]}")
        else:
            print(f"reused the index {generation_dir(index_dir)}")
        queries = query_mix(records, args.warm, args.seed)
        print(flush=True)

        first = "/api/search?" + urllib.parse.urlencode({"q": FIRST_QUERY})
        rows, memory_rows, firsts, healths = [], [], [], []
        for start in range(1, args.starts + 1):
            with gunicorn(index_dir, workers=args.workers) as server:
                health = None
                while True:
                    if health is None and server.status("/api/health", timeout=5) == 200:
                        health = time.perf_counter() - server.started
                    status = server.status(first, timeout=10)
                    if status == 200:
                        first_seconds = time.perf_counter() - server.started
                        break
                    if server.process.poll() is not None:
                        raise SystemExit(f"gunicorn exited:\n{(server.logs / 'stderr').read_text()[-3000:]}")
                    if time.perf_counter() - server.started > 120:
                        raise SystemExit("gunicorn did not answer /api/search in 120 s")
                    time.sleep(0.02)
                firsts.append(first_seconds)
                healths.append(health or first_seconds)
                rows.append([start, f"{health or first_seconds:.2f}", f"{first_seconds:.2f}"])
                if start == args.starts:
                    load = http_load(server.host, server.port, queries, args.workers, 600, limit=args.warm)
                    memory_rows += _memory(server, f"after {len(load['latencies'])} queries of the mix")
                    errors = sum(load["errors"].values())
                    heavy = _heavy_run(server, records, args.heavy * args.workers, args.workers)
                    memory_rows += _memory(server, f"after {len(heavy)} heavy queries")

    rows.append(["median", f"{statistics.median(healths):.2f}", f"{statistics.median(firsts):.2f}"])
    print(f"## seconds from starting gunicorn ({args.workers} workers) to the first answer")
    print(table(rows, ["start", "/api/health 200", f"/api/search?q={FIRST_QUERY} 200"]))
    print()
    print(f"## memory ({args.workers} client threads; {errors} errors in the mix), MiB")
    print(
        table(
            memory_rows,
            ["when", "process", "VmRSS", "VmHWM (peak)", "PSS (shared pages split)", "RssAnon (heap)", "RssFile"],
        )
    )
    print()
    print("## heavy queries (seconds each, status)")
    print(table([[kind, f"{seconds:.2f}", status] for kind, seconds, status in heavy], ["query", "seconds", "status"]))


def _memory(server, when: str) -> list[list[str]]:
    """One row per process: gunicorn's workers, then its master."""
    processes = [(f"worker {n} (pid {pid})", pid) for n, pid in enumerate(sorted(server.workers()), start=1)]
    processes.append((f"master (pid {server.process.pid})", server.process.pid))
    return [
        [
            when,
            name,
            f"{status_kb(pid, 'VmRSS') / 1024:.0f}",
            f"{status_kb(pid, 'VmHWM') / 1024:.0f}",
            f"{pss_kb(pid) / 1024:.0f}",
            f"{status_kb(pid, 'RssAnon') / 1024:.0f}",
            f"{status_kb(pid, 'RssFile') / 1024:.0f}",
        ]
        for name, pid in processes
    ]


def heavy_queries(records: list[dict]) -> dict[str, str]:
    """The queries that read the most posting lists within the default length limit (500 characters), made
    of the corpus's most common characters."""
    text = "".join(record_text(record) or "" for record in records[:2000])
    counts = Counter(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    common = [ch for ch, _ in counts.most_common(250)]
    return {
        "a word and 159 excluded characters": f"{common[0]} " + " ".join(f"-{ch}" for ch in common[1:160]),
        "250 common characters as words": " ".join(common)[:500],
        "a long text of common characters": "".join(common * 2)[:500],
    }


def _heavy_run(server, records: list[dict], count: int, threads: int) -> list[tuple[str, float, int]]:
    """`count` heavy queries by POST /api/search from `threads` threads: (kind, seconds, status) of each."""
    kinds = list(heavy_queries(records).items())

    def one(number: int) -> tuple[str, float, int]:
        kind, q = kinds[number % len(kinds)]
        request = urllib.request.Request(
            server.url + "/api/search",
            data=json.dumps({"q": q}).encode(),
            headers={"Content-Type": "application/json"},
        )
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=300) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        return kind, time.perf_counter() - started, status

    with ThreadPoolExecutor(threads) as pool:
        return list(pool.map(one, range(count)))


if __name__ == "__main__":
    main()
