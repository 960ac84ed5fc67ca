"""Startup benchmark: seconds from starting gunicorn to the first answered /api/search, and the memory of
each worker after warm-up.

    python benchmarks/startup.py [DATA] [--scale N] [--limit N] [--index-dir DIR] [--workers N] [--starts N]
                                 [--warm N]

Starts the shipped service (`python -m gunicorn -c service/gunicorn.conf.py service.wsgi:app`,
SEARCH_WORKERS workers) over an index built from the corpus in a temp dir (or --index-dir), polls
/api/search with a query until it answers 200, then sends --warm queries of the benchmark mix from as many
client threads as there are workers and reads VmRSS (and PSS) of gunicorn's child processes from /proc.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import urllib.parse
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
                    master = server.process.pid
                    for number, pid in enumerate(sorted(server.workers()), start=1):
                        memory_rows.append(
                            [
                                f"worker {number} (pid {pid})",
                                f"{status_kb(pid, 'VmRSS') / 1024:.0f}",
                                f"{status_kb(pid, 'VmHWM') / 1024:.0f}",
                                f"{pss_kb(pid) / 1024:.0f}",
                                f"{status_kb(pid, 'RssAnon') / 1024:.0f}",
                                f"{status_kb(pid, 'RssFile') / 1024:.0f}",
                            ]
                        )
                    memory_rows.append(
                        [
                            f"master (pid {master})",
                            f"{status_kb(master, 'VmRSS') / 1024:.0f}",
                            f"{status_kb(master, 'VmHWM') / 1024:.0f}",
                            f"{pss_kb(master) / 1024:.0f}",
                            f"{status_kb(master, 'RssAnon') / 1024:.0f}",
                            f"{status_kb(master, 'RssFile') / 1024:.0f}",
                        ]
                    )
                    errors = sum(load["errors"].values())

    rows.append(["median", f"{statistics.median(healths):.2f}", f"{statistics.median(firsts):.2f}"])
    print(f"## seconds from starting gunicorn ({args.workers} workers) to the first answer")
    print(table(rows, ["start", "/api/health 200", f"/api/search?q={FIRST_QUERY} 200"]))
    print()
    print(
        f"## memory after {len(load['latencies'])} queries of the mix ({args.workers} client threads, "
        f"{errors} errors), MiB"
    )
    print(
        table(
            memory_rows,
            ["process", "VmRSS", "VmHWM (peak)", "PSS (shared pages split)", "RssAnon (heap)", "RssFile (mmap)"],
        )
    )


if __name__ == "__main__":
    main()
