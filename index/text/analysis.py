"""Whoosh analyzers for Chinese: jieba words for ranking, character bigrams for exact substrings.

jieba's words are cut by jieba-rs where it gives jieba's own tokens (index/text/segmenter.py), else by jieba.

The analyzers own the text form: their tokenizers put any value through `normalize_text` first, so given
Traditional, full-width or pinyin-annotated text they yield the terms the index holds (character offsets are
then into the normalized text). The build's own path (`word_terms`, `gram_terms`) takes article text that
extraction has already normalized, and skips that idempotent step. Both analyzers are pickled into the
index's schema, so their import path (`index.text.analysis`) is part of the index format.
"""

from __future__ import annotations

import contextlib
import logging
import re
import tempfile
import threading
import warnings
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import replace
from typing import NamedTuple

import numpy as np
from whoosh.analysis import LowercaseFilter, Token, Tokenizer

from index.text import dictionary, segmenter
from index.text.cjk import CJK
from index.text.dictionary import Dictionary
from index.text.normalize import normalize_text, to_simplified
from index.text.segmenter import PythonJieba, Segmenter, Span

with warnings.catch_warnings():  # jieba imports pkg_resources, deprecated under new setuptools
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.simplefilter("ignore", UserWarning)
    import jieba


# A token worth indexing has a letter, digit or Chinese character; punctuation and spaces are skipped.
WORDY = re.compile(f"[0-9A-Za-z{CJK}]")
# Characters for the exact-substring field: each Chinese character alone, ASCII letters/digits in runs.
_CHAR = re.compile(f"[{CJK}]|[0-9A-Za-z]+")
_ASCII_UNIT = re.compile("[0-9A-Za-z]")
_UPPER = re.compile("[A-Z]")

# Where this project's jieba tokenizers keep jieba's dictionary cache (SEARCH_JIEBA_CACHE_DIR, given by the CLI
# and the app factory through `use_cache_dir`). jieba's own module-level tokenizer and logger are never touched.
_CACHE_DIR = [tempfile.gettempdir()]


def use_cache_dir(folder: str) -> None:
    """Keep jieba's dictionary cache in `folder` (the temp dir when empty); before the first `warm_up`."""
    _CACHE_DIR[0] = folder or tempfile.gettempdir()


# One segmenter per set of added words (their hash), and jieba with its dictionary alone ("").
_TOKENIZERS: dict[str, Segmenter] = {}
_PLAIN: dict[str, jieba.Tokenizer] = {}
_TOKENIZERS_LOCK = threading.Lock()


def _initialized(words: Dictionary | None) -> jieba.Tokenizer:
    """A tokenizer with jieba's dictionary (from its cache) and `words` added. jieba reports loading its
    dictionary at DEBUG on stderr; that report is held back here (logs stay clean), its logger restored after."""
    found = jieba.Tokenizer()
    found.tmp_dir = _CACHE_DIR[0]
    level = jieba.default_logger.level
    jieba.default_logger.setLevel(logging.WARNING)
    try:
        found.initialize()
    finally:
        jieba.default_logger.setLevel(level)
    for entry in words.entries if words else ():
        found.add_word(entry.word, entry.freq, entry.tag)
    return found


def plain_tokenizer() -> jieba.Tokenizer:
    """jieba with its own dictionary alone, as it ships (the reference the benchmarks and tests compare with)."""
    with _TOKENIZERS_LOCK:
        found = _PLAIN.get("")
        if found is None:
            found = _PLAIN[""] = _initialized(None)
        return found


# The words the current build or search segments with; unset, the bundled domain words alone.
_ACTIVE: ContextVar[Segmenter | None] = ContextVar("tokenizer", default=None)


def tokenizer_for(words: Dictionary, compiled: bool = True) -> Segmenter:
    """jieba's segmentation with jieba's dictionary and `words` added, one per distinct set: jieba-rs
    (index/text/segmenter.py) where it cuts as jieba does, else jieba itself (also when not `compiled`)."""
    key = words.hash if compiled else f"jieba:{words.hash}"
    with _TOKENIZERS_LOCK:
        found = _TOKENIZERS.get(key)
        if found is None:
            found = _TOKENIZERS[key] = _segmenter(words, compiled)
        return found


def _segmenter(words: Dictionary, compiled: bool) -> Segmenter:
    """Called holding the lock. Words added without a frequency get the one jieba gives them (`suggest_freq` as
    each is added, read back from jieba, kept as the reference), so jieba-rs holds jieba's frequencies and total."""
    reference_key = f"jieba:{words.hash}"
    entries = words.entries
    if not compiled or any(entry.freq is None for entry in entries):
        reference = _TOKENIZERS.get(reference_key) or PythonJieba(_initialized(words))
        _TOKENIZERS[reference_key] = reference
        if not compiled:
            return reference
        entries = tuple(replace(e, freq=reference.jieba.FREQ[e.word]) if e.freq is None else e for e in entries)
    return segmenter.compiled(entries, lambda: tokenizer_for(words, compiled=False)) or _segmenter(words, False)


def tokenizer() -> Segmenter:
    """The segmenter of the `using` block around this call, else the one with the bundled words."""
    return _ACTIVE.get() or tokenizer_for(dictionary.load())


@contextlib.contextmanager
def using(words: Dictionary) -> Iterator[None]:
    """Segment with `words` (the bundled and a user's dictionary) inside the block, in this thread only."""
    token = _ACTIVE.set(tokenizer_for(words))
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def warm_up(words: Dictionary | None = None, reference: bool = False) -> None:
    """Load the segmenter with `words` and OpenCC's tables now instead of at the first query; with gunicorn's
    preload the workers then share them. With `reference`, jieba itself too (from its cache when present): the
    compiled segmenter cuts ties with it (index/text/segmenter.py), and a build loads it once before its
    workers fork rather than in each; a service loads it at the first query that needs it."""
    words = words or dictionary.load()
    tokenizer_for(words)
    if reference:
        tokenizer_for(words, compiled=False)
    to_simplified("預熱")


def tokens(text: str) -> list[Span]:
    """All of jieba's tokens of `text` with their offsets, punctuation and spaces included."""
    return tokenizer().tokenize(text)


def words(text: str) -> list[str]:
    """The words of `tokens(text)` alone (the build numbers words and needs no offsets)."""
    return tokenizer().words(text)


def in_dictionary(word: str) -> bool:
    """Whether `word` is a word of the dictionary the current tokenizer segments with (not one its HMM found)."""
    return tokenizer().frequency(word) > 0


def character_frequency(ch: str) -> int:
    """How common a character is in jieba's dictionary (its frequency as a word of its own; 0 when absent)."""
    return tokenizer().frequency(ch)


def segment(text: str, tokenized: list[Span] | None = None) -> list[Span]:
    """jieba's words of `text` (or of its `tokens`, made before) with their offsets, punctuation and spaces
    dropped."""
    found = tokenized if tokenized is not None else tokenizer().tokenize(text)
    return [(word, start, end) for word, start, end in found if WORDY.search(word)]


def characters(text: str) -> list[Span]:
    """The single characters (and ASCII runs) of `text` with their offsets."""
    return [(m.group(0), m.start(), m.end()) for m in _CHAR.finditer(text)]


class _SpanTokenizer(Tokenizer):
    """Turns the spans made by `split` into Whoosh tokens with positions and character offsets.

    A line break leaves a one-position gap, so a phrase never matches across the title, the heading
    and the body that share a field.
    """

    def split(self, text: str) -> list[Span]:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        value = normalize_text(value)
        spans = self.split(value)
        for (text, start, end), pos in zip(spans, _positions(value, spans, start_pos), strict=True):
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = text
            if positions:
                token.pos = pos
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token


def _positions(text: str, spans: list[Span], start: int = 0) -> list[int]:
    """The position of each span: one after the other, and one more across a line break."""
    out, pos, previous_end = [], start, 0
    for _, begin, end in spans:
        if text.find("\n", previous_end, begin) != -1:
            pos += 1
        out.append(pos)
        previous_end = end
        pos += 1
    return out


# A token's term: lowercased, or '' for punctuation and spaces (not indexed). Remembered: the build asks about
# every token of every text, and a dict look-up replaces a regular-expression search, a `lower` and the
# positions' second pass: 0.69 s of CPU instead of 1.09-1.26 over the first 2,000 corpus bodies' tokens.
_TERM_OF: dict[str, str] = {}
TERM_MEMO = 300_000  # distinct tokens remembered (40 MB at most): the 10.6k corpus's texts hold 217k


def word_terms(text: str, tokenized: list[Span] | None = None) -> list[tuple[str, int]]:
    """(term, position) pairs of the word analyzer's tokens, made without Whoosh's Token objects (for the build);
    from `tokenized` (the text's `tokens`) when the caller has them already. The same terms and positions as
    `segment` and `_positions`, in one pass."""
    found = tokenized if tokenized is not None else tokenizer().tokenize(text)
    memo = _TERM_OF
    out: list[tuple[str, int]] = []
    append = out.append
    pos = previous_end = 0
    for word, begin, end in found:
        term = memo.get(word)
        if term is None:
            if len(memo) >= TERM_MEMO:
                memo.clear()
            term = word.lower() if WORDY.search(word) else ""
            memo[word] = term = word if term == word else term  # a Chinese word is its own term: one string kept
        if not term:
            continue
        if begin != previous_end and text.find("\n", previous_end, begin) != -1:
            pos += 1
        append((term, pos))
        previous_end = end
        pos += 1
    return out


def _unit_lines(text: str) -> Iterator[tuple[int, list[str], bool]]:
    """(position of its first unit, its units lowercased, whether one is ASCII) of each line with units: the
    positions `_positions` gives, made a line at a time (the build analyses every character of every text
    twice, for the bigrams and the characters: with a span and a newline search per unit it took a fifth of
    the build's time)."""
    pos = 0
    for number, line in enumerate(text.split("\n")):
        units = _CHAR.findall(line)
        if units:
            pos += 1 if number else 0
            ascii_ = _ASCII_UNIT.search(line) is not None
            if ascii_ and _UPPER.search(line):
                units = [unit.lower() for unit in units]
            yield pos, units, ascii_
            pos += len(units)


def gram_terms(text: str) -> list[tuple[str, int]]:
    """(term, position) pairs of the bigram analyzer's tokens (see `word_terms`)."""
    out: list[tuple[str, int]] = []
    for pos, units, ascii_ in _unit_lines(text):
        pairs = zip(units, units[1:], strict=False)
        joined = [gram(a, b) for a, b in pairs] if ascii_ else [a + b for a, b in pairs]
        out += zip(joined, range(pos, pos + len(joined)), strict=True)
        out.append((units[-1], pos + len(joined)))
    return out


class CodedTerms(NamedTuple):
    """A field's tokens as integer codes (one per token, in order) with their positions, and `spell`, which
    turns distinct codes into their terms (UTF-8): what `Units` makes for the build's writer."""

    codes: np.ndarray  # int64
    positions: np.ndarray  # int32
    spell: Callable[[np.ndarray], list[bytes]]

    def pairs(self) -> list[tuple[str, int]]:
        """(term, position) pairs, as `gram_terms` and `char_terms` give them."""
        unique, inverse = np.unique(self.codes, return_inverse=True)
        spelled = self.spell(unique)
        return [(spelled[i].decode(), pos) for i, pos in zip(inverse.tolist(), self.positions.tolist(), strict=True)]


_CJK_RANGES = [(ord(CJK[i]), ord(CJK[i + 2])) for i in range(0, len(CJK), 3)]  # CJK's "a-b" ranges, as code points
_RUN_BASE = 0x10000  # an ASCII run's code: this plus its number (a Chinese character's is its code point, below)


class Units:
    """The bigram and character terms of the build (`gram_terms`, `char_terms`) as integer codes, made with
    numpy over a whole text: a Chinese character is its code point, an ASCII run (lowercased) a number from
    _RUN_BASE given when it is first met, a bigram its first unit's code times 2**32 plus its second's plus one
    (0: a unit alone where its line ends). The writer numbers and spells only distinct codes: with a Python
    step per character (`_unit_lines`, a term look-up per token, postings grouped per document) the two fields
    and the writer's buffering took 5.5 of the 29.0 CPU seconds of a one-process build of the first 2,000
    corpus articles, 1.2 s so. One per segment writer: the run numbers are its own."""

    def __init__(self) -> None:
        self._runs: dict[str, int] = {}
        self._spelled: list[str] = []
        self._last: tuple[str | None, tuple] = (None, ())  # grams and chars read the same text, one after the other

    def grams(self, text: str) -> CodedTerms:
        codes, positions, alone = self._units(text)
        right = np.empty_like(codes)
        right[:-1] = codes[1:] + 1
        right[alone] = 0
        return CodedTerms(codes << 32 | right, positions, self._spell_grams)

    def chars(self, text: str) -> CodedTerms:
        codes, positions, _ = self._units(text)
        return CodedTerms(codes, positions, self._spell_units)

    def _units(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each unit's code and position (as `_unit_lines` gives them), and whether it ends its line."""
        if self._last[0] == text:
            return self._last[1]
        points = np.frombuffer(text.encode("utf-32-le"), "<u4")
        chinese = np.zeros(len(points), bool)
        for low, high in _CJK_RANGES:
            chinese |= (points >= low) & (points <= high)
        folded = points | 0x20  # ASCII letters to lower case (no other point lands on a-z)
        ascii_ = ((points >= 0x30) & (points <= 0x39)) | ((folded >= 0x61) & (folded <= 0x7A))
        if ascii_.any():
            before = np.zeros_like(ascii_)
            before[1:] = ascii_[:-1]
            after = np.zeros_like(ascii_)
            after[:-1] = ascii_[1:]
            begins = ascii_ & ~before
            at = np.flatnonzero(chinese | begins)
            codes = points[at].astype(np.int64)
            numbers = []
            ends = (np.flatnonzero(ascii_ & ~after) + 1).tolist()
            for start, end in zip(np.flatnonzero(begins).tolist(), ends, strict=True):
                run = text[start:end].lower()
                number = self._runs.get(run)
                if number is None:
                    number = self._runs[run] = _RUN_BASE + len(self._spelled)
                    self._spelled.append(run)
                numbers.append(number)
            codes[begins[at]] = numbers
        else:
            at = np.flatnonzero(chinese)
            codes = points[at].astype(np.int64)
        line = np.cumsum(points == 0x0A)[at]
        new_line = np.empty(len(at), bool)
        if len(at):
            new_line[0] = line[0] > 0
            new_line[1:] = line[1:] != line[:-1]
        positions = (np.arange(len(at)) + np.cumsum(new_line)).astype(np.int32)
        alone = np.ones(len(at), bool)
        alone[:-1] = line[1:] != line[:-1]
        found = codes, positions, alone
        self._last = (text, found)
        return found

    def _spell_units(self, codes: np.ndarray) -> list[bytes]:
        return self._spell(codes, np.full(len(codes), -1, np.int64))

    def _spell_grams(self, codes: np.ndarray) -> list[bytes]:
        return self._spell(codes >> 32, (codes & 0xFFFFFFFF) - 1)

    def _spell(self, lefts: np.ndarray, rights: np.ndarray) -> list[bytes]:
        """The UTF-8 terms of units `lefts` followed by `rights` (-1: none). Chinese characters alone or in
        pairs (nearly all terms) are decoded together, three bytes each; those with an ASCII run one by one."""
        out = np.empty(len(lefts), object)
        chinese = lefts < _RUN_BASE
        done = np.zeros(len(lefts), bool)
        for mask, columns in (
            (chinese & (rights < 0), (lefts,)),
            (chinese & (rights >= 0) & (rights < _RUN_BASE), (lefts, rights)),
        ):
            at = np.flatnonzero(mask)
            blob = np.stack([c[at] for c in columns], axis=1).astype("<u4").tobytes()
            blob = blob.decode("utf-32-le").encode("utf-8")
            width = 3 * len(columns)
            out[at] = [blob[i : i + width] for i in range(0, len(blob), width)]
            done |= mask
        runs = self._spelled
        for i in np.flatnonzero(~done).tolist():
            left, right = int(lefts[i]), int(rights[i])
            term = chr(left) if left < _RUN_BASE else runs[left - _RUN_BASE]
            if right >= 0:
                term += GRAM_JOINER + (chr(right) if right < _RUN_BASE else runs[right - _RUN_BASE])
            out[i] = term.encode("utf-8")
        return out.tolist()


class WordTokenizer(_SpanTokenizer):
    """jieba's default-mode words (the HMM finds names it does not know)."""

    def split(self, text: str) -> list[Span]:
        return segment(text)


def char_terms(text: str) -> list[tuple[str, int]]:
    """(term, position) pairs of the character analyzer's tokens: each character (and ASCII run) alone."""
    out: list[tuple[str, int]] = []
    for pos, units, _ in _unit_lines(text):
        out += zip(units, range(pos, pos + len(units)), strict=True)
    return out


def gram(left: str, right: str) -> str:
    """The bigram term of two neighbouring units (Chinese characters or ASCII runs). Two Chinese characters
    join directly (网络); a join involving an ASCII run gets a separator, so `5g` never prefixes `5gz`."""
    if len(left) == 1 and len(right) == 1 and not left.isascii() and not right.isascii():
        return left + right
    return left + GRAM_JOINER + right


GRAM_JOINER = "\x1f"


def grams(text: str) -> list[Span]:
    """One token per character: the bigram it starts, or the character alone where its line ends.

    Any substring of two or more units is then a phrase of consecutive bigrams (a single Term for two),
    and one character is its own term or the prefix of bigrams. Punctuation and spaces are skipped;
    a line break ends the line, so no phrase crosses it.
    """
    units = characters(text)
    out: list[Span] = []
    for i, (unit, start, end) in enumerate(units):
        if i + 1 < len(units) and text.find("\n", end, units[i + 1][1]) == -1:
            nxt = units[i + 1]
            out.append((gram(unit.lower(), nxt[0].lower()), start, nxt[2]))
        else:
            out.append((unit.lower(), start, end))
    return out


class GramTokenizer(_SpanTokenizer):
    """Character bigrams (see `grams`), for exact phrases wherever jieba put its word boundaries."""

    def split(self, text: str) -> list[Span]:
        return grams(text)


class CharTokenizer(_SpanTokenizer):
    """Single characters (and ASCII runs): one posting list answers a one-character query exactly, where
    the bigram field would read every bigram the character starts (over 1,000 lists for 的)."""

    def split(self, text: str) -> list[Span]:
        return characters(text)


def word_analyzer():
    return WordTokenizer() | LowercaseFilter()


def gram_analyzer():
    return GramTokenizer()


def char_analyzer():
    return CharTokenizer() | LowercaseFilter()
