"""Build or update an index from sources: read, extract and segment in parallel (index/shards.py), write,
swap atomically (index/store/generations.py)."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index

from index import store
from index.article import Article, RawDocument, Section, Skipped
from index.ingest import furniture
from index.ingest.sources import read_sources
from index.progress import Progress
from index.settings import Settings
from index.shards import Aside, add_in_workers, fingerprints
from index.store import introduced, reprints
from index.store.phrases import article_entries, section_texts
from index.store.schema import build_schema
from index.store.segment_writer import CODEC, COMPOUND, commit_with_segments
from index.store.tally import Counts, Tally, write_counts
from index.text import dictionary, readings
from index.text.analysis import grams, in_dictionary, using, warm_up
from index.text.dictionary import Dictionary


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


def build(
    sources: list[str | Path],
    settings: Settings,
    full: bool = False,
    wait: bool = False,
    detect_reprints: bool = True,
    vocabulary: bool = True,
    shown: Progress | None = None,
) -> BuildReport:
    """Build or update the index in `settings.index_dir` from `sources`; only new and changed inputs are processed.

    The new generation is written aside and swapped in atomically; on any failure the previous one
    keeps serving. Inputs that cannot be read are skipped with a reason in the report. Reprint groups
    (index/store/reprints.py) are kept with the generation; `detect_reprints=False` leaves them out (and stores
    no fingerprints), which benchmarks/reprints.py uses to measure what detection costs. jieba segments
    with the bundled domain words and those of `settings.user_dict` (DictionaryError, before anything is
    written, for one that cannot be read). `vocabulary=False` leaves out suggestions and pinyin readings (a
    baseline for benchmarks/suggest.py; the service then suggests nothing). The worker processes, their
    posting memory and the file size limit come from `settings` too. `shown` displays the progress
    (index/progress.py; nothing by default).
    """
    shown = shown or Progress(None)
    started = time.perf_counter()
    index_dir = Path(settings.index_dir)
    procs = settings.build_procs or os.cpu_count() or 1
    words = dictionary.load(settings.user_dict)
    report = BuildReport()
    with store.build_lock(index_dir, wait=wait), shown:
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
        for item in shown.reading(read_sources(sources, settings.max_file_bytes)):
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

        def load_tables() -> None:  # once, before the workers fork, instead of in each of them
            warm_up(words, reference=True)
            if vocabulary:
                readings.tables()
            if detect_reprints:
                reprints.permutations()

        found = fingerprints(changed, procs, meanwhile=load_tables)
        lines = unchanged | found.prints
        learned = furniture.learn(lines.values())
        relearn = furniture.affected(furniture.learn(kept.values()), learned, unchanged)
        changed += [fresh[article_id] for article_id in relearn]
        report.relearned = len(relearn)
        report.furniture_sources = len(learned)
        workspace = store.new_workspace(index_dir, base)
        vocabulary_aside = None
        try:
            ix = (
                whoosh_index.open_dir(str(workspace))
                if base
                else whoosh_index.create_in(str(workspace), build_schema())
            )
            replaced = gone + [raw.id for raw in changed if raw.id in manifest]
            tally = _previous_vocabulary(ix, base, manifest, replaced, words) if vocabulary else None
            shown.articles(len(changed))
            shards = add_in_workers(
                workspace,
                changed,
                procs,
                learned,
                found.texts,
                words,
                detect_reprints,
                vocabulary,
                settings.build_memory_mb,
                shown,
            )
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
                commit_with_segments(writer, segments)
            except BaseException:
                writer.cancel()
                raise
            shown.wrote("segments")
            # The vocabulary is merged and written in a process of its own while this one groups reprints and
            # counts alias pairs: one after the other they were 8 s of one core at 10.6k, the other one idle.
            if tally is not None:
                vocabulary_aside = Aside(procs, _write_vocabulary, tally, [shard.counts for shard in shards], workspace)
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
            meta["aliases"] = {"introduced": _introduced(workspace, base, shards, replaced, words)}
            furniture.write(workspace, lines)
            if vocabulary_aside is not None:
                entries, size = vocabulary_aside.result()
                meta["vocabulary"] = {"entries": entries, "bytes": size}
            shown.wrote("reprints and vocabulary")
            report.generation = store.publish(index_dir, workspace, meta, manifest).name
            shown.wrote("published")
        except BaseException:
            if vocabulary_aside is not None:
                vocabulary_aside.close()
            shutil.rmtree(workspace, ignore_errors=True)
            raise
    report.seconds = time.perf_counter() - started
    return report


def _write_vocabulary(tally: Tally, shard_counts: list[Counts], workspace: Path) -> tuple[int, int]:
    """Merge the shards' counts with `tally`'s and write them into `workspace`: (entries kept, bytes written)."""
    return write_counts([tally.counts(), *shard_counts], workspace)


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


def _introduced(workspace: Path, base: Path | None, shards: list, replaced: list[str], words: Dictionary) -> int:
    """Write the alias pairs the live articles introduce (index/store/introduced.py): those of `base` less the
    articles removed or re-read, plus the shards'; each form measured by the sections of the committed index
    holding its rarest bigram. The number of pairs kept."""
    by_article = introduced.read(base)
    for article_id in replaced:
        by_article.pop(article_id, None)
    for shard in shards:
        by_article.update(shard.introduced)
    ix = whoosh_index.open_dir(str(workspace))
    with ix.searcher() as searcher, using(words):

        def held(form: str) -> int:
            terms = [term for term, _, _ in grams(form)][:-1]
            return min((searcher.doc_frequency("grams", term) for term in terms), default=0)

        return introduced.write(workspace, by_article, lambda short: not in_dictionary(short), held)


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
