"""The entries an article gives the vocabulary: its words, and its phrases of up to MAX_PHRASE_WORDS jieba
words (index/store/vocabulary.py says what goes in and why).

A phrase never crosses punctuation or a space and neither starts nor ends with a function word (的, 和) or
a single character.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from index.text.analysis import WORDY, words
from index.text.lexicon import QUERY_STOPWORDS

MAX_PHRASE_WORDS = 4  # title and heading phrases: up to four words (网络 安全 宣传 周)
MAX_ENTRY_CHARS = 16  # longer runs are sentences, not something one types
# Words no one types to find something; a phrase neither starts nor ends with one.
_FUNCTION_WORDS = QUERY_STOPWORDS | frozenset(
    "我们 进行 以及 通过 没有 自己 一些 这样 还是 已经 其中 目前 因为 所以".split()
)


# What each word is to a phrase, remembered (a build asks about every token of every text):
BREAK, INSIDE, EDGE = 0, 1, 2  # punctuation or space; a word only inside a phrase; a word it may end with
_KINDS: dict[str, int] = {}


def word_kind(word: str) -> int:
    """BREAK, INSIDE or EDGE: a word a phrase may start or end with has two characters or more and is neither a
    function word nor a number."""
    found = _KINDS.get(word)
    if found is None:
        if not WORDY.search(word):
            found = BREAK
        elif len(word) >= 2 and word.lower() not in _FUNCTION_WORDS and not word.isdigit():
            found = EDGE
        else:
            found = INSIDE
        _KINDS[word] = found
    return found


def _can_edge(word: str) -> bool:
    return word_kind(word) == EDGE


def _runs(tokens: list[str]) -> Iterable[list[str]]:
    """The words of `tokens` in runs that punctuation and spaces break."""
    run: list[str] = []
    for word in tokens:
        if WORDY.search(word):
            run.append(word)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _phrases(run: list[str], longest: int) -> Iterable[tuple[str, ...]]:
    """The phrases of one to `longest` words of `run` that start and end with a word that may."""
    for start, first in enumerate(run):
        if not _can_edge(first):
            continue
        length = 0
        for end in range(start, min(len(run), start + longest)):
            length += len(run[end])
            if length > MAX_ENTRY_CHARS:
                break
            if _can_edge(run[end]):
                yield tuple(run[start : end + 1])


def _scan(tokens: list[str], words: set[str], phrases: list[tuple[str, ...]]) -> None:
    """Add the words of `tokens` a phrase may start or end with to `words`, and its phrases of two and three
    words (within runs, as `_phrases` makes them) to `phrases`: one pass with no list per run, since every
    token of every body goes through here (1.2 ms an article with runs and generators, 0.5 ms so)."""
    kinds, limit = _KINDS, MAX_ENTRY_CHARS
    word1 = word2 = ""
    kind1 = kind2 = BREAK
    size1 = size2 = 0
    for word in tokens:
        kind = kinds.get(word)
        if kind is None:
            kind = word_kind(word)
        if kind == BREAK:
            kind1 = kind2 = BREAK
            continue
        size = len(word)
        if kind == EDGE:
            words.add(word)
            if kind1 == EDGE and size1 + size <= limit:
                phrases.append((word1, word))
            if kind2 == EDGE and kind1 != BREAK and size2 + size1 + size <= limit:
                phrases.append((word2, word1, word))
        word2, kind2, size2 = word1, kind1, size1
        word1, kind1, size1 = word, kind, size


@dataclass
class ArticleEntries:
    """One article's entries (each as its words): those of its title and headings, and all of them."""

    head: set[tuple[str, ...]] = field(default_factory=set)
    anywhere: set[tuple[str, ...]] = field(default_factory=set)


def head_entries(
    title: str, headings: Iterable[str], tokenize: Callable[[str], list[str]] = words
) -> set[tuple[str, ...]]:
    """The phrases of up to MAX_PHRASE_WORDS words of an article's title and heading paths (each as its words)."""
    found: set[tuple[str, ...]] = set()
    for text in dict.fromkeys([title, *headings]):
        for run in _runs(tokenize(text)) if text else ():
            found.update(_phrases(run, MAX_PHRASE_WORDS))
    return found


def article_entries(
    title: str, headings: Iterable[str], bodies: Iterable[str], tokenize: Callable[[str], list[str]] = words
) -> ArticleEntries:
    """The entries of an article given the texts its index documents hold (the title, each heading path,
    each section's body), segmented by `tokenize` (the words of a text's jieba tokens). A build worker counts the
    same entries on its numbered tokens (index/store/word_codes.py `EntryTally`)."""
    found = ArticleEntries(head=head_entries(title, headings, tokenize))
    edges, repeated = scanned(article_texts(title, headings, bodies), tokenize)
    found.anywhere = {(w,) for w in edges}
    found.anywhere.update(repeated)
    found.anywhere |= found.head
    return found


def article_texts(title: str, headings: Iterable[str], bodies: Iterable[str]) -> list[str]:
    """An article's distinct non-empty texts, in order: what its words and repeated phrases are read from."""
    return [text for text in dict.fromkeys([title, *headings, *bodies]) if text]


def scanned(texts: list[str], tokenize: Callable[[str], list[str]]) -> tuple[set[str], list[tuple[str, ...]]]:
    """The words of `texts` a phrase may start or end with, and the phrases of two and three words they hold
    twice or more: `_scan` over each text's tokens."""
    edges: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    for text in texts:
        _scan(tokenize(text), edges, phrases)
    return edges, [p for p, n in Counter(phrases).items() if n > 1]


def section_texts(docs: list[dict]) -> tuple[str, list[str], list[str]]:
    """(title, headings, bodies) of an article's index documents, as article_entries takes them."""
    return docs[0].get("title") or "", [d.get("heading") or "" for d in docs], [d.get("body") or "" for d in docs]
