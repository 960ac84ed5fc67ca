"""Candidate alias pairs (全称 ⇄ 简称) found in a corpus by how articles introduce a short form:
`国家互联网信息办公室（以下简称“网信办”）`, `…（简称“X”）`, `…（简称X）`, `…，简称X，…`.

    .venv/bin/python benchmarks/alias_pairs.py [CORPUS.jsonl] [--min N]

Prints `count<TAB>full<TAB>short` per pair, commonest first, for review: what passes review is shipped in
index/text/data/aliases.txt (the file's header names this script as its provenance). The full name is the
clause before the bracket cut at word boundaries (jieba): of its word-aligned endings that hold the short form's
characters in order, the longest that at least half of the short form's introductions share (the shortest
one is in every introduction; a longer one that few share carries the sentence's own words, 由国家…).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.text.analysis import segment  # noqa: E402
from index.text.normalize import normalize_text  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "news_zh_combined.jsonl"
_HAN = "\u4e00-\u9fff"
# the clause before, then (以下)简称 and the short form, quoted or not, in brackets or between commas
INTRODUCED = re.compile(
    rf"([{_HAN}A-Za-z0-9]{{2,30}})[(（,，]\s*(?:以下)?(?:简称|下称)(?:为)?\s*[:：]?\s*[“\"「]?([{_HAN}A-Za-z0-9]{{2,8}})[”\"」]?\s*[)）,，]"
)
MAX_FULL = 20


def subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


def endings(clause: str, short: str) -> list[str]:
    """The word-aligned endings of `clause` that hold `short`'s characters in order and are longer than it."""
    starts = [start for _, start, _ in segment(clause)]
    found = []
    for start in starts:
        tail = clause[start:]
        if len(short) < len(tail) <= MAX_FULL and subsequence(short, tail):
            found.append(tail)
    return found


def mine(path: Path, shortest: bool = False) -> Counter:
    """(full, short) -> introductions of the short form. With `shortest`, the full name is the shortest ending
    of the clause in every introduction (经济技术开发区, not 市级重大产业项目优先在北京经济技术开发区): what a set of
    pairs no one reviewed needs (benchmarks/evalsets.py)."""
    by_short: dict[str, Counter] = defaultdict(Counter)
    seen: Counter = Counter()
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        record = json.loads(line)
        text = normalize_text((record.get("title") or "") + "\n" + (record.get("body") or ""))
        for match in INTRODUCED.finditer(text):
            clause, short = match.group(1), match.group(2)
            tails = endings(clause, short)
            if not tails:
                continue
            seen[short] += 1
            by_short[short].update(tails)
    pairs: Counter = Counter()
    for short, tails in by_short.items():
        most = max(tails.values())
        shared = [t for t, n in tails.items() if n * 2 >= most]
        full = min(tails, key=len) if shortest else max(shared, key=len)
        pairs[(full, short)] = seen[short]
    return pairs


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
