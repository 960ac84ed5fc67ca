"""Relevance on CMRC 2018 (Chinese Wikipedia paragraphs, natural questions): this project's ranking against
naive baselines, on the same corpus and queries, in one run.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/relevance.py [DATA_DIR] [--variant NAME ...] [--procs N] [--limit N]

DATA_DIR holds corpus.jsonl (`id, title, body`), queries.tsv (`qid<TAB>question`) and qrels.trec
(`qid 0 docid rel`); it defaults to ../shared/eval/cmrc2018_zh_cn beside the repository. Where it is
missing the script says so and exits 0. Prints MRR@10, Recall@1, Recall@10, nDCG@10 and the mean time per
query for each system, with the date, the machine and the command line.

`--variant` runs this project's search with runtime overrides of index.schema.FIELD_BOOSTS,
index.search.LONG_QUERY_WORDS / PROXIMITY_SLOP and of the query construction (monkeypatched in this process
only; nothing in index/ is edited): `current` is the library as it is, the others are the candidates tried
while tuning (see VARIANTS).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import importlib.metadata
import json
import math
import multiprocessing
import os
import platform
import re
import shlex
import sqlite3
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "cmrc2018_zh_cn"
K = 10
QUOTE_CHARS = "\"'“”‘’「」『』"

if str(ROOT) not in sys.path:  # `python benchmarks/relevance.py` without an editable install
    sys.path.append(str(ROOT))


# ---------------------------------------------------------------- data and metrics


@dataclass
class Data:
    corpus: list[dict]  # id, title, body
    queries: list[tuple[str, str]]  # (qid, question)
    qrels: dict[str, dict[str, int]]  # qid -> {docid: rel}


def load(data_dir: Path, limit: int | None) -> Data:
    with (data_dir / "corpus.jsonl").open(encoding="utf-8") as handle:
        corpus = [json.loads(line) for line in handle if line.strip()]
    queries = []
    with (data_dir / "queries.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                qid, question = line.rstrip("\n").split("\t", 1)
                queries.append((qid, question))
    qrels: dict[str, dict[str, int]] = {}
    with (data_dir / "qrels.trec").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                qid, _, docid, rel = line.split()
                if int(rel) > 0:
                    qrels.setdefault(qid, {})[docid] = int(rel)
    queries = [(qid, q) for qid, q in queries if qid in qrels]
    if limit:
        queries = queries[:limit]
    return Data(corpus, queries, qrels)


def metrics(run: dict[str, list[str]], qrels: dict[str, dict[str, int]], qids: list[str]) -> dict[str, float]:
    """MRR@10, Recall@1, Recall@10 and nDCG@10 (graded gains, 1/log2(rank+1)) averaged over `qids`."""
    mrr = r1 = r10 = ndcg = 0.0
    for qid in qids:
        relevant = qrels[qid]
        ranked = run.get(qid, [])[:K]
        first = next((i for i, d in enumerate(ranked) if d in relevant), None)
        mrr += 1 / (first + 1) if first is not None else 0.0
        r1 += sum(1 for d in ranked[:1] if d in relevant) / len(relevant)
        r10 += sum(1 for d in ranked if d in relevant) / len(relevant)
        dcg = sum(relevant.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranked))
        ideal = sum(g / math.log2(i + 2) for i, g in enumerate(sorted(relevant.values(), reverse=True)[:K]))
        ndcg += dcg / ideal
    n = len(qids) or 1
    return {"MRR@10": mrr / n, "R@1": r1 / n, "R@10": r10 / n, "nDCG@10": ndcg / n}


@dataclass
class Result:
    name: str
    run: dict[str, list[str]]
    ms: float
    notes: list[str] = field(default_factory=list)


def timed(queries: list[tuple[str, str]], search: Callable[[str], list[str]]) -> tuple[dict[str, list[str]], float]:
    run, spent = {}, 0.0
    for qid, question in queries:
        started = time.perf_counter()
        run[qid] = search(question)
        spent += time.perf_counter() - started
    return run, spent * 1000 / (len(queries) or 1)


# Set before a pool forks, so workers inherit it (with any patches) instead of unpickling it.
_JOB: dict = {}


def _chunk(queries: list[tuple[str, str]]) -> tuple[dict[str, list[str]], float, dict[str, int]]:
    """Worker: open a searcher in this process (file handles are not shared across a fork) and run `queries`."""
    search = _JOB["factory"]()
    run, ms = timed(queries, search)
    return run, ms * len(queries), dict(getattr(search, "counts", {}))


def in_parallel(
    queries: list[tuple[str, str]], procs: int, factory: Callable[[], Callable[[str], list[str]]]
) -> tuple[dict[str, list[str]], float, dict[str, int]]:
    """(run, mean ms per query, summed counters) of `factory()`'s search over `queries` in `procs` forked
    workers, each timing its own questions one at a time."""
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
    run: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for part_run, _, part_counts in parts:
        run.update(part_run)
        for key, n in part_counts.items():
            counts[key] = counts.get(key, 0) + n
    return run, sum(p[1] for p in parts) / (len(queries) or 1), counts


def quiet_jieba():
    with warnings.catch_warnings():  # jieba imports pkg_resources, deprecated under new setuptools
        warnings.simplefilter("ignore")
        import jieba
        import jieba.analyse  # noqa: F401
    import logging

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


# ---------------------------------------------------------------- this project, with its variants


@dataclass
class Variant:
    """Runtime overrides of the library's ranking knobs; None/False leaves a knob as the library has it."""

    doc: str
    boosts: dict[str, float] | None = None  # index.schema.FIELD_BOOSTS (mutated in place)
    long_query_words: int | None = None  # index.search.LONG_QUERY_WORDS
    phrase_boost: float | None = None  # index.search.PHRASE_BOOST (a word's exact-characters side)
    relaxed: Callable | None = None  # replaces index.search._relaxed(content, per_word)
    questions: bool = False  # a plain query that reads as a question is ranked by its words (mode relaxed)
    fallback: bool = False  # a plain query that matches nothing with every word is re-run relaxed


def _search_module():
    import index.query as s

    return s


def word_terms(word: str, char_boost: float | None):
    """A word in title/heading/body at FIELD_BOOSTS, and its characters in sequence at `char_boost` (None:
    left out; as in the library, never for a one-character word, which would expand to every bigram)."""
    s = _search_module()
    parts = [s.wq.Term(name, word, boost=boost) for name, boost in s.FIELD_BOOSTS.items()]
    if char_boost and len(s.characters(word)) > 1:
        parts.append(s._chars_query(word, boost=char_boost))
    return s.wq.Or(parts)


def relaxed_builder(char_boost: float | None = 0.5, pair_boost: float = 0.5, pair_slop: int = 2) -> Callable:
    """index.search._relaxed with its weights as parameters: the character-sequence fallback of each content
    word and the boost for neighbouring content words found close together in the body."""

    def _relaxed(content: list[str], per_word: list | None = None):
        s = _search_module()
        parts = [word_terms(w, char_boost) for w in content]
        if pair_boost:
            for left, right in zip(content, content[1:], strict=False):
                parts.append(s.wq.Phrase("body", [left, right], slop=pair_slop, boost=pair_boost))
        return s.wq.Or(parts)

    return _relaxed


# A plain query that reads as a question: a question mark or a question word.
_QUESTION = re.compile(r"[?？]|什么|哪|谁|多少|几|如何|怎么|怎样|为什么|为何|是否|吗|呢|何时|何地")
_OPERATORS = re.compile(r"[\"“”「」『』()（）|]|(?:^|\s)-|\bOR\b")
_FORCE_RELAXED = False  # set around the fallback's second search


def _parse_hook(original: Callable, variant: Variant) -> Callable:
    """parse_query that sends a question (or, with _FORCE_RELAXED, anything) of mode "all" to the library's
    own long-query path: quotes, brackets and OR taken out, LONG_QUERY_WORDS set to 0 for the call."""

    def parse_query(text: str):
        parsed = original(text)
        if parsed.mode != "all" or parsed.exclude is not None:
            return parsed
        if not (_FORCE_RELAXED or (variant.questions and _QUESTION.search(parsed.normalized))):
            return parsed
        s = _search_module()
        saved = s.LONG_QUERY_WORDS
        s.LONG_QUERY_WORDS = 0
        try:
            again = original(_OPERATORS.sub(" ", text))
        finally:
            s.LONG_QUERY_WORDS = saved
        return again if again.mode == "relaxed" else parsed

    return parse_query


TUNED_BOOSTS = {"title": 2.0, "heading": 1.5, "body": 1.0}
VARIANTS: dict[str, Variant] = {
    "current": Variant("the library as it is"),
    "fallback": Variant("a plain query matching nothing with all its words is re-run as a long query", fallback=True),
    "questions": Variant(
        "a plain query that reads as a question (？, 什么, 哪, 谁...) is a long query", questions=True
    ),
    "qf": Variant("questions + fallback", questions=True, fallback=True),
    "qf-nochars": Variant(
        "qf; long queries without the words' exact-characters side",
        relaxed=relaxed_builder(None),
        questions=True,
        fallback=True,
    ),
    "qf-nopairs": Variant(
        "qf; long queries without the neighbouring-words boost",
        relaxed=relaxed_builder(0.5, 0.0),
        questions=True,
        fallback=True,
    ),
    "qf-title5": Variant(
        "qf; FIELD_BOOSTS title 5, heading 2",
        boosts={"title": 5.0, "heading": 2.0, "body": 1.0},
        questions=True,
        fallback=True,
    ),
    "qf-flat": Variant(
        "qf; FIELD_BOOSTS all 1", boosts={"title": 1.0, "heading": 1.0, "body": 1.0}, questions=True, fallback=True
    ),
    "tuned": Variant(
        f"questions + fallback; FIELD_BOOSTS {TUNED_BOOSTS}; PHRASE_BOOST 1.0",
        boosts=TUNED_BOOSTS,
        phrase_boost=1.0,
        questions=True,
        fallback=True,
    ),
}


KNOBS = {"long_query_words": "LONG_QUERY_WORDS", "phrase_boost": "PHRASE_BOOST", "relaxed": "_relaxed"}


@contextlib.contextmanager
def applied(variant: Variant) -> Iterator[None]:
    """Install `variant`'s overrides in index.search / index.schema, and put everything back afterwards."""
    import index.search as search_module

    s = _search_module()
    boosts = dict(s.FIELD_BOOSTS)
    saved = {name: getattr(s, name) for name in [*KNOBS.values(), "parse_query"] if hasattr(s, name)}
    try:
        if variant.boosts is not None:
            s.FIELD_BOOSTS.clear()  # the same dict object as index.schema.FIELD_BOOSTS: mutate in place
            s.FIELD_BOOSTS.update(variant.boosts)
        for knob, name in KNOBS.items():
            value = getattr(variant, knob)
            if value is not None:
                if name not in saved:
                    raise SystemExit(f"variant sets {knob} but index.search has no {name} any more")
                setattr(s, name, value)
        if variant.questions or variant.fallback:
            search_module.parse_query = _parse_hook(s.parse_query, variant)
        yield
    finally:
        search_module.parse_query = s.parse_query
        s.FIELD_BOOSTS.clear()
        s.FIELD_BOOSTS.update(boosts)
        for name, value in saved.items():
            setattr(s, name, value)


def build_ours(data: Data, workdir: Path, procs: int) -> tuple[Path, float]:
    from index.build import build

    source = workdir / "cmrc.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for doc in data.corpus:
            record = {"id": doc["id"], "title": doc["title"], "text": doc["body"]}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    index_dir = workdir / "ours"
    report = build([source], index_dir, full=True, procs=procs)
    if report.skipped:
        print(f"note: our build skipped {len(report.skipped)} paragraphs, e.g. {report.skipped[0]}", file=sys.stderr)
    return index_dir, report.seconds


def ours_factory(index_dir: Path, variant: Variant) -> Callable[[], Callable[[str], list[str]]]:
    def factory() -> Callable[[str], list[str]]:
        from index.request import QueryError, SearchRequest
        from index.search import SearchIndex

        ix = SearchIndex(index_dir)
        counts: dict[str, int] = {}

        def count(key: str) -> None:
            counts[key] = counts.get(key, 0) + 1

        def ask(question: str) -> dict:
            try:
                return ix.search(SearchRequest(q=question, per_page=K)).to_dict()
            except QueryError:
                if not any(c in QUOTE_CHARS for c in question):
                    raise
                count("retried without quotes")
                unquoted = question.translate({ord(c): " " for c in QUOTE_CHARS})
                return ix.search(SearchRequest(q=unquoted, per_page=K)).to_dict()

        def search(question: str) -> list[str]:
            global _FORCE_RELAXED
            try:
                answer = ask(question)
                if variant.fallback and answer["total"] == 0 and answer["query"]["mode"] == "all":
                    count("fell back to relaxed")
                    _FORCE_RELAXED = True
                    try:
                        answer = ask(question)
                    finally:
                        _FORCE_RELAXED = False
            except QueryError:
                count("empty question" if not question.strip() else "failed")
                return []
            count("mode " + answer["query"]["mode"])
            if not answer["hits"]:
                count("no hits")
            return [hit["id"] for hit in answer["hits"]]

        search.counts = counts
        ix.search(SearchRequest(q="预热", per_page=K))  # open the searcher outside the timing
        return search

    return factory


def run_ours(data: Data, index_dir: Path, name: str, procs: int, snippets: bool) -> Result:
    """Our SearchIndex.search with variant `name`, the questions split between `procs` forked workers."""
    import index.highlight

    variant = VARIANTS[name]
    saved_pattern = index.highlight._pattern
    if not snippets:  # highlighting compiles a large regex per question: time the ranking only
        index.highlight._pattern = lambda needles: None
    try:
        with applied(variant):
            run, ms, counts = in_parallel(data.queries, procs, ours_factory(index_dir, variant))
    finally:
        index.highlight._pattern = saved_pattern
    return Result(f"ours [{name}]", run, ms, [", ".join(f"{key} {n}" for key, n in sorted(counts.items()))])


# ---------------------------------------------------------------- baselines


def run_whoosh(data: Data, workdir: Path, group: str, procs: int) -> Result:
    """Whoosh with jieba's ChineseAnalyzer on title and body, BM25F, QueryParser over the body."""
    quiet_jieba()
    from jieba.analyse import ChineseAnalyzer
    from whoosh import index as whoosh_index
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.qparser import AndGroup, OrGroup, QueryParser

    path = workdir / "whoosh"
    if not path.exists():
        path.mkdir()
        analyzer = ChineseAnalyzer()
        schema = Schema(id=ID(stored=True, unique=True), title=TEXT(analyzer=analyzer), body=TEXT(analyzer=analyzer))
        ix = whoosh_index.create_in(str(path), schema)
        with ix.writer() as writer:
            for doc in data.corpus:
                writer.add_document(id=doc["id"], title=doc["title"], body=doc["body"])

    def factory() -> Callable[[str], list[str]]:
        ix = whoosh_index.open_dir(str(path))
        parser = QueryParser("body", ix.schema, group=OrGroup if group == "OR" else AndGroup)
        searcher = ix.searcher()
        return lambda q: [hit["id"] for hit in searcher.search(parser.parse(q), limit=K)]

    run, ms, _ = in_parallel(data.queries, procs, factory)
    return Result(f"whoosh+jieba ChineseAnalyzer, {group}", run, ms)


def run_sqlite(data: Data) -> Result | None:
    """SQLite FTS5 with the trigram tokenizer: the OR of the question's trigrams, ranked by bm25()."""
    if tuple(int(p) for p in sqlite3.sqlite_version.split(".")[:2]) < (3, 34):
        print(f"note: SQLite {sqlite3.sqlite_version} has no trigram tokenizer (3.34+): skipped", file=sys.stderr)
        return None
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, tokenize='trigram')")
    db.executemany("INSERT INTO docs VALUES (?, ?, ?)", [(d["id"], d["title"], d["body"]) for d in data.corpus])

    def search(question: str) -> list[str]:
        grams = dict.fromkeys(question[i : i + 3] for i in range(len(question) - 2))
        if not grams:
            return []
        match = " OR ".join('"' + g.replace('"', '""') + '"' for g in grams)
        rows = db.execute("SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?", (match, K))
        return [row[0] for row in rows]

    run, ms = timed(data.queries, search)
    return Result(f"SQLite {sqlite3.sqlite_version} FTS5 trigram, OR", run, ms)


def run_tantivy(data: Data, mode: str) -> Result | None:
    """tantivy over space-joined jieba words (its default tokenizer then splits on spaces and punctuation)."""
    try:
        import tantivy
    except ImportError:
        print("note: tantivy is not installed (pip install -e '.[bench]'): skipped", file=sys.stderr)
        return None
    jieba = quiet_jieba()
    cut = jieba.cut_for_search if mode == "cut_for_search" else jieba.cut
    split = re.compile(r"[^\w]+|_")  # what tantivy's default (simple) tokenizer splits on, near enough

    def words(text: str) -> list[str]:
        return [p for w in cut(text) for p in split.split(w.lower()) if p]

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("title", tokenizer_name="default")
    builder.add_text_field("body", tokenizer_name="default")
    schema = builder.build()
    ix = tantivy.Index(schema)  # in memory
    writer = ix.writer(heap_size=50_000_000, num_threads=1)
    for doc in data.corpus:
        writer.add_document(
            tantivy.Document(id=doc["id"], title=" ".join(words(doc["title"])), body=" ".join(words(doc["body"])))
        )
    writer.commit()
    ix.reload()
    searcher = ix.searcher()

    def search(question: str) -> list[str]:
        terms = dict.fromkeys(words(question))
        clauses = [
            (tantivy.Occur.Should, tantivy.Query.term_query(schema, name, t))
            for t in terms
            for name in ("title", "body")
        ]
        if not clauses:
            return []
        hits = searcher.search(tantivy.Query.boolean_query(clauses), K).hits
        return [searcher.doc(address)["id"][0] for _, address in hits]

    run, ms = timed(data.queries, search)
    return Result(f"tantivy {importlib.metadata.version('tantivy')} + jieba.{mode}, OR", run, ms)


# ---------------------------------------------------------------- report


def machine() -> str:
    model = "?"
    with contextlib.suppress(OSError), open("/proc/cpuinfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {model}; Python {platform.python_version()}"


def table(results: list[Result], data: Data) -> str:
    qids = [qid for qid, _ in data.queries]
    rows = [("system", "MRR@10", "R@1", "R@10", "nDCG@10", "ms/query")]
    for result in results:
        m = metrics(result.run, data.qrels, qids)
        rows.append((result.name, *(f"{m[k]:.4f}" for k in ("MRR@10", "R@1", "R@10", "nDCG@10")), f"{result.ms:.2f}"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        lines.append("| " + " | ".join(cells) + " |")
        if n == 0:
            lines.append(
                "|"
                + "|".join("-" * (w + 2) for w in widths[:1])
                + "|"
                + "|".join("-" * (w + 1) + ":" for w in widths[1:])
                + "|"
            )
    return "\n".join(lines)


SYSTEMS = ("ours", "whoosh", "whoosh-and", "sqlite", "tantivy", "tantivy-cut")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="benchmarks/relevance.py",
        description="MRR@10, Recall@1/@10, nDCG@10 of this project's search against Whoosh+jieba, SQLite FTS5 "
        "trigram and tantivy+jieba on CMRC 2018 paragraphs and questions.",
    )
    parser.add_argument(
        "data", nargs="?", type=Path, default=DEFAULT_DATA, help=f"data folder (default {DEFAULT_DATA})"
    )
    parser.add_argument(
        "--variant",
        action="append",
        choices=sorted(VARIANTS),
        help="our ranking variant to run; repeat for several (default: current and tuned)",
    )
    parser.add_argument(
        "--systems",
        default=",".join(SYSTEMS),
        help=f"comma-separated systems to run, of {', '.join(SYSTEMS)} (default: all)",
    )
    parser.add_argument(
        "--procs",
        type=int,
        default=os.cpu_count() or 1,
        help="processes for building our index and running our questions",
    )
    parser.add_argument("--limit", type=int, help="only the first N questions (quick tuning)")
    parser.add_argument(
        "--snippets",
        action="store_true",
        help="time our search with snippet highlighting (by default it is stubbed out: ranking only)",
    )
    args = parser.parse_args(argv)

    data_dir = args.data.resolve()
    if not all((data_dir / name).is_file() for name in ("corpus.jsonl", "queries.tsv", "qrels.trec")):
        print(f"skipped: data not found at {data_dir} (corpus.jsonl, queries.tsv, qrels.trec)")
        return 0
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = set(systems) - set(SYSTEMS)
    if unknown:
        parser.error(f"unknown systems: {', '.join(sorted(unknown))}")
    variants = args.variant or ["current", "tuned"]

    started = time.perf_counter()
    data = load(data_dir, args.limit)
    results: list[Result] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="relevance-") as tmp:
        workdir = Path(tmp)
        if "ours" in systems:
            index_dir, seconds = build_ours(data, workdir, args.procs)
            notes.append(f"our index: {len(data.corpus)} paragraphs built in {seconds:.1f} s with --procs {args.procs}")
            for name in variants:
                result = run_ours(data, index_dir, name, args.procs, args.snippets)
                results.append(result)
                notes.extend(f"{result.name}: {n}" for n in result.notes)
        if "whoosh" in systems:
            results.append(run_whoosh(data, workdir, "OR", args.procs))
        if "whoosh-and" in systems:
            results.append(run_whoosh(data, workdir, "AND", args.procs))
        if "sqlite" in systems:
            results.append(run_sqlite(data))
        if "tantivy" in systems:
            results.append(run_tantivy(data, "cut_for_search"))
        if "tantivy-cut" in systems:
            results.append(run_tantivy(data, "cut"))
    results = [r for r in results if r is not None]

    print(f"# Relevance on CMRC 2018 ({len(data.corpus)} paragraphs, {len(data.queries)} questions)")
    print(f"date: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}")
    print(f"machine: {machine()}")
    print(f"command: {shlex.join([sys.executable, *sys.argv])}")
    print(f"data: {data_dir}")
    if "ours" in systems:
        import index.search

        print(f"library: {Path(index.search.__file__).parent}")
    print()
    print(table(results, data))
    print()
    for name in variants:
        print(f"variant {name}: {VARIANTS[name].doc}")
    for note in notes:
        print(note)
    print(f"total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
