"""Candidate alias pairs (全称 ⇄ 简称) found in a corpus by how articles introduce a short form:
`国家互联网信息办公室（以下简称“网信办”）`, `…（简称“X”）`, `…（简称X）`, `…，简称X，…`
(index/text/introductions.py, which the build runs on every article it indexes).

    .venv/bin/python benchmarks/alias_pairs.py [CORPUS.jsonl] [--min N] [--initials | --latin]

Prints `count<TAB>full<TAB>short` per pair, commonest first, for review: what passes review is shipped in
index/text/data/aliases.txt (the file's header names this script as its provenance).

Two more sources of short forms no sentence introduces, whose reviewed pairs are shipped in
index/text/data/short_forms.txt:
- `--initials`: a name ending in a body's or a programme's head word (`HEADS`: 局, 委员会, 基金, 改革 …) held by
  MIN_FULL articles, whose short form is its words' first characters, some middle words skipped (市场监督管理局
  -> 市监局, 固定资产投资 -> 固投), confirmed by the corpus: the short form held outside the name by two articles
  or more and beside it in one at least, its ends on jieba's word boundaries in half its places or more (检中 of
  质检中心 is none), and one name standing for it (most of its articles beside one name). Prints
  `beside<TAB>articles<TAB>aligned<TAB>full<TAB>short`.
- `--latin`: Latin capitals in brackets after a Chinese clause (`采购经理指数（PMI）`), printed as
  `count<TAB>clause<TAB>short`: the clause runs on into the sentence, so its name is cut by hand.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.text.analysis import in_dictionary, segment  # noqa: E402
from index.text.introductions import introductions, pairs  # noqa: E402
from index.text.lexicon import QUERY_STOPWORDS  # noqa: E402
from index.text.normalize import normalize_text  # noqa: E402

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


HEADS = frozenset(
    "局 部 委 厅 办 院 队 委员会 办公室 协会 联合会 中心 集团 公司 大学 学院 银行 组织 总局 总署 联盟 "
    "基金会 管委会 法院 检察院 医院 投资 总值 指数 会议 运动会 博览会 交易会 机场 交易所 工程 计划 "
    "示范区 开发区 新区 政府 保险 基金 联赛 大会 论坛 协议 条例 改革 合作社 电视台 日报 通讯社".split()
)
MIN_FULL = 3  # articles holding a name for its short forms to be looked for
ALIGNED = 0.5  # share of a short form's places whose ends are jieba's word boundaries
ONE_NAME = 0.6  # share of a short form's articles beside a name that are beside its commonest one
_LATIN = re.compile(r"([\u4e00-\u9fff]{3,24})[（(]\s*([A-Z][A-Za-z&]{1,9})\s*[)）]")


def _texts(path: Path) -> Iterator[str]:
    for line in path.open(encoding="utf-8"):
        if line.strip():
            record = json.loads(line)
            yield normalize_text((record.get("title") or "") + "\n" + (record.get("body") or ""))


def names(texts: list[str]) -> Counter:
    """Word tuples of names ending in a head word (`HEADS`), their other words of two characters or more and no
    function words, 4 to 14 characters, with the articles holding each."""
    found: Counter = Counter()
    for text in texts:
        words = [w for w, _, _ in segment(text)]
        seen = set()
        for at, word in enumerate(words):
            for k in range(2, 6) if word in HEADS else ():
                run = tuple(words[max(0, at - k + 1) : at + 1])
                if (
                    len(run) == k
                    and 4 <= len("".join(run)) <= 14
                    and all(len(w) > 1 and w not in QUERY_STOPWORDS and _chinese(w) for w in run[:-1])
                ):
                    seen.add(run)
        found.update(seen)
    return found


def initials(words: tuple[str, ...]) -> set[str]:
    """The short forms of a name of `words`: its words' first characters, the first and last always, any middle
    ones skipped, two characters shorter than the name at least."""
    first = [w[0] for w in words]
    out = set()
    for r in range(len(words) - 1):
        for middle in itertools.combinations(range(1, len(words) - 1), r):
            short = first[0] + "".join(first[m] for m in middle) + first[-1]
            if len(short) + 2 <= len("".join(words)):
                out.add(short)
    return out


def _aligned(short: str, full: str, texts: list[str], cap: int = 40) -> float:
    """The share of `short`'s places outside `full` (up to `cap`) whose ends are jieba's word boundaries."""
    places = hits = 0
    for text in texts:
        text = text.replace(full, "\u3000" * len(full))
        at = text.find(short)
        while at >= 0 and places < cap:
            start = max(0, at - 12)
            bounds = {b for _, s, e in segment(text[start : at + len(short) + 12]) for b in (s, e)}
            places += 1
            hits += at - start in bounds and at - start + len(short) in bounds
            at = text.find(short, at + 1)
    return hits / places if places else 0.0


def mine_initials(path: Path) -> list[tuple[int, int, float, str, str]]:
    """(beside, articles, aligned, full, short) for the short forms by initials the corpus at `path` confirms."""
    texts = list(_texts(path))
    candidates: dict[str, set[str]] = defaultdict(set)
    for words, held in names(texts).items():
        for short in initials(words) if held >= MIN_FULL else ():
            if not in_dictionary(short):
                candidates[short].add("".join(words))
    lengths = sorted({len(s) for s in candidates})
    holding: dict[str, list[int]] = defaultdict(list)
    for number, text in enumerate(texts):
        grams = {text[i : i + n] for n in lengths for i in range(len(text) - n + 1)}
        for short in grams & candidates.keys():
            holding[short].append(number)
    out = []
    for short, fulls in candidates.items():
        beside: Counter = Counter()
        outside: dict[str, int] = {}
        for full in fulls:
            held = [a for a in holding[short] if short in texts[a].replace(full, "")]
            outside[full] = len(held)
            beside[full] = sum(full in texts[a] for a in held)
        if not beside or (full := max(beside, key=beside.get)) is None or outside[full] < 2 or beside[full] < 1:
            continue
        if beside[full] < ONE_NAME * sum(beside.values()):
            continue
        aligned = _aligned(short, full, [texts[a] for a in holding[short]])
        if aligned >= ALIGNED:
            out.append((beside[full], outside[full], round(aligned, 2), full, short))
    return sorted(out, reverse=True)


def mine_latin(path: Path) -> Counter:
    """(clause, Latin short form) -> places, for review."""
    return Counter((m.group(1), m.group(2)) for text in _texts(path) for m in _LATIN.finditer(text))


def _chinese(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--min", type=int, default=1, help="introductions a pair needs (default 1)")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--initials", action="store_true", help="short forms made of a name's words' first characters")
    source.add_argument("--latin", action="store_true", help="Latin short forms in brackets after a Chinese name")
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"skipped: {args.corpus} not found")
        return 0
    if args.initials:
        for row in mine_initials(args.corpus):
            print(*row, sep="\t")
        return 0
    if args.latin:
        for (clause, short), count in mine_latin(args.corpus).most_common():
            if count >= args.min:
                print(f"{count}\t{clause}\t{short}")
        return 0
    for (full, short), count in mine(args.corpus).most_common():
        if count >= args.min:
            print(f"{count}\t{full}\t{short}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
