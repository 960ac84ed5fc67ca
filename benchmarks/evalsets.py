"""Retrieval evaluation sets built from the shared data, one per way people search, each split into a
tuning half and a held-out test half.

From the news corpus (../shared/corpus/news_zh_combined.jsonl) all 10,580 articles are indexed by their body
only, without the title; the articles queries are drawn from (8,000 or so, with a first sentence of 12-160
characters and 200 more after it) also without their first sentence. Each query must find its own article
(or a copy of it: articles with the same title or the same opening are all relevant):

- `headline`     the article's title as it was scraped (CCF titles carry their site: `…__兖矿集团`)
- `furnished`    the title pasted with headline furniture: a site suffix, a column tag, `(图)`, `!!!`. The
                 tuning half draws from one list of furniture, the test half from another it never saw.
- `lead`         the first sentence of the article (left out of the index)
- `keywords`     two or three of the article's most distinctive words (jieba's TF-IDF), as a reader would
                 remember them, space-separated
- `paragraph`    a paragraph of the article as pasted, up to 450 characters
- `traditional`  the title in Traditional script (OpenCC s2t)
- `typo`         as pinyin input slips: the title (half of them) or two or three keywords with one or two
                 characters of their words replaced by another of the same toneless reading, picked as an
                 input method offers them (the commoner characters of the corpus first): 网络按全, 诈偏
- `abbreviation` a name the article writes in one form asked in another (工业和信息化部 for 工信部, or the
                 reverse), from the groups of index/text/data/aliases.txt that the article holds one form
                 of and no other: the title with the form swapped when the title holds it, else the other
                 form beside two keywords
- `mixed`        the title in Traditional script with one of its words typed in toneless pinyin
                 (城市擁堵，qujing交警做了些什麼)
- `abbreviation-corpus`  as `abbreviation`, from pairs the corpus itself introduces (`…（以下简称“X”）`, found
                 by benchmarks/alias_pairs.py, unreviewed) that the alias table does not hold: what a name
                 outside the table gains (卫生和计划生育局/卫计局, 首席仲裁员/首裁, 经济技术开发区/经开区)
- `typo-words`   a check on `typo` from another generator, never tuned on: slips as an input method makes them a
                 word at a time, a word of the title or keywords replaced by another word of jieba's dictionary
                 with the same toneless reading (权利 for 权力, 防止 for 防治), or where none exists, one character
                 by any of jieba's common characters of its reading, picked by their frequency there
- `mixed-names`  a check on `mixed` from another generator: the title, in Traditional script for half of them,
                 with its rarest word in the corpus (a name, as often as not: the word one cannot write) in
                 toneless pinyin
- `typo-check`, `abbreviation-check`, `mixed-check`  a third generator per style (`_Checks`), written and first
                 run before the second round of issue 23's changes, for test-half articles: other sentence
                 shapes (a headline's longest clause with a question after it, keywords typed as one run),
                 other slips (two in one word, homophones drawn evenly from jieba's common characters, fuzzy
                 initials and finals zh/z, n/l, ing/in), short forms made by rule and attested in the corpus
                 (卫生健康委员会 -> 卫健委), Taiwan and Hong Kong variants of Traditional script and pinyin
                 written Capitalized or syllable by syllable. Each query's id names its kind
                 (`typo-check:fuzzy:ID`), to break the figures down. Their tuning halves (since the fifth round,
                 to diagnose on) are the same generator run afterwards on tuning-half articles with a random
                 draw of their own, so the test queries are those of every earlier round; so for the next two
- `typo-fresh`, `abbreviation-fresh`, `mixed-fresh`  a fourth generator per style (`_Fresh`), written and first
                 run before the third round of issue 23's changes, from test-half articles drawn in another
                 order: the headline with a site's name after it or inside a question, two slips in one name,
                 a slip in the headline's rarest word, a word typed as another word of its reading, homophones
                 drawn by their frequency in jieba's dictionary; a name's other form inside the lead sentence
                 or beside two keywords in a sentence; Traditional script as Taiwan writes it (s2twp)
- `typo-common`  slips in jieba's ~800 commonest words of two characters or more, not in names (`_Common`): the
                 headline, or its longest clause with a question after it (`到底是什么情况`), one character of a
                 common word of the headline (or, where it has none, of the question) typed as one of the six
                 commonest characters of its reading: 以经 for 已经, 身么 for 什么, 问体 for 问题
- `typo-fresh2`, `abbreviation-fresh2`  a fifth generator (`_Fresh2`), written and first run before the fourth
                 round of issue 23's changes, from test-half articles in yet another order: the headline, its
                 words as remembered (space-separated) or the lead sentence's first clause, with a slip in a
                 place's name, in a verb, or a slip and one word left out, the homophone any of an input method's
                 first five; a short form the corpus introduces (`（以下简称“X”）`) or a ministry's or provincial
                 department's short form (人社部, 省住建厅) asked for inside a question

From CMRC 2018 (../shared/eval/cmrc2018_zh_cn), `question`: natural questions against Wikipedia paragraphs
(title and body indexed), one relevant paragraph each.

A query's half follows a hash of its article (its paragraph for CMRC), so the halves never share an article.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "corpus" / "news_zh_combined.jsonl"
CMRC = ROOT.parent / "shared" / "eval" / "cmrc2018_zh_cn"
NEWS_SETS = (
    "headline",
    "furnished",
    "lead",
    "keywords",
    "paragraph",
    "traditional",
    "typo",
    "abbreviation",
    "mixed",
    "abbreviation-corpus",
    "typo-words",
    "mixed-names",
    "typo-check",
    "abbreviation-check",
    "mixed-check",
    "typo-fresh",
    "abbreviation-fresh",
    "mixed-fresh",
    "typo-fresh2",
    "abbreviation-fresh2",
    "typo-fuzzy",
    "typo-common",
)
CHECK_SETS = ("typo-check", "abbreviation-check", "mixed-check")
FRESH_SETS = ("typo-fresh", "abbreviation-fresh", "mixed-fresh")
FRESH2_SETS = ("typo-fresh2", "abbreviation-fresh2")
# queries as people mistype and abbreviate them (issue 23)
SLIP_SETS = ("typo", "abbreviation", "mixed", "abbreviation-corpus", "typo-words", "mixed-names")
COMMON_SETS = ("typo-common",)
SLIP_SETS = (*SLIP_SETS, *CHECK_SETS, *FRESH_SETS, *FRESH2_SETS, "typo-fuzzy", *COMMON_SETS)
ALIAS_SETS = ("abbreviation", "abbreviation-corpus")
SETS = (*NEWS_SETS, "question")
PASTE_CHARS = 450
TEXT_SETS = ("lead", "keywords", "paragraph")  # the sets whose queries come from the text, not the title

# Furniture as sites and reposts put it around headlines. The halves use different lists, so the test half
# shows whether the query reading generalizes beyond what it was tuned on.
FURNITURE = {
    "tune": [("", "_新浪网"), ("", "-中国新闻网"), ("【关注】", ""), ("", "!!!"), ("", "(图)"), ("", "_网易新闻")],
    "test": [("", " | 人民网"), ("", "_手机看新闻"), ("【独家】", ""), ("", "……"), ("", "（组图）"), ("[视频]", "")],
}

_SENTENCE_END = re.compile(r"(?<=[。！？!?])")
_CJK = re.compile(r"[\u4e00-\u9fff]+")


@dataclass
class Collection:
    name: str
    docs: list[dict]  # id, title (may be empty), text


@dataclass
class QuerySet:
    name: str
    collection: str
    queries: list[tuple[str, str]] = field(default_factory=list)  # (qid, text)
    qrels: dict[str, set[str]] = field(default_factory=dict)
    halves: dict[str, str] = field(default_factory=dict)  # qid -> "tune" | "test"

    def add(self, qid: str, text: str, relevant: set[str], key: str) -> None:
        self.queries.append((qid, text))
        self.qrels[qid] = relevant
        self.halves[qid] = half(key)

    def qids(self, which: str) -> list[str]:
        return [qid for qid, _ in self.queries if which in ("all", self.halves[qid])]


def half(key: str) -> str:
    return "tune" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def _quiet_jieba():
    with warnings.catch_warnings():  # jieba imports pkg_resources, deprecated under new setuptools
        warnings.simplefilter("ignore")
        import jieba
        import jieba.analyse
    import logging

    jieba.setLogLevel(logging.WARNING)
    return jieba


def _lead(body: str) -> tuple[str, str] | None:
    """(first sentence, the rest of the body) when the first sentence is a usable query."""
    first_line, _, after = body.strip().partition("\n")
    pieces = [p for p in _SENTENCE_END.split(first_line) if p.strip()]
    if not pieces:
        return None
    lead = pieces[0].strip()
    if not 12 <= len(lead) <= 160:
        return None
    rest = "".join(pieces[1:]).strip()
    return lead, (rest + "\n" + after).strip()


def _key(text: str, n: int) -> str:
    """The first `n` Chinese characters of `text`: a copy's fingerprint, whatever its spacing and punctuation."""
    return "".join(_CJK.findall(text))[:n]


def news(path: Path = NEWS, per_set: int = 500, seed: int = 2026) -> tuple[Collection, list[QuerySet]]:
    """The news collection (bodies without title and first sentence) and its query sets."""
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    docs, leads, titles = [], {}, {}
    for record in records:
        body = record.get("body") or ""
        split = _lead(body)
        if split and len(split[1]) >= 200:  # a query article: its first sentence is left out of the index
            leads[record["id"]], body = split
        docs.append({"id": record["id"], "title": "", "text": body})
        titles[record["id"]] = (record.get("title") or "").strip()
    copies = _copies(docs, titles)
    by_id = {d["id"]: d for d in docs}
    jieba = _quiet_jieba()
    import opencc

    to_traditional = opencc.OpenCC("s2t")
    sets = {name: QuerySet(name, "news") for name in NEWS_SETS}
    slips = _Slips(docs)
    checks = _Checks(slips, jieba)
    fresh = _Fresh(checks, leads)
    fresh2 = _Fresh2(checks, leads, path)
    makers = {**dict.fromkeys(CHECK_SETS, checks), **dict.fromkeys(FRESH_SETS, fresh)}
    makers |= {**dict.fromkeys(FRESH2_SETS, fresh2), **dict.fromkeys(COMMON_SETS, _Common(checks))}
    for name in NEWS_SETS:
        rng = random.Random(f"{seed}:{name}")
        if name in makers:
            maker = makers[name]
            tuning = random.Random(f"{seed}:{name}:tune")  # drawn after the test half: its queries stay as they were
            for which, draw in (("test", rng), ("tune", tuning)):
                eligible = eligible_checks(leads, titles, which)
                for doc_id, kind, text in maker.queries(name, eligible, by_id, titles, draw, per_set):
                    sets[name].add(f"{name}:{kind}:{doc_id}", text, copies[doc_id], doc_id)
            continue
        eligible = [d["id"] for d in docs if d["id"] in leads and (name in TEXT_SETS or len(titles[d["id"]]) >= 6)]
        if name in ALIAS_SETS:
            groups = slips.groups if name == "abbreviation" else slips.unlisted(path)
            eligible = [d for d in eligible if slips.alias_of(by_id[d]["text"], titles[d], rng, groups)]
        for doc_id in sorted(rng.sample(eligible, min(per_set, len(eligible)))):
            if name in ALIAS_SETS:
                text = slips.alias_of(by_id[doc_id]["text"], titles[doc_id], rng, groups, jieba)
            elif name in SLIP_SETS:
                text = slips.query(name, by_id[doc_id]["text"], titles[doc_id], rng, jieba)
            else:
                text = _query(name, doc_id, by_id[doc_id]["text"], titles[doc_id], leads[doc_id], rng, jieba)
            if name in ("traditional", "mixed") and text:
                text = to_traditional.convert(text)
            if text:
                sets[name].add(f"{name}:{doc_id}", text, copies[doc_id], doc_id)
    return Collection("news", docs), list(sets.values())


class _Slips:
    """How the `typo`, `abbreviation` and `mixed` queries are made."""

    COMMON_CHARS = 50  # a replacement character is one the corpus holds at least this often

    def __init__(self, docs: list[dict]) -> None:
        from collections import Counter

        from pypinyin import Style, lazy_pinyin

        self.pinyin = lambda word: lazy_pinyin(word, style=Style.NORMAL, errors="ignore")
        counts = Counter(ch for d in docs for ch in d["text"] if "\u4e00" <= ch <= "\u9fff")
        self.homophones: dict[str, list[str]] = {}
        for ch, n in counts.most_common():
            if n < self.COMMON_CHARS:
                break
            reading = self.pinyin(ch)
            if reading:
                self.homophones.setdefault(reading[0], []).append(ch)
        from index.text.aliases import BUNDLED, parse

        self.groups = parse(BUNDLED.read_text(encoding="utf-8"), BUNDLED.name)
        import opencc

        self.texts = [d["text"] for d in docs]
        self._held: dict[str, int] = {}
        self.traditional = opencc.OpenCC("s2t").convert

    def query(self, name: str, text: str, title: str, rng: random.Random, jieba) -> str | None:
        if name == "typo":
            return self.typo(text, title, rng, jieba)
        if name == "typo-words":
            return self.typo_words(text, title, rng, jieba)
        if name == "typo-fuzzy":
            return self.typo_fuzzy(text, title, rng, jieba)
        if name == "mixed-names":
            return self.mixed_names(title, rng, jieba)
        return self.mixed(title, rng, jieba)

    def typo_words(self, text: str, title: str, rng: random.Random, jieba) -> str | None:
        """The title or keywords with one or two of their words typed as another word of jieba's dictionary
        with the same toneless reading, or, where there is none, one character as another of its reading
        from jieba's common characters, drawn by their frequency there (not the corpus's commonest first)."""
        query = title if rng.random() < 0.5 else _query("keywords", "", text, title, "", rng, jieba)
        if not query:
            return None
        words = [(w, i) for w, i, _ in jieba.tokenize(query) if len(w) >= 2 and _CJK.fullmatch(w)]
        if not words:
            return None
        dictionary = self._dictionary(jieba)
        typed = query
        for word, at in sorted(rng.sample(words, min(len(words), rng.choice((1, 1, 2)))), key=lambda w: -w[1]):
            reading = "".join(self.pinyin(word))
            others = [w for w in dictionary["words"].get(reading, ()) if w != word and len(w) == len(word)]
            if others:
                other = rng.choice(others)
            else:
                offset = rng.randrange(len(word))
                offered = dictionary["chars"].get("".join(self.pinyin(word[offset])), ())
                chars = [(c, n) for c, n in offered if c != word[offset]]
                if not chars:
                    continue
                pick = rng.choices([c for c, _ in chars], weights=[n for _, n in chars])[0]
                other = word[:offset] + pick + word[offset + 1 :]
            typed = typed[:at] + other + typed[at + len(word) :]
        return typed if typed != query else None

    FUZZY = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("n", "l"), ("l", "n"))  # initials a fuzzy mode confuses
    FUZZY_FINALS = (("ang", "an"), ("eng", "en"), ("ing", "in"))

    def typo_fuzzy(self, text: str, title: str, rng: random.Random, jieba) -> str | None:
        """The title, or two keywords apart or run together, with one character of one word typed as a
        character one fuzzy-pinyin confusion away (zh/z, ch/c, sh/s, n/l, ang/an, eng/en, ing/in, as an input
        method's fuzzy mode offers it), drawn by its frequency in jieba's dictionary."""
        roll = rng.random()
        if roll < 0.5:
            query = title
        else:
            tags = [t for t in jieba.analyse.extract_tags(text, topK=6) if len(t) >= 2 and _CJK.fullmatch(t)]
            if len(tags) < 2:
                return None
            query = (" " if roll < 0.75 else "").join(rng.sample(tags, 2))
        words = [(w, i) for w, i, _ in jieba.tokenize(query) if len(w) >= 2 and _CJK.fullmatch(w)]
        rng.shuffle(words)
        chars = self._dictionary(jieba)["chars"]
        for word, at in words:
            offset = rng.randrange(len(word))
            offered = [(c, n) for r in self.confused(word[offset]) for c, n in chars.get(r, ()) if c != word[offset]]
            if offered:
                pick = rng.choices([c for c, _ in offered], weights=[n for _, n in offered])[0]
                return query[: at + offset] + pick + query[at + offset + 1 :]
        return None

    def confused(self, ch: str) -> list[str]:
        """The readings one fuzzy confusion away from `ch`'s (FUZZY initials either way, FUZZY_FINALS too)."""
        reading = "".join(self.pinyin(ch))
        out = []
        for a, b in self.FUZZY:
            if reading.startswith(a):
                out.append(b + reading[len(a) :])
            elif len(a) == 2 and reading.startswith(b) and reading[1:2] != "h":
                out.append(a + reading[1:])
        for a, b in self.FUZZY_FINALS:
            if reading.endswith(a):
                out.append(reading[: -len(a)] + b)
            elif reading.endswith(b):
                out.append(reading + "g")
        return [r for r in out if r and r != reading]

    def _dictionary(self, jieba) -> dict:
        """jieba's dictionary by toneless reading: its words of two to four characters held 100+ times, and
        its characters held 1,000+ times with their counts."""
        if not hasattr(self, "_by_reading"):
            words: dict[str, list[str]] = {}
            chars: dict[str, list[tuple[str, int]]] = {}
            path = Path(jieba.__file__).with_name("dict.txt")
            for line in path.open(encoding="utf-8"):
                parts = line.split()
                if len(parts) < 2 or not _CJK.fullmatch(parts[0]):
                    continue
                word, count = parts[0], int(parts[1])
                if len(word) == 1 and count >= 1000:
                    chars.setdefault("".join(self.pinyin(word)), []).append((word, count))
                elif 2 <= len(word) <= 4 and count >= 100:
                    words.setdefault("".join(self.pinyin(word)), []).append(word)
            self._by_reading = {"words": words, "chars": chars}
        return self._by_reading

    def mixed_names(self, title: str, rng: random.Random, jieba) -> str | None:
        """The title (in Traditional script for half of them) with its rarest word of two to four Chinese
        characters in the corpus in toneless pinyin."""
        words = [(w, i) for w, i, _ in jieba.tokenize(title) if 2 <= len(w) <= 4 and _CJK.fullmatch(w)]
        if not words:
            return None
        word, at = min(words, key=lambda w: (self.held(w[0]), w[1]))
        typed = title[:at] + "".join(self.pinyin(word)) + title[at + len(word) :]
        return self.traditional(typed) if rng.random() < 0.5 else typed

    def held(self, word: str) -> int:
        """How many of the corpus's texts hold `word`."""
        if word not in self._held:
            self._held[word] = sum(word in text for text in self.texts)
        return self._held[word]

    def unlisted(self, path: Path) -> list[tuple[str, ...]]:
        """(full name, short form) pairs the corpus at `path` introduces and the alias table does not hold:
        the full name cut to its shortest ending in every introduction, the short form no run of its
        characters (金亚科技 is found inside 金亚科技股份有限公司 anyway), nor a word of jieba's dictionary
        (保险公司, 协会: a general word, not a name's short form)."""
        import alias_pairs

        from index.text.analysis import in_dictionary

        listed = {form for group in self.groups for form in group}
        pairs = alias_pairs.mine(path, shortest=True)
        return [
            (full, short)
            for full, short in sorted(pairs)
            if not {full, short} & listed
            and short not in full
            and len(full) >= len(short) + 2
            and not in_dictionary(short)
        ]

    def typo(self, text: str, title: str, rng: random.Random, jieba) -> str | None:
        """The title or keywords with one or two characters of their words replaced by homophones."""
        query = title if rng.random() < 0.5 else _query("keywords", "", text, title, "", rng, jieba)
        if not query:
            return None
        words = [(w, i) for w, i, _ in jieba.tokenize(query) if len(w) >= 2 and _CJK.fullmatch(w[0])]
        if not words:
            return None
        chars = list(query)
        for word, at in rng.sample(words, min(len(words), rng.choice((1, 1, 2)))):
            offset = rng.randrange(len(word))
            reading = self.pinyin(word[offset])
            others = [c for c in self.homophones.get(reading[0] if reading else "", []) if c != word[offset]][:6]
            if others:
                chars[at + offset] = rng.choice(others[:3]) if rng.random() < 0.8 else rng.choice(others)
        typed = "".join(chars)
        return typed if typed != query else None

    def alias_of(self, text: str, title: str, rng: random.Random, groups: list, jieba=None) -> str | None:
        """A form of one of `groups` the article holds, and another it never writes, asked for in the title or
        beside two keywords (with `jieba`; without it, whether the article has such a form)."""
        for group in sorted(groups, key=lambda g: rng.random()):
            held = [f for f in group if f in text]
            absent = [f for f in group if f not in text and not any(f in h for h in held)]
            if len(held) != 1 or not absent:
                continue
            other = rng.choice(absent)
            if jieba is None:
                return other
            if held[0] in title:
                return title.replace(held[0], other)
            tags = [t for t in jieba.analyse.extract_tags(text, topK=8) if len(t) >= 2 and t not in held[0]]
            words = [*rng.sample(tags, min(2, len(tags))), other]
            rng.shuffle(words)
            return " ".join(words)
        return None

    def mixed(self, title: str, rng: random.Random, jieba) -> str | None:
        """The title with one of its words of two to four Chinese characters in toneless pinyin."""
        words = [(w, i) for w, i, _ in jieba.tokenize(title) if 2 <= len(w) <= 4 and _CJK.fullmatch(w)]
        if not words:
            return None
        word, at = rng.choice(words)
        return title[:at] + "".join(self.pinyin(word)) + title[at + len(word) :]


def _first_made(order: list[str], per_set: int, make) -> Iterator[tuple[str, str, str]]:
    """(doc_id, kind, query) for the first `per_set` articles of `order` that `make` gives a query for: the
    check and fresh generators skip an article whose text offers none (no slip to make, no name to shorten)."""
    made = 0
    for doc_id in order:
        if made >= per_set:
            break
        if found := make(doc_id):
            made += 1
            yield doc_id, found[0], found[1]


def eligible_checks(leads: dict[str, str], titles: dict[str, str], which: str = "test") -> list[str]:
    """The articles the check sets draw from: query articles of half `which` with a title of 8+ characters."""
    return sorted(d for d in leads if half(d) == which and len(titles[d]) >= 8)


class _Checks:
    """The third generator of each slip style, for the check sets."""

    TAILS = ("是怎么回事", "最新进展", "做了些什么", "有哪些措施", "的情况", "怎么样了")
    # an institution's last word and what its short form keeps of it (卫生健康委员会 -> 卫健委)
    SUFFIXES = {
        "委员会": "委", "办公室": "办", "管理局": "局", "人民政府": "政府", "人民法院": "法院",
        "人民检察院": "检察院", "联合会": "联", "协会": "协", "大学": "大", "研究院": "院",
        "部": "部", "厅": "厅", "局": "局", "署": "署", "委": "委", "办": "办", "中心": "中心",
    }  # fmt: skip

    def __init__(self, slips: _Slips, jieba) -> None:
        self.slips = slips
        self.jieba = jieba
        import jieba.posseg

        self.tagged = jieba.posseg.lcut
        chars = self.slips._dictionary(jieba)["chars"]
        self.chars = {reading: [c for c, _ in found] for reading, found in chars.items()}
        import opencc

        self.variants = [opencc.OpenCC(c).convert for c in ("s2t", "s2tw", "s2hk")]
        self.known: dict[str, str] = {}  # short form -> full name, of the articles drawn so far

    def queries(self, name, eligible, by_id, titles, rng, per_set):
        order = list(eligible)
        rng.shuffle(order)
        make = getattr(self, name.split("-")[0])
        yield from _first_made(order, per_set, lambda doc_id: make(by_id[doc_id]["text"], titles[doc_id], rng))

    def shape(self, text: str, title: str, rng: random.Random) -> str | None:
        """The title (2 in 5), its longest clause with a question after it (3 in 10), or three keywords typed
        as one run (3 in 10)."""
        roll = rng.random()
        if roll < 0.4:
            return title
        if roll < 0.7:
            clauses = [c for c in re.split(r"[，,：:；;！!？?。\s]+", title) if len(c) >= 4]
            return max(clauses, key=len) + rng.choice(self.TAILS) if clauses else title
        tags = [t for t in self.jieba.analyse.extract_tags(text, topK=6) if len(t) >= 2 and _CJK.fullmatch(t)]
        return "".join(rng.sample(tags, 3)) if len(tags) >= 3 else None

    def typo(self, text: str, title: str, rng: random.Random) -> tuple[str, str] | None:
        """One character of a word by a homophone drawn evenly from jieba's common characters (`same`), two
        characters of one word so (`double`), one character of two words (`two`), or one character by a
        common character of a fuzzy reading: zh/z, n/l, ing/in (`fuzzy`)."""
        query = self.shape(text, title, rng)
        if not query:
            return None
        words = [(w, i) for w, i, _ in self.jieba.tokenize(query) if len(w) >= 2 and _CJK.fullmatch(w)]
        if not words:
            return None
        kind = rng.choices(("same", "double", "two", "fuzzy"), weights=(40, 25, 20, 15))[0]
        chars = list(query)
        picked = rng.sample(words, min(len(words), 2 if kind == "two" else 1))
        for word, at in picked:
            offsets = rng.sample(range(len(word)), 2 if kind == "double" else 1)
            for offset in offsets:
                other = self.homophone(word[offset], rng, fuzzy=kind == "fuzzy")
                if other:
                    chars[at + offset] = other
        typed = "".join(chars)
        return (kind, typed) if typed != query else None

    def homophone(self, ch: str, rng: random.Random, fuzzy: bool) -> str | None:
        """A common character read as `ch` is (or, `fuzzy`, as it is with one initial or final confused)."""
        reading = self.slips.pinyin(ch)
        if not reading:
            return None
        readings = self.fuzzy(reading[0]) if fuzzy else [reading[0]]
        offered = [c for r in readings for c in self.chars.get(r, ()) if c != ch]
        return rng.choice(offered) if offered else None

    @staticmethod
    def fuzzy(reading: str) -> list[str]:
        """The readings a fuzzy-pinyin input method also accepts for `reading`: zh/z, ch/c, sh/s, n/l, f/h,
        ing/in, eng/en, ang/an."""
        out = []
        for a, b in (("zh", "z"), ("ch", "c"), ("sh", "s")):
            if reading.startswith(a):
                out.append(b + reading[2:])
            elif reading.startswith(b):
                out.append(a + reading[1:])
        for a, b in (("n", "l"), ("l", "n"), ("f", "h"), ("h", "f")):
            if reading.startswith(a):
                out.append(b + reading[1:])
        for a, b in (("ing", "in"), ("eng", "en"), ("ang", "an")):
            if reading.endswith(a):
                out.append(reading[: -len(a)] + b)
            elif reading.endswith(b):
                out.append(reading + "g")
        return out

    def mixed(self, text: str, title: str, rng: random.Random) -> tuple[str, str] | None:
        """The title, or its longest clause with a question after it (1 in 3), with one word in toneless pinyin
        (a place's name when it has one, 3 in 5) written run together, Capitalized (1 in 4) or syllable by
        syllable (3 in 20); in Traditional script for half of them, as Taiwan, Hong Kong or OpenCC write it."""
        query = title
        if rng.random() < 1 / 3:
            clauses = [c for c in re.split(r"[，,：:；;！!？?。\s]+", title) if len(c) >= 6]
            if clauses:
                query = max(clauses, key=len) + rng.choice(self.TAILS)
        words = [(w, f) for w, f in self.tagged(query)]
        spans, at = [], 0
        for word, flag in words:
            if 2 <= len(word) <= 4 and _CJK.fullmatch(word):
                spans.append((word, at, flag))
            at += len(word)
        if not spans:
            return None
        places = [s for s in spans if s[2] == "ns"]
        word, at, _ = rng.choice(places) if places and rng.random() < 0.6 else rng.choice(spans)
        syllables = self.slips.pinyin(word)
        roll = rng.random()
        kind = "joined" if roll < 0.6 else "capital" if roll < 0.85 else "spaced"
        latin = " ".join(syllables) if kind == "spaced" else "".join(syllables)
        latin = latin.capitalize() if kind == "capital" else latin
        if kind == "spaced":
            latin = f" {latin} "
        typed = query[:at] + latin + query[at + len(word) :]
        if rng.random() < 0.5:
            typed, kind = rng.choice(self.variants)(typed), kind + "-trad"
        return kind, typed.strip()

    def abbreviation(self, text: str, title: str, rng: random.Random) -> tuple[str, str] | None:
        """A name the article writes in one form asked in the other (either way, as it comes), the short form
        made by rule from the full one and held by 3+ articles of the corpus (`names`); asked in the title
        when it holds the form, else beside two keywords as one run, or with a question after it (beside one
        keyword, as first written, half of the queries were a name and a word that eight articles or more hold
        together, 卫健委疫情: typed as the articles write them they reached MRR@10 0.44 only). Short forms
        are those of the articles drawn so far: an article holding one and not its full name asks for it."""
        pairs = self.names(text)
        self.known.update((short, full) for full, short in pairs)
        found = [(full, short, "to-short") for full, short in pairs if short not in text.replace(full, "")]
        reverse = [(full, short, "to-full") for short, full in self.known.items() if short in text and full not in text]
        if reverse and (not found or rng.random() < 0.5):
            found = reverse
        if not found:
            return None
        full, short, kind = rng.choice(sorted(found))
        typed, other = (full, short) if kind == "to-short" else (short, full)
        if typed in title:
            return kind + "-title", title.replace(typed, other)
        tags = [t for t in self.jieba.analyse.extract_tags(text, topK=6) if len(t) >= 2 and t not in typed]
        if len(tags) < 2:
            return None
        words = "".join(rng.sample(tags, 2))
        if rng.random() < 0.5:
            return kind + "-run", other + words
        return kind + "-question", other + words + rng.choice(self.TAILS)

    def names(self, text: str) -> list[tuple[str, str]]:
        """(full name, short form) of the institutions `text` names: two or three words before a suffix of
        SUFFIXES, the short form each word's first character (a place's name whole) and the suffix as kept
        (卫生健康委员会 -> 卫健委, 广东省人民政府 -> 广东省政府); of the ways to read a name, the longest whose
        short form 3+ articles of the corpus hold and whose full name 2+."""
        pairs = set()
        for sentence in re.split(r"[。！？\n]", text[:3000]):
            if not any(s in sentence for s in self.SUFFIXES):
                continue
            tagged = self.tagged(sentence)
            for i, (word, _) in enumerate(tagged):
                if word not in self.SUFFIXES:
                    continue
                for k in (3, 2):
                    before = tagged[max(0, i - k) : i]
                    if len(before) < k or not all(_CJK.fullmatch(w) and len(w) >= 2 for w, _ in before):
                        continue
                    full = "".join(w for w, _ in before) + word
                    short = "".join(w if f == "ns" else w[0] for w, f in before) + self.SUFFIXES[word]
                    if short not in full and self.slips.held(short) >= 3 and self.slips.held(full) >= 2:
                        pairs.add((full, short))
                        break
        return sorted(pairs)


class _Fresh:
    """The fourth generator of each slip style (`*-fresh`), written and first run before the third round of
    issue 23's changes, from test-half articles, drawn in another order than the check sets (a hash of
    the id): other sentence shapes (the headline with a site's name after it or inside a question, the lead
    sentence), other slips (two in one name, a whole word typed as another word of its reading, a slip in the
    headline's rarest word), abbreviations inside a sentence, Traditional script with Taiwan's own words."""

    SITES = (" - 搜狐新闻", "_凤凰网资讯", "｜澎湃新闻", " — 今日头条", "_腾讯新闻")
    AROUND = (
        ("请问", "是真的吗"), ("听说", "，具体是怎么回事？"), ("关于", "的报道"), ("", "？求详细"), ("求", "的原文"),
    )  # fmt: skip
    NAME_TAGS = ("nr", "ns", "nt", "nz")

    def __init__(self, checks: _Checks, leads: dict[str, str]) -> None:
        import opencc

        self.checks = checks
        self.slips = checks.slips
        self.leads = leads
        self.taiwan = opencc.OpenCC("s2twp").convert

    def queries(self, name, eligible, by_id, titles, rng, per_set):
        order = sorted(eligible, key=lambda d: hashlib.sha1(f"fresh:{d}".encode()).digest())
        make = getattr(self, name.split("-")[0])
        yield from _first_made(order, per_set, lambda doc_id: make(doc_id, by_id[doc_id]["text"], titles[doc_id], rng))

    def shape(self, rng: random.Random) -> tuple[str, str, str]:
        """A headline as it is (1 in 3), with a site's name after it (1 in 3) or inside a question: the
        shape's name and what stands before and after the headline."""
        roll = rng.random()
        if roll < 1 / 3:
            return "plain", "", ""
        if roll < 2 / 3:
            return "site", "", rng.choice(self.SITES)
        return ("question", *rng.choice(self.AROUND))

    def words(self, text: str) -> list[tuple[str, int, str]]:
        """jieba's words of two characters or more of `text`, all Chinese: (word, offset, tag)."""
        spans, at = [], 0
        for word, flag in self.checks.tagged(text):
            if len(word) >= 2 and _CJK.fullmatch(word):
                spans.append((word, at, flag))
            at += len(word)
        return spans

    def typo(self, doc_id: str, text: str, title: str, rng: random.Random) -> tuple[str, str] | None:
        """The headline, shaped as `shape` says, with two characters of one name (a word jieba tags as a
        person, place, organization or other name; else its longest word) typed as homophones (`name2`), its
        word the corpus holds least with one (`rare`), or one word typed as another word of jieba's dictionary
        of the same reading (`word`); a character's homophone drawn by its frequency in jieba's dictionary."""
        shape, before, after = self.shape(rng)
        spans = self.words(title)
        if not spans:
            return None
        kind = rng.choices(("name2", "rare", "word"), weights=(45, 30, 25))[0]
        if kind == "name2":
            names = [s for s in spans if s[2].startswith(self.NAME_TAGS)] or [max(spans, key=lambda s: len(s[0]))]
            word, at, _ = rng.choice(names)
            typed = list(word)
            for offset in rng.sample(range(len(word)), 2):
                other = self.homophone(word[offset], rng)
                if not other:
                    return None
                typed[offset] = other
            typed = "".join(typed)
        elif kind == "rare":
            word, at, _ = min(spans, key=lambda s: (self.slips.held(s[0]), s[1]))
            offset = rng.randrange(len(word))
            other = self.homophone(word[offset], rng)
            if not other:
                return None
            typed = word[:offset] + other + word[offset + 1 :]
        else:
            word, at, _ = rng.choice(spans)
            reading = "".join(self.slips.pinyin(word))
            by_reading = self.slips._dictionary(self.checks.jieba)["words"]
            others = [w for w in by_reading.get(reading, ()) if w != word and len(w) == len(word)]
            if not others:
                return None
            typed = rng.choice(others)
        return f"{kind}-{shape}", before + title[:at] + typed + title[at + len(word) :] + after

    def homophone(self, ch: str, rng: random.Random) -> str | None:
        """Another of jieba's common characters of `ch`'s toneless reading, drawn by its frequency there: what
        an input method offers first is picked by mistake most often."""
        reading = self.slips.pinyin(ch)
        chars = self.slips._dictionary(self.checks.jieba)["chars"].get(reading[0] if reading else "", ())
        chars = [(c, n) for c, n in chars if c != ch]
        return rng.choices([c for c, _ in chars], weights=[n for _, n in chars])[0] if chars else None

    def abbreviation(self, doc_id: str, text: str, title: str, rng: random.Random) -> tuple[str, str] | None:
        """A name the article writes in one form asked in another (the alias table's groups, and short forms
        made by rule, `_Checks.names`), inside a sentence: the article's lead sentence (left out of the index)
        when it holds the form (`lead`), else the headline shaped as `shape` says (`title`), else the form
        with two of the article's distinctive words in a question (`sentence`)."""
        pairs = []
        for group in self.slips.groups:
            held = [f for f in group if f in text]
            absent = [f for f in group if f not in text and not any(f in h for h in held)]
            if len(held) == 1 and absent:
                pairs.append((held[0], rng.choice(absent)))
        pairs += [(full, short) for full, short in self.checks.names(text) if short not in text.replace(full, "")]
        if not pairs:
            return None
        held, other = rng.choice(sorted(pairs))
        lead = self.leads.get(doc_id, "")
        if held in lead:
            return "lead", lead.replace(held, other)
        if held in title:
            shape, before, after = self.shape(rng)
            return f"title-{shape}", before + title.replace(held, other) + after
        tags = [t for t in self.checks.jieba.analyse.extract_tags(text, topK=8) if len(t) >= 2 and t not in held]
        if len(tags) < 2:
            return None
        first, second = rng.sample(tags, 2)
        sentence = rng.choice(("{o}{a}{b}是怎么回事", "和{o}有关的{a}{b}新闻", "{a}、{b}，{o}"))
        return "sentence", sentence.format(o=other, a=first, b=second)

    def mixed(self, doc_id: str, text: str, title: str, rng: random.Random) -> tuple[str, str] | None:
        """The headline, shaped as `shape` says, with one word in toneless pinyin run together (a name jieba
        tags so, 1 in 2, else any word of two to four characters); in Traditional script as Taiwan writes it,
        its own words too (OpenCC s2twp: 软件 -> 軟體), for half of them."""
        shape, before, after = self.shape(rng)
        spans = [s for s in self.words(title) if len(s[0]) <= 4]
        if not spans:
            return None
        names = [s for s in spans if s[2].startswith(self.NAME_TAGS)]
        word, at, _ = rng.choice(names) if names and rng.random() < 0.5 else rng.choice(spans)
        typed = before + title[:at] + "".join(self.slips.pinyin(word)) + title[at + len(word) :] + after
        if rng.random() < 0.5:
            return f"{shape}-taiwan", self.taiwan(typed)
        return shape, typed


class _Fresh2:
    """The fifth generator of the typo and abbreviation styles (`*-fresh2`), written and first run before the
    fourth round of issue 23's changes, from test-half articles, drawn in yet another order (another hash
    of the id): other shapes (the headline, its words as remembered, the lead sentence's first clause), other
    slips (in a place's name, in a verb, a slip with a word left out; the homophone any of the five an input
    method offers first), short forms the corpus introduces and ministries' and provincial departments' short
    forms made by other rules than `_Checks.names` (人力资源和社会保障厅 -> 人社厅), inside questions."""

    QUESTIONS = ("{o}{a}有什么新规定", "请问{o}对{a}{b}怎么要求的", "{a}{b}，{o}怎么说", "{o}最近在{a}方面做了什么")
    SUFFIXES = {"部": "部", "厅": "厅", "局": "局", "委员会": "委", "委": "委"}
    FIRST_PAGE = 5  # candidates an input method shows first

    def __init__(self, checks: _Checks, leads: dict[str, str], path: Path) -> None:
        self.checks = checks
        self.slips = checks.slips
        self.leads = leads
        self.path = path
        self._introduced: list[tuple[str, str]] | None = None

    def queries(self, name, eligible, by_id, titles, rng, per_set):
        order = sorted(eligible, key=lambda d: hashlib.sha1(f"fresh2:{d}".encode()).digest())
        make = getattr(self, name.split("-")[0])
        yield from _first_made(order, per_set, lambda doc_id: make(doc_id, by_id[doc_id]["text"], titles[doc_id], rng))

    def shape(self, doc_id: str, title: str, rng: random.Random) -> tuple[str, str]:
        """The headline (2 in 5), three or four of its words of two characters or more in order, space-separated,
        as a reader remembers them (3 in 10), or the lead sentence's longest clause of 8+ characters without a
        dateline's digits (3 in 10)."""
        roll = rng.random()
        if roll < 0.3:
            words = [(i, w) for i, w in enumerate(self.checks.jieba.lcut(title)) if len(w) >= 2 and _CJK.fullmatch(w)]
            if len(words) >= 3:
                return "words", " ".join(w for _, w in sorted(rng.sample(words, min(len(words), rng.choice((3, 4))))))
        elif roll < 0.6:
            clauses = re.split(r"[，,：:；;！!？?。()（）]", self.leads.get(doc_id, ""))
            clauses = [c.strip() for c in clauses if len(c.strip()) >= 8 and not re.search(r"\d", c)]
            if clauses:
                return "lead", max(clauses, key=len)
        return "title", title

    def typo(self, doc_id: str, text: str, title: str, rng: random.Random) -> tuple[str, str] | None:
        """One character of a place's name (`place`) or of a verb (`verb`) typed as a homophone, or one slip in
        any word with another word of the query left out (`dropped`)."""
        shape, query = self.shape(doc_id, title, rng)
        spans, at = [], 0
        for word, flag in self.checks.tagged(query):
            if len(word) >= 2 and _CJK.fullmatch(word):
                spans.append((word, at, flag))
            at += len(word)
        kind = rng.choices(("place", "verb", "dropped"), weights=(35, 35, 30))[0]
        if kind == "place":
            spans = [s for s in spans if s[2] == "ns"]
        elif kind == "verb":
            spans = [s for s in spans if s[2].startswith("v")]
        elif len(spans) < 3:
            return None
        if not spans:
            return None
        word, at, _ = rng.choice(spans)
        offset = rng.randrange(len(word))
        other = self.homophone(word[offset], rng)
        if not other:
            return None
        typed = query[:at] + word[:offset] + other + word[offset + 1 :] + query[at + len(word) :]
        if kind == "dropped":
            gone = rng.choice([s for s in spans if s[1] != at])
            typed = (typed[: gone[1]] + typed[gone[1] + len(gone[0]) :]).replace("  ", " ").strip()
        return f"{kind}-{shape}", typed

    def homophone(self, ch: str, rng: random.Random) -> str | None:
        """Any of the FIRST_PAGE commonest characters of jieba's dictionary read as `ch` is, but `ch`."""
        reading = self.slips.pinyin(ch)
        chars = self.slips._dictionary(self.checks.jieba)["chars"].get(reading[0] if reading else "", ())
        offered = [c for c, _ in sorted(chars, key=lambda c: -c[1]) if c != ch][: self.FIRST_PAGE]
        return rng.choice(offered) if offered else None

    def introduced(self) -> list[tuple[str, str]]:
        """(full name, short form) pairs the corpus introduces (`（以下简称“X”）`, the full name the shortest
        ending of the clause before, benchmarks/alias_pairs.py), the short form no run of the full name nor a
        word of jieba's dictionary (保险公司: a general word)."""
        if self._introduced is None:
            import alias_pairs

            from index.text.analysis import in_dictionary

            pairs = alias_pairs.mine(self.path, shortest=True)
            self._introduced = sorted(
                (full, short)
                for full, short in pairs
                if short not in full and len(full) >= len(short) + 2 and not in_dictionary(short)
            )
        return self._introduced

    def departments(self, text: str) -> list[tuple[str, str]]:
        """(full name, short form) of the ministries and departments `text` names whose name joins two fields
        with 和 (人力资源和社会保障部, 广东省住房和城乡建设厅): each field's first or last word's first character
        (人社, 住建), a province or city before it kept whole, cut to 省/市, or dropped, and the suffix as kept
        (委员会 -> 委); of the short forms 3+ articles of the corpus hold, the commonest."""
        pairs = set()
        for sentence in re.split(r"[。！？\n]", text[:3000]):
            if "和" not in sentence:
                continue
            words = self.checks.jieba.lcut(sentence)
            for i, word in enumerate(words):
                if word not in self.SUFFIXES or i < 3:
                    continue
                j = i - 1
                while j >= 0 and _CJK.fullmatch(words[j]) and len(words[j]) >= 2 and i - j <= 3:
                    j -= 1
                if j < 1 or words[j] != "和" or j + 1 == i:
                    continue
                k = j - 1
                while k > 0 and _CJK.fullmatch(words[k - 1]) and len(words[k - 1]) >= 2 and j - k < 2:
                    k -= 1
                first, second = words[k:j], words[j + 1 : i]
                if not first:
                    continue
                place = words[k - 1] if k > 0 and re.fullmatch(r"[\u4e00-\u9fff]{2,6}[省市]", words[k - 1]) else ""
                full = place + "".join(first) + "和" + "".join(second) + word
                heads = {a[0] + b[0] for a in (first[0], first[-1]) for b in (second[0], second[-1])}
                places = {"", place, place[-1:], place[:-1]} if place else {""}
                shorts = [p + h + self.SUFFIXES[word] for p in places for h in heads]
                held = [(self.slips.held(s), s) for s in shorts if s not in text]
                held = [(n, s) for n, s in held if n >= 3]
                if held and self.slips.held(full) >= 2:
                    pairs.add((full, max(held)[1]))
        return sorted(pairs)

    def abbreviation(self, doc_id: str, text: str, title: str, rng: random.Random) -> tuple[str, str] | None:
        """The short form of a name the article writes in full only, as the corpus introduces it elsewhere
        (`introduced`) or a department's (`department`), inside a question beside two of the article's
        distinctive words."""
        pairs = [("introduced", f, s) for f, s in self.introduced() if f in text and s not in text]
        pairs += [("department", f, s) for f, s in self.departments(text)]
        if not pairs:
            return None
        kind, held, other = rng.choice(pairs)
        tags = [t for t in self.checks.jieba.analyse.extract_tags(text, topK=8) if len(t) >= 2 and t not in held]
        tags = [t for t in tags if _CJK.fullmatch(t) and t not in other and other not in t]
        if len(tags) < 2:
            return None
        first, second = rng.sample(tags, 2)
        return kind, rng.choice(self.QUESTIONS).format(o=other, a=first, b=second)


class _Common:
    """The generator of `typo-common` (issue 23's seventh round, from both halves' articles in an order of its
    own): slips in the commonest words rather than in names, function words (以经 for 已经, 身么 for 什么) and
    common ones (问体 for 问题), as a reader asking about a headline types them."""

    TAILS = ("到底是什么情况", "现在已经怎么样了", "应该怎么看", "为什么会这样", "是怎么一回事", "有没有最新消息")
    COMMON = 10000  # a word of jieba's dictionary this frequent (its ~800 commonest of two characters or more)
    FIRST_PAGE = 6  # candidates an input method shows first

    def __init__(self, checks: _Checks) -> None:
        self.checks = checks
        self.slips = checks.slips
        self.frequency: dict[str, int] = {}
        for line in (Path(checks.jieba.__file__).with_name("dict.txt")).open(encoding="utf-8"):
            word, count = (line.split() + ["", "0"])[:2]
            if 2 <= len(word) <= 4 and _CJK.fullmatch(word) and int(count) >= self.COMMON:
                self.frequency[word] = int(count)

    def queries(self, name, eligible, by_id, titles, rng, per_set):
        order = sorted(eligible, key=lambda d: hashlib.sha1(f"function:{d}".encode()).digest())
        yield from _first_made(order, per_set, lambda doc_id: self.typo(titles[doc_id], rng))

    def typo(self, title: str, rng: random.Random) -> tuple[str, str] | None:
        """The headline (`title`) or its longest clause with a question after it (`asked`, 1 in 2), with one
        character of one of its common words (COMMON) typed as another of its toneless reading among the
        FIRST_PAGE commonest characters of jieba's dictionary read so; a word of the headline's own where it
        has one (`headline`), else of the question (`question`)."""
        shape, query, asked = "title", title, len(title)
        if rng.random() < 0.5:
            clauses = [c for c in re.split(r"[，,：:；;！!？?。\s]+", title) if len(c) >= 4]
            if clauses:
                clause = max(clauses, key=len)
                shape, query, asked = "asked", clause + rng.choice(self.TAILS), len(clause)
        at, spans = 0, []
        for word in self.checks.jieba.lcut(query):
            if word in self.frequency:
                spans.append((word, at))
            at += len(word)
        own = [s for s in spans if s[1] + len(s[0]) <= asked]
        where = "headline" if own else "question"
        for word, at in sorted(own or spans, key=lambda s: rng.random()):
            offset = rng.randrange(len(word))
            other = self.homophone(word[offset], rng)
            if other:
                return f"{where}-{shape}", query[: at + offset] + other + query[at + offset + 1 :]
        return None

    def homophone(self, ch: str, rng: random.Random) -> str | None:
        """Any of the FIRST_PAGE commonest characters of jieba's dictionary read as `ch` is, but `ch`."""
        reading = self.slips.pinyin(ch)
        chars = self.slips._dictionary(self.checks.jieba)["chars"].get(reading[0] if reading else "", ())
        offered = [c for c, _ in sorted(chars, key=lambda c: -c[1]) if c != ch][: self.FIRST_PAGE]
        return rng.choice(offered) if offered else None


def _query(name: str, doc_id: str, text: str, title: str, lead: str, rng: random.Random, jieba) -> str | None:
    if name in ("headline", "traditional"):
        return title
    if name == "furnished":
        before, after = rng.choice(FURNITURE[half(doc_id)])
        return f"{before}{title}{after}"
    if name == "lead":
        return lead
    if name == "keywords":
        tags = [t for t in jieba.analyse.extract_tags(text, topK=8) if len(t) >= 2 and not t.isdigit()]
        return " ".join(rng.sample(tags, min(len(tags), rng.choice((2, 3))))) if len(tags) >= 2 else None
    lines = [line.strip() for line in text.split("\n") if len(line.strip()) >= 80]
    if not lines:
        return None
    line = rng.choice(lines)
    if len(line) <= PASTE_CHARS:
        return line
    start = rng.randrange(0, len(line) - PASTE_CHARS)
    return line[start : start + PASTE_CHARS]


def _copies(docs: list[dict], titles: dict[str, str]) -> dict[str, set[str]]:
    """Per document, the documents that are copies of it (itself included): the same title (6+ characters)
    or the same opening (the first 40 Chinese characters of the indexed text)."""
    parent = {d["id"]: d["id"] for d in docs}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[str, str] = {}
    for doc in docs:
        title, opening = titles[doc["id"]], _key(doc["text"], 40)
        keys = ([f"title:{title}"] if len(title) >= 6 else []) + ([f"opening:{opening}"] if len(opening) >= 20 else [])
        for key in keys:
            if key in first:
                parent[root(doc["id"])] = root(first[key])
            else:
                first[key] = doc["id"]
    groups: dict[str, set[str]] = {}
    for doc in docs:
        groups.setdefault(root(doc["id"]), set()).add(doc["id"])
    return {doc["id"]: groups[root(doc["id"])] for doc in docs}


def cmrc(data_dir: Path = CMRC, per_set: int | None = None) -> tuple[Collection, QuerySet]:
    """CMRC 2018's paragraphs and questions (`per_set` of them, all by default)."""
    docs = [json.loads(line) for line in (data_dir / "corpus.jsonl").open(encoding="utf-8") if line.strip()]
    qrels: dict[str, set[str]] = {}
    for line in (data_dir / "qrels.trec").open(encoding="utf-8"):
        if line.strip():
            qid, _, doc_id, rel = line.split()
            if int(rel) > 0:
                qrels.setdefault(qid, set()).add(doc_id)
    questions = QuerySet("question", "cmrc")
    rows = [line.rstrip("\n").split("\t", 1) for line in (data_dir / "queries.tsv").open(encoding="utf-8")]
    rows = [(qid, q) for qid, q in rows if qid in qrels]
    if per_set and per_set < len(rows):
        rows = sorted(random.Random("cmrc").sample(rows, per_set))
    for qid, question in rows:
        questions.add(qid, question, qrels[qid], min(qrels[qid]))
    collection = Collection("cmrc", [{"id": d["id"], "title": d["title"], "text": d["body"]} for d in docs])
    return collection, questions


def available() -> bool:
    return NEWS.is_file() and (CMRC / "corpus.jsonl").is_file()
