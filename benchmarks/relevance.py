"""Relevance on queries of several kinds (benchmarks/evalsets.py), tuning and held-out halves, this project
against naive baselines over the same documents and queries, in one run.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/relevance.py [--sets S,...] [--systems S,...] [--variant NAME ...]
                                             [--per-set N] [--half tune|test|all] [--workdir DIR] [--depth N]
                                             [--reprints]

Prints, per set and half: MRR@10, Recall@1, Recall@10, the share of queries answered with no hit, and the mean
time per query, for each system; then the held-out (test) MRR@10 of every set side by side with the best
baseline's. `--variant` runs this project's search with another `index.search.ranking.Ranking` (see VARIANTS): the
library's own parameters, passed to `SearchIndex`. `--workdir` keeps the built indexes for the next run
(delete it after changing how documents are indexed). `--depth N` (over 10) also reports, for this project, Recall@N:
whether the search's first N articles, in its own order (read as an export, so each query takes longer), hold
the right one at all; a miss within it is the ordering's, a miss beyond it the query's reading. `--reprints` also
prints our MRR@10 with the articles our build groups as reprints of a relevant one counted (`reprint_view`: a view
beside the evaluation's copies, never in place of them). Where the shared data is missing it says so and exits 0.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib.metadata
import json
import math
import multiprocessing
import os
import re
import sqlite3
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python benchmarks/relevance.py` without an editable install
    sys.path.append(str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import evalsets  # noqa: E402
import headline_sets  # noqa: E402
from common import header, table  # noqa: E402

from index.search.ranking import Ranking  # noqa: E402

K = 10
SETS = (*evalsets.SETS, *headline_sets.SETS)
Search = Callable[[str], list[str]]

# Rankings tried while tuning (on the tuning halves only). `current` is the library's default.
VARIANTS: dict[str, Ranking] = {
    "current": Ranking(),
    "before-tuning": Ranking(gram_boost=0.0, coverage_power=2.0, min_required_chars=2),
    "no-grams": Ranking(gram_boost=0.0),
    "grams-0.5": Ranking(gram_boost=0.5),
    "grams-2": Ranking(gram_boost=2.0),
    "grams-96": Ranking(max_grams=96),
    "coverage-1": Ranking(coverage_power=1.0),
    "coverage-2": Ranking(coverage_power=2.0),
    "single-optional": Ranking(min_required_chars=2),
    "no-chars": Ranking(chars_boost=0.0),
    "no-run": Ranking(run_boost=0.0),
    "no-pairs": Ranking(pair_boost=0.0),
    "pairs-1": Ranking(pair_boost=1.0),
    "title-flat": Ranking(field_boosts={"title": 1.0, "heading": 1.0, "body": 1.0}),
    "title-5": Ranking(field_boosts={"title": 5.0, "heading": 2.0, "body": 1.0}),
    "words-16": Ranking(max_words=16),
    "words-64": Ranking(max_words=64),
    "other-sections": Ranking(other_sections=0.3),
    "blend-4": Ranking(blend_words=4),
    "forms-once": Ranking(other_forms=0.0),
    "forms-summed": Ranking(other_forms=1.0),
}


# ---------------------------------------------------------------- metrics


@dataclass
class Run:
    system: str
    set: str
    ranked: dict[str, list[str]]  # qid -> ids, best first
    ms: float  # mean per query


def metrics(run: Run, qset: evalsets.QuerySet, which: str, depth: int = K) -> dict[str, float]:
    """MRR@10, Recall@1, Recall@10 (a copy of the article counts) and the share of queries with no hit; with a
    `depth` over K, Recall@depth as well (of the articles the run ranked that deep)."""
    qids = qset.qids(which)
    mrr = r1 = r10 = deep = empty = 0.0
    for qid in qids:
        relevant, ranked = qset.qrels[qid], run.ranked.get(qid, [])[:depth]
        first = next((i for i, d in enumerate(ranked) if d in relevant), None)
        mrr += 1 / (first + 1) if first is not None and first < K else 0.0
        r1 += first == 0
        r10 += first is not None and first < K
        deep += first is not None
        empty += not ranked
    n = len(qids) or 1
    found = {"MRR@10": mrr / n, "R@1": r1 / n, "R@10": r10 / n, "zero": empty / n, "n": len(qids)}
    return found | ({f"R@{depth}": deep / n} if depth > K else {})


# ---------------------------------------------------------------- running searches


_JOB: dict = {}  # set before a pool forks, so workers inherit the factory instead of unpickling it


def _chunk(queries: list[tuple[str, str]]) -> tuple[dict[str, list[str]], float]:
    search = _JOB["factory"]()  # opened in the worker: file handles are not shared across a fork
    ranked, spent = {}, 0.0
    for qid, text in queries:
        started = time.perf_counter()
        ranked[qid] = search(text)
        spent += time.perf_counter() - started
    return ranked, spent


def run_queries(name: str, qset: evalsets.QuerySet, factory: Callable[[], Search], procs: int, which: str) -> Run:
    """`factory()`'s search over the set's queries of half `which` (or all), split between `procs` forked workers."""
    queries = [(qid, text) for qid, text in qset.queries if which in ("all", qset.halves[qid])]
    size = math.ceil(len(queries) / max(1, procs))
    chunks = [queries[i : i + size] for i in range(0, len(queries), size)]
    _JOB["factory"] = factory
    try:
        if len(chunks) > 1:
            with multiprocessing.get_context("fork").Pool(len(chunks)) as pool:
                parts = pool.map(_chunk, chunks, chunksize=1)
        else:
            parts = [_chunk(chunk) for chunk in chunks]
    finally:
        _JOB.clear()
    ranked = {qid: ids for part, _ in parts for qid, ids in part.items()}
    return Run(name, qset.name, ranked, sum(s for _, s in parts) * 1000 / (len(queries) or 1))


def quiet_jieba():
    with warnings.catch_warnings():  # jieba imports pkg_resources, deprecated under new setuptools
        warnings.simplefilter("ignore")
        import jieba
        import jieba.analyse  # noqa: F401
    import logging

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


# ---------------------------------------------------------------- this project


def build_ours(collection: evalsets.Collection, workdir: Path, procs: int) -> Path:
    from index.build import build
    from index.settings import Settings

    index_dir = workdir / f"ours-{collection.name}"
    if (index_dir / "current").exists():
        return index_dir
    source = workdir / f"{collection.name}.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for doc in collection.docs:
            record = {"id": doc["id"], "text": doc["text"]} | ({"title": doc["title"]} if doc["title"] else {})
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    report = build([source], Settings(index_dir=str(index_dir), build_procs=procs or 0), full=True)
    print(f"note: our {collection.name} index: {report.articles} articles in {report.seconds:.0f} s", file=sys.stderr)
    return index_dir


def ours(index_dir: Path, ranking: Ranking, depth: int = K) -> Callable[[], Search]:
    """This project's search: its first K hits, or with a `depth` over K its first `depth` articles in the same
    order (an export of the same search: the same page size, so the same articles let in)."""

    def factory() -> Search:
        from index.search.request import SearchRequest
        from index.search.searcher import SearchIndex
        from index.settings import Settings

        # no deadline: relevance is measured, not speed, and a loaded machine must not turn a query into a miss
        index = SearchIndex(index_dir, Settings(query_timeout_ms=0), ranking=ranking)
        index.search(SearchRequest(q="预热"))  # open the generation outside the timing
        if depth > K:
            return lambda text: [row.id for row in index.export(SearchRequest(q=text), depth).rows]
        return lambda text: [hit.id for hit in index.search(SearchRequest(q=text, per_page=K)).hits]

    return factory


# ---------------------------------------------------------------- baselines


def whoosh(collection: evalsets.Collection, workdir: Path) -> Callable[[], Search]:
    """Whoosh with jieba's ChineseAnalyzer on title and body, BM25F, any of the query's words (OR)."""
    quiet_jieba()
    from jieba.analyse import ChineseAnalyzer
    from whoosh import index as whoosh_index
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.qparser import MultifieldParser, OrGroup

    path = workdir / f"whoosh-{collection.name}"
    if not path.exists():
        path.mkdir()
        analyzer = ChineseAnalyzer()
        schema = Schema(id=ID(stored=True, unique=True), title=TEXT(analyzer=analyzer), body=TEXT(analyzer=analyzer))
        ix = whoosh_index.create_in(str(path), schema)
        with ix.writer(procs=1, limitmb=512) as writer:
            for doc in collection.docs:
                writer.add_document(id=doc["id"], title=doc["title"], body=doc["text"])

    def factory() -> Search:
        ix = whoosh_index.open_dir(str(path))
        parser = MultifieldParser(["title", "body"], ix.schema, group=OrGroup)
        searcher = ix.searcher()

        def search(text: str) -> list[str]:
            try:
                query = parser.parse(text)
            except Exception:  # a baseline's own parse failure counts as no hit
                return []
            return [hit["id"] for hit in searcher.search(query, limit=K)]

        return search

    return factory


def sqlite_trigram(collection: evalsets.Collection, workdir: Path) -> Callable[[], Search] | None:
    """SQLite FTS5 with the trigram tokenizer: any of the query's trigrams (OR), ranked by bm25()."""
    if tuple(int(p) for p in sqlite3.sqlite_version.split(".")[:2]) < (3, 34):
        print(f"note: SQLite {sqlite3.sqlite_version} has no trigram tokenizer (3.34+): skipped", file=sys.stderr)
        return None
    path = workdir / f"fts5-{collection.name}.sqlite"
    if not path.exists():
        db = sqlite3.connect(path)
        db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, tokenize='trigram')")
        db.executemany("INSERT INTO docs VALUES (?, ?, ?)", [(d["id"], d["title"], d["text"]) for d in collection.docs])
        db.commit()
        db.close()

    def factory() -> Search:
        db = sqlite3.connect(path)

        def search(text: str) -> list[str]:
            grams = dict.fromkeys(text[i : i + 3] for i in range(len(text) - 2))
            if not grams:
                return []
            match = " OR ".join('"' + g.replace('"', '""') + '"' for g in grams)
            rows = db.execute("SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?", (match, K))
            return [row[0] for row in rows]

        return search

    return factory


def tantivy(collection: evalsets.Collection, workdir: Path) -> Callable[[], Search] | None:
    """tantivy over space-joined `jieba.cut_for_search` words, any of the query's words (OR), BM25."""
    try:
        import tantivy as tv
    except ImportError:
        print("note: tantivy is not installed (pip install -e '.[bench]'): skipped", file=sys.stderr)
        return None
    jieba = quiet_jieba()
    split = re.compile(r"[^\w]+|_")  # what tantivy's default tokenizer splits on, near enough

    def words(text: str) -> list[str]:
        return [p for w in jieba.cut_for_search(text) for p in split.split(w.lower()) if p]

    builder = tv.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("title", tokenizer_name="default")
    builder.add_text_field("body", tokenizer_name="default")
    schema = builder.build()
    path = workdir / f"tantivy-{collection.name}"
    fresh = not path.exists()
    path.mkdir(exist_ok=True)
    ix = tv.Index(schema, path=str(path))
    if fresh:
        writer = ix.writer(heap_size=100_000_000, num_threads=1)
        for doc in collection.docs:
            writer.add_document(
                tv.Document(id=doc["id"], title=" ".join(words(doc["title"])), body=" ".join(words(doc["text"])))
            )
        writer.commit()

    def factory() -> Search:
        index = tv.Index(schema, path=str(path))
        index.reload()
        searcher = index.searcher()

        def search(text: str) -> list[str]:
            clauses = [
                (tv.Occur.Should, tv.Query.term_query(schema, name, t))
                for t in dict.fromkeys(words(text))
                for name in ("title", "body")
            ]
            if not clauses:
                return []
            hits = searcher.search(tv.Query.boolean_query(clauses), K).hits
            return [searcher.doc(address)["id"][0] for _, address in hits]

        return search

    return factory


BASELINES = {
    "whoosh": ("Whoosh + jieba ChineseAnalyzer, OR", whoosh),
    "tantivy": ("tantivy + jieba.cut_for_search, OR", tantivy),
    "fts5": ("SQLite FTS5 trigram, OR", sqlite_trigram),
}


# ---------------------------------------------------------------- report


def report(
    runs: list[Run], sets: list[evalsets.QuerySet], halves: list[str], ours_names: list[str], depth: int = K
) -> str:
    by_name = {s.name: s for s in sets}
    deep = [f"R@{depth}"] if depth > K else []
    out = []
    for qset in sets:
        rows = []
        for run in (r for r in runs if r.set == qset.name):
            for which in halves:
                m = metrics(run, qset, which, depth if run.system in ours_names else K)
                recall = [f"{m[k]:.4f}" if k in m else "-" for k in ("MRR@10", "R@1", "R@10", *deep)]
                rows.append([run.system, which, m["n"], *recall, f"{m['zero']:.1%}", f"{run.ms:.1f}"])
        out.append(f"## {qset.name} ({len(qset.queries)} queries)\n")
        out.append(table(rows, ["system", "half", "n", "MRR@10", "R@1", "R@10", *deep, "no hit", "ms/query"]) + "\n")
    which = "test" if "test" in halves else halves[0]
    systems = list(dict.fromkeys(r.system for r in runs))
    grid = {(r.system, r.set): metrics(r, by_name[r.set], which)["MRR@10"] for r in runs}
    rows = [[s, *(f"{grid[(s, q.name)]:.4f}" if (s, q.name) in grid else "-" for q in sets)] for s in systems]
    baselines = [s for s in systems if s not in ours_names]
    if baselines and ours_names:
        best = [max((grid.get((b, q.name), 0.0) for b in baselines), default=0.0) for q in sets]
        rows.append(["best baseline", *(f"{b:.4f}" for b in best)])
        for name in ours_names:
            rows.append(
                [
                    f"{name} - best",
                    *(f"{grid.get((name, q.name), 0.0) - b:+.4f}" for q, b in zip(sets, best, strict=True)),
                ]
            )
    out.append(f"## MRR@10 on the {which} halves\n")
    out.append(table(rows, ["system", *(q.name for q in sets)]))
    return "\n".join(out)


def reprint_groups(index_dir: Path) -> dict[str, set[str]]:
    """Per article of a reprint group our build found (index/store/reprints.py), every article of its group."""
    from index.store.reprints import read_groups

    groups = [{copy["id"] for copy in group} for group in read_groups((index_dir / "current").resolve())]
    return {article: group for group in groups for article in group}


def reprint_view(
    runs: list[Run], sets: list[evalsets.QuerySet], halves: list[str], grouped: dict[str, dict[str, set[str]]]
) -> str:
    """Our MRR@10 as the evaluation counts it and with the articles our build takes for reprints of a relevant one
    counted as well: the evaluation's copies are the same title or the same 40-character opening, so a copy under
    a site's prefix (`光明日报：…`) or opened by a byline is another article to it, and when it ranks first the
    collapse of reprints shows it in place of the answer. A view beside the evaluation, never in place of it."""
    by_name = {s.name: s for s in sets}
    rows = []
    for run in (r for r in runs if r.system.startswith("ours")):
        qset = by_name[run.set]
        groups = grouped.get(qset.collection, {})
        widened = dataclasses.replace(
            qset, qrels={q: set().union(rel, *(groups.get(a, ()) for a in rel)) for q, rel in qset.qrels.items()}
        )
        for which in halves:
            as_is, view = metrics(run, qset, which)["MRR@10"], metrics(run, widened, which)["MRR@10"]
            rows.append([run.system, run.set, which, f"{as_is:.4f}", f"{view:.4f}", f"{view - as_is:+.4f}"])
    head = "## MRR@10 with our build's reprints of the answer counted (a view; the evaluation's figures are above)\n"
    return head + "\n" + table(rows, ["system", "set", "half", "MRR@10", "reprints counted", "difference"])


def _version(package: str) -> str:
    """A package's version, or `not installed` (tantivy is an extra: a run of our system alone needs no baseline)."""
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/relevance.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(SETS), help=f"of {', '.join(SETS)}")
    parser.add_argument("--systems", default="ours," + ",".join(BASELINES), help=f"ours, {', '.join(BASELINES)}")
    parser.add_argument("--variant", action="append", choices=sorted(VARIANTS), help="our ranking (default: current)")
    parser.add_argument("--per-set", type=int, default=600, help="queries per set (default 600)")
    parser.add_argument("--half", choices=["tune", "test", "all"], help="report only this half (default: both)")
    parser.add_argument("--workdir", type=Path, help="keep the built indexes here for the next run")
    parser.add_argument("--procs", type=int, default=os.cpu_count() or 1, help="processes for builds and queries")
    parser.add_argument("--depth", type=int, default=K, help="also Recall@N of our first N articles (N over 10)")
    parser.add_argument(
        "--reprints", action="store_true", help="also our MRR@10 with the build's reprints of the answer counted"
    )
    args = parser.parse_args(argv)
    if not evalsets.available():
        print(f"skipped: shared data not found ({evalsets.NEWS}, {evalsets.CMRC})")
        return 0
    names = [s.strip() for s in args.sets.split(",") if s.strip()]
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = (set(names) - set(SETS)) | (set(systems) - {"ours", *BASELINES})
    if unknown:
        parser.error(f"unknown sets or systems: {', '.join(sorted(unknown))}")
    variants = args.variant or ["current"]
    halves = [args.half] if args.half else ["tune", "test"]

    started = time.perf_counter()
    collections: dict[str, evalsets.Collection] = {}
    sets: list[evalsets.QuerySet] = []
    if set(names) & {*evalsets.NEWS_SETS, *headline_sets.SETS}:
        collection, news_sets = evalsets.news(per_set=args.per_set)
        collections["news"] = collection
        headlines = next(s for s in news_sets if s.name == "headline")
        asked = [headline_sets.asked(headlines, question=q) for q in (True, False)]
        sets += [s for s in [*news_sets, *asked] if s.name in names]
    if "question" in names:
        collection, questions = evalsets.cmrc()
        collections["cmrc"] = collection
        sets.append(questions)

    runs: list[Run] = []
    grouped: dict[str, dict[str, set[str]]] = {}  # collection -> per article, its build's reprint group
    with contextlib.ExitStack() as stack:
        workdir = args.workdir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="relevance-")))
        workdir.mkdir(parents=True, exist_ok=True)
        for collection in collections.values():
            here = [s for s in sets if s.collection == collection.name]
            if "ours" in systems:
                index_dir = build_ours(collection, workdir, args.procs)
                grouped[collection.name] = reprint_groups(index_dir)
                for variant in variants:
                    for qset in here:
                        factory = ours(index_dir, VARIANTS[variant], args.depth)
                        runs.append(run_queries(f"ours [{variant}]", qset, factory, args.procs, args.half or "all"))
            for key, (label, make) in BASELINES.items():
                if key in systems:
                    factory = make(collection, workdir)
                    if factory is not None:
                        runs.extend(run_queries(label, qset, factory, args.procs, args.half or "all") for qset in here)

    print(header("Relevance: known-item and question sets, tuning and held-out halves"))
    versions = ", ".join(f"{p} {_version(p)}" for p in ("jieba", "whoosh-reloaded", "tantivy"))
    print(
        f"data:    {evalsets.NEWS} ({len(collections.get('news', evalsets.Collection('', [])).docs)} articles), "
        f"{evalsets.CMRC}; {versions}"
    )
    for variant in variants:
        changed = {
            f.name: getattr(VARIANTS[variant], f.name)
            for f in dataclasses.fields(Ranking)
            if getattr(VARIANTS[variant], f.name) != getattr(Ranking(), f.name)
        }
        print(f"variant: {variant} {changed or '(the library as it is)'}")
    print()
    print(report(runs, sets, halves, [f"ours [{v}]" for v in variants], args.depth))
    if args.reprints:
        print()
        print(reprint_view(runs, sets, halves, grouped))
    print(f"\ntotal {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
