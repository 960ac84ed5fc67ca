"""Reprint detection benchmark: pair precision and recall on sets made from the shared corpus, the corpus's
own reprints, and what detection costs the build; related-article latency.

    python benchmarks/reprints.py [DATA] [--originals N] [--timing] [--scale N] [--limit N] [--seed S]

Quality (always): the whole corpus is extracted, then `--originals` articles without any near-duplicate
candidate in the corpus get copies (benchmarks/reprint_sets.py: retitled, wrapped in a site's header and
footer, Traditional script, trimmed by a paragraph, a by-line, a few characters changed) and template
bulletins are added; detection (index/store/reprints.py, the build's own code path) runs over corpus and sets
together. Reported per half (the thresholds were tuned on `tune`; `test` was not looked at):
* synthetic pairs: every pair of set articles in one group is predicted; true when both come from one
  original. Pairs of a set article with any corpus article count as false positives.
* corpus pairs: benchmarks/data/corpus_reprint_pairs.tsv, candidate pairs of the corpus labelled by
  reading them (a stratified sample of the hard zone, so harder than the corpus as a whole).
* same-day same-topic corpus pairs (two reports on one event): how many are grouped.

Timing (`--timing`, run it alone: `flock -x /work/locks/cpu ...`): the corpus built from scratch with and
without detection (index.build.build in this process, each twice, alternating; `--scale N` replicates it
with fresh ids), an incremental build adding 20 articles, and `/similar` latency over 200 articles.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
import zlib
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import (  # noqa: E402
    ROOT,
    add_data_argument,
    header,
    load_records,
    percentile,
    require_data,
    table,
    write_corpus,
)
from benchmarks.reprint_sets import CHANGES, Item, bulletins, copies, half, same_day_same_topic  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "corpus_reprint_pairs.tsv"


def _clean(record: dict) -> tuple[str, dict]:
    """(id, {body, title, source, date}) of a JSON Lines record, extracted as the build extracts it."""
    from index.article import RawDocument
    from index.ingest.extract import extract

    meta = {k: str(record[k]) for k in ("title", "date", "source", "url") if record.get(k)}
    article = extract(RawDocument(record["id"], "bench", record["body"], "", "utf-8", meta))
    return record["id"], {"body": article.body, "title": article.title, "source": article.source, "date": article.date}


def extract_all(records: list[dict]) -> dict[str, dict]:
    with multiprocessing.get_context("fork").Pool() as pool:
        return dict(pool.map(_clean, records, chunksize=64))


def detect(cleaned: dict[str, dict]) -> tuple[list[set[str]], float]:
    """Groups of `cleaned` articles as the build finds them (Reprints.update), and the seconds it took."""
    from index.store.reprints import Entry, Reprints, fingerprint

    started = time.perf_counter()
    added = {}
    for article_id, c in cleaned.items():
        print_ = fingerprint(c["body"])
        added[article_id] = (print_, Entry(print_.digest, c["title"], c["source"], c["date"]))
    state = Reprints().update(added, [], lambda article_id: cleaned[article_id]["body"])
    groups = [{article_id for article_id, _ in group} for group in state.groups()]
    return groups, time.perf_counter() - started


def isolated(cleaned: dict[str, dict]) -> set[str]:
    """Corpus articles with no near-duplicate candidate at all (LSH at a low threshold), for originals."""
    from datasketch import MinHashLSH

    from index.store.reprints import NUM_PERM, fingerprint, lean_minhash

    lsh = MinHashLSH(threshold=0.2, num_perm=NUM_PERM)  # lower than the build's: every possible candidate
    sketches = {}
    for article_id, c in cleaned.items():
        signature = fingerprint(c["body"]).signature
        if signature is not None:
            sketches[article_id] = lean_minhash(signature)
            lsh.insert(article_id, sketches[article_id])
    return {article_id for article_id, sketch in sketches.items() if lsh.query(sketch) == [article_id]}


def pair_scores(predicted: set[frozenset], truth: set[frozenset]) -> tuple[float, float, int, int, int]:
    tp = len(predicted & truth)
    fp, fn = len(predicted - truth), len(truth - predicted)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0), tp, fp, fn


def quality(args, records: list[dict]) -> None:
    rng = random.Random(args.seed)
    started = time.perf_counter()
    cleaned = extract_all(records)
    print(f"extracted {len(cleaned):,} corpus articles in {time.perf_counter() - started:.1f} s", flush=True)
    eligible = sorted(isolated(cleaned))
    originals = [r for r in records if r["id"] in set(rng.sample(eligible, min(args.originals, len(eligible))))]
    items: list[Item] = copies(originals, rng, per_original=3)
    items += bulletins(rng, 12, "tune") + bulletins(rng, 12, "test")
    made = extract_all([item.record for item in items if item.kind != "original"])
    everything = dict(cleaned) | made
    groups, seconds = detect(everything)
    print(f"detection over {len(everything):,} articles: {len(groups)} groups, {seconds:.1f} s (one process)\n")

    group_of = {article_id: n for n, group in enumerate(groups) for article_id in group}
    family = {item.record["id"]: item.family for item in items}
    side = {i: (f.split("-")[1] if f.startswith("bulletin-") else half(f)) for i, f in family.items()}
    rows = []
    for name in ("tune", "test"):
        members = [i for i in family if side[i] == name]
        truth = {frozenset(p) for p in combinations(members, 2) if family[p[0]] == family[p[1]]}
        predicted = {frozenset(p) for p in combinations(members, 2) if _together(group_of, *p)}
        # a set article grouped with a corpus article is a false pair too
        leaks = {frozenset((i, j)) for i in members if i in group_of for j in groups[group_of[i]] if j not in family}
        p, r, tp, fp, fn = pair_scores(predicted | leaks, truth)
        note = f"{len(leaks)} with corpus articles"
        rows.append([f"synthetic, {name}", len(members), f"{p:.4f}", f"{r:.4f}", tp, fp, fn, note])
        by_change = []
        for change in CHANGES:
            single = [i for i in members if i.endswith("~copy0") and _changes(items, i) == (change,)]
            found = sum(1 for i in single if _together(group_of, i, family[i]))
            by_change.append(f"{change} {found}/{len(single)}")
        print(f"recall of single-change copies ({name}): " + ", ".join(by_change))
    labelled = _labelled()
    for name in ("tune", "test"):
        pairs = [(a, b, y) for a, b, y in labelled if _pair_side(a, b) == name and a in cleaned and b in cleaned]
        truth = {frozenset((a, b)) for a, b, y in pairs if y}
        predicted = {frozenset((a, b)) for a, b, _ in pairs if _together(group_of, a, b)}
        p, r, tp, fp, fn = pair_scores(predicted, truth)
        rows.append([f"corpus, labelled, {name}", len(pairs), f"{p:.4f}", f"{r:.4f}", tp, fp, fn, ""])
    print()
    print(table(rows, ["set", "articles / pairs", "pair precision", "pair recall", "TP", "FP", "FN", "note"]))

    from index.text.analysis import segment

    negatives = same_day_same_topic(records, lambda title: [span[0] for span in segment(title)])
    grouped = [(a, b) for a, b in negatives if _together(group_of, a, b)]
    print(f"\nsame-day same-topic corpus pairs (titles sharing 2+ words): {len(grouped)} of {len(negatives)} grouped")
    for a, b in grouped[:10]:
        print(f"  {a} {cleaned[a]['title']!r} ~ {b} {cleaned[b]['title']!r}")
    corpus_groups = [g for g in groups if all(i in cleaned for i in g)]
    sizes = sorted((len(g) for g in corpus_groups), reverse=True)
    print(
        f"\nthe corpus itself: {len(corpus_groups)} groups holding {sum(sizes)} of {len(cleaned):,} articles; "
        f"largest {sizes[:5]}"
    )


def _together(group_of: dict[str, int], a: str, b: str) -> bool:
    return a in group_of and group_of[a] == group_of.get(b)


def _changes(items: list[Item], article_id: str) -> tuple[str, ...]:
    return next(item.changes for item in items if item.record["id"] == article_id)


def _labelled() -> list[tuple[str, str, bool]]:
    rows = []
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "id_a")):
            a, b, label = line.split("\t")
            rows.append((a, b, label.strip() == "1"))
    return rows


def _pair_side(a: str, b: str) -> str:
    """The labelled corpus pairs split in two by a hash of the pair."""
    return "tune" if zlib.crc32((a + b).encode("utf-8")) % 2 == 0 else "test"


# ---------------------------------------------------------------- timing


def timing(args, data: Path, records: list[dict]) -> None:
    from index.build import build
    from index.search.request import SearchRequest  # noqa: F401  (warms the same imports as the service)
    from index.search.searcher import SearchIndex
    from index.settings import Settings

    with tempfile.TemporaryDirectory(prefix="bench-reprints-") as tmp:
        workdir = Path(tmp)
        corpus = data if args.scale == 1 and args.limit is None else write_corpus(records, args.scale, workdir)
        seconds: dict[bool, list[float]] = {True: [], False: []}
        for detect_reprints in (False, True) * args.repeat:
            index_dir = workdir / f"ix-{detect_reprints}"
            started = time.perf_counter()
            report = build([corpus], Settings(index_dir=str(index_dir)), full=True, detect_reprints=detect_reprints)
            seconds[detect_reprints].append(time.perf_counter() - started)
            print(f"build, detection {'on ' if detect_reprints else 'off'}: {seconds[detect_reprints][-1]:.1f} s "
                  f"({report.articles:,} articles, groups: {report.groups})", flush=True)  # fmt: skip
        off, on = min(seconds[False]), min(seconds[True])
        rows = [
            ["full build, detection off", f"{off:.1f} s", f"best of {args.repeat}"],
            ["full build, detection on", f"{on:.1f} s", f"best of {args.repeat}"],
            ["on / off", f"{on / off:.3f}x", "goal: at most 1.15x"],
        ]
        extra = workdir / "extra.jsonl"
        with extra.open("w", encoding="utf-8") as handle:
            for n, record in enumerate(random.Random(args.seed).sample(records, 20)):
                # reprints with a line of their own: a text not seen before, so LSH and verification run
                extra_record = dict(
                    record,
                    id=f"extra-{n}",
                    title=f"转载：{record.get('title')}",
                    body=f"{record['body']}\n(本文转载自新华网,编辑:王小明)",
                )
                handle.write(json.dumps(extra_record, ensure_ascii=False) + "\n")  # fmt: skip
        for detect_reprints in (False, True):
            started = time.perf_counter()
            build(
                [corpus, extra],
                Settings(index_dir=str(workdir / f"ix-{detect_reprints}")),
                detect_reprints=detect_reprints,
            )
            rows.append([f"incremental build of 20 articles, detection {'on' if detect_reprints else 'off'}",
                         f"{time.perf_counter() - started:.2f} s", ""])  # fmt: skip
        search = SearchIndex(workdir / "ix-True")
        ids = [r["id"] for r in random.Random(args.seed).sample(records, min(200, len(records)))]
        search.similar(ids[0])  # open the generation, warm jieba
        took = []
        for article_id in ids:
            started = time.perf_counter()
            search.similar(article_id)
            took.append((time.perf_counter() - started) * 1000)
        took.sort()
        rows.append([f"/similar over {len(ids)} articles (library)",
                     f"p50 {percentile(took, 50):.1f} ms, p95 {percentile(took, 95):.1f} ms",
                     f"mean {statistics.mean(took):.1f} ms"])  # fmt: skip
        category = {r["id"]: r.get("category") for r in records}
        same = total = 0
        for article_id in ids:
            if category.get(article_id):
                for related in search.similar(article_id, 5).similar:
                    total += 1
                    same += category.get(related.id) == category[article_id]
        if total:
            rows.append(["/similar top 5: same corpus category", f"{same / total:.3f}", f"{total} related articles"])
        print()
        print(table(rows, ["measure", "value", "note"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_data_argument(parser)
    parser.add_argument("--originals", type=int, default=1000, help="corpus articles to copy (default 1000)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--timing", action="store_true", help="also time builds with and without detection")
    parser.add_argument("--skip-quality", action="store_true", help="only the timing")
    parser.add_argument("--repeat", type=int, default=1, help="builds per variant when timing (best is kept)")
    args = parser.parse_args()
    data = require_data(args.data)
    records = load_records(data, args.limit)
    print(header("reprint detection benchmark"))
    print(f"corpus:  {data} — {len(records):,} articles" + (f" (x{args.scale} when timing)" if args.scale > 1 else ""))
    if not args.skip_quality:
        quality(args, records)
    if args.timing:
        timing(args, data, records)


if __name__ == "__main__":
    main()
