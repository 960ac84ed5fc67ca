"""A long build's progress for whoever runs it: inputs read, articles extracted, segmented and written, with the
rate and the time left. tqdm draws bars on a terminal; when standard error is not one (cron, a container's
log) a plain line every few seconds says the same, and `--quiet` shows nothing.

The articles are extracted and segmented in forked workers (index/shards.py): they count into an array
shared before the fork (`tick`), and the parent shows those counts while it waits for them (`wait`).
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult
from typing import TextIO

from tqdm import tqdm

STAGES = ("read", "extracted", "segmented", "written")
LABELS = {"read": "inputs read", "extracted": "extracted", "segmented": "segmented", "written": "written"}
UNITS = {"read": "input", "extracted": "article", "segmented": "article", "written": "step"}
# What is written once the workers are done: the segments committed, reprint groups and vocabulary, the swap.
WRITE_STEPS = 3
LOG_INTERVAL = 5.0  # seconds between two log lines
REFRESH = 0.2  # seconds between two looks at the workers' counts

_active: Progress | None = None  # the build's progress, inherited by the workers it forks


def tick(stage: str) -> None:
    """One more article through `stage` (in a worker or in the build's own process)."""
    progress = _active
    if progress is not None:
        progress.count(stage)


class Progress:
    """Counts of the build's stages shown on `stream`: as bars when it is a terminal, else as a line every
    `interval` seconds and one when a stage ends. `Progress(None)` shows nothing."""

    def __init__(self, stream: TextIO | None, interval: float = LOG_INTERVAL) -> None:
        self.stream = stream
        self.terminal = stream is not None and stream.isatty()
        self.size = _size(stream) if self.terminal else (0, 0)
        self.interval = interval
        self.counts = multiprocessing.Array("q", len(STAGES)) if stream is not None else None
        self.totals: dict[str, int | None] = {}
        self.started: dict[str, float] = {}
        self.finished: set[str] = set()
        self.bars: dict[str, tqdm] = {}
        self.owner = os.getpid()
        self.last_line = time.monotonic()

    def __enter__(self) -> Progress:
        global _active
        _active = self if self.stream is not None else None
        return self

    def __exit__(self, *exc) -> None:
        global _active
        _active = None
        for bar in self.bars.values():
            bar.close()

    # ------------------------------------------------------------ what the build reports

    def reading(self, items: Iterable) -> Iterator:
        """`items` (the inputs as read), each counted."""
        self.start("read", None)
        for item in items:
            self.count("read")
            yield item
        self.finish("read")

    def articles(self, total: int) -> None:
        """`total` articles are about to be extracted and segmented."""
        self.start("extracted", total)
        self.start("segmented", total)

    def wait(self, result: AsyncResult):
        """The workers' `result`, the counts shown while they run."""
        while not result.ready():
            result.wait(REFRESH)
            self.show()
        return result.get()

    def wrote(self, what: str) -> None:
        """One of the WRITE_STEPS done."""
        if "written" not in self.started:
            self.finish("extracted")
            self.finish("segmented")
            self.start("written", WRITE_STEPS)
        self.count("written")
        if self.counts is not None and self.counts[STAGES.index("written")] >= WRITE_STEPS:
            self.finish("written")

    # ------------------------------------------------------------ counting and showing

    def count(self, stage: str) -> None:
        if self.counts is None:
            return
        with self.counts.get_lock():
            self.counts[STAGES.index(stage)] += 1
        if os.getpid() == self.owner:
            self.show()

    def start(self, stage: str, total: int | None) -> None:
        if self.stream is None:
            return
        self.totals[stage], self.started[stage] = total, time.monotonic()
        if self.terminal:
            self.bars[stage] = tqdm(
                desc=LABELS[stage].rjust(11),
                total=total,
                unit=UNITS[stage],
                file=self.stream,
                position=len(self.bars),
                ncols=self.size[0],
                nrows=self.size[1],
                mininterval=REFRESH,
            )

    def finish(self, stage: str) -> None:
        if self.stream is None or stage not in self.started or stage in self.finished:
            return
        self.finished.add(stage)
        if self.terminal:
            self.show()
            self.bars[stage].close()  # its clock stops; the bar stays on screen
            return
        done, elapsed = self._done(stage), time.monotonic() - self.started[stage]
        self.stream.write(f"build: {LABELS[stage]}: {done:,} {UNITS[stage]}s in {elapsed:.1f} s\n")
        self.stream.flush()

    def show(self) -> None:
        """Bring the bars up to the counts; off a terminal, a line when `interval` has passed."""
        if self.stream is None:
            return
        if self.terminal:
            for stage, bar in self.bars.items():
                bar.update(self._done(stage) - bar.n)
            return
        now = time.monotonic()
        if now - self.last_line >= self.interval:
            self.last_line = now
            self.stream.write(self.line() + "\n")
            self.stream.flush()

    def line(self) -> str:
        """The build so far in one line: `build: 1,234 inputs read; 500/2,000 extracted, 480/2,000 segmented
        (12.3 articles/s, 2:01 left)`."""
        parts = []
        for stage in STAGES:
            if stage not in self.started:
                continue
            done, total = self._done(stage), self.totals[stage]
            parts.append(f"{done:,} {LABELS[stage]}" if total is None else f"{done:,}/{total:,} {LABELS[stage]}")
        text = "build: " + ", ".join(parts)
        if "segmented" in self.started and "written" not in self.started:
            done, total = self._done("segmented"), self.totals["segmented"] or 0
            elapsed = time.monotonic() - self.started["segmented"]
            if done and elapsed:
                rate = done / elapsed
                text += f" ({rate:.1f} articles/s, {tqdm.format_interval((total - done) / rate)} left)"
        return text

    def _done(self, stage: str) -> int:
        return self.counts[STAGES.index(stage)] if self.counts is not None else 0


def _size(stream: TextIO) -> tuple[int, int]:
    """The terminal's columns and lines, 80 x 24 where it says 0 (a fresh pseudo-terminal does; tqdm would
    then draw nothing)."""
    try:
        size = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError):
        return 80, 24
    return size.columns or 80, size.lines or 24
