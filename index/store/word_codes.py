"""jieba's words of the texts a build worker writes, numbered as first met: the word fields' terms as integer codes
for the segment writer (index/store/segment_writer.py `CodedTerms`), and the vocabulary's words and phrases
(index/store/phrases.py) found and counted on the same numbers with numpy (`EntryTally`).

Every token of every text was stepped through in Python twice: once for its term and position (`word_terms`,
then a term look-up per token in the writer) and once for the vocabulary's phrases (`_scan`, then a Counter of
them). Numbered once, a text's tokens are one array, and terms, positions, phrase edges and the phrases an
article repeats are array operations. On the first 2,000 corpus articles' texts (tokens made beforehand), the
word fields and the entries took 2.6-3.5 s of CPU, and so 2.0-2.4 (3 runs each, load 9-10:
/work/tmp/speed5/wordh2.py); in one-process builds of those articles the vocabulary stage 4.9-5.4 -> 3.7 s.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from index.store.phrases import (
    BREAK,
    EDGE,
    MAX_ENTRY_CHARS,
    article_entries,
    article_texts,
    head_entries,
    word_kind,
)
from index.store.tally import Counts, Tally
from index.text.analysis import WORDY, CodedTerms, words

_BITS = 21  # a phrase's two or three word numbers (plus one) in one int64 code, while they fit (2M words)
_CODED_WORDS = 3  # the most words a code holds


class _Numbers(dict):
    """word -> its number, a new word numbered (and described) as it is first met."""

    def __init__(self, codes: WordCodes) -> None:
        super().__init__()
        self.codes = codes

    def __missing__(self, word: str) -> int:
        number = self[word] = self.codes.describe(word)
        return number


class WordCodes:
    """jieba's tokens of each text of the article being written, made once, and every token numbered; the
    numbers are a worker's own (the term tables it spells them with live as long as it does)."""

    def __init__(self) -> None:
        self.words: list[str] = []  # by number
        self._numbers = _Numbers(self)
        self._term_numbers: dict[str, int] = {}
        self._spelled: list[bytes] = []  # each term's UTF-8, by term number
        self._term = np.empty(1024, np.int64)  # by word number: its term's number, -1 for punctuation
        self._kind = np.empty(1024, np.int8)  # ... its kind in a phrase (index/store/phrases.py `word_kind`)
        self._size = np.empty(1024, np.int64)  # ... its length in characters
        self._breaks = np.empty(1024, np.int64)  # ... 1 for punctuation or space holding a line break, else 0
        self._tokens: dict[str, list[str]] = {}
        self._ids: dict[str, np.ndarray] = {}

    def __call__(self, text: str) -> list[str]:
        """The words of jieba's tokens of `text` (`words`), remembered until `clear`."""
        found = self._tokens.get(text)
        if found is None:
            found = self._tokens[text] = words(text)
        return found

    def clear(self) -> None:
        """Forget the article's texts (their numbers stay)."""
        self._tokens.clear()
        self._ids.clear()

    def describe(self, word: str) -> int:
        """Number a new word, with its term (as `word_terms` makes it), kind and length."""
        number = len(self.words)
        self.words.append(word)
        if number == len(self._term):
            grown = (np.resize(a, 2 * len(a)) for a in (self._term, self._kind, self._size, self._breaks))
            self._term, self._kind, self._size, self._breaks = grown
        term = word.lower() if WORDY.search(word) else ""
        if term:
            found = self._term_numbers.get(term)
            if found is None:
                found = self._term_numbers[term] = len(self._spelled)
                self._spelled.append(term.encode("utf-8"))
            self._term[number] = found
        else:
            self._term[number] = -1
        self._breaks[number] = not term and "\n" in word
        self._kind[number] = word_kind(word)
        self._size[number] = len(word)
        return number

    def numbers(self, text: str) -> np.ndarray:
        """The number of each token of `text`, punctuation and spaces included."""
        found = self._ids.get(text)
        if found is None:
            tokens = self(text)
            found = np.fromiter(map(self._numbers.__getitem__, tokens), np.int64, len(tokens))
            self._ids[text] = found
        return found

    def word_terms(self, text: str) -> CodedTerms:
        """The word analyser's terms of `text` as codes with their positions: `word_terms`' terms and positions
        (one more across a line break), punctuation and spaces left out.

        A line break lies between a term and the one before (or the text's start) when a token between them
        holds one, the tokens covering the text one after the other: counted on the tokens' numbers rather than
        on each token's offsets and each character (two Python steps a token)."""
        ids = self.numbers(text)
        terms = self._term[ids]
        kept = np.flatnonzero(terms >= 0)
        positions = np.arange(len(kept), dtype=np.int64)
        if len(kept) and "\n" in text:  # one more wherever a line break lies between a term and the one before
            before = np.cumsum(self._breaks[ids])[kept]  # tokens holding a line break up to each term
            previous = np.zeros(len(kept), np.int64)
            previous[1:] = before[:-1]
            positions += np.cumsum(before > previous)
        return CodedTerms(terms[kept], positions.astype(np.int32), self._spell)

    def _spell(self, codes: np.ndarray) -> list[bytes]:
        spelled = self._spelled
        return [spelled[i] for i in codes.tolist()]

    def entry_codes(self, texts: list[str]) -> np.ndarray | None:
        """What `_scan` finds in an article's `texts` as sorted distinct codes: each word a phrase may start or
        end with (its number plus one, below 2**_BITS), and each phrase of two and three words (within runs, at
        most MAX_ENTRY_CHARS) the article holds twice or more (its words' numbers plus one in one int64, a
        pair's below any three's); None once the numbers no longer fit a code. The texts are read as one array,
        a line break between them (a phrase never crosses from one to the next)."""
        apart = np.array([self._numbers["\n"]], np.int64)
        ids = np.concatenate([part for text in texts for part in (self.numbers(text), apart)] or [apart[:0]])
        if len(self.words) >= (1 << _BITS) - 1:  # a number plus one no longer fits
            return None
        kind, size = self._kind[ids], self._size[ids]
        edge = kind == EDGE
        ids += 1
        two = edge[1:] & edge[:-1] & (size[1:] + size[:-1] <= MAX_ENTRY_CHARS)
        three = edge[2:] & edge[:-2] & (kind[1:-1] != BREAK)
        three &= size[2:] + size[1:-1] + size[:-2] <= MAX_ENTRY_CHARS
        pairs = ids[:-1] << _BITS | ids[1:]
        codes = np.concatenate([pairs[two], (pairs[:-1] << _BITS | ids[2:])[three]])
        codes.sort()
        twice = codes[1:][codes[1:] == codes[:-1]]
        return np.concatenate([np.unique(ids[edge]), np.unique(twice)])

    def encode(self, phrases: list[tuple[str, ...]]) -> np.ndarray:
        """The codes of `phrases` of one to three words, as `entry_codes` makes them."""
        numbers = self._numbers
        out = np.empty(len(phrases), np.int64)
        for i, phrase in enumerate(phrases):
            code = 0
            for word in phrase:
                code = code << _BITS | numbers[word] + 1
            out[i] = code
        return out

    def decode(self, codes: np.ndarray) -> list[tuple[str, ...]]:
        """The words of each code `entry_codes` or `encode` made."""
        words, mask = self.words, (1 << _BITS) - 1
        out = []
        for code in codes.tolist():
            found = []
            while code:
                found.append(words[(code & mask) - 1])
                code >>= _BITS
            out.append(tuple(reversed(found)))
        return out


class EntryTally:
    """A build worker's vocabulary counts (index/store/tally.py `Tally`) made on its numbered tokens: each
    article's entries are kept as sorted codes (`WordCodes.entry_codes`, with its title's and headings' phrases),
    and each distinct entry is spelled and counted once, when the counts are asked for, rather than each
    article's entries being spelled as words and added to the tally one by one (a set of tuples, a join and a
    dict look-up an entry an article). Counting the first 2,000 corpus articles' entries (tokens made
    beforehand, readings included) took 2.74-3.77 s of CPU, and so 2.25-3.00, lower in each of 5 alternating
    pairs (load 12: /work/tmp/speed8/vocab_ab.py); every file of a 10.6k build the same."""

    def __init__(self, codes: WordCodes) -> None:
        self.codes = codes
        self.tally = Tally()
        self._anywhere: list[np.ndarray] = []  # each article's distinct entry codes
        self._head: Counter[tuple[str, ...]] = Counter()  # title and heading phrases -> articles holding them
        self._long: Counter[tuple[str, ...]] = Counter()  # ... those of four words (no code holds them)

    def add(self, title: str, headings: list[str], bodies: list[str]) -> None:
        """Count the entries of an article given the texts its index documents hold (`article_entries`)."""
        found = self.codes.entry_codes(article_texts(title, headings, bodies))
        if found is None:
            self.tally.add(article_entries(title, headings, bodies, self.codes))
            return
        head = head_entries(title, headings, self.codes)
        self._head.update(head)
        coded = [phrase for phrase in head if len(phrase) <= _CODED_WORDS]
        self._long.update(phrase for phrase in head if len(phrase) > _CODED_WORDS)
        self._anywhere.append(np.union1d(found, self.codes.encode(coded)) if coded else found)

    def counts(self) -> Counts:
        """The counts as columns (`Tally.counts`), each distinct entry's forms in the order first met."""
        if self._anywhere:
            codes = np.concatenate(self._anywhere)
            distinct, first, articles = np.unique(codes, return_index=True, return_counts=True)
            order = np.argsort(first, kind="stable")
            self._anywhere = []
            anywhere = zip(self.codes.decode(distinct[order]), articles[order].tolist(), strict=True)
            self.tally.add_counted(anywhere, [])
        self.tally.add_counted(self._long.items(), self._head.items())
        self._head.clear()
        self._long.clear()
        return self.tally.counts()
