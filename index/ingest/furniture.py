"""Page furniture learned from the corpus: a line that recurs across many files of one source is not
article text, whatever its wording.

A source (`RawDocument.origin`) is the files that share a layout: one folder, one JSON Lines file, or one
site. Each file's short lines are fingerprinted, as page cleaning (index.ingest.cleaning) leaves them, so what the
rules already drop is not learned again and the titles listed under `热门新闻` in every page do not make an
article's own title furniture; a fingerprint found in at least MIN_FILES files and MIN_SHARE of its source's
files is furniture (a site's name, its navigation row, its footer; a line with a field, `最后编辑：资料组`, leaves
the text once its fields are read). A line that is no writing is fingerprinted with its numbers as one, as a
template fills them in (`Time 0.013 second(s)`, `阅读 1.2万`). A source of thousands of articles gathered
from many sites (a scraped JSON Lines export) has no line in 30% of its files, so a line found verbatim in
MANY_FILES of them is furniture whatever its share, if it holds words (MIN_WORDS: not a list's `1`, `2`): in
the shared corpus's export of 7,913 articles six such lines reach 10 files, every one a platform's notice
(`本文来自大风号，仅代表大风号自媒体观点。` in 56, `举报本文` in 12), while reprinted and templated lines (four
copies of one story, five days of one city's case counts) stay under it.

A footer glued to the article's last sentence (`…发生。返回搜狐，查看更多 责任编辑：`, most of the 402 Sohu
footers in that export) is no line of its own. So the last TAIL_CHARS characters of each file are kept too
(spaces aside, `endings`), and an ending of MANY_FILES files is furniture from where they stop agreeing: no one
character before it, a full stop or a line's start aside, is shared by AGREE of them. It must lie inside the
window (a longer shared block is a line, learned as one), and follow a line's start, a sentence's end or a
closing bracket in a quarter of its files at least: a sentence many articles end with (`…依法作出上述判决。`,
`…依法刑事拘留。`) follows other words (in 0 of its 10-11 files in the corpus), the footers there in 33% to
100% of theirs (Tencent's `【版权声明】…`, glued to any text, 33%; Sohu's 60%).

Reprints are the trap: seven copies of one story in a folder of twenty share their paragraphs as a site
shares its footer. Such a file is mostly made of the shared lines, while a page's furniture is a small part of
it; so the files in which the shared lines cover more than MAX_COVER of the text are set aside, and a line is
furniture only if it recurs in at least MIN_FILES of the others.

The fingerprints of every indexed article are kept with the index generation (`LINES`, written with it and
swapped in with it), so an incremental build learns from the whole index and not only from its new files;
when what was learned changes, the build re-extracts the articles it affects.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from index.article import RawDocument
from index.ingest import titles
from index.ingest.boilerplate import LINE_RULE_MAX_CHARS
from index.ingest.cleaning import clean_lines, is_writing
from index.ingest.days.shapes import YEAR_MARKED
from index.text.lexicon import FIELD_LABELS
from index.text.normalize import normalize_text

MIN_FILES = 3
MIN_SHARE = 0.3
MAX_COVER = 0.5
MANY_FILES = 10
MIN_WORDS = 4  # Chinese characters or Latin letters in a line learned by MANY_FILES alone
TAIL_CHARS = 60
MIN_TAIL = 6
AGREE = 0.9
LINES = "lines.json"  # in a generation: the fingerprints of every article, by article id

_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"\d+")
# Lines that carry an article's own fields leave the text only after extraction has read them (`carries_fields`),
# however often they recur: a folder of one day's news from one paper repeats `来源：某某日报` and the date line in
# every file; a written line that carries one is never furniture. A label with nothing after it
# (`返回搜狐，查看更多 责任编辑：`) carries no field.
_OWN_FIELDS = re.compile(
    "(" + "|".join(label for labels in FIELD_LABELS.values() for label in labels) + r")\s*[:：](?=\s*\S)"
    rf"|{YEAR_MARKED}|[〇○零一二][〇○零一二三四五六七八九]{{3}}\s*年"  # a year in figures or numerals
)
_WORD = re.compile(r"[A-Za-z\u3400-\u9fff]")
# What an ending glued on as furniture follows: a line's start or the end of the article's last sentence, which
# it can follow in some files and not in others; or a closing bracket or quote, which may also be its own.
_STOPS = "\n。！？!?…；;"
_FOLD = str.maketrans("：，；！？（）", ":,;!?()")
_BOUNDARY = _STOPS + ")）]】」』”》\"'"


# A figure alone on its line, a decimal or a share (`1203.5`, `-2.1%`): a cell of the article's own table of figures,
# which the template's counters (`阅读 1.2万`, a count of views alone) never are, though its numbers count as one
_FIGURE = re.compile(r"^[-+−]?\d+(?:\.\d+)?%$|^[-+−]?\d+\.\d+$")


def line_key(line: str) -> int | None:
    """The fingerprint of a cleaned line that could be furniture (short; a line with a field of its own only when
    it is no writing), else None. In a line that is no writing its numbers count as one (`阅读 1.2万 点赞 306`,
    `Time 0.013 second(s),query:4`, `青ICP备12000007号`): a site's template fills them in for each page, so its
    lines recur in that shape only."""
    if not line or len(line) > LINE_RULE_MAX_CHARS or _FIGURE.match(line):
        return None
    writing = is_writing(line)
    if writing and carries_fields(line):
        return None
    shape = _SPACE.sub("", line) if writing else _NUMBER.sub("0", _SPACE.sub("", line))
    return int.from_bytes(hashlib.blake2b(shape.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def carries_fields(line: str) -> bool:
    """A line with a labelled field or a date in it (`来源：江城日报`, `最后编辑：资料组`, `2020年4月1日`): learned as
    furniture when it recurs, it leaves the text only after extraction has read its fields, since a folder of one
    paper's news repeats its `来源：` line in every file and each file's date line recurs in its shape."""
    return bool(_OWN_FIELDS.search(line))


def is_learned(line: str, furniture: Collection[int]) -> bool:
    """A line that is learned furniture, or made of such lines joined by spaces (an extractor can put a page's
    author card on one line: `江城观察员 经济学话题下的优秀答主`)."""
    if line_key(line) in furniture:
        return True
    pieces = line.split()
    return len(pieces) > 1 and all(line_key(piece) in furniture for piece in pieces)


def tail_key(ending: str) -> int:
    """The fingerprint of a learned ending (`endings`), apart from every line's."""
    hasher = _TAIL_HASH.copy()  # a copy of a keyed hasher is quicker to get than a new one (100k calls / 2,000 files)
    hasher.update(ending.encode("utf-8"))
    return int.from_bytes(hasher.digest(), "big") >> 1


_TAIL_HASH = hashlib.blake2b(digest_size=8, person=b"tail")


def title_tail_key(tail: str) -> int:
    """The fingerprint of what follows a separator in a title (index.ingest.titles.tails), apart from every
    line's: a tail MIN_SHARE of a source's titles share, or MANY_FILES of them, is the site's suffix."""
    key = _SPACE.sub("", tail).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(key, digest_size=8, person=b"title").digest(), "big") >> 1


def strip_learned_suffix(title: str, furniture: Collection[int]) -> str:
    """`title` without the longest tail its source's titles were learned to share (`…_手机网易网`)."""
    return next((head for head, tail in titles.tails(title) if title_tail_key(tail) in furniture), title)


def tail_of(lines: list[str]) -> str:
    """The last TAIL_CHARS characters of cleaned lines, spaces removed, a line break between lines."""
    tail = ""
    for line in reversed(lines):
        if line:
            tail = _SPACE.sub("", line) + ("\n" + tail if tail else "")
            if len(tail) >= TAIL_CHARS:
                break
    return tail[-TAIL_CHARS:]


def endings(tail: str) -> Iterator[tuple[str, str | None]]:
    """(ending, what precedes it) for the endings of a `tail_of` of at least MIN_TAIL characters, shortest first:
    the ending without line breaks, its colons, commas and brackets in one width (`责任编辑:` is `责任编辑：`);
    what precedes it a line break, a character, '' at the start of the text or None at the start of the window."""
    text = tail.translate(_FOLD)
    start = "" if len(tail) < TAIL_CHARS else None
    ending = ""
    for i in range(len(text) - 1, -1, -1):
        if text[i] == "\n":
            continue
        ending = text[i] + ending
        if len(ending) >= MIN_TAIL:
            yield ending, text[i - 1] if i else start


def cut_tail(lines: list[str], furniture: Collection[int]) -> dict[int, str]:
    """The lines (by index) that change when the longest ending of `lines` in `furniture` is cut, and what is
    left of them; empty when no learned ending closes them."""
    length = max((len(ending) for ending, _ in endings(tail_of(lines)) if tail_key(ending) in furniture), default=0)
    changed: dict[int, str] = {}
    for i in range(len(lines) - 1, -1, -1):
        if length <= 0:
            break
        line = lines[i]
        if not line:
            continue
        chars = len(_SPACE.sub("", line))
        if chars <= length:
            changed[i], length = "", length - chars
            continue
        end = len(line)  # cut `length` characters that are not spaces from the end of the line
        while length:
            end -= 1
            length -= not line[end].isspace()
        changed[i] = line[:end].rstrip()
    return changed


@dataclass(frozen=True)
class Fingerprints:
    """One article's share of the counts: its source, its text length, (key, length) of its short lines, the
    end of its text (`tail_of`) and the keys of its lines with fewer than MIN_WORDS words."""

    origin: str
    chars: int
    lines: tuple[tuple[int, int], ...]
    tail: str = ""
    bare: frozenset[int] = frozenset()

    def keys(self) -> set[int]:
        """Every fingerprint that learned furniture can hold for this article: its lines' and its endings'."""
        return {key for key, _ in self.lines} | {tail_key(ending) for ending, _ in endings(self.tail)}

    def to_json(self) -> list:
        return [self.origin, self.chars, [list(pair) for pair in self.lines], self.tail, sorted(self.bare)]

    @classmethod
    def from_json(cls, data: list) -> Fingerprints:
        origin, chars, lines, tail, bare = data
        return cls(origin, chars, tuple((key, length) for key, length in lines), tail, frozenset(bare))


def fingerprint(
    origin: str, text: str, title: str | None = None, shown: Iterable[str] = (), normalized: bool = False
) -> Fingerprints:
    """The fingerprints of a decoded input's lines, as page cleaning leaves them, of its title's tails and of
    the lines its page shows (an HTML page's, `shown`); the last two counted as lines of no length, so that
    they weigh nothing in how much of a file shared lines cover. A line every page of a site shows is its
    furniture even where only one page's extraction kept it (a short post's author card, a promotion after the
    text): on the made-up layouts, 3 of the 4 furniture failures of a seventh set at its first run. `normalized`:
    `text` is `normalize_text`'s already."""
    lines, bare, chars = [], set(), 0
    for _, tail in titles.tails(normalize_text(title or "")):
        key = title_tail_key(tail)
        lines.append((key, 0))
        if len(_WORD.findall(tail)) < MIN_WORDS:
            bare.add(key)
    for line in clean_lines(normalize_text("\n".join(shown))) if shown else ():
        if (key := line_key(line)) is not None:
            lines.append((key, 0))
            if len(_WORD.findall(line)) < MIN_WORDS:
                bare.add(key)
    cleaned = clean_lines(text if normalized else normalize_text(text))
    for line in cleaned:
        chars += len(line)
        if (key := line_key(line)) is not None:
            lines.append((key, len(line)))
            if len(_WORD.findall(line)) < MIN_WORDS:
                bare.add(key)
    return Fingerprints(origin, chars, tuple(lines), tail_of(cleaned), frozenset(bare))


def fingerprint_document(raw: RawDocument, text: str | None = None) -> Fingerprints:
    """`fingerprint` of a decoded input: its source, its text, the title it declares and the lines it shows;
    `text` is its text normalized already (`normalize_text(raw.text)`), where the caller has it."""
    given = text is not None
    return fingerprint(raw.origin, text if given else raw.text, raw.meta.get("title"), raw.shown, normalized=given)


def learn(articles: Iterable[Fingerprints]) -> dict[str, frozenset[int]]:
    """Source -> the fingerprints of its furniture."""
    by_origin: dict[str, list[Fingerprints]] = defaultdict(list)
    for article in articles:
        by_origin[article.origin].append(article)
    learned = {}
    for origin, members in by_origin.items():
        if len(members) < MIN_FILES:
            continue
        counts = Counter(key for article in members for key in {key for key, _ in article.lines})
        need = max(MIN_FILES, math.ceil(MIN_SHARE * len(members)))
        bare = frozenset().union(*(article.bare for article in members))
        shared = {key for key, count in counts.items() if count >= need or (count >= MANY_FILES and key not in bare)}
        typical = Counter(
            key
            for article in members
            if _cover(article, shared) <= MAX_COVER
            for key in {key for key, _ in article.lines if key in shared}
        )
        furniture = {
            key
            for key, count in typical.items()
            if (count >= MIN_FILES and counts[key] >= need) or (count >= MANY_FILES and key not in bare)
        }
        furniture |= _learn_tails(members)
        if furniture:
            learned[origin] = frozenset(furniture)
    return learned


def _learn_tails(members: list[Fingerprints]) -> set[int]:
    """The keys of the endings MANY_FILES of a source's files share, from where their texts stop agreeing."""
    shortest = [next(endings(article.tail), ("", ""))[0] for article in members]
    short = Counter(shortest)
    pairs = Counter(  # (ending, what precedes it) -> files; most files share no short ending
        pair
        for article, ending in zip(members, shortest, strict=True)
        if short[ending] >= MANY_FILES
        for pair in endings(article.tail)
    )
    counts: Counter[str] = Counter()
    for (ending, _), n in pairs.items():
        counts[ending] += n
    before: dict[str, Counter[str | None]] = defaultdict(Counter)  # a frequent ending -> its files by what precedes it
    for (ending, preceding), n in pairs.items():
        if counts[ending] >= MANY_FILES:
            before[ending][preceding] = n
    keys = set()
    for ending, preceding in before.items():
        count = counts[ending]
        if ending[0] in _STOPS or None in preceding:
            continue  # too rare, a full stop the article keeps, or maybe part of a longer block (a line)
        if max((n for ch, n in preceding.items() if ch and ch not in _STOPS), default=0) >= AGREE * count:
            continue  # they agree further back
        if 4 * sum(n for ch, n in preceding.items() if ch == "" or ch in _BOUNDARY) < count:
            continue  # mostly the end of a sentence of their own (`…依法作出上述判决。`)
        if not _OWN_FIELDS.search(ending) and len(_WORD.findall(ending)) >= MIN_WORDS:
            keys.add(tail_key(ending))
    return keys


def _cover(article: Fingerprints, keys: frozenset[int] | set[int]) -> float:
    """The share of the article's text in lines whose fingerprint is in `keys` (each line counted once)."""
    seen, covered = set(), 0
    for key, length in article.lines:
        if key in keys and key not in seen:
            seen.add(key)
            covered += length
    return covered / max(1, article.chars)


def affected(
    before: Mapping[str, frozenset[int]], after: Mapping[str, frozenset[int]], articles: Mapping[str, Fingerprints]
) -> list[str]:
    """Ids of the articles whose furniture differs between two learnings (they need extracting again)."""
    changed = {
        origin for origin in before.keys() | after.keys() if before.get(origin, frozenset()) != after.get(origin)
    }
    out = []
    for article_id, article in articles.items():
        if article.origin in changed:
            keys = article.keys()
            if keys & before.get(article.origin, frozenset()) != keys & after.get(article.origin, frozenset()):
                out.append(article_id)
    return out


def read(generation: Path | None) -> dict[str, Fingerprints]:
    """The fingerprints kept with a generation (none for a generation made before they were kept)."""
    if generation is None or not (generation / LINES).is_file():
        return {}
    with open(generation / LINES, encoding="utf-8") as handle:
        data = json.load(handle)
    return {article_id: Fingerprints.from_json(entry) for article_id, entry in data.items()}


def write(folder: Path, articles: Mapping[str, Fingerprints]) -> None:
    """Write the fingerprints into a generation being built (published with it, never over a linked file)."""
    path = Path(folder) / LINES
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({article_id: fp.to_json() for article_id, fp in articles.items()}, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
