"""Indexing benchmark: build the corpus from scratch and compare with the floor, jieba alone on one core.

    python benchmarks/indexing.py [DATA] [--scale N] [--procs N] [--limit N] [--in-process] [--naive]
    python benchmarks/indexing.py [DATA] --limit 2000 --profile
    python benchmarks/indexing.py [DATA] --timeline [--procs N]


Builds with `python -m index build DATA --index-dir TMP` (a subprocess; `--in-process` calls
index.build.build instead) and reports wall seconds of the whole command and the build's own report,
MB/s of article text, articles/s, the generation folder's size on disk, and peak memory of the build with
its worker processes. Then times the floor: single-process `jieba.cut` over the same texts, and with --naive
the naive Whoosh + jieba build (one document per article, jieba's ChineseAnalyzer, Whoosh's own writer:
benchmarks/queries.py's baseline; its wall and CPU seconds, one process, in the same run). Everything is
written in a temp dir that is removed afterwards (unless --index-dir is given: the index is kept there).

--profile builds in this process with one worker under cProfile and prints the wall and CPU time of each stage (decode,
fingerprint, extract, documents, segment, write, vocabulary, reprints; benchmarks/build_profile.py) and the
functions with the most own time, then the floor for the same texts.

--timeline builds in this process with its workers and shows what each core does when: each step of the build
(read, fingerprint, learn, shards, commit, reprints, aliases, furniture, vocabulary wait, publish) with its wall
seconds, the CPU seconds of the parent and of the workers and the core-seconds left idle, and a strip per process
(benchmarks/build_profile.py `Timeline`; Linux /proc).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import (  # noqa: E402
    ROOT,
    TreeMemory,
    add_data_argument,
    du_bytes,
    generation_dir,
    header,
    load_note,
    prepared_corpus,
    record_text,
    table,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_data_argument(parser)
    parser.add_argument("--procs", type=int, default=None, help="build worker processes (default: the build's own)")
    parser.add_argument("--in-process", action="store_true", help="call index.build.build instead of the CLI")
    parser.add_argument("--index-dir", default=None, help="build into this (empty) folder and keep it")
    parser.add_argument(
        "--floor-copies",
        type=int,
        default=1,
        help="with --scale N, time the floor over this many copies and extrapolate to N (default 1; "
        "jieba has no cache across texts, so its time is linear in copies)",
    )
    parser.add_argument("--skip-floor", action="store_true", help="do not time jieba alone")
    parser.add_argument("--naive", action="store_true", help="also time the naive Whoosh + jieba build")
    parser.add_argument("--profile", action="store_true", help="profile a one-process build, stage by stage")
    parser.add_argument("--timeline", action="store_true", help="what each core does across the build, step by step")
    args = parser.parse_args()
    if args.profile:
        _profile(args)
        return
    if args.timeline:
        _timeline(args)
        return

    with tempfile.TemporaryDirectory(prefix="bench-indexing-") as tmp:
        workdir = Path(tmp)
        corpus, records = prepared_corpus(args, workdir)
        texts = [record_text(r) for r in records]
        articles = len(texts) * args.scale
        text_bytes = sum(len(t.encode("utf-8")) for t in texts) * args.scale
        text_chars = sum(len(t) for t in texts) * args.scale
        index_dir = Path(args.index_dir) if args.index_dir else workdir / "index"
        print(header("indexing benchmark"))
        print(
            f"corpus:  {corpus if corpus != workdir / 'corpus.jsonl' else 'temp copy of ' + args.data} — "
            f"{articles:,} articles ({len(texts):,} x {args.scale}), {text_chars:,} characters, "
            f"{text_bytes / 1e6:.1f} MB of text (UTF-8)",
            flush=True,
        )

        memory = TreeMemory(0)
        stop = threading.Event()

        def sampler() -> None:
            while not stop.wait(0.5):
                if memory.pid:
                    memory.sample()

        thread = threading.Thread(target=sampler, daemon=True)
        if args.in_process:
            from index.build import build
            from index.settings import Settings

            memory.pid = os.getpid()
            thread.start()
            cpu_before = _cpu_self_and_children()
            started = time.perf_counter()
            report = build([corpus], Settings(index_dir=str(index_dir), build_procs=args.procs or 0), full=True)
            wall = time.perf_counter() - started
            cpu = _cpu_self_and_children() - cpu_before
            stop.set()
            thread.join()
            report_seconds, report_line = report.seconds, next(report.lines())
            max_single_kb = max(
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
            )
            how = "index.build.build (in-process, incl. reading the JSON Lines)"
        else:
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
            thread.start()
            wall, report_line = _build_sampled(corpus, index_dir, args.procs, memory)
            stop.set()
            thread.join()
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            max_single_kb = usage.ru_maxrss
            cpu = usage.ru_utime + usage.ru_stime - cpu_before
            if max_single_kb <= before:
                max_single_kb = 0  # unknown: an earlier child was bigger
            found = re.search(r";\s*([\d.]+) s\s*$", report_line.splitlines()[0])
            report_seconds = float(found.group(1)) if found else float("nan")
            how = "python -m index build (subprocess: interpreter start, imports, jieba load, build)"
        generation = generation_dir(index_dir)
        size = du_bytes(generation)

        floor_seconds = floor_note = None
        if not args.skip_floor:
            copies = max(1, min(args.floor_copies, args.scale))
            floor_seconds, floor_cpu = (x * args.scale / copies for x in _floor(texts, copies))
            floor_note = (
                f"jieba.cut, 1 process, over {copies} cop{'y' if copies == 1 else 'ies'}"
                + (f", x{args.scale / copies:g} extrapolated" if copies != args.scale else "")
                + " (dictionary loaded before timing)"
            )

        naive_seconds = None
        if args.naive:
            from benchmarks.queries import build_naive

            naive_cpu = time.process_time()
            naive_seconds = build_naive(records, args.scale, workdir / "naive")
            naive_cpu = time.process_time() - naive_cpu
            naive_size = du_bytes(workdir / "naive")

    rows = [
        ["build wall time (command)", f"{wall:.1f} s", how],
        ["build time (build's report)", f"{report_seconds:.1f} s", "read + extract + segment + write + swap"],
        ["throughput", f"{text_bytes / 1e6 / wall:.3f} MB/s", "article text (UTF-8) / command wall time"],
        ["build CPU time", f"{cpu:.1f} s", "user + sys of the build and its workers (getrusage)"],
        ["articles/s", f"{articles / wall:.1f}", ""],
        ["index size on disk", f"{size / 1e6:.1f} MB", f"du of {generation.name} ({size / text_bytes:.2f}x the text)"],
        [
            "peak RSS, largest process",
            f"{max_single_kb / 1024:.0f} MiB" if max_single_kb else "n/a",
            "getrusage ru_maxrss (exact)",
        ],
        [
            "peak RSS, sum over the tree",
            f"{memory.peak_rss_kb / 1024:.0f} MiB",
            f"sampled every 0.5 s over {memory.peak_procs} processes; counts copy-on-write pages in each",
        ],
        ["peak PSS, sum over the tree", f"{memory.peak_pss_kb / 1024:.0f} MiB", "sampled; shared pages split"],
    ]
    if floor_seconds is not None:
        rows += [
            ["floor: jieba alone", f"{floor_seconds:.1f} s", floor_note],
            ["floor CPU time", f"{floor_cpu:.1f} s", "process_time of the loop"],
            ["floor throughput", f"{text_bytes / 1e6 / floor_seconds:.3f} MB/s", ""],
            ["ratio build / floor (wall)", f"{wall / floor_seconds:.2f}x", "command wall time / floor wall time"],
            ["ratio build / floor (CPU)", f"{cpu / floor_cpu:.2f}x", "build CPU seconds (all processes) / floor's"],
        ]
    if naive_seconds is not None:
        rows += [
            ["naive Whoosh + jieba build", f"{naive_seconds:.1f} s", "ChineseAnalyzer, Whoosh's writer, 1 process"],
            ["naive index size", f"{naive_size / 1e6:.1f} MB", f"{naive_size / text_bytes:.2f}x the text"],
            ["naive CPU time", f"{naive_cpu:.1f} s", "process_time of the naive build (this process)"],
            ["ratio naive / build (wall)", f"{naive_seconds / wall:.2f}x", "how many times faster the build is"],
            ["ratio naive / build (CPU)", f"{naive_cpu / cpu:.2f}x", "how many times less CPU the build takes"],
        ]
    print()
    print(table(rows, ["measure", "value", "note"]))
    print()
    print("build report:", report_line.splitlines()[0])
    print(f"after:   {load_note()}")
    print(f"build processes: {args.procs or 'default (SEARCH_BUILD_PROCS or all cores)'}")


def _profile(args) -> None:
    """The one-process build under cProfile, stage by stage, then the floor over the same texts."""
    from benchmarks.build_profile import profile_build

    with tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp:
        workdir = Path(tmp)
        corpus, records = prepared_corpus(args, workdir)
        texts = [record_text(r) for r in records] * args.scale
        print(header("indexing benchmark: build profile"))
        print(f"corpus:  {len(texts):,} articles, {sum(len(t.encode('utf-8')) for t in texts) / 1e6:.1f} MB of text")
        print(profile_build(corpus, workdir / "index"))
        if not args.skip_floor:
            wall, cpu = _floor(texts, 1)
            print(f"\nfloor: jieba.cut over the same texts, 1 process, no profiler: {wall:.1f} s wall, {cpu:.1f} s CPU")
    print(f"after:   {load_note()}")


def _timeline(args) -> None:
    """The build in this process with its workers, each core's time beside the build's steps."""
    from benchmarks.build_profile import timeline_build

    with tempfile.TemporaryDirectory(prefix="bench-timeline-") as tmp:
        workdir = Path(tmp)
        corpus, records = prepared_corpus(args, workdir)
        print(header("indexing benchmark: timeline of the cores"))
        print(f"corpus:  {len(records) * args.scale:,} articles")
        print(timeline_build(corpus, Path(args.index_dir) if args.index_dir else workdir / "index", args.procs))
    print(f"after:   {load_note()}")


def _build_sampled(corpus: Path, index_dir: Path, procs: int | None, memory: TreeMemory) -> tuple[float, str]:
    """Run the CLI build while the sampler follows its process tree."""
    command = [sys.executable, "-m", "index", "build", str(corpus), "--index-dir", str(index_dir)]
    if procs:
        command += ["--procs", str(procs)]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    memory.pid = process.pid
    out, err = process.communicate()
    wall = time.perf_counter() - started
    memory.pid = 0
    if process.returncode:
        raise SystemExit(f"build failed ({process.returncode}):\n{err[-3000:]}")
    return wall, out.strip()


def _cpu_self_and_children() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _floor(texts: list[str], copies: int) -> tuple[float, float]:
    """Wall and CPU seconds for single-process jieba.cut over `texts` `copies` times (generators consumed)."""
    from index.text.analysis import plain_tokenizer  # jieba as it ships, its dictionary load kept quiet

    jieba = plain_tokenizer()
    started, cpu = time.perf_counter(), time.process_time()
    for _ in range(copies):
        for text in texts:
            for _word in jieba.cut(text):
                pass
    return time.perf_counter() - started, time.process_time() - cpu


if __name__ == "__main__":
    main()
