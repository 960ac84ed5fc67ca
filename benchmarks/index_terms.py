"""What an index generation's disk holds: bytes per file kind, and per field its term entries in each segment,
its distinct terms, postings and positions (the measurements behind docs/posting-codec.md).

    python benchmarks/index_terms.py INDEX_DIR
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import generation_dir, header, table  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index_dir", help="an index folder (its current generation is read)")
    args = parser.parse_args()
    from whoosh import index as whoosh_index

    generation = generation_dir(Path(args.index_dir))
    sizes: Counter[str] = Counter()
    for file in generation.iterdir():
        if file.is_file():
            sizes[file.suffix.lstrip(".") or file.name] += file.stat().st_size
    reader = whoosh_index.open_dir(str(generation)).reader()
    leaves = [leaf for leaf, _ in reader.leaf_readers() if hasattr(leaf, "_terms")]
    entries: dict[str, list[int]] = {}
    distinct: dict[str, set] = {}
    postings: Counter[str] = Counter()
    occurrences: Counter[str] = Counter()
    for number, leaf in enumerate(leaves):
        for (field, text), info in leaf._terms.items():
            entries.setdefault(field, [0] * len(leaves))[number] += 1
            distinct.setdefault(field, set()).add(text)
            postings[field] += info.doc_frequency()
            occurrences[field] += int(info.weight())
    print(header("index terms"))
    print(f"generation: {generation} ({len(leaves)} segments, {reader.doc_count_all():,} documents)\n")
    print(table([[kind, f"{size / 1e6:.1f}"] for kind, size in sizes.most_common()], ["file kind", "MB"]))
    print()
    rows = []
    for field in sorted(entries, key=lambda f: -sum(entries[f])):
        total, unique = sum(entries[field]), len(distinct[field])
        rows.append(
            [field, " / ".join(map(str, entries[field])), f"{total:,}", f"{unique:,}", f"{total / unique:.2f}x"]
            + [f"{postings[field]:,}", f"{occurrences[field]:,}"]
        )
    print(table(rows, ["field", "entries per segment", "entries", "distinct", "repeated", "postings", "weight"]))
    parts: dict[str, Counter[str]] = {}
    for leaf in leaves:
        for field, sizes in leaf._terms.footprint().items():
            parts.setdefault(field, Counter()).update(sizes)
    print()
    names = ["term table", "ids", "counts", "positions"]
    rows = [[field, *(f"{parts[field][n] / 1e6:.2f}" for n in names)] for field in sorted(parts)]
    print(table(rows, ["field (MB)", *names]))


if __name__ == "__main__":
    main()
