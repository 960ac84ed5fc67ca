"""Where a build's time goes, stage by stage: `benchmarks/indexing.py --profile` builds in this process with
one worker (so one profiler sees every stage) under cProfile, with a clock around each stage's entry points.

A stage's time is exclusive: the clock of the stage a call is made in stops while a nested stage runs (the
segmentation inside the writer's analysers counts as segment, not write). The stages:

- decode: reading the JSON Lines (index/ingest/sources.py)
- fingerprint: the learned-boilerplate fingerprints (index/ingest/furniture.py) and the reprints' MinHash
- extract: RawDocument -> Article (index/ingest/extract.py)
- documents: Article -> index documents (index/store/documents.py)
- segment: jieba's tokens (index/text/analysis.py `tokens`, called once a text through the worker's WordCodes)
- write: the segment writer's analysis and postings, Whoosh's stored fields and segment files, the commit
- vocabulary: the article's entries and the tally (index/store/phrases.py, tally.py)
- reprints: grouping the fingerprints (index/store/reprints.py) after the commit
- other: the rest (the dictionary load, the workspace, the swap)
"""

from __future__ import annotations

import cProfile
import functools
import inspect
import io
import pstats
import time
from pathlib import Path

STAGES = ("decode", "fingerprint", "extract", "documents", "segment", "write", "vocabulary", "reprints")


class StageClock:
    """Exclusive wall and CPU time per stage: a stack of running stages, the innermost one charged. CPU time is
    what compares on a machine others keep busy."""

    def __init__(self) -> None:
        self.seconds = dict.fromkeys(STAGES, 0.0)
        self.cpu = dict.fromkeys(STAGES, 0.0)
        self.calls = dict.fromkeys(STAGES, 0)
        self._stack: list[str] = []
        self._since = (time.perf_counter(), time.process_time())

    def _switch(self) -> None:
        now = (time.perf_counter(), time.process_time())
        if self._stack:
            self.seconds[self._stack[-1]] += now[0] - self._since[0]
            self.cpu[self._stack[-1]] += now[1] - self._since[1]
        self._since = now

    def enter(self, stage: str) -> None:
        self._switch()
        self._stack.append(stage)
        self.calls[stage] += 1

    def leave(self) -> None:
        self._switch()
        self._stack.pop()

    def wrap(self, stage: str, function):
        if inspect.isgeneratorfunction(function):

            @functools.wraps(function)
            def generator(*args, **kwargs):
                inner = function(*args, **kwargs)
                while True:
                    self.enter(stage)
                    try:
                        item = next(inner)
                    except StopIteration:
                        return
                    finally:
                        self.leave()
                    yield item

            return generator

        @functools.wraps(function)
        def timed(*args, **kwargs):
            self.enter(stage)
            try:
                return function(*args, **kwargs)
            finally:
                self.leave()

        return timed


def _entry_points():
    """(module or class, attribute, stage): each name as the build's modules look it up."""
    from index import build, shards
    from index.ingest import furniture, sources
    from index.store import reprints, segment_writer, tally, word_codes

    return [
        (sources, "_read_file", "decode"),
        (furniture, "fingerprint", "fingerprint"),
        (reprints, "fingerprint", "fingerprint"),
        (shards, "extract_counting", "extract"),
        (shards, "documents", "documents"),
        (word_codes, "tokens", "segment"),
        (segment_writer.AnalysedSegmentWriter, "add_document", "write"),
        (segment_writer.AnalysedSegmentWriter, "finish_segment", "write"),
        (build, "commit_with_segments", "write"),
        (word_codes.EntryTally, "add", "vocabulary"),
        (word_codes.EntryTally, "counts", "vocabulary"),
        (tally.Tally, "add", "vocabulary"),
        (tally.Tally, "read_new", "vocabulary"),
        (tally.Tally, "counts", "vocabulary"),
        (build, "write_counts", "vocabulary"),
        (build, "_detect", "reprints"),
    ]


def profile_build(corpus: Path, index_dir: Path, top: int = 25) -> str:
    """Build `corpus` into `index_dir` in this process, one worker, under cProfile; the report as text."""
    from index.build import build
    from index.settings import Settings

    clock = StageClock()
    patched = []
    for owner, name, stage in _entry_points():
        original = owner.__dict__[name]
        patched.append((owner, name, original))
        setattr(owner, name, clock.wrap(stage, original))
    profiler = cProfile.Profile()
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        profiler.enable()
        report = build([corpus], Settings(index_dir=str(index_dir), build_procs=1), full=True)
        profiler.disable()
    finally:
        for owner, name, original in patched:
            setattr(owner, name, original)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    staged, staged_cpu = sum(clock.seconds.values()), sum(clock.cpu.values())
    lines = [
        f"profiled build (1 process, cProfile on; its overhead is in every figure): {wall:.1f} s wall, {cpu:.1f} s CPU",
        f"build report: {next(report.lines())}",
        "",
        f"{'stage':<12} {'seconds':>8} {'CPU s':>8} {'CPU share':>9} {'calls':>8}",
    ]
    for stage in STAGES:
        seconds, used = clock.seconds[stage], clock.cpu[stage]
        lines.append(f"{stage:<12} {seconds:>8.2f} {used:>8.2f} {used / cpu:>9.1%} {clock.calls[stage]:>8}")
    lines.append(f"{'other':<12} {wall - staged:>8.2f} {cpu - staged_cpu:>8.2f} {(cpu - staged_cpu) / cpu:>9.1%}")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(top)
    lines += ["", f"top {top} functions by own time:", out.getvalue().split("\n", 4)[-1].strip("\n")]
    return "\n".join(lines)
