"""The build's worker processes: inputs split into shards of about equal text, each shard extracted, segmented
and written as Whoosh segments of its own in a forked worker, and the learned-boilerplate fingerprints made
the same way. Only finished segment objects travel back to the parent."""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from whoosh import index as whoosh_index

from index import progress
from index.article import RawDocument
from index.ingest import furniture
from index.ingest.extract import extract_counting
from index.store import reprints
from index.store.documents import ANALYSERS, documents
from index.store.phrases import section_texts
from index.store.segment_writer import CODEC, COMPOUND, AnalysedSegmentWriter
from index.store.tally import Counts
from index.store.word_codes import EntryTally, WordCodes
from index.text.analysis import Units, using
from index.text.dictionary import Dictionary
from index.text.introductions import Introduction, introductions
from index.text.normalize import normalize_text

PARALLEL_MIN_INPUTS = 32  # below this, forking workers costs more than it saves
# What a buffered token costs in memory, to turn SEARCH_BUILD_MEMORY_MB into a number of tokens: tracemalloc
# over a writer adding the first 1,000 corpus articles (2.75M tokens) grew 53 MB, 19.3 bytes a token (the
# writer once kept postings grouped per document: 66 bytes a posting, 1.46M postings, 96 MB); writing the
# segment adds at most 42 a token while a field is sorted and packed.
TOKEN_BYTES = 20


# A worker's garbage collector runs after this many new objects (Python's default 700): an article's tokens and
# spans live for the article, and collecting every 700 allocations walked them, then moved them to older
# generations to walk again, only for them to be freed by their reference counts. A 2-process build of the first
# 5,000 corpus articles: each worker's time in the collector 0.71-0.75 -> 0.20-0.28 s of CPU, its CPU 22.8 -> 22.2-22.5
# s (run twice, alternating; /work/tmp/speed3/gcworker.py), the same peak memory (513 MB), the same files.
WORKER_GC = (50_000, 10, 10)

# Inputs for the shard workers: set before the pool forks, so children inherit them instead of unpickling.
_SHARD_INPUTS: list[RawDocument] = []
_SHARD_FURNITURE: dict[str, frozenset[int]] = {}  # learned boilerplate by source (index/ingest/furniture.py)
_SHARD_TEXTS: dict[str, str] = {}  # input id -> its text normalized, as the fingerprint workers made it
_ASIDE: list[tuple[Callable, tuple]] = []  # the call `aside` hands its forked process


def _segment_writer(ix, analysers: dict) -> AnalysedSegmentWriter:
    return AnalysedSegmentWriter(ix, analysers, _lk=False, codec=CODEC, compound=COMPOUND)


@dataclass(frozen=True)
class _Job:
    """One shard's work: where to write, which inputs, its posting budget, the words to segment with, and
    whether to fingerprint reprints and count the vocabulary."""

    workspace: str
    indices: list[int]
    limitmb: int
    words: Dictionary
    detect: bool
    vocabulary: bool


@dataclass
class Shard:
    """What a shard worker sends back: its segments, (id, content hash) of each input it indexed, the lines
    it dropped as learned boilerplate, its vocabulary counts (as columns), the short forms its articles introduce
    (index/text/introductions.py) and, when reprints are detected, each article's fingerprint and entry."""

    segments: list
    done: list[tuple[str, str]]
    prints: dict[str, tuple[reprints.Fingerprint, reprints.Entry]]
    counts: Counts | None
    dropped: int = 0
    introduced: dict[str, list[Introduction]] = field(default_factory=dict)


def forked_pool(processes: int):
    """A pool of `processes` forked workers that never collect what this process made before the fork: it is
    frozen (`gc.freeze`) while they start, so a worker's full collections skip the tables and inputs it
    inherits (jieba's and pypinyin's, the decoded inputs: millions of objects), and leave their pages shared
    instead of writing to each one's header; they collect after WORKER_GC new objects. This process collects as
    before once they have started. A build of
    the first 2,000 corpus articles on 2 processes: 23.6-25.2 s of CPU (user + sys, all processes) -> 22.1-24.2,
    3 runs each alternating, load 6.5-9 (/work/tmp/speed3/ab.sh). Each worker freezes what it inherits as it
    starts (moving the collector's lists whole: no object is touched), so this process's own frozen objects (an
    open SearchIndex's tables) stay frozen: freezing here and unfreezing after the fork thawed them too."""
    return multiprocessing.get_context("fork").Pool(processes, initializer=_start_worker)


def _start_worker() -> None:
    gc.freeze()
    gc.set_threshold(*WORKER_GC)


def _write_shard(job: _Job) -> Shard:
    """Worker: extract, segment and index one shard of the inputs into segments of its own.

    Each worker writes whole Whoosh segments (postings included), so every stage of the build runs on
    every core and only the finished segment objects travel back to the parent. A segment is closed when
    its buffered tokens reach the worker's share of SEARCH_BUILD_MEMORY_MB. A writer is opened only for an input
    to add: cancelling an unused one would remove Whoosh's temporary folder, which all writers share.
    The shard's vocabulary (index/store/vocabulary.py) is counted from the numbered tokens its word fields were
    made of (index/store/word_codes.py `EntryTally`).
    """
    ix = whoosh_index.open_dir(job.workspace)
    most = job.limitmb * 1024 * 1024 // TOKEN_BYTES
    codes = WordCodes()
    units = Units()
    words = codes.word_terms
    analysers = dict(
        ANALYSERS,
        title=words,
        heading=words,
        body=words,
        grams=units.grams,
        chars=units.chars,
        title_grams=units.grams,
    )
    shard = Shard([], [], {}, None)
    tally = EntryTally(codes)
    writer = None
    try:
        with using(job.words):
            for i in job.indices:
                raw = _SHARD_INPUTS[i]
                writer = writer or _segment_writer(ix, analysers)
                lines = _SHARD_FURNITURE.get(raw.origin, frozenset())
                article, learned = extract_counting(raw, lines, _SHARD_TEXTS.get(raw.id))
                shard.dropped += learned
                progress.tick("extracted")
                docs = documents(article)
                for doc in docs:
                    writer.add_document(**doc)
                progress.tick("segmented")
                if job.vocabulary:
                    tally.add(*section_texts(docs))
                codes.clear()
                shard.done.append((raw.id, raw.content_hash))
                found = introductions((article.title or "") + "\n" + article.body)
                if found:
                    shard.introduced[raw.id] = found
                if job.detect:
                    entry = reprints.Entry("", article.title, article.source, article.date)
                    print_ = reprints.fingerprint(article.body)
                    shard.prints[raw.id] = (print_, replace(entry, digest=print_.digest))
                if writer.buffered >= most:
                    shard.segments.append(writer.finish_segment())
                    writer = None
            if writer is not None:
                shard.segments.append(writer.finish_segment())
            shard.counts = tally.counts()
    except BaseException:
        if writer is not None:
            with contextlib.suppress(OSError):  # a cleanup's own failure (its workspace gone) never hides the cause
                writer.cancel()
        raise
    return shard


def _shards(raws: list[RawDocument], count: int) -> list[list[int]]:
    """Split inputs into `count` shards of about equal text length (longest first, to the lightest shard)."""
    shards: list[list[int]] = [[] for _ in range(count)]
    loads = [0] * count
    for i in sorted(range(len(raws)), key=lambda i: -len(raws[i].text)):
        lightest = loads.index(min(loads))
        shards[lightest].append(i)
        loads[lightest] += len(raws[i].text)
    return [shard for shard in shards if shard]


def _fingerprint_shard(indices: list[int]) -> list[tuple[str, furniture.Fingerprints, str]]:
    """Worker: the learned-boilerplate fingerprints of one shard of the inputs, with each one's text normalized."""
    found = []
    for raw in map(_SHARD_INPUTS.__getitem__, indices):
        text = normalize_text(raw.text)
        found.append((raw.id, furniture.fingerprint_document(raw, text), text))
    return found


@dataclass
class Fingerprinted:
    """What the fingerprint workers make of the inputs, by id: their learned-boilerplate fingerprints, and their
    texts normalized (`normalize_text`), which the shards' extraction then takes instead of normalizing them
    again (0.37 s of the 4.3 s of CPU extracting the first 2,000 corpus articles takes)."""

    prints: dict[str, furniture.Fingerprints]
    texts: dict[str, str]


def fingerprints(raws: list[RawDocument], procs: int, meanwhile: Callable[[], object] = lambda: None) -> Fingerprinted:
    """Fingerprints of `raws`, in `procs` forked workers: they normalize every input, which on the 10.6k corpus
    took 4-5 s in one process. This process calls `meanwhile` while they work (the build loads its tables
    then: 2.5 s of CPU at 10.6k that kept one core idle after them)."""
    global _SHARD_INPUTS
    _SHARD_INPUTS = raws
    procs = procs if len(raws) >= PARALLEL_MIN_INPUTS else 1
    try:
        shards = _shards(raws, procs)
        if len(shards) <= 1:
            meanwhile()
            done = [_fingerprint_shard(shard) for shard in shards]
        else:
            with forked_pool(len(shards)) as pool:
                pending = pool.map_async(_fingerprint_shard, shards, chunksize=1)
                meanwhile()
                done = pending.get()
        found = Fingerprinted({}, {})
        for article_id, prints, text in (item for shard in done for item in shard):
            found.prints[article_id] = prints
            found.texts[article_id] = text
        return found
    finally:
        _SHARD_INPUTS = []


def add_in_workers(
    workspace: Path,
    raws: list[RawDocument],
    procs: int,
    learned: dict[str, frozenset[int]],
    texts: dict[str, str],
    words: Dictionary,
    detect: bool,
    vocabulary: bool,
    memory_mb: int,
    shown: progress.Progress,
) -> list[Shard]:
    """Index `raws` in `procs` forked workers (in this process for one, or for a few inputs), leaving out the
    `learned` boilerplate of each one's source, extracting from `texts` (normalized, by id) where they hold an
    input's and segmenting with `words`; fingerprint each for reprints
    when `detect`, count the vocabulary when `vocabulary`; the workers' posting buffers share `memory_mb`.
    Each article extracted and segmented is counted for the build's progress, `shown` while they run."""
    global _SHARD_INPUTS, _SHARD_FURNITURE, _SHARD_TEXTS
    _SHARD_INPUTS, _SHARD_FURNITURE, _SHARD_TEXTS = raws, learned, texts
    procs = procs if len(raws) >= PARALLEL_MIN_INPUTS else 1
    limitmb = max(64, memory_mb // procs)
    jobs = [_Job(str(workspace), shard, limitmb, words, detect, vocabulary) for shard in _shards(raws, procs)]
    try:
        if len(jobs) <= 1:
            return [_write_shard(job) for job in jobs]
        with forked_pool(len(jobs)) as pool:
            return shown.wait(pool.map_async(_write_shard, jobs, chunksize=1))
    finally:
        _SHARD_INPUTS, _SHARD_FURNITURE, _SHARD_TEXTS = [], {}, {}


class Aside:
    """A call running in a forked process (its arguments inherited, not pickled), or made at once where the
    build has one process (`procs`): `result` waits for its return value (pickled back) and raises what it
    raised; `close` ends the process if it still runs."""

    def __init__(self, procs: int, function: Callable, *args) -> None:
        self._pool = None
        if procs <= 1:
            self._found = function(*args)
            return
        _ASIDE[:] = [(function, args)]
        try:
            self._pool = forked_pool(1)
        finally:
            _ASIDE.clear()
        self._pending = self._pool.apply_async(_run_aside)
        self._pool.close()

    def result(self):
        if self._pool is None:
            return self._found
        found = self._pending.get()
        self._pool.join()
        return found

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()


def _run_aside():
    function, args = _ASIDE[0]
    return function(*args)
