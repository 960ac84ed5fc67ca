"""Where a build's time goes, stage by stage: `benchmarks/indexing.py --profile` builds in this process with
one worker (so one profiler sees every stage) under cProfile, with a clock around each stage's entry points.

A stage's time is exclusive: the clock of the stage a call is made in stops while a nested stage runs (the
segmentation inside the writer's analysers counts as segment, not write). The stages:

- decode: reading the JSON Lines (index/ingest/sources.py)
- fingerprint: the learned-boilerplate fingerprints (index/ingest/furniture.py) and the reprints' MinHash
- extract: RawDocument -> Article (index/ingest/extract.py)
- documents: Article -> index documents (index/store/documents.py)
- segment: jieba's words (index/text/analysis.py `words`, called once a text through the worker's WordCodes)
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
import os
import pstats
import threading
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
        (word_codes, "words", "segment"),
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


# ---------------------------------------------------------------- both cores across the build

# The build's own steps, as its parent process runs them (each name as index/build.py looks it up); a worker's
# CPU is charged to the step the parent is in while it runs.
PHASES = (
    ("build", "read_sources", "read"),
    ("build", "fingerprints", "fingerprint"),
    ("furniture", "learn", "learn"),
    ("build", "add_in_workers", "shards"),
    ("build", "commit_with_segments", "commit"),
    ("build", "_detect", "reprints"),
    ("build", "_introduced", "aliases"),
    ("furniture", "write", "furniture"),
    ("Aside", "result", "vocabulary wait"),
    ("store", "publish", "publish"),
)
SAMPLE_SECONDS = 0.1


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of `pid` from /proc (None when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Timeline:
    """The CPU seconds of this process and of every process it forks, sampled from /proc every SAMPLE_SECONDS by a
    thread (a forked worker copies only the thread that forks it), and the build's steps as the parent enters and
    leaves them: what each core does when, and where one waits for the other."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.samples: dict[int, list[tuple[float, float]]] = {}  # pid -> (seconds since start, its CPU seconds)
        self.steps: list[tuple[str, float, float]] = []  # (step, from, to)
        self._sampling = 0.0  # CPU seconds the sampling thread has taken
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> Timeline:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._look()

    def _sample(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            self._look()
            self._sampling = time.thread_time()

    def _look(self) -> None:
        """A sample of each process's CPU; the parent's without what this thread took to read /proc (about a
        millisecond a sample on a busy machine: 5 s of a 10.6k build's parent sampled every 0.05 s)."""
        from benchmarks.common import descendants

        now = time.perf_counter() - self.started
        parent = os.getpid()
        for pid in [parent, *descendants(parent)]:
            used = cpu_seconds(pid)
            if used is not None:
                self.samples.setdefault(pid, []).append((now, used - self._sampling if pid == parent else used))

    def wrap(self, step: str, function):
        """`function`, its calls recorded as `step` (a generator's from its first item to its last)."""

        def record(since: float) -> None:
            self.steps.append((step, since, time.perf_counter() - self.started))

        if inspect.isgeneratorfunction(function):

            @functools.wraps(function)
            def generator(*args, **kwargs):
                since = time.perf_counter() - self.started
                try:
                    yield from function(*args, **kwargs)
                finally:
                    record(since)

            return generator

        @functools.wraps(function)
        def timed(*args, **kwargs):
            since = time.perf_counter() - self.started
            try:
                return function(*args, **kwargs)
            finally:
                record(since)

        return timed

    def used(self, pid: int, start: float, end: float) -> float:
        """CPU seconds `pid` used between two moments (its samples' values, read as steps)."""

        def at(moment: float) -> float:
            found = [used for when, used in self.samples[pid] if when <= moment]
            return found[-1] if found else 0.0 if pid != os.getpid() else self.samples[pid][0][1]

        return at(end) - at(start)

    def by_step(self) -> dict[str, tuple[float, float, float]]:
        """Each step's wall seconds and the CPU seconds of the parent and of its workers in it (its calls summed;
        "other" for the time between steps)."""
        parent, end = os.getpid(), self.end()
        cuts = sorted({0.0, end, *(t for _, a, b in self.steps for t in (a, b))})
        named = {start: step for step, a, b in self.steps for start in cuts if a <= start < b}
        totals: dict[str, tuple[float, float, float]] = {}
        for start, stop in zip(cuts, cuts[1:], strict=False):
            step = named.get(start, "other")
            wall, mine, theirs = totals.get(step, (0.0, 0.0, 0.0))
            totals[step] = (
                wall + stop - start,
                mine + max(0.0, self.used(parent, start, stop)),  # the sampler's share, taken out, lags a sample
                theirs + sum(self.used(pid, start, stop) for pid in self.samples if pid != parent),
            )
        return totals

    def end(self) -> float:
        return max(when for found in self.samples.values() for when, _ in found)

    def report(self, cores: int, columns: int = 72) -> str:
        """Each step's wall seconds, the CPU seconds of the parent and of its workers, the cores busy and the
        core-seconds left idle; then a strip for each process, a column a slice of the build."""
        parent, end = os.getpid(), self.end()
        children = [pid for pid in self.samples if pid != parent]
        totals = self.by_step()

        def row(step: str, wall: float, mine: float, theirs: float) -> str:
            idle = max(0.0, wall * cores - mine - theirs)
            return f"{step:<16} {wall:>7.2f} {mine:>7.2f} {theirs:>8.2f} {(mine + theirs) / wall:>6.2f} {idle:>7.2f}"

        lines = [
            f"{'step':<16} {'wall s':>7} {'parent':>7} {'workers':>8} {'cores':>6} {'idle':>7}",
            *(row(step, *found) for step, found in totals.items()),
            row("all", *(sum(found[i] for found in totals.values()) for i in range(3))),
            "",
            f"each column {end / columns:.2f} s: ' ' idle, '.' under 40% of a core, '+' under 75%, '#' more",
        ]
        width = end / columns
        for label, pid in [("parent", parent)] + [(f"child {n}", pid) for n, pid in enumerate(children, 1)]:
            marks = []
            for column in range(columns):
                share = self.used(pid, column * width, (column + 1) * width) / width
                marks.append(" " if share < 0.1 else "." if share < 0.4 else "+" if share < 0.75 else "#")
            lines.append(f"{label:<8} |{''.join(marks)}|")
        return "\n".join(lines)


def timeline_build(corpus: Path, index_dir: Path, procs: int | None = None) -> str:
    """Build `corpus` into `index_dir` in this process with its workers (all cores unless `procs`), the cores'
    timeline beside the build's steps; the report as text."""
    from index import build, shards
    from index.ingest import furniture
    from index.settings import Settings

    owners = {"build": build, "furniture": furniture, "store": build.store, "Aside": shards.Aside}
    cores = procs or os.cpu_count() or 1
    timeline = Timeline()
    patched = []
    for owner, name, step in PHASES:
        original = owners[owner].__dict__[name]
        patched.append((owners[owner], name, original))
        setattr(owners[owner], name, timeline.wrap(step, original))
    try:
        with timeline:
            report = build.build([corpus], Settings(index_dir=str(index_dir), build_procs=procs or 0), full=True)
    finally:
        for owner, name, original in patched:
            setattr(owner, name, original)
    return "\n".join(
        [
            f"build in this process with {cores} worker processes (imports done before): {next(report.lines())}",
            f"CPU from /proc every {SAMPLE_SECONDS} s; 'idle' is core-seconds no process of the build used, "
            "out of the wall time times the cores (on a machine others keep busy, their share is in it)",
            "",
            timeline.report(cores),
        ]
    )
