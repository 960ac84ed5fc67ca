"""Suggestion benchmark: what the vocabulary (index/store/vocabulary.py) costs the build, the index and the workers,
and how fast /api/suggest answers.

    python benchmarks/suggest.py [DATA] [--limit N] [--procs N] [--requests N] [--index-dir DIR]
                                 [--skip-build-compare]

1. Builds the corpus from scratch twice in this process (index.build.build, all cores unless --procs):
   without the vocabulary (`vocabulary=False`) and with it, and reports both wall times and their ratio.
2. Reports the size of the generation's `vocabulary/` folder and its share of the index.
3. Compares, in this process, the best 8 completions of one- and two-character prefixes found with the
   vocabulary's sorted arrays and with a marisa-trie over the same keys (when installed).
4. Starts the shipped service (gunicorn, 2 workers) over the index, warms it with searches, reads each
   worker's memory, sends --requests /api/suggest requests from one keep-alive client (a prefix mix drawn
   from the titles: one to three characters of a title word, the same in Traditional script, its pinyin
   whole and cut short, its initials, and prefixes nothing starts with), reports the
   latency percentiles, and reads the workers' memory again.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import resource
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import (  # noqa: E402
    add_data_argument,
    du_bytes,
    generation_dir,
    gunicorn,
    header,
    percentile,
    prepared_corpus,
    pss_kb,
    status_kb,
    table,
)

SEED = 20261124


def prefix_mix(records: list[dict], count: int, seed: int = SEED) -> list[tuple[str, str]]:
    """(kind, prefix) pairs drawn from the titles' words, as people start typing them."""
    from index.text.analysis import segment
    from index.text.normalize import to_traditional
    from index.text.readings import initials, reading

    rng = random.Random(seed)
    titles = [r["title"] for r in records if isinstance(r.get("title"), str) and r["title"].strip()]
    out: list[tuple[str, str]] = []
    while len(out) < count:
        words = [w for w, _, _ in segment(rng.choice(titles)) if len(w) >= 2 and reading(w)]
        if not words:
            continue
        word = rng.choice(words)
        syllables = reading(word)
        kind = rng.choice(["chinese", "traditional", "pinyin", "pinyin-part", "initials", "unknown"])
        if kind == "chinese":
            prefix = word[: rng.randint(1, min(3, len(word)))]
        elif kind == "traditional":
            prefix = to_traditional(word[: rng.randint(1, min(3, len(word)))])
        elif kind == "pinyin":
            prefix = "".join(syllables)
        elif kind == "pinyin-part":
            joined = "".join(syllables)
            prefix = joined[: rng.randint(2, len(joined))]
        elif kind == "initials":
            prefix = initials(syllables)
        else:
            prefix = "".join(rng.choice("qxzjv") for _ in range(6))
        out.append((kind, prefix))
    return out


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def compare_builds(corpus: Path, workdir: Path, procs: int | None) -> tuple[dict, dict, Path]:
    """Wall and CPU seconds of a build from scratch without and with the vocabulary (jieba's dictionary and
    pypinyin's tables loaded beforehand, so that neither build pays for loading them)."""
    from index.build import build
    from index.settings import Settings
    from index.text import readings
    from index.text.analysis import warm_up

    warm_up()
    readings.tables()
    wall, cpu = {}, {}
    for with_vocabulary in (False, True):
        index_dir = workdir / ("with" if with_vocabulary else "without")
        started, cpu_before = time.perf_counter(), _cpu()
        build(
            [corpus], Settings(index_dir=str(index_dir), build_procs=procs or 0), full=True, vocabulary=with_vocabulary
        )
        wall[with_vocabulary], cpu[with_vocabulary] = time.perf_counter() - started, _cpu() - cpu_before
        print(f"built {'with' if with_vocabulary else 'without'} the vocabulary: {wall[with_vocabulary]:.1f} s")
    return wall, cpu, workdir / "with"


def compare_structures(generation: Path, prefixes: list[str]) -> list[list[str]]:
    """Best 8 completions of each prefix: sorted arrays (ours) against marisa-trie with a counts array."""
    from index.store.tally import Tally
    from index.store.vocabulary import Vocabulary

    vocabulary = Vocabulary.open(generation)
    rows = []

    def timed(function) -> float:
        started = time.perf_counter()
        for prefix in prefixes:
            function(prefix)
        return (time.perf_counter() - started) / len(prefixes) * 1000

    ours = timed(lambda p: vocabulary.complete(p, 8))
    rows.append(["sorted arrays + bisect + numpy (ours)", f"{ours:.3f}", f"{vocabulary.size / 1e6:.1f}"])
    try:
        import marisa_trie
        import numpy as np
    except ImportError:
        rows.append(["marisa-trie", "not installed (pip install -e '.[bench]')", ""])
        return rows
    tally = Tally.load(generation)
    keys = sorted(k for k, e in tally.entries.items() if e[2] > 0)
    trie = marisa_trie.Trie(keys)
    docs = np.zeros(len(trie), dtype=np.uint32)
    head = np.zeros(len(trie), dtype=np.uint32)
    for key in keys:
        docs[trie[key]], head[trie[key]] = tally.entries[key][2], tally.entries[key][1]

    def trie_best(prefix: str) -> list[str]:
        ids = np.fromiter((i for _, i in trie.items(prefix)), dtype=np.int64)
        score = (head[ids] > 0).astype(np.int64) << 62 | docs[ids].astype(np.int64) << 31 | head[ids]
        return [trie.restore_key(int(i)) for i in ids[np.argsort(-score)[:8]]]

    theirs = timed(trie_best)
    with tempfile.NamedTemporaryFile() as handle:
        trie.save(handle.name)
        size = Path(handle.name).stat().st_size + docs.nbytes + head.nbytes
    rows.append(["marisa-trie keys + counts arrays (no pinyin)", f"{theirs:.3f}", f"{size / 1e6:.1f}"])
    return rows


def worker_memory(server) -> list[tuple[int, int, int, int]]:
    return [(pid, status_kb(pid, "VmRSS"), status_kb(pid, "RssAnon"), pss_kb(pid)) for pid in sorted(server.workers())]


def request_all(host: str, port: int, prefixes: list[str]) -> tuple[list[float], int, int]:
    connection = http.client.HTTPConnection(host, port, timeout=30)
    latencies, errors, empty = [], 0, 0
    for prefix in prefixes:
        path = "/api/suggest?" + urllib.parse.urlencode({"q": prefix})
        started = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        latencies.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            errors += 1
        elif not json.loads(body)["suggestions"]:
            empty += 1
        if response.will_close:
            connection.close()
    connection.close()
    return latencies, errors, empty


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_data_argument(parser)
    parser.add_argument("--procs", type=int, default=None, help="build worker processes (default: all cores)")
    parser.add_argument("--requests", type=int, default=3000, help="/api/suggest requests (default 3000)")
    parser.add_argument("--index-dir", default=None, help="an index with a vocabulary to reuse (skips the builds)")
    parser.add_argument("--skip-build-compare", action="store_true", help="build once, with the vocabulary")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-suggest-") as tmp:
        workdir = Path(tmp)
        corpus, records = prepared_corpus(args, workdir)
        print(header("suggestion benchmark"))
        print(f"corpus:  {corpus} ({len(records):,} articles)", flush=True)
        if args.index_dir:
            index_dir = Path(args.index_dir)
            print(f"reused the index {generation_dir(index_dir)}")
        elif args.skip_build_compare:
            from index.build import build
            from index.settings import Settings

            index_dir = workdir / "with"
            build([corpus], Settings(index_dir=str(index_dir), build_procs=args.procs or 0), full=True)
        else:
            wall, cpu, index_dir = compare_builds(corpus, workdir, args.procs)
            print()
            print("## build time (from scratch, in this process, one run each, without first)")
            rows = [
                [name, f"{seconds[False]:.1f}", f"{seconds[True]:.1f}", f"{seconds[True] - seconds[False]:+.1f}",
                 f"{seconds[True] / seconds[False]:.3f}x"]
                for name, seconds in (("wall", wall), ("CPU (with the build's workers)", cpu))
            ]  # fmt: skip
            print(table(rows, ["seconds", "without vocabulary", "with", "added", "with / without"]))
        generation = generation_dir(index_dir)
        vocabulary_bytes = du_bytes(generation / "vocabulary")
        index_bytes = du_bytes(generation)
        from index.store.generations import read_json

        entries = read_json(generation / "meta.json").get("vocabulary", {}).get("entries")
        print()
        print("## size on disk")
        print(
            table(
                [[f"{entries:,}", f"{vocabulary_bytes / 1e6:.1f}", f"{index_bytes / 1e6:.1f}",
                  f"{vocabulary_bytes / index_bytes:.1%}"]],
                ["entries", "vocabulary/ MB", "whole generation MB", "share"],
            )
        )  # fmt: skip

        mix = prefix_mix(records, args.requests)
        short = [p for kind, p in mix if kind == "chinese" and len(p) <= 2][:500]
        print()
        print(f"## best 8 completions of {len(short)} one- and two-character prefixes, in this process")
        print(table(compare_structures(generation, short), ["structure", "ms per prefix", "MB"]))

        with gunicorn(index_dir, workers=2) as server:
            server.wait_until_healthy(timeout=120)
            for q in ("网络安全", "数字经济", "疫情防控", "人工智能", "乡村振兴") * 20:
                server.status("/api/search?" + urllib.parse.urlencode({"q": q}))
            before = worker_memory(server)
            latencies, errors, empty = request_all(server.host, server.port, [p for _, p in mix])
            after = worker_memory(server)
        by_kind: dict[str, list[float]] = {}
        for (kind, _), ms in zip(mix, latencies, strict=True):
            by_kind.setdefault(kind, []).append(ms)
        latencies.sort()
        print()
        print(f"## /api/suggest over HTTP: {len(latencies)} requests, one keep-alive client, gunicorn 2 workers")
        print(
            table(
                [[f"{percentile(latencies, 50):.2f}", f"{percentile(latencies, 95):.2f}",
                  f"{percentile(latencies, 99):.2f}", f"{statistics.mean(latencies):.2f}", errors,
                  f"{empty / len(latencies):.0%}"]],
                ["p50 ms", "p95 ms", "p99 ms", "mean ms", "errors", "empty answers"],
            )
        )  # fmt: skip
        rows = []
        for kind, values in sorted(by_kind.items()):
            values.sort()
            rows.append([kind, len(values), f"{percentile(values, 50):.2f}", f"{percentile(values, 95):.2f}"])
        print(table(rows, ["prefix kind", "requests", "p50 ms", "p95 ms"]))
        print()
        print("## worker memory (MiB): after 100 searches, then after the suggestions")
        rows = []
        for (pid, rss, anon, pss), (_, rss2, anon2, pss2) in zip(before, after, strict=True):
            rows.append(
                [pid, f"{rss / 1024:.0f}", f"{rss2 / 1024:.0f}", f"{(rss2 - rss) / 1024:+.1f}",
                 f"{anon / 1024:.0f} -> {anon2 / 1024:.0f}", f"{pss / 1024:.0f} -> {pss2 / 1024:.0f}"]
            )  # fmt: skip
        print(table(rows, ["worker", "VmRSS before", "VmRSS after", "added", "RssAnon", "PSS"]))


if __name__ == "__main__":
    main()
