"""Export benchmark: seconds and worker memory of `GET /api/export` through gunicorn, from a few hundred rows to
every article of the corpus, against the library reading the same rows in this process.

    python benchmarks/export.py [DATA] [--scale N] [--limit N] [--index-dir DIR] [--repeat N]

Each case starts the shipped service (one worker, SEARCH_MAX_EXPORT above the corpus size) over an index built
from the corpus in a temp dir (or --index-dir, built there when missing), answers one search to open the
index, reads the worker's memory from /proc, then downloads the export --repeat times, reading the body in
64 KiB pieces while a thread samples the worker's VmRSS and RssAnon every 5 ms. Reported: rows, megabytes,
seconds to the first byte and to the end (median), rows/s, the worker's memory before and its peak during
the exports. A streamed export keeps the peak flat as the rows grow; a buffered one would add the body's size.
The floor is `SearchIndex.export` iterated in this process (the stored records read and decoded, no HTTP).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import (  # noqa: E402
    add_data_argument,
    header,
    prepared_corpus,
    reuse_or_build,
    status_kb,
    table,
)
from index.search.request import SearchRequest  # noqa: E402
from index.search.searcher import SearchIndex  # noqa: E402
from service.launch import launched  # noqa: E402

# (label, export parameters): a date range, a common word, and no words or filters (every article)
CASES = [
    ("2021-05 (a month)", {"date_from": "2021-05", "date_to": "2021-05"}),
    ("q=疫情", {"q": "疫情"}),
    ("q=的, by relevance", {"q": "的"}),
    ("every article", {}),
]
CHUNK = 64 * 1024


class Sampler(threading.Thread):
    """Peaks of a process's VmRSS and RssAnon (kB), sampled every 5 ms until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.rss, self.anon = pid, 0, 0
        self.running = threading.Event()
        self.running.set()

    def run(self) -> None:
        while self.running.is_set():
            self.rss = max(self.rss, status_kb(self.pid, "VmRSS"))
            self.anon = max(self.anon, status_kb(self.pid, "RssAnon"))
            time.sleep(0.005)

    def stop(self) -> None:
        self.running.clear()
        self.join()


def download(url: str) -> tuple[float, float, int, int, dict]:
    """(seconds to the first byte, seconds to the end, bytes, lines, headers) of one GET read in pieces."""
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=600) as response:
        first = response.read(1)
        to_first = time.perf_counter() - started
        size, lines = len(first), first.count(b"\n")
        while piece := response.read(CHUNK):
            size += len(piece)
            lines += piece.count(b"\n")
        return to_first, time.perf_counter() - started, size, lines, dict(response.headers)


def measure(index_dir: Path, params: dict, form: str, repeat: int, articles: int) -> list[object]:
    with launched(index_dir, SEARCH_WORKERS="1", SEARCH_MAX_EXPORT=str(max(articles, 10_000) + 1)) as service:
        service.wait_until_healthy(timeout=120)
        urllib.request.urlopen(f"{service.url}/api/search?q=%E7%BD%91%E7%BB%9C", timeout=60).read()
        (worker,) = service.workers()
        before_rss, before_anon = status_kb(worker, "VmRSS"), status_kb(worker, "RssAnon")
        sampler = Sampler(worker)
        sampler.start()
        url = f"{service.url}/api/export?" + urllib.parse.urlencode(params | {"format": form})
        runs = [download(url) for _ in range(repeat)]
        sampler.stop()
    rows = int(runs[0][4]["X-Export-Count"])
    expected_lines = rows + (1 if form == "csv" else 0)
    if any(lines != expected_lines for _, _, _, lines, _ in runs):
        raise SystemExit(f"expected {expected_lines} lines, got {[r[3] for r in runs]}")
    first, total = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
    return [
        rows,
        f"{runs[0][2] / 1e6:.1f}",
        f"{first * 1000:.0f}",
        f"{total:.2f}",
        f"{rows / total:,.0f}",
        f"{before_rss / 1024:.0f} / {before_anon / 1024:.0f}",
        f"{sampler.rss / 1024:.0f} / {sampler.anon / 1024:.0f}",
        f"{(sampler.anon - before_anon) / 1024:+.0f}",
    ]


def floor(index_dir: Path, params: dict, repeat: int) -> tuple[int, float]:
    """Rows and median seconds of iterating `SearchIndex.export` in this process (the index opened first)."""
    index = SearchIndex(index_dir)
    index.health()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        export = index.export(SearchRequest(**params), limit=10**9)
        rows = sum(1 for _ in export.rows)
        times.append(time.perf_counter() - started)
    return rows, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_data_argument(parser)
    parser.add_argument("--index-dir", default=None, help="an index to reuse (built there when missing)")
    parser.add_argument("--repeat", type=int, default=3, help="downloads per case (default 3; the median is shown)")
    parser.add_argument("--formats", nargs="+", default=["csv", "jsonl"], choices=["csv", "jsonl"])
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        workdir = Path(tmp)
        corpus, records = prepared_corpus(args, workdir)
        print(header("export benchmark"))
        index_dir = reuse_or_build(Path(args.index_dir) if args.index_dir else workdir / "index", corpus)
        articles = len(records) * args.scale
        print(flush=True)

        rows, floors = [], []
        for label, params in CASES:
            count, seconds = floor(index_dir, params, args.repeat)
            floors.append([label, count, f"{seconds:.2f}", f"{count / seconds:,.0f}"])
            for form in args.formats:
                rows.append([label, form, *measure(index_dir, params, form, args.repeat, articles)])
                print(f"  {label} {form}: {rows[-1][5]} s", flush=True)

    print(f"\n## GET /api/export through gunicorn (1 worker), median of {args.repeat} downloads")
    print(
        table(
            rows,
            [
                "export",
                "format",
                "rows",
                "MB",
                "first byte ms",
                "seconds",
                "rows/s",
                "worker before: RSS / heap MiB",
                "peak during: RSS / heap MiB",
                "heap growth MiB",
            ],
        )
    )
    print("\n## floor: SearchIndex.export iterated in this process (no HTTP, no CSV)")
    print(table(floors, ["export", "rows", "seconds", "rows/s"]))


if __name__ == "__main__":
    main()
