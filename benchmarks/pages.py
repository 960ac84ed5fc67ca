"""Real pages from real sites: title, date, author, body and furniture, beside trafilatura and readability-lxml.

    python benchmarks/pages.py [PAGES] [--show]

PAGES is `../shared/pages` (its README says what is labelled); when it is absent the benchmark says so and
exits 0. The pages are split BY SITE into a tuning and a checking half (the last bit of the SHA-1 of the site's
name: of its first and last bytes, the one that splits the labelled fields most evenly, chosen before scoring),
so that no site is in both: rules are tuned on the first and checked on the second, and both are reported.
Each extractor reads the saved bytes:

- the project: the files read as the build reads them (`read_sources`, then boilerplate learned over the pages
  of each site, then `extract`);
- trafilatura alone (`bare_extraction` on the bytes, metadata on, tables in, comments out);
- readability-lxml (`Document(...).summary()` as text and `short_title()`; it reads no date or author).

What is scored, on the pages labelled with it (text compared as the index keeps it: `normalize_text`,
whitespace removed):

- title: the extracted title equals the label;
- date: the extracted day (`YYYY-MM-DD`, the first ten characters) equals the label;
- author: the set of extracted writers equals the label's names (split at `、，,;；/` and spaces, bracketed
  asides such as `(Joel Spolsky)` dropped);
- body F1: bag-of-characters F1 between the extracted body and the labelled one, the better of the body with
  and without the extracted title in front (some labels begin with the headline); a lost page scores 0;
- furniture kept: the share of pages (all pages) whose extracted text holds at least one furniture line. A
  line of the output (title and body) of 5 characters or more is furniture when
  (a) the page has a labelled body and fewer than half of the line's character bigrams occur in it (nor in
      the labelled title; the extracted title of a page whose title is not labelled is not judged so), or
  (b) the whole line is the text of links of the page (it is made of `<a>` texts, one or several, and is not
      the title): a menu, a breadcrumb, a list of related stories.
  A lost page keeps no furniture (it is counted in body F1 instead).

It also reports what the project's HTML extraction costs per page (read, decode, extract; ms/page).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import lxml.html  # noqa: E402

from index.article import Article, RawDocument, Skipped  # noqa: E402
from index.ingest import furniture  # noqa: E402
from index.ingest.extract import extract  # noqa: E402
from index.ingest.html import html_to_text  # noqa: E402
from index.ingest.sources import decode, read_sources  # noqa: E402
from index.settings import Settings
from index.text.normalize import normalize_text  # noqa: E402

DEFAULT_PAGES = Path(__file__).resolve().parents[2] / "shared" / "pages"
FIELDS = ("title", "date", "author", "body", "furniture")


def half(site: str) -> str:
    """`tuning` or `checking`: the last bit of the site name's SHA-1, so that a site is wholly in one half."""
    return "tuning" if hashlib.sha1(site.encode()).digest()[-1] & 1 == 0 else "checking"


@dataclass
class Output:
    """What one extractor found in one page (None: not found; `lost`: the page gave nothing)."""

    title: str | None = None
    date: str | None = None
    authors: list[str] | None = None
    body: str = ""
    lost: bool = False
    seconds: float = 0.0


@dataclass
class Score:
    right: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    f1: list[float] = field(default_factory=list)
    furniture: int = 0
    pages: int = 0


def key(text: str | None) -> str:
    return re.sub(r"\s+", "", normalize_text(text or ""))


def names(label: str) -> set[str]:
    label = re.sub(r"[(（][^()（）]*[)）]", " ", label)
    return {key(part) for part in re.split(r"[\s、,，;；/]+", label) if key(part)}


def bag_f1(found: str, expected: str) -> float:
    got, want = Counter(key(found)), Counter(key(expected))
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def link_texts(data: bytes) -> set[str]:
    """The keyed texts of the page's links."""
    try:
        text, _ = decode(data)
        tree = lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text))
    except (ValueError, lxml.etree.ParserError):
        return set()
    return {k for a in tree.iter("a") if (k := key(a.text_content()))}


def is_link_line(line: str, links: set[str]) -> bool:
    """The whole of `line` is made of link texts of the page (greedy cover, longest link first)."""
    rest = line
    for link in sorted((k for k in links if k in line), key=len, reverse=True):
        rest = rest.replace(link, "")
    return len(re.sub(r"[|｜>›»/·•\-_、,，:：\[\]【】()（）]", "", rest)) == 0


def furniture_lines(out: Output, label: dict, links: set[str]) -> list[str]:
    expected = key(label.get("body")) + key(label.get("title"))
    known = bigrams(expected)
    found = []
    for line in [out.title or "", *out.body.split("\n")]:
        line_key = key(line)
        if len(line_key) < 5:
            continue
        is_title = line_key == key(out.title)
        if is_title and "title" not in label:  # a headline the label leaves out is not furniture
            continue
        unlabelled = label.get("body") and len(bigrams(line_key) & known) < len(bigrams(line_key)) / 2
        if unlabelled or (not is_title and is_link_line(line_key, links)):
            found.append(line)
    return found


def verdicts(out: Output, label: dict) -> dict[str, bool]:
    """Right or wrong on each field the page is labelled with."""
    found = {"title": key(out.title), "date": (out.date or "")[:10], "author": {key(a) for a in out.authors or []}}
    wanted = {"title": key(label.get("title")), "date": label.get("date"), "author": names(label.get("author", ""))}
    return {f: found[f] == wanted[f] and (f != "author" or out.authors is not None) for f in found if f in label}


def score(outputs: dict[str, Output], labels: dict[str, dict], links: dict[str, set[str]], show: bool) -> Score:
    result = Score()
    for name, out in outputs.items():
        label = labels[name]
        result.pages += 1
        right = verdicts(out, label)
        result.total.update(right.keys())
        result.right.update(f for f, ok in right.items() if ok)
        f1 = None
        if "body" in label:
            with_title = f"{out.title or ''}\n{out.body}"
            f1 = 0.0 if out.lost else max(bag_f1(out.body, label["body"]), bag_f1(with_title, label["body"]))
            result.f1.append(f1)
        kept = [] if out.lost else furniture_lines(out, label, links[name])
        result.furniture += bool(kept)
        if show and (not all(right.values()) or kept or (f1 is not None and f1 < 0.95) or out.lost):
            print(f"  {name} [{label['site']}]" + (" LOST" if out.lost else ""))
            got = {"title": out.title, "date": out.date, "author": out.authors}
            for f in (f for f, ok in right.items() if not ok):
                print(f"    {f}: got {got[f]!r} want {label[f]!r}")
            if f1 is not None and f1 < 0.95:
                print(f"    body F1 {f1:.2f}")
            for line in kept[:3]:
                print(f"    furniture: {line[:70]!r}")
    return result


# ---------------------------------------------------------------- the extractors


def project(folder: Path, files: list[str]) -> dict[str, Output]:
    started = time.perf_counter()
    raws: dict[str, RawDocument] = {}
    lost: dict[str, Output] = {}
    for item in read_sources([folder / name for name in files], Settings().max_file_bytes):
        name = Path(item.path).name
        if isinstance(item, Skipped):
            lost[name] = Output(lost=True)
            print(f"  project lost {name}: {item.reason}")
        else:
            raws[name] = item
    learned = furniture.learn(furniture.fingerprint_document(raw) for raw in raws.values())
    outputs = {}
    for name, raw in raws.items():
        article: Article = extract(raw, learned.get(raw.origin, frozenset()))
        outputs[name] = Output(article.title, article.date, list(article.authors), article.body)
    elapsed = time.perf_counter() - started
    for out in outputs.values():
        out.seconds = elapsed / max(1, len(files))
    return outputs | lost


def trafilatura_alone(data: bytes) -> Output:
    import trafilatura

    document = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=True)
    if document is None:
        return Output(lost=True)
    authors = [a.strip() for a in re.split(r"[;；]", document.author)] if document.author else None
    return Output(document.title, document.date, authors, document.text or "", lost=not document.text)


def readability_lxml(data: bytes) -> Output:
    from readability import Document

    try:
        text, _ = decode(data)
        document = Document(re.sub(r"^\s*<\?xml[^>]*\?>", "", text))
        body = html_to_text(document.summary(html_partial=True))
        return Output(document.short_title(), None, None, body, lost=not body.strip())
    except Exception:  # readability raises its own Unparseable and lxml's errors on bad pages
        return Output(lost=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", nargs="?", default=str(DEFAULT_PAGES))
    parser.add_argument("--show", action="store_true", help="list the project's misses, page by page")
    args = parser.parse_args()
    root = Path(args.pages)
    if not (root / "expected.json").is_file():
        print(f"skipped: pages not found at {root}")
        return
    logging.getLogger("readability").setLevel(logging.ERROR)
    labels: dict[str, dict] = json.loads((root / "expected.json").read_text(encoding="utf-8"))
    folder = root / "pages"
    files = sorted(name for name in labels if (folder / name).is_file())
    data = {name: (folder / name).read_bytes() for name in files}
    links = {name: link_texts(data[name]) for name in files}
    extractors = {
        "this project": lambda: project(folder, files),
        "trafilatura alone": lambda: {name: trafilatura_alone(data[name]) for name in files},
        "readability-lxml": lambda: {name: readability_lxml(data[name]) for name in files},
    }
    results = {}
    for extractor, run in extractors.items():
        outputs = run()
        for part in ("tuning", "checking"):
            chosen = {name: outputs[name] for name in files if half(labels[name]["site"]) == part}
            if args.show and extractor == "this project":
                print(f"{extractor}, {part} half:")
            results[extractor, part] = score(chosen, labels, links, args.show and extractor == "this project")
        if extractor == "this project":
            cost = statistics.mean(out.seconds for out in outputs.values() if not out.lost) * 1000
    for part in ("tuning", "checking"):
        sites = sorted({labels[name]["site"] for name in files if half(labels[name]["site"]) == part})
        print(f"\n{part} half: {len(sites)} sites ({', '.join(sites)})")
        print(f"| {part} | title | date (day) | author | body F1 | pages keeping furniture |")
        print("|---|---|---|---|---|---|")
        for extractor in extractors:
            s = results[extractor, part]
            cells = [f"{s.right[f]}/{s.total[f]} ({s.right[f] / max(1, s.total[f]):.0%})" for f in FIELDS[:3]]
            f1 = f"{statistics.mean(s.f1):.2f}" if s.f1 else "—"
            print(f"| {extractor} | {' | '.join(cells)} | {f1} | {s.furniture}/{s.pages} |")
    print(f"\nthe project's HTML extraction: {cost:.1f} ms/page (read, decode, learn boilerplate, extract)")


if __name__ == "__main__":
    main()
