"""Reprints: articles that carry the same text, found at build time and stored as groups with the generation.

A reprint is the same story copied by another site: retitled, wrapped in the site's header and footer, in
Traditional script, trimmed by a paragraph, with a by-line added or a few characters changed. Extraction
already undoes the script and most of the wrapping, so detection reads the cleaned body (`Article.body`).

Two stages, the usual pair for near-duplicates:
1. Candidates: a MinHash signature of each text's character 5-grams (datasketch's), and datasketch's LSH
   banding over the signatures (done with numpy), which proposes the pairs whose 5-gram sets are likely to be
   similar.
2. Verification: the candidates' texts compared exactly (`overlap`, `is_reprint`), so that two reports on
   one event (sharing a press release's paragraph) or two bulletins of one template (other numbers and
   places) are not taken for copies of each other.

Groups are the connected pairs. Exact copies (the same comparable text) share one signature and one
digest, so a corpus copied ten times costs what one copy costs. Every candidate pair is verified, even
when its articles are already grouped through a third: the verified pairs are stored, and removing an
article (the original, say) leaves the copies that are copies of each other grouped.

The thresholds were chosen on benchmarks/reprints.py's tuning half (synthetic copies and template
bulletins from the shared corpus, and hand-labelled candidate pairs of the corpus itself); see README.md
for the figures on the held-out half.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

SHINGLE = 5  # characters per shingle for the signatures
NUM_PERM = 128  # MinHash permutations
SEED = 1  # the permutations' seed: signatures stored by one build are compared by the next
# LSH proposes pairs whose 5-gram Jaccard similarity is about this or more: a copy holding 40% of the
# original (COVER_LONG) with a few changes is about 0.35-0.4.
LSH_THRESHOLD = 0.35
# The bands datasketch's MinHashLSH chooses for LSH_THRESHOLD and NUM_PERM (its false positives and negatives
# weighed alike): two signatures equal in the LSH_ROWS values of any of LSH_BANDS bands are candidates.
LSH_BANDS, LSH_ROWS = 32, 4

# Verification (measured on the tuning half, benchmarks/reprints.py):
MIN_CHARS = 200  # shorter texts are never grouped: in the corpus they are page boilerplate (a forum's
#                  header, a redirect notice, a disclaimer) left where the article failed to extract
COVER_SHORT = 0.9  # share of the shorter text in passages the longer one also has (by-lines, a site's
#                    leftover header and a few changed characters stay under 10%)
COVER_LONG = 0.4  # share of the longer text the shorter one covers: a trimmed copy, not a paragraph quoted
CHANGED_NUMBERS = 3  # this many of the shorter text's numbers differing, and
CHANGED_SHARE = 0.1  # at least this share of them, make two texts of one template, not copies

# What the comparison reads: letters, digits and CJK only, so punctuation, spacing and line breaks (which
# sites change freely) never make two copies differ.
_NOT_TEXT = re.compile(r"[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def comparable(text: str) -> str:
    """`text` as compared: lower case, letters, digits and Chinese characters only."""
    return _NOT_TEXT.sub("", text.lower())


def shingle_hashes(text: str, size: int = SHINGLE) -> np.ndarray:
    """A 32-bit hash of each `size`-character substring of `text`, in text order.

    Vectorized over the code points (a polynomial hash, then a 64-bit mixer): on 1,000-character
    articles, 0.2 ms against 0.8 ms for hashing each shingle's bytes with datasketch's default sha1.
    """
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = len(points) - size + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint32)
    h = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(size):
            h = h * np.uint64(0x100000001B3) + points[j : j + count]
        h ^= h >> np.uint64(29)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(32)
    return (h & np.uint64(0xFFFFFFFF)).astype(np.uint32)


@lru_cache(maxsize=1)
def permutations() -> np.ndarray:
    """The MinHash permutations (`a` and `b`, 2 x NUM_PERM uint32) that datasketch's MinHash(num_perm=NUM_PERM,
    seed=SEED) draws under its "affine32" scheme: an odd `a` and any `b` from numpy's RandomState(SEED), drawn as
    it draws them (tests/test_reprints.py compares them). Made here, a build never imports datasketch, which
    imports scipy: 0.47-0.57 s of CPU the build's parent spent beside the fingerprint workers."""
    draw = np.random.RandomState(SEED)
    a = draw.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    return np.array([a, draw.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)])


def signature(hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint32) of a set of 32-bit hashes: datasketch's `MinHash.update_batch`
    under its "affine32" scheme (each value pre-mixed by MurmurHash3's 32-bit finalizer, then `a * h + b`
    modulo 2**32 per permutation, the least kept), computed here as one (NUM_PERM, n) array reduced along its
    rows: datasketch makes a Python int of every value and reduces down the columns of an (n, NUM_PERM) one.
    The same values (tests/test_reprints.py compares them) in half the CPU: 0.61 s against 1.27 s for the
    first 3,000 corpus bodies' shingles, 6.1 s of a 10.6k build's 95 s went to fingerprints. A value repeated
    changes no least value, so the hashes are not made distinct first (7% of a corpus body's shingles repeat;
    sorting them took half the time: 0.57-0.65 -> 0.27-0.35 s of CPU for the first 2,000 corpus bodies, 4 runs
    each, alternating, load 12: /work/tmp/speed11/sig_ab.py)."""
    a, b = permutations()
    h = hashes.astype(np.uint32)  # a copy: changed in place below
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    permuted = a.astype(np.uint32)[:, None] * h
    permuted += b.astype(np.uint32)[:, None]
    return permuted.min(axis=1, initial=np.uint32(0xFFFFFFFF))


def lean_minhash(signature: np.ndarray):
    """A stored signature as datasketch's read-only MinHash (LeanMinHash), for its LSH (benchmarks/reprints.py and
    the tests; datasketch comes with the test and bench extras, the service never imports it)."""
    import datasketch

    sketch = datasketch.MinHash(seed=SEED, hashvalues=signature, permutations=permutations(), scheme="affine32")
    return datasketch.LeanMinHash(sketch)


@dataclass(frozen=True)
class Fingerprint:
    """What detection keeps of an article: a digest of its comparable text (exact copies share it) and,
    when the text is long enough to be compared, its MinHash signature (NUM_PERM uint32)."""

    digest: str
    signature: np.ndarray | None


def fingerprint(body: str) -> Fingerprint:
    """The fingerprint of an article's cleaned body (`Article.body`)."""
    text = comparable(body)
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
    if len(text) < MIN_CHARS:
        return Fingerprint(digest, None)
    return Fingerprint(digest, signature(shingle_hashes(text)))


@dataclass(frozen=True)
class Overlap:
    """How much two texts share, measured exactly on their comparable forms.

    `small` and `large`: the share of the shorter and of the longer text's characters that lie in a
    passage of at least VERIFY_SHINGLE characters found in the other. `numbers`: how many of the shorter
    text's numbers (digit runs) differ from the other's (hold a character outside the shared passages),
    and `numbers_total` how many it has: a template's bulletins differ in their numbers, copies do not.
    """

    small: float
    large: float
    numbers: int
    numbers_total: int


VERIFY_SHINGLE = 8
_DIGITS = re.compile(r"\d+")


def _covered(hashes: np.ndarray, other: np.ndarray, size: int) -> np.ndarray:
    """Per character of a text (given its `size`-shingle hashes): is it inside a passage `other` holds?"""
    count = len(hashes) + size - 1
    hit = np.isin(hashes, other)
    starts = np.concatenate([[0], np.cumsum(hit)])  # shared passages starting before each position
    positions = np.arange(count)
    first = np.maximum(positions - size + 1, 0)
    last = np.minimum(positions, len(hashes) - 1)
    return starts[last + 1] > starts[first]


def overlap(a: str, b: str) -> Overlap:
    """The overlap of two texts (comparable form)."""
    if len(a) > len(b):
        a, b = b, a
    if len(a) < VERIFY_SHINGLE:
        return Overlap(float(a == b), float(a == b), 0, 0)
    ha, hb = shingle_hashes(a, VERIFY_SHINGLE), shingle_hashes(b, VERIFY_SHINGLE)
    in_a, in_b = _covered(ha, hb, VERIFY_SHINGLE), _covered(hb, ha, VERIFY_SHINGLE)
    runs = [m.span() for m in _DIGITS.finditer(a)]
    changed = sum(1 for start, end in runs if not in_a[start:end].all())
    return Overlap(float(in_a.mean()), float(in_b.mean()), changed, len(runs))


def is_reprint(found: Overlap) -> bool:
    """Whether texts that overlap so are copies of one story (the thresholds above)."""
    if found.small < COVER_SHORT or found.large < COVER_LONG:
        return False
    return not (found.numbers >= CHANGED_NUMBERS and found.numbers >= CHANGED_SHARE * found.numbers_total)


# ---------------------------------------------------------------- groups kept with the generation

GROUPS_FILE = "reprints.json"  # the groups with each copy's title, source and date, read by the service
PRINTS_FILE = "fingerprints.json"  # per article: its digest, title, source, date; verified digest pairs
SIGNATURES_FILE = "signatures.npy"  # one signature per digest, in the order fingerprints.json lists them


@dataclass(frozen=True)
class Entry:
    """One article as detection knows it."""

    digest: str
    title: str | None
    source: str | None
    date: str | None


@dataclass
class Reprints:
    """The articles' fingerprints and the verified pairs of one generation; `update` makes the next."""

    entries: dict[str, Entry] = field(default_factory=dict)
    signatures: dict[str, np.ndarray] = field(default_factory=dict)  # digest -> signature (long texts)
    pairs: set[tuple[str, str]] = field(default_factory=set)  # verified (digest, digest), first < second

    @classmethod
    def load(cls, generation: Path) -> Reprints:
        """The state stored in `generation` (empty when it has none)."""
        try:
            with open(Path(generation) / PRINTS_FILE, encoding="utf-8") as handle:
                stored = json.load(handle)
            matrix = np.load(Path(generation) / SIGNATURES_FILE)
        except FileNotFoundError:
            return cls()
        entries = {row[0]: Entry(*row[1:]) for row in stored["articles"]}
        signatures = dict(zip(stored["signed"], matrix, strict=True))
        return cls(entries, signatures, {tuple(pair) for pair in stored["pairs"]})

    def update(
        self,
        added: dict[str, tuple[Fingerprint, Entry]],
        removed: Iterable[str],
        text_of: Callable[[str], str],
    ) -> Reprints:
        """The state after removing `removed` ids and adding `added` (id -> fingerprint and entry).

        Each new text is compared with every text LSH proposes for it; `text_of(article id)` gives a
        candidate's cleaned body for verification (only candidates are read).
        """
        gone = set(removed)
        entries = {i: e for i, e in self.entries.items() if i not in gone}
        signatures = dict(self.signatures)
        for article_id, (print_, entry) in added.items():
            entries[article_id] = entry
            if print_.signature is not None:
                signatures[print_.digest] = print_.signature
        live = {e.digest for e in entries.values()}
        signatures = {d: s for d, s in signatures.items() if d in live}
        pairs = {p for p in self.pairs if p[0] in signatures and p[1] in signatures}
        new = [d for d in signatures if d not in self.signatures]
        if new:
            pairs |= _verified_pairs(signatures, new, _Texts(entries, text_of))
        return Reprints(entries, signatures, pairs)

    def groups(self) -> list[list[tuple[str, Entry]]]:
        """Articles that are copies of one story, each group earliest first (undated last), largest first."""
        members: dict[str, list[str]] = {}
        for article_id, entry in self.entries.items():
            members.setdefault(entry.digest, []).append(article_id)
        parent = {d: d for d in self.signatures}

        def root(d: str) -> str:
            while parent[d] != d:
                parent[d] = parent[parent[d]]
                d = parent[d]
            return d

        for a, b in self.pairs:
            parent[root(a)] = root(b)
        stories: dict[str, list[str]] = {}
        for digest, ids in members.items():
            if digest in parent:  # long enough to be compared
                stories.setdefault(root(digest), []).extend(ids)
        out = [
            sorted(((i, self.entries[i]) for i in ids), key=lambda item: (item[1].date or "\uffff", item[0]))
            for ids in stories.values()
            if len(ids) > 1
        ]
        return sorted(out, key=lambda group: (-len(group), group[0][1].date or "\uffff", group[0][0]))

    def save(self, workspace: Path) -> int:
        """Write the state and its groups into a generation being built (before it is published); return
        the number of groups. Each file is written anew, never in place: the workspace's files may be hard
        links to the serving generation's."""
        signed = sorted(self.signatures)
        matrix = np.array([self.signatures[d] for d in signed], dtype=np.uint32).reshape(len(signed), NUM_PERM)
        with _replacing(Path(workspace) / SIGNATURES_FILE, "wb") as handle:
            np.save(handle, matrix)
        stored = {
            "articles": [[i, e.digest, e.title, e.source, e.date] for i, e in sorted(self.entries.items())],
            "signed": signed,
            "pairs": sorted(self.pairs),
        }
        with _replacing(Path(workspace) / PRINTS_FILE, "w") as handle:
            json.dump(stored, handle, ensure_ascii=False)
        groups = [[_copy(i, e) for i, e in group] for group in self.groups()]
        with _replacing(Path(workspace) / GROUPS_FILE, "w") as handle:
            json.dump({"groups": groups}, handle, ensure_ascii=False)
        return len(groups)


def discard(workspace: Path) -> None:
    """Remove stored reprint state from a generation being built without detection."""
    for name in (GROUPS_FILE, PRINTS_FILE, SIGNATURES_FILE):
        (Path(workspace) / name).unlink(missing_ok=True)


def _copy(article_id: str, entry: Entry) -> dict:
    return {"id": article_id, "title": entry.title, "source": entry.source, "date": entry.date}


class _Texts:
    """Comparable texts by digest, read once each through a member article."""

    def __init__(self, entries: dict[str, Entry], text_of: Callable[[str], str]) -> None:
        self._member = {e.digest: i for i, e in entries.items()}
        self._text_of = text_of
        self._read: dict[str, str] = {}

    def __getitem__(self, digest: str) -> str:
        if digest not in self._read:
            self._read[digest] = comparable(self._text_of(self._member[digest]))
        return self._read[digest]


def _verified_pairs(signatures: dict[str, np.ndarray], new: list[str], texts: _Texts) -> set[tuple[str, str]]:
    """The verified pairs between each of `new` and every text LSH proposes for it (`candidates`); a pair of two
    new texts compared from the lesser digest, one of a new and an old text from the new one."""
    digests = list(signatures)
    fresh = set(new)
    out = set()
    matrix = np.array([signatures[d] for d in digests], dtype=np.uint32).reshape(len(digests), NUM_PERM)
    for i, j in candidates(matrix):
        first, second = sorted((digests[i], digests[j]))
        if second in fresh and first not in fresh:
            first, second = second, first
        elif first not in fresh:
            continue  # two old texts: compared by an earlier build
        if is_reprint(overlap(texts[first], texts[second])):
            out.add((min(first, second), max(first, second)))
    return out


def candidates(matrix: np.ndarray) -> list[tuple[int, int]]:
    """The pairs (i, j), i < j, of rows of `matrix` (signatures) equal in all the values of at least one band,
    in order: the pairs datasketch's MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM) proposes
    (LSH_BANDS bands of LSH_ROWS values; tests/test_reprints.py compares them), found by sorting each band's
    rows with numpy. With datasketch's Python inserts and queries, grouping the 10.6k corpus's reprints at the end
    of the build took 2.1-2.2 s of CPU; so 0.64-0.67 s (/work/tmp/speed2/detectexp.py)."""
    pairs: set[tuple[int, int]] = set()
    for band in range(LSH_BANDS):
        rows = np.ascontiguousarray(matrix[:, band * LSH_ROWS : (band + 1) * LSH_ROWS])
        _, bucket, sizes = np.unique(rows, axis=0, return_inverse=True, return_counts=True)
        shared = np.flatnonzero(sizes[bucket.ravel()] > 1)
        if not len(shared):
            continue
        by_bucket = shared[np.argsort(bucket.ravel()[shared], kind="stable")]
        ends = np.flatnonzero(np.diff(bucket.ravel()[by_bucket], append=-1)) + 1
        for members in np.split(by_bucket, ends[:-1]):
            pairs.update(itertools.combinations(members.tolist(), 2))
    return sorted(pairs)


def read_groups(generation: Path) -> list[list[dict]]:
    """The groups stored in a generation: each a list of {id, title, source, date}, earliest first."""
    try:
        with open(Path(generation) / GROUPS_FILE, encoding="utf-8") as handle:
            return json.load(handle)["groups"]
    except FileNotFoundError:
        return []


@contextlib.contextmanager
def _replacing(path: Path, mode: str) -> Iterator:
    """A new file written beside `path`, synced, then moved over it."""
    temporary = path.with_name(f".{path.name}.new")
    with open(temporary, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as handle:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
