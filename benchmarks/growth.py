"""What each part grown since the 53.8 ms p95 (issue 24) costs a search, measured apart in one process.

    python benchmarks/growth.py --index-dir DIR [--queries N] [--rounds R]

Over one index and queries.py's mix, the library's search is timed (process CPU time per query, insensitive
to other load on a shared machine; wall time beside it) with each part switched off in turn: collapsing
reprint groups (`collapse=False`), the bigram units (`gram_boost=0`), the character field's queries (a word's
exact characters, `chars_boost=0`, and the run found as typed, `run_boost=0`), and all of them at once (what a
search did before they came). Variants take turns query by query, so load on the machine falls on each alike.
Switching a part off changes the ranking: these variants are for measuring, never for serving.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import DEFAULT_DATA, header, load_records, percentile, table  # noqa: E402
from benchmarks.queries import query_mix  # noqa: E402

VARIANTS = {
    "as shipped": ({}, True),
    "no collapsing": ({}, False),
    "no bigram units": ({"gram_boost": 0.0}, True),
    "no character field": ({"chars_boost": 0.0, "run_boost": 0.0}, True),
    "none of the three": ({"gram_boost": 0.0, "chars_boost": 0.0, "run_boost": 0.0}, False),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index-dir", required=True)
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="corpus the query mix is drawn from")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=1, help="times the mix is run (after one warm-up run)")
    parser.add_argument("--seed", type=int, default=20241123)
    args = parser.parse_args()

    from index.search import SearchIndex, SearchRequest
    from index.search.ranking import Ranking
    from index.settings import Settings

    print(header("what grew: a search's parts measured apart"))
    records = load_records(Path(args.data))
    queries = query_mix(records, args.queries, args.seed)
    settings = Settings(query_timeout_ms=0)
    indexes = {
        name: SearchIndex(args.index_dir, settings, replace(Ranking(), **r)) for name, (r, _) in VARIANTS.items()
    }
    cpu: dict[str, list[float]] = {name: [] for name in VARIANTS}
    wall: dict[str, list[float]] = {name: [] for name in VARIANTS}
    for round_no in range(args.rounds + 1):
        for query in queries:
            for name, (_, collapsed) in VARIANTS.items():
                request = SearchRequest(
                    q=query["q"],
                    province=query.get("province"),
                    date_from=query.get("date_from"),
                    date_to=query.get("date_to"),
                    per_page=10,
                    collapse=collapsed,
                )
                started, cpu_started = time.perf_counter(), time.process_time()
                indexes[name].search(request)
                if round_no:  # the first round warms every variant's caches
                    wall[name].append((time.perf_counter() - started) * 1000)
                    cpu[name].append((time.process_time() - cpu_started) * 1000)
    base = sum(cpu["as shipped"]) / len(cpu["as shipped"])
    rows = []
    for name in VARIANTS:
        c, w = sorted(cpu[name]), sorted(wall[name])
        mean = sum(c) / len(c)
        rows.append(
            [
                name,
                f"{mean:.2f}",
                f"{percentile(c, 95):.1f}",
                f"{percentile(w, 50):.1f}",
                f"{percentile(w, 95):.1f}",
                f"{mean / base:.2f}x",
            ]
        )
    print(f"{len(queries)} queries x {args.rounds} rounds, per variant; ms")
    print(table(rows, ["variant", "cpu mean", "cpu p95", "wall p50", "wall p95", "cpu mean / shipped"]))


if __name__ == "__main__":
    main()
