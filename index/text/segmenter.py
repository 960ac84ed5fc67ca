"""jieba's tokens at compiled speed: jieba-rs (the `rjieba` binding: jieba's algorithm and dictionary in Rust)
finds the dictionary words, jieba's own HMM (`jieba.finalseg`) cuts the runs of characters no word covers.

jieba-rs alone gives other tokens than jieba in three kinds of place (the 10.6k corpus, ~21k texts): it keeps
ASCII runs joined by `-` or `.` whole (`18-02-22`, `vip.sina.com`, hundreds of texts), which jieba's HMM splits;
its HMM's probabilities differ in the last digits, which flips near ties (常在的); and it takes CJK extension
characters into words, which jieba leaves alone (-𬒈). Routing only the dictionary through jieba-rs and the
HMM through jieba's own code gives jieba's tokens in all of them; on 2,116 corpus bodies it took 2.7 s of CPU
where `jieba.Tokenizer.tokenize` took 10.8 s (rjieba alone 1.1 s; one process, a busy machine).

jieba stays the reference (tests/test_segmenter.py compares both over fixtures and a corpus sample) and the
fallback: without the binding, or with added words whose effect jieba-rs computes otherwise (see `compiled`).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable
from typing import Protocol

with warnings.catch_warnings():  # jieba imports pkg_resources, deprecated under new setuptools
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.simplefilter("ignore", UserWarning)
    from jieba import finalseg

try:
    import rjieba
except ImportError:  # the binding is optional at run time: plain jieba gives the same tokens, slower
    rjieba = None

Span = tuple[str, int, int]  # (text, start char, end char)

# Runs whose HMM cut is remembered: names and rare words recur, and the HMM (Python) is most of the time left.
HMM_MEMO = 50_000  # about 8 MB at most (a run and its words)
# A character jieba may put in the buffer its HMM reads: what its `re_han_default` takes.
_HAN = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]")
# jieba's blocks (`re_han_default`): it segments each alone.
_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+")
# A character three times over (嘀嘀嘀, 呵呵呵): its segmentations into 嘀嘀 and 嘀 score the same up to the order of a
# floating-point sum, which jieba and jieba-rs add up differently.
_TRIPLE = re.compile(r"([\u4E00-\u9FD5])\1\1")


def hmm_cut(run: str) -> list[str]:
    """`jieba.finalseg.cut(run)` as a list, with its Viterbi written out for its four states: the same
    additions in the same order and the same tie-breaking (the later state letter wins), so the same words
    (tests/test_segmenter.py compares them), 2.7 times faster (`_viterbi`; 0.57 s of CPU against 1.54 for 52k
    runs of 1-12 characters, the kind the compiled segmenter leaves to the HMM)."""
    out: list[str] = []
    split = finalseg.Force_Split_Words
    for block in finalseg.re_han.split(run):
        if not block:
            continue
        if finalseg.re_han.match(block):
            states = _viterbi(block)
            begin = following = 0
            for i, state in enumerate(states):
                if state == 0:  # B
                    begin = i
                elif state == 2:  # E
                    out.append(block[begin : i + 1])
                    following = i + 1
                elif state == 3:  # S
                    out.append(block[i])
                    following = i + 1
            if following < len(block):
                out.append(block[following:])
            if split:
                out[:] = [c for word in out for c in ([word] if word not in split else word)]
        else:
            out.extend(x for x in finalseg.re_skip.split(block) if x)
    return out


def _viterbi(block: str) -> list[int]:
    """The state (0 B, 1 M, 2 E, 3 S) of each character of `block` on jieba's most likely path: `finalseg.viterbi`
    with its dictionaries and lists of tuples unrolled (each state has two possible predecessors), a
    character's four emission probabilities read in one look-up (`_emissions`)."""
    emit, trans, start, low = finalseg.emit_P, finalseg.trans_P, finalseg.start_P, finalseg.MIN_FLOAT
    emissions, missing = _emissions(emit), (low, low, low, low)
    eb, em = trans["B"]["E"], trans["B"]["M"]
    be, bs = trans["E"]["B"], trans["E"]["S"]
    me, mm = trans["M"]["E"], trans["M"]["M"]
    sb, ss = trans["S"]["B"], trans["S"]["S"]
    xb, xm, xe, xs = emissions.get(block[0], missing)
    b = start["B"] + xb
    m = start["M"] + xm
    e = start["E"] + xe
    s = start["S"] + xs
    back = []  # each character's predecessor of B, M, E and S
    for ch in block[1:]:
        xb, xm, xe, xs = emissions.get(ch, missing)
        b1, b2 = e + be + xb, s + sb + xb  # from E or S (S on a tie)
        m1, m2 = m + mm + xm, b + em + xm  # from M or B (M on a tie)
        e1, e2 = b + eb + xe, m + me + xe  # from B or M (M on a tie)
        s1, s2 = s + ss + xs, e + bs + xs  # from S or E (S on a tie)
        step = (b1 > b2, m2 > m1, e1 > e2, s2 > s1)
        back.append(step)
        b = b1 if step[0] else b2
        m = m2 if step[1] else m1
        e = e1 if step[2] else e2
        s = s2 if step[3] else s1
    state = 2 if e > s else 3  # 0 B, 1 M, 2 E, 3 S; each state's predecessor when its flag is set, else:
    states = [state]
    for step in reversed(back):
        state = _FLAGGED[state] if step[state] else _UNFLAGGED[state]
        states.append(state)
    states.reverse()
    return states


_EMISSIONS: list = [None, {}]  # jieba's emission tables, and each character's four probabilities from them


def _emissions(emit: dict) -> dict[str, tuple[float, float, float, float]]:
    """Each character's emission log-probabilities in states B, M, E and S (MIN_FLOAT where a state has none),
    made once from `emit` (`finalseg.emit_P`): one look-up a character instead of four took the HMM's CPU over
    the 71,774 runs of the first 2,000 corpus articles, with the flags read back and states as numbers, from
    0.55-0.87 s to 0.40-0.54 (6 runs each, alternating, load 8-11: /work/tmp/speed3/hmmab.py)."""
    if _EMISSIONS[0] is not emit:
        low = finalseg.MIN_FLOAT
        chars = set().union(*(emit[state] for state in "BMES"))
        table = {ch: tuple(emit[state].get(ch, low) for state in "BMES") for ch in chars}
        _EMISSIONS[:] = [emit, table]
    return _EMISSIONS[1]


_FLAGGED = (2, 0, 0, 2)  # B from E, M from B, E from B, S from E
_UNFLAGGED = (3, 1, 1, 3)  # B from S, M from M, E from M, S from S


class Segmenter(Protocol):
    compiled: bool

    def tokenize(self, text: str) -> list[Span]:
        """All of jieba's default-mode tokens of `text` (HMM on) with their character offsets."""
        ...

    def words(self, text: str) -> list[str]:
        """The words of `tokenize(text)`, without their offsets (what a build numbers)."""
        ...

    def frequency(self, word: str) -> int:
        """`word`'s frequency in the dictionary segmented with (0: not a word of it)."""
        ...


class PythonJieba:
    """jieba itself (a `jieba.Tokenizer` with the words added)."""

    compiled = False

    def __init__(self, tokenizer) -> None:
        self.jieba = tokenizer

    def frequency(self, word: str) -> int:
        self.jieba.check_initialized()
        return self.jieba.FREQ.get(word) or 0

    def tokenize(self, text: str) -> list[Span]:
        return list(self.jieba.tokenize(text))

    def words(self, text: str) -> list[str]:
        return self.jieba.lcut(text)


class CompiledJieba:
    """jieba's segmentation with jieba-rs finding the words: its dictionary route (HMM off) is jieba's, and the
    runs of single characters jieba leaves to its HMM go through jieba's own (`jieba.finalseg`), as
    `jieba.Tokenizer.__cut_DAG` does. jieba-rs's HMM is not used: its probabilities differ from jieba's in the
    last digits, which flips near ties (常在的: 常在/的 against jieba's 常/在/的), and it keeps whole the ASCII
    runs jieba splits (`18-02-22`, `vip.sina.com`). A block with a character three times over is cut by
    `reference` (jieba), made when first needed."""

    compiled = True

    def __init__(self, jieba, reference: Callable[[], PythonJieba]) -> None:
        self.jieba = jieba
        self._reference = reference
        self._cut: dict[str, list[str]] = {}  # the HMM's words of a run, remembered (see HMM_MEMO)

    def frequency(self, word: str) -> int:
        """From the reference (jieba with the same words): jieba-rs does not expose its frequencies. Only the
        query corrector asks, so a service loads jieba's dictionary at its first corrected query."""
        return self._reference().frequency(word)

    def tokenize(self, text: str) -> list[Span]:
        route = self.jieba.tokenize(text, "default", False)
        out: list[Span] = []
        append, has_word, han = out.append, self.jieba.has_word, _HAN.match
        first = -1  # where the run of single characters that jieba would hand its HMM starts
        for span in route:
            word, start, end = span
            if (end - start == 1 and han(word)) or (word.isascii() and word.isalnum() and not has_word(word)):
                if first < 0:
                    first = start
                continue
            if first >= 0:
                if start - first == 1:
                    append((text[first], first, start))
                else:
                    self._hmm(text, first, start, out)
                first = -1
            append(span)
        if first >= 0:
            self._hmm(text, first, len(text), out)
        if _TRIPLE.search(text) is not None:
            return self._ties(text, out)
        return out

    def words(self, text: str) -> list[str]:
        """`tokenize`'s words from jieba-rs's words alone (`cut`, offsets counted here): no offsets made for a build
        that numbers words. Over the first 2,000 corpus bodies, 3.1-3.6 s of CPU for the spans' words, 2.5-2.8 so
        (4 runs each, alternating, load 12: /work/tmp/speed11/words_ab.py); the same words."""
        if _TRIPLE.search(text) is not None:
            return [word for word, _, _ in self.tokenize(text)]
        route = self.jieba.cut(text, False)
        out: list[str] = []
        append, has_word, han = out.append, self.jieba.has_word, _HAN.match
        first = -1  # as in `tokenize`
        at = 0  # where `word` starts
        for word in route:
            size = len(word)
            if (size == 1 and han(word)) or (word.isascii() and word.isalnum() and not has_word(word)):
                if first < 0:
                    first = at
                at += size
                continue
            if first >= 0:
                if at - first == 1:
                    append(text[first])
                else:
                    out.extend(self._run(text[first:at]))
                first = -1
            append(word)
            at += size
        if first >= 0:
            out.extend(self._run(text[first:]))
        return out

    def _hmm(self, text: str, first: int, end: int, out: list[Span]) -> None:
        for word in self._run(text[first:end]):
            out.append((word, first, first + len(word)))
            first += len(word)

    def _run(self, buf: str) -> list[str] | str:
        """jieba's words of a run of single characters: one alone, each alone when the run is a word of the
        dictionary (`buf` itself is returned then: its characters), else cut by its HMM."""
        if len(buf) == 1 or self.jieba.has_word(buf):
            return buf
        words = self._cut.get(buf)
        if words is None:
            if len(self._cut) >= HMM_MEMO:
                self._cut.clear()
            words = self._cut[buf] = hmm_cut(buf)
        return words

    def _ties(self, text: str, found: list[Span]) -> list[Span]:
        """`found` with each block holding a character three times over cut by jieba instead."""
        reference = self._reference()
        out: list[Span] = []
        at = 0
        for match in _BLOCK.finditer(text):
            if _TRIPLE.search(match.group(0)) is None:
                continue
            begin, end = match.span()
            while at < len(found) and found[at][2] <= begin:
                out.append(found[at])
                at += 1
            out.extend((word, begin + s, begin + e) for word, s, e in reference.tokenize(match.group(0)))
            while at < len(found) and found[at][1] < end:
                at += 1
        out.extend(found[at:])
        return out


def compiled(entries: Iterable, reference: Callable[[], PythonJieba]) -> CompiledJieba | None:
    """jieba-rs with jieba's dictionary and `entries` (word, freq, tag) added, or None where it would not cut as
    jieba does: the binding missing, or an entry without a frequency (jieba's `suggest_freq` and jieba-rs's
    round differently: index/text/analysis.py gives them jieba's), with frequency 0 (jieba then forces its HMM
    to split the word), repeated, or already in jieba's dictionary (jieba adds the new frequency to its total
    without taking the old one out)."""
    if rjieba is None:
        return None
    found = rjieba.Jieba()
    seen: set[str] = set()
    for entry in entries:
        if not entry.freq or entry.word in seen or found.has_word(entry.word):
            return None
        seen.add(entry.word)
        found.add_word(entry.word, entry.freq, entry.tag)
    return CompiledJieba(found, reference)
