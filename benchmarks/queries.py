"""Query benchmark: latency of a full search through the library, against a naive Whoosh + jieba setup,
then throughput and latency over HTTP through gunicorn with the shipped config.

    python benchmarks/queries.py [DATA] [--scale N] [--limit N] [--queries N] [--concurrency N] [--seconds S]
                                 [--index-dir DIR] [--naive-dir DIR] [--skip-naive] [--skip-http] [--profile N]

The query mix is fixed by --seed (random.Random): title words (a jieba word of a title), two words of a
title, exact phrases (a 3-6 character substring of a body in “...”), a province or year filter on some,
and a few in Traditional script (OpenCC s2t). The library is timed through
`SearchIndex(dir).search(SearchRequest(...))` (top 10 articles with snippets and facets), the searcher reused,
after a warm-up. The naive setup is Whoosh with `jieba.analyse.ChineseAnalyzer` on title and body (stored),
the default query parser (AND) over both fields, top 10 with Whoosh's default `hit.highlights("body")`; its
province filter is the province's name added as a query word (it has no region field), its year filter a
TermRange on a date field. Indexes are built once in a temp dir unless --index-dir / --naive-dir name
folders to reuse (an empty or missing one is built and kept).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import http.client
import io
import pstats
import random
import re
import sys
import tempfile
import threading
import time
import urllib.parse
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import (  # noqa: E402
    add_data_argument,
    build_index,
    cpu_seconds,
    generation_dir,
    gunicorn,
    header,
    percentile,
    prepared_corpus,
    record_text,
    table,
)

# fmt: off
PROVINCES = [
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃",
    "青海", "宁夏", "新疆",
]
# fmt: on
KINDS = (("title word", 40), ("two words", 25), ("phrase", 25), ("traditional", 10))
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")


# ---------------------------------------------------------------- the query mix


def query_mix(records: list[dict], count: int, seed: int) -> list[dict]:
    """`count` queries drawn from the records: {"kind", "q", and optionally "province", "date_from", "date_to"}."""
    import opencc

    from index.text.analysis import plain_tokenizer  # jieba as it ships, its dictionary load kept quiet

    jieba = plain_tokenizer()
    to_traditional = opencc.OpenCC("s2t")
    rng = random.Random(seed)
    titled = [r for r in records if isinstance(r.get("title"), str) and len(_title_words(r["title"], jieba)) >= 1]
    dated = [r for r in records if isinstance(r.get("date"), str) and re.match(r"^\d{4}", r["date"])]
    kinds, weights = zip(*KINDS, strict=True)
    queries: list[dict] = []
    while len(queries) < count:
        kind = rng.choices(kinds, weights)[0]
        filter_kind = rng.choices(["none", "province", "date"], [80, 10, 10])[0]
        if filter_kind == "date" and not dated:
            filter_kind = "none"
        record = rng.choice(dated if filter_kind == "date" and dated else titled)
        query: dict = {"kind": kind}
        if kind == "phrase":
            phrase = _phrase(record_text(record), rng)
            if not phrase:
                continue
            query["q"] = f"“{phrase}”"
        else:
            words = _title_words(record.get("title") or "", jieba)
            if not words:
                continue
            if kind == "two words" and len(words) >= 2:
                query["q"] = " ".join(rng.sample(words, 2))
            elif kind == "two words":
                continue
            else:
                query["q"] = rng.choice(words)
            if kind == "traditional":
                query["q"] = to_traditional.convert(query["q"])
        if filter_kind == "province":
            text = (record.get("title") or "") + record_text(record)
            present = [p for p in PROVINCES if p in text]
            query["province"] = rng.choice(present or PROVINCES)
            query["kind"] += " + province"
        elif filter_kind == "date":
            year = record["date"][:4]
            query["date_from"] = query["date_to"] = year
            query["kind"] += " + year"
        queries.append(query)
    return queries


def _title_words(title: str, jieba) -> list[str]:
    return list(dict.fromkeys(w for w in jieba.cut(title) if _WORD.match(w)))


def _phrase(text: str, rng: random.Random) -> str | None:
    """A 3-6 character substring of `text` made of Chinese characters only (20 tries)."""
    for _ in range(20):
        length = rng.randint(3, 6)
        if len(text) <= length:
            return None
        start = rng.randrange(len(text) - length)
        piece = text[start : start + length]
        if _HAN.match(piece):
            return piece
    return None


# ---------------------------------------------------------------- the two engines


class Ours:
    name = "ours"

    def __init__(self, index_dir: Path) -> None:
        from index.search.request import SearchRequest
        from index.search.searcher import SearchIndex

        self.request_type = SearchRequest
        self.index = SearchIndex(index_dir)

    def search(self, query: dict) -> int:
        request = self.request_type(
            q=query["q"],
            province=query.get("province"),
            date_from=query.get("date_from"),
            date_to=query.get("date_to"),
            per_page=10,
        )
        return self.index.search(request).total


def _chinese_analyzer():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from jieba.analyse import ChineseAnalyzer
    return ChineseAnalyzer()


def build_naive(records: list[dict], scale: int, folder: Path) -> float:
    """The naive index: one Whoosh document per article, title and body stored, jieba's ChineseAnalyzer."""
    from whoosh import fields, index

    analyzer = _chinese_analyzer()
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=fields.TEXT(stored=True, analyzer=analyzer),
        body=fields.TEXT(stored=True, analyzer=analyzer),
        date=fields.ID(stored=True),
    )
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    ix = index.create_in(str(folder), schema)
    writer = ix.writer()
    for copy in range(scale):
        for number, record in enumerate(records):
            writer.add_document(
                id=f"{record.get('id') or number}~x{copy}",
                title=record.get("title") or "",
                body=record_text(record),
                date=record.get("date") or "",
            )
    writer.commit()
    return time.perf_counter() - started


class Naive:
    name = "naive"

    def __init__(self, folder: Path) -> None:
        from whoosh import index
        from whoosh import query as wq
        from whoosh.qparser import MultifieldParser

        self.ix = index.open_dir(str(folder))
        self.searcher = self.ix.searcher()
        self.parser = MultifieldParser(["title", "body"], self.ix.schema)  # default group: AND
        self.term_range = wq.TermRange

    def search(self, query: dict) -> int:
        text = query["q"].replace("“", '"').replace("”", '"')
        if query.get("province"):
            text = f"{text} {query['province']}"
        date_filter = None
        if query.get("date_from"):
            date_filter = self.term_range("date", query["date_from"], query["date_to"] + "\uffff")
        results = self.searcher.search(self.parser.parse(text), limit=10, filter=date_filter)
        for hit in results:
            hit["title"]
            hit.highlights("body")
        return len(results)


def time_engine(engine, queries: list[dict], warmup: list[dict]) -> dict:
    """Per-query latencies in ms (in mix order) with totals and errors."""
    for query in warmup:
        with contextlib.suppress(Exception):  # counted below, when timed
            engine.search(query)
    latencies, cpu, totals, errors = [], [], [], Counter()
    for query in queries:
        started, cpu_started = time.perf_counter(), time.process_time()
        try:
            totals.append(engine.search(query))
        except Exception as error:  # a benchmark reports failures, it does not stop
            errors[type(error).__name__] += 1
            totals.append(None)
        latencies.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    return {"latencies": latencies, "cpu": cpu, "totals": totals, "errors": errors}


def stats(latencies: list[float]) -> dict[str, float]:
    ordered = sorted(latencies)
    return {
        "p50": percentile(ordered, 50),
        "p95": percentile(ordered, 95),
        "p99": percentile(ordered, 99),
        "mean": sum(ordered) / len(ordered) if ordered else float("nan"),
        "max": ordered[-1] if ordered else float("nan"),
    }


# ---------------------------------------------------------------- HTTP


def http_load(
    url_host: str, port: int, queries: list[dict], concurrency: int, seconds: float, limit: int | None = None
) -> dict:
    """`concurrency` threads, each with its own keep-alive http.client connection (reopened when the server
    closes it, as gunicorn's sync workers do), sending the mix in turn for `seconds` (or `limit` requests)."""
    paths = ["/api/search?" + urllib.parse.urlencode({k: v for k, v in q.items() if k != "kind"}) for q in queries]
    lock = threading.Lock()
    position = [0]
    latencies: list[float] = []
    errors: Counter = Counter()
    deadline = time.perf_counter() + seconds

    def next_path() -> str | None:
        with lock:
            if limit is not None and position[0] >= limit:
                return None
            path = paths[position[0] % len(paths)]
            position[0] += 1
            return path

    def client() -> None:
        connection = http.client.HTTPConnection(url_host, port, timeout=30)
        mine: list[float] = []
        while time.perf_counter() < deadline:
            path = next_path()
            if path is None:
                break
            started = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                status = response.status
                if response.will_close:
                    connection.close()
            except Exception as error:
                connection.close()
                with lock:
                    errors[type(error).__name__] += 1
                continue
            mine.append((time.perf_counter() - started) * 1000)
            if status != 200:
                with lock:
                    errors[f"HTTP {status}"] += 1
        connection.close()
        with lock:
            latencies.extend(mine)

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {"latencies": latencies, "errors": errors, "elapsed": elapsed, "sent": position[0]}


# ---------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_data_argument(parser)
    parser.add_argument("--queries", type=int, default=1000, help="queries in the mix (default 1000)")
    parser.add_argument("--seed", type=int, default=20241123, help="seed of the query mix")
    parser.add_argument("--warmup", type=int, default=100, help="untimed queries first (drawn with another seed)")
    parser.add_argument("--concurrency", type=int, default=4, help="HTTP clients (default 4)")
    parser.add_argument("--seconds", type=float, default=20, help="HTTP load duration (default 20)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers, SEARCH_WORKERS (default 2)")
    parser.add_argument("--index-dir", default=None, help="our index to reuse (built there when missing)")
    parser.add_argument("--naive-dir", default=None, help="the naive Whoosh index to reuse (built when missing)")
    parser.add_argument("--skip-naive", action="store_true")
    parser.add_argument("--skip-http", action="store_true")
    parser.add_argument("--profile", type=int, default=0, help="cProfile N library queries and print the top")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-queries-") as tmp:
        workdir = Path(tmp)
        corpus, records = prepared_corpus(args, workdir)
        print(header("query benchmark"))
        print(f"corpus:  {len(records) * args.scale:,} articles ({len(records):,} x {args.scale})", flush=True)
        notes = []

        index_dir = Path(args.index_dir) if args.index_dir else workdir / "index"
        if not (index_dir / "current").exists():
            seconds, report = build_index(corpus, index_dir)
            notes.append(f"built our index in {seconds:.1f} s: {report.splitlines()[0]}")
        else:
            notes.append(f"reused our index {generation_dir(index_dir)}")
        naive_dir = None
        if not args.skip_naive:
            naive_dir = Path(args.naive_dir) if args.naive_dir else workdir / "naive"
            if not (naive_dir.is_dir() and any(naive_dir.glob("*.toc"))):
                seconds = build_naive(records, args.scale, naive_dir)
                notes.append(f"built the naive index in {seconds:.1f} s (1 process, default writer)")
            else:
                notes.append(f"reused the naive index {naive_dir}")

        queries = query_mix(records, args.queries, args.seed)
        warmup = query_mix(records, args.warmup, args.seed + 1)
        kinds = Counter(q["kind"] for q in queries)
        notes.append("mix: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1])))
        for note in notes:
            print(note)
        print(flush=True)

        ours = Ours(index_dir)
        results = {"ours": time_engine(ours, queries, warmup)}
        if naive_dir is not None:
            results["naive"] = time_engine(Naive(naive_dir), queries, warmup)
        _print_library(results, queries)

        if not args.skip_http:
            _run_http(index_dir, queries, warmup, args)

        if args.profile:
            _profile(ours, queries[: args.profile])


def _print_library(results: dict, queries: list[dict]) -> None:
    print(f"## library: one query at a time, {len(queries)} queries, ms")
    rows, summary = [], {}
    for name, result in results.items():
        summary[name] = s = stats(result["latencies"])
        c = stats(result["cpu"])
        s["cpu p50"], s["cpu p95"], s["cpu mean"] = c["p50"], c["p95"], c["mean"]
        totals = result["totals"]
        zero = sum(1 for t in totals if t == 0)
        errors = sum(result["errors"].values())
        rows.append(
            [name]
            + [f"{s[k]:.1f}" for k in ("p50", "p95", "p99", "mean", "max", "cpu p50", "cpu p95", "cpu mean")]
            + [zero, f"{errors} {dict(result['errors']) or ''}".strip()]
        )
    keys = ("p50", "p95", "p99", "mean", "max", "cpu p50", "cpu p95", "cpu mean")
    if "naive" in summary:
        rows.append(["naive / ours"] + [f"{summary['naive'][k] / summary['ours'][k]:.2f}x" for k in keys] + ["", ""])
    print(table(rows, ["engine", *keys, "no hits", "errors"]))
    print("(wall-clock latency; 'cpu' = process CPU time of the query, insensitive to other load on the machine)")
    print()
    print("### by kind of query (ms; 'hits' = mean articles found)")
    rows = []
    for kind in sorted({q["kind"] for q in queries}):
        picks = [i for i, q in enumerate(queries) if q["kind"] == kind]
        row = [kind, len(picks)]
        for result in results.values():
            s = stats([result["latencies"][i] for i in picks])
            found = [result["totals"][i] for i in picks if result["totals"][i] is not None]
            row += [f"{s['p50']:.1f}", f"{s['p95']:.1f}", f"{sum(found) / max(1, len(found)):.0f}"]
        rows.append(row)
    head = ["kind", "n"] + [f"{name} {m}" for name in results for m in ("p50", "p95", "hits")]
    print(table(rows, head))
    print(flush=True)


def _run_http(index_dir: Path, queries: list[dict], warmup: list[dict], args) -> None:
    with gunicorn(index_dir, workers=args.workers) as server:
        server.wait_until_healthy()
        warm = http_load(server.host, server.port, warmup, args.workers, 3.0)
        workers, client = cpu_seconds(server.workers()), time.process_time()
        result = http_load(server.host, server.port, queries, args.concurrency, args.seconds)
        workers, client = cpu_seconds(server.workers()) - workers, time.process_time() - client
    s = stats(result["latencies"])
    done = len(result["latencies"])
    errors = sum(result["errors"].values())
    print(
        f"## HTTP: gunicorn, service/gunicorn.conf.py, {args.workers} workers; {args.concurrency} client threads "
        f"(http.client, keep-alive) in this process; {result['elapsed']:.1f} s; "
        f"warm-up {len(warm['latencies'])} requests"
    )
    print(
        table(
            [
                [
                    done,
                    f"{done / result['elapsed']:.1f}",
                    f"{s['p50']:.1f}",
                    f"{s['p95']:.1f}",
                    f"{s['p99']:.1f}",
                    f"{s['mean']:.1f}",
                    f"{s['max']:.0f}",
                    f"{errors} {dict(result['errors']) or ''}".strip(),
                    f"{1000 * workers / max(done, 1):.3f}",
                    f"{1000 * client / max(done, 1):.3f}",
                ]
            ],
            [
                *("requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "mean ms", "max ms", "errors"),
                *("workers' CPU ms/request", "clients' CPU ms/request"),
            ],
        )
    )
    print("(server and clients share the machine's cores; CPU a request compares on a busy machine)")
    print(flush=True)


def _profile(engine: Ours, queries: list[dict]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for query in queries:
        with contextlib.suppress(Exception):
            engine.search(query)
    profiler.disable()
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order).print_stats(30)
        print(f"## cProfile of {len(queries)} library queries, top 30 by {order}")
        print("\n".join(line for line in out.getvalue().splitlines() if line.strip()))
        print()


if __name__ == "__main__":
    main()
