"""Candidate alias pairs (全称 ⇄ 简称) found in a corpus by how articles introduce a short form:
`国家互联网信息办公室（以下简称“网信办”）`, `…（简称“X”）`, `…（简称X）`, `…，简称X，…`
(index/text/introductions.py, which the build runs on every article it indexes).

    .venv/bin/python benchmarks/alias_pairs.py [CORPUS.jsonl] [--min N]

Prints `count<TAB>full<TAB>short` per pair, commonest first, for review: what passes review is shipped in
index/text/data/aliases.txt (the file's header names this script as its provenance).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.text.introductions import introductions, pairs  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "news_zh_combined.jsonl"


def mine(path: Path, shortest: bool = False) -> Counter:
    """(full, short) -> introductions of the short form in the corpus at `path` (index/text/introductions.py's
    `pairs`, `shortest` as there: what benchmarks/evalsets.py's set of pairs no one reviewed uses)."""

    def texts():
        for line in path.open(encoding="utf-8"):
            if line.strip():
                record = json.loads(line)
                yield introductions((record.get("title") or "") + "\n" + (record.get("body") or ""))

    return Counter({(p.full, p.short): p.introductions for p in pairs(texts(), shortest)})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--min", type=int, default=1, help="introductions a pair needs (default 1)")
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"skipped: {args.corpus} not found")
        return 0
    for (full, short), count in mine(args.corpus).most_common():
        if count >= args.min:
            print(f"{count}\t{full}\t{short}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
