"""Query parsing: any text, as people type and paste it, read into what to look for.

Nothing here refuses a query: an unmatched quote or bracket, a lone `OR`, `NOT` or `-` (`AND` and `NOT` read as other
engines read them), empty quotes, brackets nested too deep are read in the most useful way and the reading says so
(`ParsedQuery.notes`). The result is a list of `Unit`s, each one thing an article should hold (a word of the text, an
exact phrase, or an operator group), with the Whoosh query that finds and scores it; extra scorers (`boosts`) for
sections that hold the words together; and what excludes an article. index/search/searcher.py ranks articles that
hold every required unit first (see `Unit.required`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal, NamedTuple

from whoosh import query as wq

from index.search.function_pinyin import written_out
from index.search.pinyin_words import words_in_a_row
from index.search.question_frames import framed
from index.search.ranking import Ranking
from index.search.respell import Correction
from index.text.aliases import Aliases, Found
from index.text.analysis import Span, characters, gram, in_dictionary, segment
from index.text.lexicon import QUERY_STOPWORDS
from index.text.normalize import normalize_text
from index.text.readings import Readings, latin, read_run

MAX_DEPTH = 8  # brackets nested deeper than this are read as if absent (the parser recurses once a level)
BOTH_FORMS = 0.25  # what an alias's other form counts for in a section holding the form typed (`_any_form`)
NEEDLE_RUN_CHARS = 40  # a longer run is highlighted by its words: one 450-character alternative costs ~80 ms

# Quote marks. Any of them closes an open phrase, so mixed pairs (“...") read as the user meant them; only
# these open one, so a lone closing mark in a pasted headline (打飞机”“乳交”…) never swallows the rest.
_OPENING_QUOTES = frozenset('"“「『')
QUOTE_MARKS = '"“”「」『』'
_QUOTES = frozenset(QUOTE_MARKS)
_APART_BEFORE = frozenset("(-")  # what may stand before a phrase's opening quote (`-“a”`), besides a space
_APART_AFTER = frozenset(')“「『"')  # and after its closing one (`“a”“b”`: the next must stand apart too)
_FULL_WIDTH_PARENS = {0xFF08: "(", 0xFF09: ")"}  # （网络 OR 安全） groups like (网络 OR 安全)

# Headline furniture, found on the text as typed: a column tag in brackets before it (【关注】, [视频]), a
# site name after a separator (_新浪网, -中国新闻网, | 人民网), a picture tag after it ((图), （组图）).
# Its words still score but are never required.
_FURNITURE = (
    re.compile(r"^\s*[【\[［〔](?P<f>[^】\]］〕]{1,8})[】\]］〕]"),
    re.compile(r"(?<=\S)\s*(?:_{1,2}|[|｜]|\s-{1,2}\s|\s?—{1,2}\s?|-)\s*(?P<f>[^\s_|｜—\-\"“”「」『』]{2,14})\s*$"),
    re.compile(r"(?<=\S)\s*[(（\[【](?P<f>[^)）\]】]{1,4})[)）\]】]\s*$"),
)
FURNITURE_LEAVES = 6  # furniture is only what stands beside a headline of at least this many characters


@dataclass
class Term:
    """One thing the text asked for, as read: a run of words, an exact phrase or an operator group."""

    text: str
    kind: Literal["words", "phrase", "group", "pinyin"]
    """An unquoted run of words, a phrase set apart in quotes (exact, required in every hit), an operator group
    (`a OR b`, `( )`), or `pinyin`: Latin letters that are no word of the index but split into pinyin syllables
    (`dongshuxisuan`, `dong shu xi suan`), read as the Chinese words of the index that sound so; any matches."""
    exclude: bool = False  # `-term`: no hit holds it
    optional: bool = False  # headline furniture (`【关注】`, `_新浪网`, `(图)`): scored, never required
    words: list[str] = field(default_factory=list)
    """jieba's words of `text` (for a group: the words and phrases inside it; for `pinyin`, the words it was
    read as, most common first)."""
    also: list[str] = field(default_factory=list)
    """For `words`: what stretches of it were read as besides (aliases: 工业和信息化部 for 工信部; the word likely
    intended for a slip; Chinese words for pinyin inside the text); an article holding any form holds the stretch."""


@dataclass
class Unit:
    """One thing an article should hold. `required` units decide whether an article holds everything that
    was asked (matched "all"); `strict` ones (explicit phrases) must hold in every hit, partial or not."""

    label: str
    query: wq.Query
    required: bool = True
    strict: bool = False
    word: str | None = None  # for a unit that is one word of the text: that word
    gram: str | None = None  # for a unit that is one character bigram of the text: that bigram


@dataclass
class ParsedQuery:
    normalized: str
    terms: list[Term] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    boosts: list[wq.Query] = field(default_factory=list)  # score sections holding the words together
    exclusions: list[Unit] = field(default_factory=list)  # `-term`: drops every article holding it
    notes: list[str] = field(default_factory=list)  # how the text was read, where it was not plain
    corrections: list[Correction] = field(default_factory=list)  # words read as a likely intended one as well

    @property
    def exclude(self) -> wq.Query | None:
        """What drops an article: any of the exclusions."""
        if len(self.exclusions) <= 1:
            return self.exclusions[0].query if self.exclusions else None
        return wq.Or([u.query for u in self.exclusions])

    @property
    def mode(self) -> str:
        """`search`, or `browse` when the text asks for nothing: the filters (or everything), newest first."""
        return "search" if self.units else "browse"

    @property
    def needles(self) -> tuple[str, ...]:
        """Strings to highlight: the words and phrases asked for, not excluded ones. Function and question
        words (了, 哪个) are left out when anything else was asked for: marking every 了 of an article says
        nothing about why it matched, and would pull the snippet to wherever they cluster."""
        out = []
        for term in self.terms:
            if term.exclude:
                continue
            if term.kind == "words":  # a run as typed, unless it is a pasted paragraph: then its words
                out.extend(([term.text] if len(characters(term.text)) <= NEEDLE_RUN_CHARS else []) + term.words)
                out.extend(term.also)
            else:  # a phrase as typed; a group's words and phrases; the Chinese words pinyin stood for
                out.extend([term.text] if term.kind == "phrase" else term.words)
        needles = tuple(dict.fromkeys(n for n in out if n))
        meaningful = tuple(n for n in needles if n not in QUERY_STOPWORDS)
        return meaningful or needles


def words_of(text: str) -> list[str]:
    """jieba's words of `text`, lower-cased, punctuation dropped."""
    return [w.lower() for w, _, _ in segment(text)]


_HAN = re.compile(r"[\u4e00-\u9fff]+")
GLUED = 4  # Chinese characters from which a word jieba's HMM made and the index never holds is taken apart
_NONE_YET = 1 << 62  # the rarest count of no word at all


def spans_of(text: str, readings: Readings | None) -> list[Span]:
    """jieba's words of `text` with their offsets; with `readings` (the index's vocabulary), a word of GLUED
    Chinese characters or more that is no word of jieba's dictionary nor of the index, and that is words of the index
    end to end, as those words: the HMM glues words it does not know (卫健委新冠, from 卫健委 and 新冠; 卫健委对, from
    卫健委 and the 对 after it), and the glued word, found nowhere, left `卫健委新冠` with no hit and its alias
    unread."""
    spans = segment(text)
    if readings is None:
        return spans
    out: list[Span] = []
    for word, start, end in spans:
        pieces = None
        if len(word) >= GLUED and _HAN.fullmatch(word) and not in_dictionary(word) and word not in readings:
            pieces = _pieces(word, readings)
        if pieces:
            at = start
            for piece in pieces:
                out.append((word[at - start : at - start + len(piece)], at, at + len(piece)))
                at += len(piece)
        else:
            out.append((word, start, end))
    return out


def _pieces(word: str, readings: Readings) -> list[str] | None:
    """`word` as the fewest words of the index of two characters or more end to end, one character besides at
    either end (the HMM joins a name it does not know to the character after it: 卫健委对, 卫健委日; tuning
    halves, benchmarks/evalsets.py: abbreviation-check 0.5874 -> 0.5880, abbreviation-fresh2 0.3816 -> 0.3906,
    typo-fresh2 0.6959 -> 0.6963, headline, lead and typo unchanged), of those the one whose rarest word the
    index holds most often (卫健委 + 新冠, not 卫健 + 委新冠; 卫健委 + 对, not 卫健 + 委对); None when it is none."""
    best: list[tuple[int, int, int, list[str]] | None] = [(0, 0, _NONE_YET, [])] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(0, end):
            before, piece = best[start], word[start:end]
            single = len(piece) == 1
            if before is None or (single and start not in (0, len(word) - 1)):
                continue
            if not single and piece not in readings:
                continue
            rarest = before[2] if single else min(readings.count(piece), before[2])
            found = (before[0] + 1, before[1] + single, rarest, [*before[3], piece])
            if best[end] is None or (found[0], -found[2]) < (best[end][0], -best[end][2]):
                best[end] = found
    last = best[len(word)]
    return last[3] if last and len(last[3]) > 1 and last[1] < len(last[3]) else None


# ---------------------------------------------------------------- reading the text into tokens


class Token(NamedTuple):
    kind: str  # phrase, lparen, rparen, or, not, word
    value: str
    start: int  # where it stands in the text, for the reading of groups
    end: int


def _furniture(text: str) -> tuple[str, list[str]]:
    """`text` without its headline furniture, and the furniture's texts."""
    found = []
    for pattern in _FURNITURE:
        match = pattern.search(text)
        if not match or match.group("f").isdigit() or not words_of(match.group("f")):
            continue
        rest = text[: match.start()] + " " + text[match.end() :]
        if len(characters(rest)) >= FURNITURE_LEAVES:
            found.append(match.group("f"))
            text = rest
    return text.strip(), found


def _lex(text: str, notes: list[str]) -> list[Token]:
    """The tokens of `text`; never fails. What it reads otherwise than as written (unmatched quotes and
    brackets, nesting beyond MAX_DEPTH, empty quotes) is added to `notes`."""
    tokens: list[Token] = []
    depth = dropped = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in _QUOTES and _stands_apart(text, i, after_phrase=bool(tokens) and tokens[-1][::3] == ("phrase", i)):
            end = next(j for j in range(i + 1, len(text)) if text[j] in _QUOTES)
            if characters(text[i + 1 : end]):
                tokens.append(Token("phrase", text[i + 1 : end], i, end + 1))
            else:
                notes.append(f"ignored the empty quotes {ch}{text[end]}")
            i = end + 1
        elif ch in _QUOTES and _unmatched(text, i):
            notes.append(f"ignored the unmatched quote {ch}")
            i += 1
        elif ch == "(":
            if depth >= MAX_DEPTH:
                dropped += 1
            else:
                tokens.append(Token("lparen", ch, i, i + 1))
                depth += 1
            i += 1
        elif ch == ")":
            if dropped:
                dropped -= 1
            elif depth:
                tokens.append(Token("rparen", ch, i, i + 1))
                depth -= 1
            else:
                notes.append("ignored an unmatched )")
            i += 1
        elif ch == "-" and (i == 0 or text[i - 1].isspace() or text[i - 1] == "("):
            dashes = len(text[i:]) - len(text[i:].lstrip("-"))
            if i + dashes < len(text) and not text[i + dashes].isspace():
                tokens.append(Token("not", "-", i, i + dashes))
            else:
                notes.append("ignored a - with nothing to exclude")
            i += dashes
        else:
            j = i + 1
            while j < len(text) and not text[j].isspace() and text[j] not in "()" and not _stands_apart(text, j):
                j += 1
            word = text[i:j]
            if word == "AND":  # `网信 AND 泉州`, as other engines take it: every word is required anyway
                notes.append("read AND as every word required, as without it")
            elif word == "NOT":  # `网信 NOT 泉州`: the `-` of engines that spell it out
                if text[j:].strip():
                    tokens.append(Token("not", word, i, j))
                else:
                    notes.append("ignored a NOT with nothing to exclude")
            else:
                tokens.append(Token("or" if word == "OR" else "word", word, i, j))
            if any(c in _QUOTES for c in text[i:j]):
                notes.append(f"read the quote marks in {text[i:j]} as the text's own punctuation")
            i = j
    if dropped:
        notes.append(f"read brackets nested deeper than {MAX_DEPTH} as if absent")
    if depth:
        notes.append("closed an unmatched ( at the end")
        tokens.extend([Token("rparen", ")", len(text), len(text))] * depth)
    return tokens


def _stands_apart(text: str, at: int, after_phrase: bool = False) -> bool:
    """Whether the quote mark at `at` opens a phrase the user set apart: at the start or after a space, a
    bracket, a dash or right after a phrase that stood apart, and closed by a quote that ends the text or
    stands before a space, a bracket or another quote.
    Quote marks inside a run of text (中国首例“虚假申报型”操纵…) are the pasted text's own punctuation."""
    before = at == 0 or after_phrase or text[at - 1].isspace() or text[at - 1] in _APART_BEFORE
    if text[at] not in _OPENING_QUOTES or not before:
        return False
    end = next((j for j in range(at + 1, len(text)) if text[j] in _QUOTES), -1)
    return end != -1 and (end + 1 == len(text) or text[end + 1].isspace() or text[end + 1] in _APART_AFTER)


def _unmatched(text: str, at: int) -> bool:
    """Whether the quote mark at `at` pairs with nothing: an opening mark with no quote after it, or a
    closing one at the start of a word."""
    if text[at] in _OPENING_QUOTES and text[at] != '"':
        return not any(c in _QUOTES for c in text[at + 1 :])
    if text[at] == '"':
        return text.count('"', at + 1) == 0 and not any(c in _QUOTES for c in text[at + 1 :])
    return at == 0 or text[at - 1].isspace()


# ---------------------------------------------------------------- tokens into clauses


@dataclass
class _Group:
    """An operator clause (`a OR b`, `(a -b)`): its section-level query tree and the words inside it. A
    bracket holding no operator (`(抗击新冠肺炎)重庆…`, pasted text) is `plain`: its terms count as if
    written without the brackets."""

    query: wq.Query
    words: list[str]
    plain: list[Term] | None = None


class _Parser:
    """Recursive descent over the tokens: AND of clauses; OR binds tighter; `-` excludes; parentheses
    group. An operator without an operand is dropped (and noted); the lexer bounds the nesting."""

    def __init__(
        self,
        tokens: list[Token],
        ranking: Ranking,
        notes: list[str],
        readings: Readings | None,
        spell: Spell | None = None,
    ) -> None:
        self.tokens = tokens
        self.ranking = ranking
        self.notes = notes
        self.readings = readings
        self.spell = spell
        self.at = 0

    def peek(self) -> str | None:
        return self.tokens[self.at].kind if self.at < len(self.tokens) else None

    def clauses(self) -> list[tuple[bool, Term | _Group, int, int]]:
        """The top level: (excluded?, what, start, end) per clause, where `what` is a plain Term (a run of
        words or a phrase) or an operator group."""
        out = []
        while self.at < len(self.tokens):
            start = self.tokens[self.at].start
            negate = self._negation()
            node = self.disjunction(negate)
            if node is not None:
                out.append((negate, node, start, self.tokens[self.at - 1].end))
        return out

    def _negation(self) -> bool:
        negate = False
        while self.peek() == "not":
            self.at += 1
            negate = True
        return negate

    def disjunction(self, negate: bool) -> Term | _Group | None:
        options: list[Term | _Group] = []
        while self.peek() not in (None, "rparen"):
            if self.peek() == "or":
                self.at += 1
                self.notes.append("ignored an OR with no term before it")
                continue
            option = self.primary(negate)
            if option is not None:
                options.append(option)
            if self.peek() != "or":
                break
            self.at += 1
            if self.peek() in (None, "rparen"):
                self.notes.append("ignored an OR with no term after it")
        if len(options) <= 1:
            return options[0] if options else None
        return _Group(wq.Or([self.tree(o) for o in options]), [w for o in options for w in _words(o)])

    def primary(self, negate: bool) -> Term | _Group | None:
        token = self.tokens[self.at]
        self.at += 1
        if token.kind == "lparen":
            group = self.conjunction()
            self.at += 1  # its rparen: the lexer balances them
            return group
        if token.kind == "not":  # `a OR -b`: an exclusion cannot be an alternative; read b
            self.notes.append("ignored a - inside an OR")
            return self.primary(negate) if self.peek() not in (None, "rparen", "or") else None
        if token.kind == "rparen":
            return None
        text = normalize_text(token.value).strip().lower()
        if token.kind == "phrase":
            return Term(text, "phrase", negate) if characters(text) else None
        if (pinyin := self.pinyin(negate)) is not None:
            return pinyin
        words = [w.lower() for w, _, _ in spans_of(text, self.readings)]
        return Term(text, "words", negate, words=words) if words else None

    def pinyin(self, negate: bool) -> Term | None:
        """The word just read, and Latin words after it, as pinyin standing for Chinese words of the index
        (index/text/readings.py): any of them matches. None when they are not read so."""
        if self.readings is None:
            return None
        start, run = self.at - 1, []
        for token in self.tokens[start:]:
            if token.kind != "word":
                break
            run.append(token.value)
        found = read_run(run, self.readings)
        if found is None and self.spell is not None:
            found = _two_syllables(run, self.readings, self.spell)
        if found is None:
            return None
        length, readings = found
        self.at = start + length
        return Term(" ".join(run[:length]).lower(), "pinyin", negate, words=readings)

    def conjunction(self) -> _Group | None:
        """Inside brackets: every clause (OR binding tighter), `-` excluding within the group."""
        positives, negatives, words = [], [], []
        plain: list[Term] | None = []
        while self.peek() not in (None, "rparen"):
            negate = self._negation()
            node = self.disjunction(negate)
            if node is not None:
                (negatives if negate else positives).append(self.tree(node))
                words.extend([] if negate else _words(node))
                inner = [node] if isinstance(node, Term) else node.plain
                plain = plain + inner if plain is not None and inner is not None and not negate else None
        if not positives:
            if negatives:
                self.notes.append("ignored a group that only excludes")
            return None
        query = positives[0] if len(positives) == 1 else wq.And(positives)
        return _Group(wq.AndNot(query, wq.Or(negatives)) if negatives else query, words, plain)

    def tree(self, node: Term | _Group) -> wq.Query:
        """A clause as one section-level query tree (inside groups, a run matches in one section)."""
        if isinstance(node, _Group):
            return node.query
        if node.kind == "phrase":
            return chars_query(node.text)
        if node.kind == "pinyin":
            return pinyin_query(node.words, self.ranking)
        return run_query(node.text, node.words, self.ranking)


def _two_syllables(values: list[str], readings: Readings, spell: Spell) -> tuple[int, list[str]] | None:
    """The first one or two words of `values` as two pinyin syllables no word of the index sounds like, read
    as the pair of characters `spell` finds (`kao pu` as 靠谱, which the index writes but its vocabulary does
    not list), with how many words were read; None when they are not, or are a Latin word of the index."""
    run: list[str] = []
    for value in values[:2]:
        if (letters := latin(value)) is None:
            break
        run.append(letters)
    if not run or run[0] in readings:
        return None
    for length in range(len(run), 0, -1):
        joined = "".join(run[:length])
        if joined not in readings and (word := spell(joined)):
            return length, [word]
    return None


def _exclusion(parser: _Parser, node: Term | _Group) -> wq.Query:
    """What `-node` drops. A run of one word is dropped wherever its characters occur: its word terms would
    find a subset of those sections, so one posting list is read instead of four (159 excluded characters
    read 640 lists and took 1.5 s on the 10.6k corpus, 160 lists and ~0.4 s this way)."""
    if isinstance(node, Term) and node.kind == "words" and len(node.words) <= 1:
        return chars_query(node.text)
    return parser.tree(node)


def _words(node: Term | _Group) -> list[str]:
    """What to highlight for a clause: a phrase's text, a run's text and words, a group's words, the words
    pinyin stood for."""
    if isinstance(node, _Group) or node.kind == "pinyin":
        return node.words
    return [node.text] if node.kind == "phrase" else [node.text, *node.words]


# ---------------------------------------------------------------- terms into Whoosh queries


def field_terms(word: str, ranking: Ranking) -> list[wq.Query]:
    """`word` as a term of the title, heading and body, each with its BM25F weight."""
    return [wq.Term(name, word, boost=boost) for name, boost in ranking.field_boosts.items()]


def word_query(word: str, ranking: Ranking, alone: bool = False) -> wq.Query:
    """A jieba word: as a word in title, heading or body (ranked), or as characters in sequence (recall,
    where the document's words were cut differently: 宣传 inside 宣传周).

    A single character is looked up in the character field only when it is the whole query (`网`): as one
    of several words, the character inside other words (的 in 目的) would add noise, not recall.
    """
    parts: list[wq.Query] = field_terms(word, ranking)
    if alone or len(characters(word)) > 1:
        parts.append(chars_query(word, boost=ranking.chars_boost))
    return wq.Or(parts)


def chars_query(text: str, boost: float = 1.0) -> wq.Query:
    """The exact character sequence of `text` (punctuation aside), wherever jieba put its word boundaries:
    one bigram term for two characters, consecutive bigrams for more (see analysis.grams); a character (or
    ASCII run) alone is one term of the character field."""
    units = [unit.lower() for unit, _, _ in characters(text)]
    if len(units) == 1:
        return wq.Term("chars", units[0], boost=boost)
    return bigram_run("grams", text, boost)


def bigram_run(field: str, text: str, boost: float = 1.0) -> wq.Query | None:
    """`text`'s consecutive characters as a bigram field (`grams`, `title_grams`) holds them: one term for two
    characters, a phrase of bigrams for more; None under two."""
    terms = bigrams(text)
    if len(terms) == 1:
        return wq.Term(field, terms[0], boost=boost)
    return wq.Phrase(field, terms, boost=boost) if terms else None


def run_query(text: str, words: list[str], ranking: Ranking) -> wq.Query:
    """An unspaced run inside a group (`(东数西算 OR 网信)`): all its words in one section, or its exact
    characters (for where the document's words were cut differently)."""
    if len(words) == 1:
        return word_query(words[0], ranking, alone=True)
    return wq.Or([wq.And([wq.Or(field_terms(w, ranking)) for w in words]), chars_query(text, ranking.chars_boost)])


def pinyin_query(readings: list[str], ranking: Ranking) -> wq.Query:
    """Latin letters read as pinyin: any of the Chinese words of the index they sound like."""
    return wq.Or([run_query(r, words_of(r), ranking) for r in readings])


# ---------------------------------------------------------------- the whole query


def without_quotes(text: str) -> str:
    """`text` with its quote marks as spaces: the same words, no phrase set apart (what an empty page whose
    query quoted a phrase offers to search instead)."""
    return text.translate({ord(c): " " for c in QUOTE_MARKS}).strip()


Speller = Callable[[str, list[Span]], list[Correction]]  # a query's runs (apart by spaces) and words -> slips
Spell = Callable[[str], str | None]  # two pinyin syllables no word of the index sounds like -> the characters meant
Contract = Callable[[str, tuple[str, ...]], str | None]  # a short form no article writes, the others -> its phrase


@dataclass(frozen=True)
class _Alternative:
    """A stretch of a run (`start`:`end` of its text) that is one unit of the query, held in any of `forms`
    (text, weight): an alias's forms, a typed word and the one likely intended, Chinese words for pinyin."""

    start: int
    end: int
    forms: tuple[tuple[str, float], ...]
    kind: str  # "pinyin", "alias" or "correction"


def parse_query(
    text: str,
    ranking: Ranking | None = None,
    readings: Readings | None = None,
    aliases: Aliases | None = None,
    speller: Speller | None = None,
    held: Callable[[str], int] | None = None,
    spell: Spell | None = None,
    articles: int = 0,
    contract: Contract | None = None,
) -> ParsedQuery:
    """The reading of any text; never raises (the request's length limit is checked before). With `readings` (the
    index's vocabulary), Latin words that are no words of the index but pinyin of some are read as those, alone or
    inside Chinese text, and with `spell` two syllables no word sounds like as the characters it finds (`kao pu`
    as 靠谱, index/search/respell.py's `spelled`); with `aliases`, a name in any of its forms
    (index/text/aliases.py); with `speller`, a typed word and the word it likely stands for
    (index/search/respell.py). With `held` (how many sections hold some text), a name read in its other forms is
    not scored by the typed form's bigrams unless
    the index writes the typed form more often than the others (`_commonest`: 新冠肺炎, 社保): its unit scores
    the typed characters already, and their bigrams counted them a second time, for the articles writing the
    typed form only. Tuning halves, the other forms scored only where the typed one is not (`_any_form` at 0):
    the bigrams dropped where the index writes the typed form less often than the others (as before) against
    unless it writes it more often, abbreviation 0.8105 and abbreviation-check 0.6797 against, with BOTH_FORMS,
    0.8069 and 0.7086; dropped always, 0.8219 and 0.7129, but the test halves of typo-fuzzy, typo-check,
    typo-fresh and mixed-check each lost a query's rank where the typed form is the articles' own (新冠肺炎, 社保)."""
    ranking = ranking or Ranking()
    notes: list[str] = []
    normalized = normalize_text(text).translate(_FULL_WIDTH_PARENS).strip()
    body, furniture = _furniture(normalized)
    body = written_out(body, readings, held, notes)  # index/search/function_pinyin.py
    if furniture:
        notes.append(f"read {' '.join(furniture)} as headline furniture: scored, not required")
    parser = _Parser(_lex(body, notes), ranking, notes, readings, spell)
    parsed = ParsedQuery(normalized, notes=notes)
    runs: list[Term] = []
    for negate, node, start, end in _spliced(parser.clauses()):
        if isinstance(node, _Group):
            words = list(dict.fromkeys(node.words))  # `泉州 OR 庆阳`: each once, though a run gives text and words
            parsed.terms.append(Term(body[start:end], "group", negate, words=words))
        else:
            parsed.terms.append(node)
        if negate:
            parsed.exclusions.append(Unit(body[start:end], _exclusion(parser, node)))
        elif isinstance(node, _Group):
            parsed.units.append(Unit(body[start:end], node.query))
        elif node.kind == "phrase":
            parsed.units.append(Unit(node.text, chars_query(node.text), strict=True))
        elif node.kind == "pinyin":
            parsed.units.append(Unit(node.text, pinyin_query(node.words, ranking)))
            notes.append(f"read the pinyin {node.text} as {'、'.join(node.words)}")
        else:
            runs.append(node)
    found = [_alternatives(run, readings, aliases, parsed, spell) for run in runs]
    if speller is not None:
        _slips(runs, found, speller, parsed)
    if contract is not None and held is not None:
        _short_forms(runs, found, contract, held, parsed)
    alternatives = [alts for alts, _ in found]
    share = (lambda word: held(word) / articles) if held is not None and articles else None
    parsed.units.extend(_word_units(runs, alternatives, ranking, notes, readings, share))
    soft = _respelled(runs, alternatives)
    aliased = [alt for found in alternatives for alt in found if alt.kind == "alias"]
    inside = {g for alt in aliased if not _commonest(alt, readings, held) for g in bigrams(alt.forms[0][0])}
    parsed.units.extend(unit for unit in _gram_units(soft, ranking) if unit.gram not in inside)
    for text in furniture:
        words = words_of(text)
        parsed.terms.append(Term(text, "words", optional=True, words=words))
        parsed.units.extend(_furniture_unit(w, readings, ranking, notes) for w in dict.fromkeys(words))
    parsed.boosts = _boosts(soft, ranking)
    if not parsed.units and parsed.exclusions:
        notes.append("nothing to look for besides the exclusions: every other article")
    elif not parsed.units and normalized and not notes:  # `*`, `?`, an emoji: say why every article comes
        notes.append(f"no word to look for in {normalized}: every article, newest first")
    return parsed


def _furniture_unit(word: str, readings: Readings | None, ranking: Ranking, notes: list[str]) -> Unit:
    """A word of headline furniture, scored and not required; a Latin word of it that is pinyin of words of the
    index read as those (`賭_校園活動網_Xinlang財經`: 新浪, as inside the headline's text), and noted."""
    found = read_run([word], readings) if readings is not None and latin(word) else None
    if found is None:
        return Unit(word, word_query(word, ranking), required=False)
    notes.append(f"read the pinyin {word} as {'、'.join(found[1])}")
    return Unit(word, pinyin_query(found[1], ranking), required=False)


def _commonest(alt: _Alternative, readings: Readings | None, held: Callable[[str], int] | None) -> bool:
    """Whether the index writes an alias's typed form more often than all its other forms together, as both its
    words (`readings`: a name not one word of the vocabulary counts none) and the sections holding each form's
    characters in a row (`held`, an upper bound for words in a row) say."""
    if readings is None or held is None:
        return False
    words = [readings.count(form) if form in readings else 0 for form, _ in alt.forms]
    sections = [held(form) for form, _ in alt.forms]
    return words[0] > sum(words[1:]) and sections[0] > sum(sections[1:])


def _spliced(clauses: list[tuple[bool, Term | _Group, int, int]]) -> list[tuple[bool, Term | _Group, int, int]]:
    """The clauses with each plain bracket (no operator inside) replaced by its terms."""
    out = []
    for negate, node, start, end in clauses:
        if isinstance(node, _Group) and node.plain is not None and not negate:
            out.extend((False, term, start, end) for term in node.plain)
        else:
            out.append((negate, node, start, end))
    return out


def _alternatives(
    run: Term, readings: Readings | None, aliases: Aliases | None, parsed: ParsedQuery, spell: Spell | None = None
) -> tuple[list[_Alternative], list[Span]]:
    """The stretches of `run` read in other forms besides, never overlapping, in this order of trust: a Latin
    word inside Chinese text that is pinyin of words of the index (and no Latin word of it), or of two
    characters the index writes often (`spell`), a name of the
    alias table (its ends on jieba's word boundaries: 北大 is not inside 东北大学). Each is noted in `parsed` and
    its forms are added to the run's highlighted words. Besides, the run's words no stretch took: where a likely
    slip of pinyin input may be (`_slips`)."""
    spans = spans_of(run.text, readings)
    bounds = {at for _, start, end in spans for at in (start, end)}
    out: list[_Alternative] = []
    taken: set[int] = set()

    def add(start: int, end: int, forms: list[tuple[str, float]], kind: str, note: str) -> None:
        out.append(_alternative(run, start, end, forms, kind, note, parsed))
        taken.update(range(start, end))

    if readings is not None and len(spans) > 1:
        for word, start, end in spans:
            letters, before, after = _pinyin_part(word, readings)
            if letters and (found := read_run([letters], readings)):
                add(
                    start,
                    end,
                    [(before + w + after, 1.0) for w in found[1]],
                    "pinyin",
                    f"read the pinyin {letters} as {'、'.join(found[1])}",
                )
            elif (
                letters
                and letters not in readings
                and (row := words_in_a_row(letters, readings) or (spell is not None and spell(letters)))
            ):
                add(start, end, [(before + row + after, 1.0)], "pinyin", f"read the pinyin {letters} as {row}")
    for alias in aliases.find(run.text) if aliases else []:
        apart = alias.start in bounds and alias.end in bounds
        if (apart or _glued(alias, spans, readings)) and not taken & set(range(alias.start, alias.end)):
            forms = [(alias.text, 1.0), *((other, 1.0) for other in alias.others)]
            add(alias.start, alias.end, forms, "alias", f"{alias.text} also as {'、'.join(alias.others)}")
    return out, [span for span in spans if not taken & set(range(span[1], span[2]))]


def _glued(alias: Found, spans: list[Span], readings: Readings | None) -> bool:
    """Whether a Chinese name of the alias table stands inside words jieba's HMM made of it and its neighbours,
    words of neither jieba's dictionary nor the index (`西乌旗市监局` is 西乌 + 旗市 + 监局: 市监局 after a
    banner's name): the name is what was typed there. A word either knows stops it (上交所 of 上交所得税: 所得税
    is a word), as does a Latin form (cia of social)."""
    if readings is None or not _HAN.fullmatch(alias.text):
        return False
    cut = [w for w, start, end in spans if start < alias.start < end or start < alias.end < end]
    return bool(cut) and not any(in_dictionary(w) or w in readings for w in cut)


def _alternative(
    run: Term, start: int, end: int, forms: list[tuple[str, float]], kind: str, note: str, parsed: ParsedQuery
) -> _Alternative:
    """A stretch of `run` read in other `forms` as well, noted in `parsed`, its forms highlighted with the run."""
    run.also.extend(f for f, _ in forms if f != run.text[start:end])
    parsed.notes.append(note)
    return _Alternative(start, end, tuple(forms), kind)


def _slips(
    runs: list[Term], found: list[tuple[list[_Alternative], list[Span]]], speller: Speller, parsed: ParsedQuery
) -> None:
    """Each run's likely slips of pinyin input, added to its alternatives (`found`: each run's, and its words no
    alternative took). The speller reads every run at once, apart by spaces, so that a candidate is weighed by
    the query's other words wherever they stand (`假使 酒精`: 驾驶 meets 酒精, 假使 does not): a stretch never
    spans two runs."""
    joined, spans, shifts = "", [], []
    for run, (_, free) in zip(runs, found, strict=True):
        shifts.append(len(joined))
        spans.extend((word, start + len(joined), end + len(joined)) for word, start, end in free)
        joined += run.text + " "
    fixes = speller(joined, spans)
    for run, shift, (alternatives, _) in zip(runs, shifts, found, strict=True):
        stretches: dict[tuple[int, int], list[Correction]] = {}
        for fix in fixes:
            if shift <= fix.start < shift + len(run.text):
                fix = replace(fix, start=fix.start - shift, end=fix.end - shift)
                parsed.corrections.append(fix)
                stretches.setdefault((fix.start, fix.end), []).append(fix)
        for (start, end), made in stretches.items():
            words = "、".join(f.intended for f in made)
            note = f"did you mean {words}: {made[0].typed} read as {words} as well"
            forms = [(made[0].typed, 1.0), *((f.intended, f.weight) for f in made)]
            alternatives.append(_alternative(run, start, end, forms, "correction", note, parsed))
        alternatives.sort(key=lambda a: a.start)


SHORT_FORM = (2, 4)  # characters of a stretch read as a short form (`_short_forms`)
KNOWN = 3  # a word held by this many sections is one the index knows, never part of a short form


def _short_forms(
    runs: list[Term],
    found: list[tuple[list[_Alternative], list[Span]]],
    contract: Contract,
    held: Callable[[str], int],
    parsed: ParsedQuery,
) -> None:
    """Each stretch of consecutive words no other reading took that no section holds, made of single characters
    and words the index does not know (`非瘟`, which jieba cuts 非 + 瘟), read as the phrase it contracts as well,
    as `contract` finds it (index/search/contracted.py) beside the query's other words the index holds."""
    context = tuple(
        dict.fromkeys(w for run in runs for w in run.words if len(w) > 1 and w not in QUERY_STOPWORDS and held(w))
    )
    for run, (alternatives, free) in zip(runs, found, strict=True):
        taken = {at for alt in alternatives for at in range(alt.start, alt.end)}
        spans = [s for s in free if not taken & set(range(s[1], s[2]))]
        weak = [_HAN.fullmatch(w) is not None and (len(w) == 1 or held(w) < KNOWN) for w, _, _ in spans]
        i = 0
        while i < len(spans):
            read = None
            for j in range(len(spans), i, -1):
                start, end = spans[i][1], spans[j - 1][2]
                stretch = run.text[start:end]
                if (
                    not SHORT_FORM[0] <= len(stretch) <= SHORT_FORM[1]
                    or not all(weak[i:j])
                    or any(spans[k][2] != spans[k + 1][1] for k in range(i, j - 1))
                    or held(stretch)
                ):
                    continue
                others = tuple(w for w in context if w not in stretch)
                if phrase := contract(stretch, others):
                    note = f"read {stretch} as the short form of {phrase} as well"
                    forms = [(stretch, 1.0), (phrase, 1.0)]
                    read = (j, _alternative(run, start, end, forms, "alias", note, parsed))
                    break
            if read is None:
                i += 1
                continue
            i, alternative = read
            alternatives.append(alternative)
        alternatives.sort(key=lambda a: a.start)


_LETTERS_AND_DIGITS = re.compile(r"(\d*)([a-z]+)(\d*)")


def _pinyin_part(word: str, readings: Readings) -> tuple[str | None, str, str]:
    """The letters of a word that may be pinyin inside Chinese text, and the digits jieba joined to them
    before and after (中国minhangju6项: `minhangju` and `6`); None for a word the index holds (ipv6, 5g)."""
    if latin(word):
        return word, "", ""
    match = _LETTERS_AND_DIGITS.fullmatch(word)
    if not match or not (match.group(1) or match.group(3)) or word in readings:
        return None, "", ""
    return match.group(2), match.group(1), match.group(3)


def _respelled(runs: list[Term], alternatives: list[list[_Alternative]]) -> list[Term]:
    """The runs as the soft scorers (bigrams, words together) read them: each run as typed, and beside it the
    run with each slip and pinyin word written as the (first) word read for it, so that an article that writes
    诈骗案 scores for the run 诈偏案 as it would for 诈骗案. A run whose only other readings are pinyin is read as
    respelled alone: its Latin letters are no word of the index, and scoring its other words twice (once in
    each run) weighed them above the word the pinyin stood for (mixed tuning half: as typed 0.8107, the
    pinyin written in Chinese 0.8157)."""
    out = []
    for run, found in zip(runs, alternatives, strict=True):
        text, shift = run.text, 0
        for alt in found:
            typed = run.text[alt.start : alt.end]
            form = next((f for f, _ in alt.forms if f != typed), None)
            if form is None or alt.kind == "alias":
                continue  # an alias's other forms are matched by its unit, not scored as the run's text
            text = text[: alt.start + shift] + form + text[alt.end + shift :]
            shift += len(form) - len(typed)
        if text == run.text or any(alt.kind == "correction" for alt in found):
            out.append(run)
        if text != run.text:
            out.append(Term(text, "words", words=words_of(text)))
    return out


def _word_units(
    runs: list[Term],
    alternatives: list[list[_Alternative]],
    ranking: Ranking,
    notes: list[str],
    readings: Readings | None = None,
    share: Callable[[str], float] | None = None,
) -> list[Unit]:
    """Each distinct content word of the unquoted runs, as a unit, and each stretch read in other forms as one
    unit that any of them satisfies. Function and question words (的, 什么) are left out unless nothing else
    was asked: an answer rarely holds 什么. (A very long text keeps its `ranking.max_words` rarest words; the
    search decides which, by their document frequency.)"""
    covered, stretches = set(), []
    for run, found in zip(runs, alternatives, strict=True):
        for alt in found:
            stretches.append((run.text[alt.start : alt.end], alt))
        spans = spans_of(run.text, readings)
        inside = [(w, s, e) for w, s, e in spans if any(a.start <= s and e <= a.end for a in found)]
        covered.update(w.lower() for w, _, _ in inside)
    words = list(dict.fromkeys(w for run in runs for w in run.words if w not in covered))
    content = [w for w in words if w not in QUERY_STOPWORDS] or ([] if stretches else words)
    if len(content) < len(words):
        notes.append(f"left out function words: {' '.join(w for w in words if w not in content)}")
    slips = {label for label, alt in stretches if alt.kind == "correction" and _function_slip(alt)}
    if slips and (content or len(slips) < len(stretches)):
        notes.append(f"left out slips of function words: {' '.join(slips)}")
        stretches = [(label, alt) for label, alt in stretches if label not in slips]
    alone = len(content) + len(stretches) == 1 and len(runs) == 1
    loose = {w for w in content if _loose(w, ranking)}
    frame = {w for run in runs for w in framed(run.words, share)} & set(content) if share is not None else set()
    if frame and (stretches or not loose | frame >= set(content)):
        notes.append(f"read {' '.join(w for w in content if w in frame)} as the question's frame: scored, not required")
        loose |= frame
    if loose == set(content) and not stretches:
        loose = set()
    units = [Unit(w, word_query(w, ranking, alone=alone), required=w not in loose, word=w) for w in content]
    for label, alt in dict((label, alt) for label, alt in stretches).items():
        if alt.kind == "correction" and not _function_slip(alt):  # 意个 as 亿个, not 一个: no evidence
            alt = replace(alt, forms=tuple(f for f in alt.forms if f is alt.forms[0] or f[0] not in QUERY_STOPWORDS))
        units.append(Unit(label, _any_form(alt, ranking)))
    return units


def _function_slip(alt: _Alternative) -> bool:
    """Whether every word a slip was read as is a function word (身么 as 什么, 这羊 as 这样): left out as the
    function word typed right is, not required as a rare stretch. A slip read as a function word and as
    another word besides (意个 as 一个 and 亿个) stays a unit of its other readings (`_word_units`): with 一个
    in it, held everywhere, the unit held in nearly every article and 开车 意个 可以 lost its article (3 -> none,
    typo-fresh2 tuning half)."""
    return all(form in QUERY_STOPWORDS for form, _ in alt.forms[1:])


def _any_form(alt: _Alternative, ranking: Ranking) -> wq.Query:
    """Any of a stretch's forms. For an alias, a section holding the form typed scores its other forms at
    BOTH_FORMS only: an article's evidence for the name counts about once, not once a form (an article writing
    香港特别行政区（香港特区） outscored, for 香港特区, one writing 香港特区 twice; the articles writing both, the
    short form in brackets or further on, were the ones above the answer). Tuning halves of
    benchmarks/evalsets.py (our search and metric as benchmarks/relevance.py has them), with the typed form's
    bigrams as parse_query says: abbreviation 0.7808 -> 0.8069, abbreviation-check 0.6436 -> 0.7086,
    abbreviation-fresh 0.7381 -> 0.7745, abbreviation-fresh2 0.4328 -> 0.4685, furnished 0.8146 and mixed-check
    0.7870 unchanged; at 0 (the other forms never where the typed one is) furnished fell to 0.8119 (赣深高铁…:
    its article writes 高铁 and 高速铁路), at 0.5 abbreviation-check was 0.7059 against 0.7129 at 0.25.
    An article is scored by its best form and `ranking.other_forms` of its others (figures in
    index/search/ranking.py): added up, an article writing 卫生健康委员会 and 卫生健康委 counted 卫健委 twice, each
    form as its words and as its characters, and outranked the answer for 卫健委感染者病例."""
    parts = [form_query(f, ranking, w) for f, w in alt.forms]
    if alt.kind != "alias":
        return wq.DisjunctionMax(parts, tiebreak=ranking.other_forms)
    typed = alt.forms[0][0]
    out = [parts[0]]
    for (form, weight), part in zip(alt.forms[1:], parts[1:], strict=True):
        beside = wq.And([form_query(form, ranking, weight * BOTH_FORMS), chars_query(typed, boost=0.0)])
        out += [wq.AndNot(part, chars_query(typed)), beside]
    best = wq.DisjunctionMax([out[0], *out[1::2]], tiebreak=ranking.other_forms)
    return wq.Or([best, *out[2::2]])  # the best form; beside the typed one, the others as before


def form_query(form: str, ranking: Ranking, weight: float = 1.0) -> wq.Query:
    """One form of a stretch (an alias, a word likely intended): its word, or its words in one section or its
    exact characters, scored at `weight`."""
    words = words_of(form)
    found = word_query(words[0], ranking, alone=True) if len(words) == 1 else run_query(form, words, ranking)
    found.boost = weight
    return found


def _gram_units(runs: list[Term], ranking: Ranking) -> list[Unit]:
    """Each distinct character bigram of the unquoted runs, scored (at `gram_boost`) but never required:
    a soft match for the words a document spells with other word boundaries (证券市场 against 证券 and 市场
    apart), as a bigram index would. A long text keeps its `max_grams` rarest (the search picks them)."""
    if not ranking.gram_boost:
        return []
    grams = dict.fromkeys(g for run in runs for g in bigrams(run.text))
    return [Unit(g, wq.Term("grams", g, boost=ranking.gram_boost), required=False, gram=g) for g in grams]


def bigrams(text: str) -> list[str]:
    """The bigram terms of `text`'s consecutive characters (and ASCII runs), as the grams field holds them."""
    units = [unit.lower() for unit, _, _ in characters(text)]
    return [gram(a, b) for a, b in zip(units, units[1:], strict=False)]


def _loose(word: str, ranking: Ranking) -> bool:
    """Whether a word is scored but not required: a number (1-4月 is written 1至4月, 一至四月) or, with
    `ranking.min_required_chars`, a Chinese word shorter than that (jieba leaves single characters where it
    knows no word: 另, 建, 曝)."""
    return word.isdigit() or (not word.isascii() and len(word) < ranking.min_required_chars)


def _boosts(runs: list[Term], ranking: Ranking) -> list[wq.Query]:
    """Scorers for sections that hold a run's words as typed: its exact characters (runs up to
    `max_run_chars`), and pairs of neighbouring content words within `pair_slop` positions in the body, each pair
    once (a typed run and its respelling share all but the respelled words': typo tuning half 0.8238 -> 0.8246,
    test half unchanged)."""
    out: list[wq.Query] = []
    seen: set[tuple[str, str]] = set()
    for run in runs:
        content = [w for w in run.words if w not in QUERY_STOPWORDS]
        if len(run.words) > 1 and ranking.run_boost and len(characters(run.text)) <= ranking.max_run_chars:
            out.append(chars_query(run.text, boost=ranking.run_boost))
        if ranking.pair_boost:
            pairs = list(zip(content, content[1:], strict=False))[: ranking.max_pairs]
            pairs = [pair for pair in pairs if pair not in seen]  # the typed run's and its respelling's once
            seen.update(pairs)
            out.extend(
                wq.Phrase("body", list(pair), slop=ranking.pair_slop, boost=ranking.pair_boost) for pair in pairs
            )
    return out
