"""Section headings on a JSON Lines corpus: how many, and how many look like sentences rather than headings.

    python benchmarks/headings.py [DATA] [--limit N]

Extracts every article as the build does (learned boilerplate first) and reports, for bodies that arrived
escaped twice (`\\n` as two characters, no real line break: index/ingest/escapes.py) apart from the others,
and for each half of a split by article hash (tuning: first hex digit even; checking: odd):

- sections per article, as the index counts them (headed and headless, subsections included);
- headings per article;
- headings that are no heading by their surroundings: `bare` heads no paragraph of its own (another heading
  follows at once, or nothing), `short` is followed by a short unpunctuated line (a sentence going on in the
  next line), `comma` ends in a comma or a sentence mark, or holds one inside (a sentence, not a title);
- `flagged`: headings with any of those signs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import DEFAULT_DATA, require_data  # noqa: E402
from index.article import RawDocument, Section  # noqa: E402
from index.ingest import furniture as learned_furniture  # noqa: E402
from index.ingest.cleaning import ends_sentence, is_heading_shaped  # noqa: E402
from index.ingest.extract import extract  # noqa: E402
from index.ingest.sources import read_sources  # noqa: E402
from index.settings import Settings  # noqa: E402
from index.store.documents import flatten  # noqa: E402


def escaped_ids(data: Path) -> set[str]:
    """Ids of the records whose body holds escaped line breaks and no real one."""
    ids = set()
    with data.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            record = json.loads(line)
            body = next((record[k] for k in ("text", "body", "content") if isinstance(record.get(k), str)), "")
            if "\\n" in body and "\n" not in body:
                given = record.get("id")
                ids.add(str(given) if given not in (None, "") else f"{data.stem}/{number}")
    return ids


def heading_signs(sections: list[Section]) -> list[set[str]]:
    """For each heading of `sections` (subsections excluded: `——` lines), the signs that it is no heading."""
    out = []
    for section in sections:
        if not section.heading:
            continue
        signs = set()
        if not section.paragraphs:
            signs.add("bare")
        elif len(section.paragraphs[0]) < 20 and is_heading_shaped(section.paragraphs[0]):
            signs.add("short")
        if ends_sentence(section.heading) or any(mark in section.heading for mark in "，。；！？,;"):
            signs.add("comma")
        out.append(signs)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA), help=f"corpus (default: {DEFAULT_DATA})")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    data = require_data(args.data)
    escaped = escaped_ids(data)
    raws = [raw for raw in read_sources([data], Settings().max_file_bytes) if isinstance(raw, RawDocument)]
    raws = raws[: args.limit] if args.limit else raws
    learned = learned_furniture.learn(learned_furniture.fingerprint_document(raw) for raw in raws)
    counts: dict[tuple[str, str], Counter] = {}
    for raw in raws:
        article = extract(raw, learned.get(raw.origin, frozenset()))
        group = "escaped" if raw.id in escaped else "others"
        half = "tuning" if int(raw.content_hash[0], 16) % 2 == 0 else "checking"
        for key in ((group, half), (group, "all")):
            c = counts.setdefault(key, Counter())
            c["articles"] += 1
            c["sections"] += max(1, sum(1 for heading, paras in flatten(article.sections) if heading or paras))
            for signs in heading_signs(article.sections):
                c["headings"] += 1
                c["flagged"] += bool(signs)
                c.update(signs)
    print(f"# headings: {len(raws):,} articles of {data}")
    head = f"  {'group':8} {'half':9} {'articles':>8} {'sections':>8} {'sect/art':>8} {'head/art':>8} {'headings':>8}"
    print(head + f" {'bare':>6} {'short':>6} {'comma':>6} {'flagged':>8}")
    for (group, half), c in sorted(counts.items()):
        n, h = c["articles"], max(1, c["headings"])
        print(
            f"  {group:8} {half:9} {n:>8,} {c['sections']:>8,} {c['sections'] / n:>8.2f}"
            + f" {c['headings'] / n:>8.2f} {c['headings']:>8,}"
            + "".join(f" {c[s] / h:>6.0%}" for s in ("bare", "short", "comma"))
            + f" {c['flagged'] / h:>8.0%}"
        )


if __name__ == "__main__":
    main()
