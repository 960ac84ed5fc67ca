"""Build or update an index from sources: read, extract and segment in parallel, write, swap atomically."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from whoosh import index as whoosh_index

from index import store
from index.article import Article, RawDocument, Section, Skipped
from index.ingest import furniture
from index.ingest.extract import extract_counting
from index.ingest.sources import read_sources
from index.settings import Settings
from index.store import reprints
from index.store.schema import build_schema
from index.store.segment_writer import CODEC, COMPOUND, AnalysedSegmentWriter, commit_with_segments
from index.store.vocabulary import Tally, TokenMemo, article_entries, section_texts
from index.text import dictionary, readings
from index.text.analysis import char_terms, gram_terms, using, warm_up, word_terms
from index.text.dictionary import Dictionary

HEADING_JOINER = " › "  # between a heading and its —— sub-heading in a section's heading path
PARALLEL_MIN_INPUTS = 32  # below this, forking workers costs more than it saves
# The text fields, analysed by the build itself (index/store/segment_writer.py): the schema analyzers' terms.
ANALYSERS = {
    "title": word_terms,
    "heading": word_terms,
    "body": word_terms,
    "grams": gram_terms,
    "chars": char_terms,
}
# What a buffered posting costs in memory, its share of its term included (measured: 3.2M postings, 364 MiB),
# to turn SEARCH_BUILD_MEMORY_MB into a number of postings.
POSTING_BYTES = 120


@dataclass
class BuildReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    damaged: list[tuple[str, str]] = field(default_factory=list)  # inputs read through a few invalid bytes
    articles: int = 0
    sections: int = 0
    seconds: float = 0.0
    generation: str | None = None
    cleaned: list[str] = field(default_factory=list)
    groups: int | None = None  # reprint groups in the index (None: not detected)
    furniture_lines: int = 0  # lines of this build's articles dropped as learned boilerplate
    furniture_sources: int = 0  # sources (folders, JSON Lines files, sites) with learned boilerplate
    relearned: int = 0  # unchanged articles extracted again because what was learned about their source changed
    notes: list[str] = field(default_factory=list)  # what the operator should do next (a --full rebuild)

    def lines(self) -> Iterator[str]:
        yield (
            f"added {self.added}, updated {self.updated}, removed {self.removed}, unchanged {self.unchanged}, "
            f"skipped {len(self.skipped)}; {self.articles} articles in {self.sections} sections"
            + (f", {self.groups} reprint groups" if self.groups is not None else "")
            + f"; {self.seconds:.2f} s"
        )
        yield (
            f"learned boilerplate: {self.furniture_lines} lines dropped "
            f"({self.furniture_sources} sources with recurring lines; {self.relearned} unchanged articles re-extracted)"
        )
        for name in self.cleaned:
            yield f"removed a leftover workspace from a build that died: {name}"
        yield from self.notes
        for path, reason in self.skipped:
            yield f"skipped {path}: {reason}"
        for path, damage in self.damaged:
            yield f"damaged {path}: {damage}"


def flatten(sections: list[Section], parent: str | None = None) -> Iterator[tuple[str | None, list[str]]]:
    """(heading path, paragraphs) for every section and subsection, in reading order."""
    for section in sections:
        heading = section.heading
        if parent and heading:
            heading = f"{parent}{HEADING_JOINER}{heading}"
        yield heading, section.paragraphs
        yield from flatten(section.subsections, heading)


def article_record(article: Article) -> dict:
    """The article as stored for the article view (JSON-ready)."""
    record = asdict(article)
    record["sections"] = [s.to_dict() for s in article.sections]
    return record


def documents(article: Article) -> list[dict]:
    """One Whoosh document per section (empty sections skipped; an article without text keeps one)."""
    base = {
        "article_id": article.id,
        "title": article.title or "",
        "province": article.province or "",
        "city": article.city or "",
        "date": article.date or "",
        "year": (article.date or "")[:4],
        "source": article.source or "",
        "authors": ",".join(article.authors),
    }
    parts = [(h, "\n".join(p)) for h, p in flatten(article.sections) if p or h]
    docs = []
    for number, (heading, text) in enumerate(parts or [(None, "")]):
        characters = "\n".join(filter(None, [article.title, heading, text, " ".join(article.authors)]))
        doc = dict(
            base,
            doc_id=f"{article.id}#{number}",
            section_no=number,
            heading=heading or "",
            body=text,
            grams=characters,
            chars=characters,
        )
        docs.append(doc)
    docs[0]["article"] = json.dumps(article_record(article), ensure_ascii=False)
    return docs


# Inputs for the shard workers: set before the pool forks, so children inherit them instead of unpickling.
_SHARD_INPUTS: list[RawDocument] = []
_SHARD_FURNITURE: dict[str, frozenset[int]] = {}  # learned boilerplate by source (index/ingest/furniture.py)


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
class _Shard:
    """What a shard worker sends back: its segments, (id, content hash) of each input it indexed, the lines
    it dropped as learned boilerplate, its vocabulary counts and, when reprints are detected, each article's
    fingerprint and entry."""

    segments: list
    done: list[tuple[str, str]]
    prints: dict[str, tuple[reprints.Fingerprint, reprints.Entry]]
    tally: Tally
    dropped: int = 0


def _write_shard(job: _Job) -> _Shard:
    """Worker: extract, segment and index one shard of the inputs into segments of its own.

    Each worker writes whole Whoosh segments (postings included), so every stage of the build runs on
    every core and only the finished segment objects travel back to the parent. A segment is closed when
    its buffered postings reach the worker's share of SEARCH_BUILD_MEMORY_MB. A writer is opened only for an input
    to add: cancelling an unused one would remove Whoosh's temporary folder, which all writers share.
    The shard's vocabulary (index/store/vocabulary.py) is counted from the tokens its word fields were made of.
    """
    ix = whoosh_index.open_dir(job.workspace)
    most = job.limitmb * 1024 * 1024 // POSTING_BYTES
    memo = TokenMemo()
    analysers = dict(ANALYSERS, title=memo.word_terms, heading=memo.word_terms, body=memo.word_terms)
    shard = _Shard([], [], {}, Tally())
    writer = None
    try:
        with using(job.words):
            for i in job.indices:
                raw = _SHARD_INPUTS[i]
                writer = writer or _segment_writer(ix, analysers)
                article, learned = extract_counting(raw, _SHARD_FURNITURE.get(raw.origin, frozenset()))
                shard.dropped += learned
                docs = documents(article)
                for doc in docs:
                    writer.add_document(**doc)
                if job.vocabulary:
                    shard.tally.add(article_entries(*section_texts(docs), memo))
                memo.clear()
                shard.done.append((raw.id, raw.content_hash))
                if job.detect:
                    entry = reprints.Entry("", article.title, article.source, article.date)
                    print_ = reprints.fingerprint(article.body)
                    shard.prints[raw.id] = (print_, replace(entry, digest=print_.digest))
                if writer.buffered >= most:
                    shard.segments.append(writer.finish_segment())
                    writer = None
            if writer is not None:
                shard.segments.append(writer.finish_segment())
            shard.tally.read_new()
    except BaseException:
        if writer is not None:
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


def _fingerprint_shard(indices: list[int]) -> list[tuple[str, furniture.Fingerprints]]:
    """Worker: the learned-boilerplate fingerprints of one shard of the inputs."""
    return [(raw.id, furniture.fingerprint(raw.origin, raw.text)) for raw in map(_SHARD_INPUTS.__getitem__, indices)]


def _fingerprints(raws: list[RawDocument], procs: int) -> dict[str, furniture.Fingerprints]:
    """Fingerprints of `raws`, in `procs` forked workers: they normalize every input, which on the 10.6k corpus
    took 4-5 s in one process."""
    global _SHARD_INPUTS
    _SHARD_INPUTS = raws
    procs = procs if len(raws) >= PARALLEL_MIN_INPUTS else 1
    try:
        shards = _shards(raws, procs)
        if len(shards) <= 1:
            return dict(pair for shard in shards for pair in _fingerprint_shard(shard))
        with multiprocessing.get_context("fork").Pool(len(shards)) as pool:
            return dict(pair for done in pool.map(_fingerprint_shard, shards, chunksize=1) for pair in done)
    finally:
        _SHARD_INPUTS = []


def _add(
    workspace: Path,
    raws: list[RawDocument],
    procs: int,
    learned: dict[str, frozenset[int]],
    words: Dictionary,
    detect: bool,
    vocabulary: bool,
    memory_mb: int,
) -> list[_Shard]:
    """Index `raws` in `procs` forked workers (in this process for one, or for a few inputs), leaving out the
    `learned` boilerplate of each one's source and segmenting with `words`; fingerprint each for reprints
    when `detect`, count the vocabulary when `vocabulary`; the workers' posting buffers share `memory_mb`."""
    global _SHARD_INPUTS, _SHARD_FURNITURE
    _SHARD_INPUTS, _SHARD_FURNITURE = raws, learned
    procs = procs if len(raws) >= PARALLEL_MIN_INPUTS else 1
    limitmb = max(64, memory_mb // procs)
    jobs = [_Job(str(workspace), shard, limitmb, words, detect, vocabulary) for shard in _shards(raws, procs)]
    try:
        if len(jobs) <= 1:
            return [_write_shard(job) for job in jobs]
        with multiprocessing.get_context("fork").Pool(len(jobs)) as pool:
            return pool.map(_write_shard, jobs, chunksize=1)
    finally:
        _SHARD_INPUTS, _SHARD_FURNITURE = [], {}


def build(
    sources: list[str | Path],
    index_dir: str | Path,
    full: bool = False,
    procs: int | None = None,
    wait: bool = False,
    detect_reprints: bool = True,
    user_dict: str | None = None,
    vocabulary: bool = True,
    memory_mb: int | None = None,
    max_file_bytes: int | None = None,
) -> BuildReport:
    """Build or update the index in `index_dir` from `sources`; only new and changed inputs are processed.

    The new generation is written aside and swapped in atomically; on any failure the previous one
    keeps serving. Inputs that cannot be read are skipped with a reason in the report. Reprint groups
    (index/store/reprints.py) are kept with the generation; `detect_reprints=False` leaves them out (and stores
    no fingerprints), which benchmarks/reprints.py uses to measure what detection costs. jieba segments
    with the bundled domain words and those of `user_dict` (DictionaryError, before anything is written,
    for one that cannot be read). `vocabulary=False` leaves out suggestions and pinyin readings (a baseline
    for benchmarks/suggest.py; the service then suggests nothing). `procs` (all cores), `memory_mb` and
    `max_file_bytes` default to the settings' defaults; the CLI passes what the environment sets.
    """
    started = time.perf_counter()
    index_dir = Path(index_dir)
    defaults = Settings()
    procs = procs or os.cpu_count() or 1
    memory_mb = memory_mb or defaults.build_memory_mb
    max_file_bytes = max_file_bytes or defaults.max_file_bytes
    words = dictionary.load(user_dict)
    report = BuildReport()
    with store.build_lock(index_dir, wait=wait):
        report.cleaned = store.remove_leftovers(index_dir)
        base, manifest = _base(index_dir, full)
        mixed = _segmented_otherwise(base, words)
        if mixed:
            report.notes.append(
                f"the dictionaries differ from those the index was built with (now {words.hash}, "
                f"{len(words.entries)} words): only new and changed articles use them; "
                "rebuild with --full to segment every article alike"
            )
        fresh: dict[str, RawDocument] = {}
        for item in read_sources(sources, max_file_bytes):
            if isinstance(item, Skipped):
                report.skipped.append((item.path, item.reason))
            elif item.id in fresh:
                report.skipped.append((item.path, f"duplicate id {item.id!r} (first seen in {fresh[item.id].path})"))
            else:
                fresh[item.id] = item
                if item.damaged:
                    report.damaged.append((item.path, item.damaged))
        changed = [raw for raw in fresh.values() if manifest.get(raw.id) != raw.content_hash]
        gone = [article_id for article_id in manifest if article_id not in fresh]
        report.added = sum(1 for raw in changed if raw.id not in manifest)
        report.updated = len(changed) - report.added
        report.removed = len(gone)
        report.unchanged = len(fresh) - len(changed)
        if base is not None and not changed and not gone:
            report.articles = len(manifest)
            report.generation = base.name
            report.sections = whoosh_index.open_dir(str(base)).doc_count()
            report.seconds = time.perf_counter() - started
            return report
        # Learned boilerplate: the fingerprints kept with the index for the articles that stay, and new ones for
        # the inputs to (re)index; unchanged articles whose furniture is no longer what it was are re-extracted.
        kept = furniture.read(base)
        unchanged = {article_id: kept[article_id] for article_id in fresh.keys() & kept.keys()}
        for raw in changed:
            unchanged.pop(raw.id, None)
        lines = unchanged | _fingerprints(changed, procs)
        learned = furniture.learn(lines.values())
        relearn = furniture.affected(furniture.learn(kept.values()), learned, unchanged)
        changed += [fresh[article_id] for article_id in relearn]
        report.relearned = len(relearn)
        report.furniture_sources = len(learned)
        warm_up(words)
        if vocabulary:
            readings.tables()  # loaded once, before the workers fork, instead of in each of them
        workspace = store.new_workspace(index_dir, base)
        try:
            ix = (
                whoosh_index.open_dir(str(workspace))
                if base
                else whoosh_index.create_in(str(workspace), build_schema())
            )
            if detect_reprints:
                reprints.load()  # once, before the workers fork
            replaced = gone + [raw.id for raw in changed if raw.id in manifest]
            tally = _previous_vocabulary(ix, base, manifest, replaced, words) if vocabulary else None
            shards = _add(workspace, changed, procs, learned, words, detect_reprints, vocabulary, memory_mb)
            # Then the deletions and the commit: a writer opened before the shards would share Whoosh's
            # temporary folder with them, which a failing shard removes.
            writer = ix.writer(codec=CODEC, compound=COMPOUND)
            try:
                for article_id in gone + [raw.id for raw in changed if raw.id in manifest]:
                    writer.delete_by_term("article_id", article_id)
                    manifest.pop(article_id, None)
                segments = []
                for shard in shards:
                    segments.extend(shard.segments)
                    manifest.update(shard.done)
                    report.furniture_lines += shard.dropped
                    if tally is not None:
                        tally.merge(shard.tally)
                commit_with_segments(writer, segments)
            except BaseException:
                writer.cancel()
                raise
            report.articles = len(manifest)
            report.sections = ix.doc_count()
            if detect_reprints:
                added = {i: p for shard in shards for i, p in shard.prints.items()}
                removed = gone + [raw.id for raw in changed]
                previous = reprints.Reprints.load(base) if base else reprints.Reprints()
                report.groups = _detect(ix, previous, added, removed, manifest).save(workspace)
            else:
                reprints.discard(workspace)
            ix.close()
            meta = {
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "articles": len(manifest),
                "sections": report.sections,
                "dictionary": dict(words.describe(), mixed=mixed),
            }
            if tally is not None:
                meta["vocabulary"] = {"entries": sum(1 for e in tally.entries.values() if e[2] > 0)}
                meta["vocabulary"]["bytes"] = tally.write(workspace)
            furniture.write(workspace, lines)
            report.generation = store.publish(index_dir, workspace, meta, manifest).name
        except BaseException:
            shutil.rmtree(workspace, ignore_errors=True)
            raise
    report.seconds = time.perf_counter() - started
    return report


def _detect(ix, previous: reprints.Reprints, added: dict, removed: list[str], live: Iterable[str]) -> reprints.Reprints:
    """The reprint state after this build's changes; candidates' texts are read from the committed index.

    Live articles the previous state has no fingerprint for (a generation built without detection) are
    fingerprinted from their stored text first.
    """
    with ix.searcher() as searcher:

        def record(article_id: str) -> dict:
            return json.loads(searcher.document(doc_id=f"{article_id}#0")["article"])

        def body(article_id: str) -> str:
            sections = [Section.from_dict(s) for s in record(article_id)["sections"]]
            return Article(article_id, "", "", sections=sections).body

        for article_id in live:
            if article_id not in previous.entries and article_id not in added:
                stored, print_ = record(article_id), reprints.fingerprint(body(article_id))
                entry = reprints.Entry(print_.digest, stored["title"], stored["source"], stored["date"])
                added[article_id] = (print_, entry)
        return previous.update(added, removed, body)


def _segmented_otherwise(base: Path | None, words: Dictionary) -> bool:
    """True when `base` (the generation being updated) was segmented, wholly or in part, with other words."""
    if base is None:
        return False
    recorded = store.read_json(base / store.META).get("dictionary") or {}
    return recorded.get("hash") != words.hash or bool(recorded.get("mixed"))


def _previous_vocabulary(
    ix, base: Path | None, manifest: dict[str, str], replaced: list[str], words: Dictionary
) -> Tally:
    """The vocabulary of `base` without the articles in `replaced` (removed or about to be re-added): each
    one's entries are made again from its stored section texts and subtracted. A base built without a
    vocabulary has its kept articles counted instead."""
    if base is None:
        return Tally()
    stored = Tally.stored(base)
    tally = Tally.load(base)
    with ix.searcher() as searcher, using(words):
        gone = set(replaced)
        for article_id in replaced if stored else [a for a in manifest if a not in gone]:
            docs = sorted(searcher.documents(article_id=article_id), key=lambda d: d["section_no"])
            if docs:
                tally.add(article_entries(*section_texts(docs)), sign=-1 if stored else 1)
        tally.read_new()
    return tally


def _base(index_dir: Path, full: bool) -> tuple[Path | None, dict[str, str]]:
    """The generation to update and its manifest, or (None, {}) for a build from scratch."""
    if full:
        return None, {}
    try:
        _, _, generation = store.open_generation(index_dir)
    except store.StoreError:
        return None, {}  # no index yet, or one of another format: rebuild everything
    return generation, store.read_json(generation / store.MANIFEST)
