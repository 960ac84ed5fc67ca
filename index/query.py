"""Query parsing: the user's text read into terms (words, phrases, exclusions) and Whoosh query trees that
index/evaluate.py runs over the postings."""

from __future__ import annotations

from dataclasses import dataclass, field

from whoosh import query as wq

from index.analysis import GRAM_JOINER, characters, gram, segment
from index.normalize import normalize_text
from index.pinyin import Readings, read_run
from index.request import QueryError
from index.rules import QUERY_STOPWORDS, QUESTION_WORDS
from index.schema import FIELD_BOOSTS

LONG_QUERY_WORDS = 5  # a query of more words than this is ranked by its words rather than requiring all
PHRASE_BOOST = 1.0  # weight of the exact-characters side of a word or run against its word matches


# Quote marks: a phrase opens at any of them and closes at the next, so reversed or mixed pairs
# (”角瓜“, “...") are read as the user meant them.
_QUOTES = frozenset('"“”「」『』')
_FULL_WIDTH_PARENS = {0xFF08: "(", 0xFF09: ")"}  # （网络 OR 安全） groups like (网络 OR 安全)


@dataclass
class Term:
    """One thing the user asked for: a word group (unquoted text) or an exact phrase."""

    text: str
    kind: str  # "words", "phrase" or "pinyin" (Latin letters read as the Chinese `words` they sound like)
    exclude: bool = False
    words: list[str] = field(default_factory=list)


@dataclass
class ParsedQuery:
    """The query as understood. An article matches when each clause matches one of its sections (the
    title counts in every section) and no section holds what is excluded."""

    normalized: str
    terms: list[Term]
    clauses: list[wq.Query]  # none: no text query (browse mode)
    mode: str  # "all" (every clause), "relaxed" (ranked by words; long queries) or "browse"
    exclude: wq.Query | None = None  # `-term` at the top level

    @property
    def needles(self) -> tuple[str, ...]:
        """Strings to highlight: the words and phrases that were asked for, not excluded ones. Function and
        question words (了, 哪个) are left out when anything else was asked for: marking every 了 of an
        article says nothing about why it matched, and would pull the snippet to wherever they cluster."""
        out = []
        for term in self.terms:
            if not term.exclude:
                out.extend([term.text, *term.words] if term.kind != "phrase" else [term.text])
        needles = tuple(dict.fromkeys(n for n in out if n))
        meaningful = tuple(n for n in needles if n not in QUERY_STOPWORDS)
        return meaningful or needles


def _lex(text: str) -> list[tuple[str, str]]:
    """Tokens (kind, value): phrase, lparen, rparen, or, not, word."""
    tokens: list[tuple[str, str]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in _QUOTES:
            end = next((j for j in range(i + 1, len(text)) if text[j] in _QUOTES), -1)
            if end == -1:
                raise QueryError(f"unbalanced quote {ch} in q: close the phrase with a matching quote")
            tokens.append(("phrase", text[i + 1 : end]))
            i = end + 1
        elif ch in "()":
            tokens.append(("lparen" if ch == "(" else "rparen", ch))
            i += 1
        elif (
            ch == "-"
            and (not tokens or text[i - 1].isspace() or text[i - 1] == "(")
            and i + 1 < len(text)
            and not text[i + 1].isspace()
        ):
            tokens.append(("not", ch))
            i += 1
        else:
            j = i
            while j < len(text) and not text[j].isspace() and text[j] not in _QUOTES and text[j] not in "()":
                j += 1
            word = text[i:j]
            tokens.append(("or", word) if word in ("OR", "|") else ("word", word))
            i = j
    return tokens


def _field_terms(word: str) -> list[wq.Query]:
    """`word` as a term of the title, heading and body, each with its BM25F weight."""
    return [wq.Term(name, word, boost=boost) for name, boost in FIELD_BOOSTS.items()]


def _word_query(word: str, alone: bool = False) -> wq.Query:
    """A jieba word: as a word in title, heading or body (ranked), or as characters in sequence (recall).

    A single character is looked up in the character field only when it is the whole term (`网`): as one
    of several words it would expand to every bigram it starts, at great cost for little recall.
    """
    parts: list[wq.Query] = _field_terms(word)
    if alone or len(characters(word)) > 1:
        parts.append(_chars_query(word, boost=PHRASE_BOOST))
    return wq.Or(parts)


def _chars_query(text: str, boost: float = 1.0) -> wq.Query:
    """The exact character sequence of `text` (punctuation aside), wherever jieba put its word boundaries:
    one bigram term for two characters, consecutive bigrams for more, a character for one (see analysis.grams)."""
    units = [unit.lower() for unit, _, _ in characters(text)]
    if len(units) == 1:
        unit = units[0]
        prefix = unit if len(unit) == 1 and not unit.isascii() else unit + GRAM_JOINER
        return wq.Or([wq.Term("grams", unit, boost=boost), wq.Prefix("grams", prefix, boost=boost)])
    terms = [gram(a, b) for a, b in zip(units, units[1:], strict=False)]
    if len(terms) == 1:
        return wq.Term("grams", terms[0], boost=boost)
    return wq.Phrase("grams", terms, boost=boost)


def words_of(text: str) -> list[str]:
    return [w.lower() for w, _, _ in segment(text)]


class _Parser:
    """Recursive descent over the tokens: AND of clauses; OR binds tighter; `-` excludes; parentheses group."""

    def __init__(self, tokens: list[tuple[str, str]], readings: Readings | None = None) -> None:
        self.tokens = tokens
        self.readings = readings
        self.at = 0
        self.terms: list[Term] = []
        self.operators = False

    def peek(self) -> str | None:
        return self.tokens[self.at][0] if self.at < len(self.tokens) else None

    def parse(self) -> tuple[list[wq.Query], wq.Query | None]:
        """(the clauses an article must all match, what excludes an article) for the whole query."""
        positives, negatives = self.conjunction(top=True)
        if self.peek() == "rparen":
            raise QueryError("unbalanced parenthesis in q: ')' without '('")
        return positives, (wq.Or(negatives) if negatives else None)

    def conjunction(self, top: bool = False):
        positives, negatives = [], []
        while self.peek() not in (None, "rparen"):
            negate = False
            if self.peek() == "not":
                self.at += 1
                negate = True
                self.operators = True
            node = self.disjunction(negate)
            if node is not None:
                (negatives if negate else positives).append(node)
        if not positives:
            if negatives:
                raise QueryError("q excludes terms but asks for none: add a word or phrase to look for")
            return ([], []) if top else None
        if top:
            return positives, negatives
        node = positives[0] if len(positives) == 1 else wq.And(positives)
        return wq.AndNot(node, wq.Or(negatives)) if negatives else node

    def disjunction(self, negate: bool) -> wq.Query | None:
        options = [self.primary(negate)]
        while self.peek() == "or":
            self.at += 1
            self.operators = True
            if self.peek() in (None, "rparen"):
                raise QueryError("OR needs a term on both sides")
            options.append(self.primary(negate))
        options = [o for o in options if o is not None]
        if not options:
            return None
        return options[0] if len(options) == 1 else wq.Or(options)

    def primary(self, negate: bool) -> wq.Query | None:
        kind, value = self.tokens[self.at]
        self.at += 1
        if kind == "lparen":
            self.operators = True
            node = self.conjunction()
            if self.peek() != "rparen":
                raise QueryError("unbalanced parenthesis in q: '(' without ')'")
            self.at += 1
            return node
        if kind == "rparen":
            raise QueryError("unbalanced parenthesis in q: ')' without '('")
        if kind == "or":
            raise QueryError("OR needs a term on both sides")
        text = normalize_text(value).strip().lower()
        if kind == "phrase":
            if not characters(text):
                return None
            self.terms.append(Term(text, "phrase", negate))
            return _chars_query(text)
        if (pinyin := self.pinyin(negate)) is not None:
            return pinyin
        words = words_of(text)
        if not words:
            return None
        self.terms.append(Term(text, "words", negate, words))
        return self.words_query(text, words)

    def pinyin(self, negate: bool) -> wq.Query | None:
        """The word just read, and Latin words after it, as pinyin standing for Chinese words of the index
        (index/pinyin.py): any of them matches, as a word group. None when they are not read so."""
        if self.readings is None:
            return None
        start, run = self.at - 1, []
        for kind, value in self.tokens[start:]:
            if kind != "word":
                break
            run.append(value)
        found = read_run(run, self.readings)
        if found is None:
            return None
        length, readings = found
        self.at = start + length
        self.terms.append(Term(" ".join(run[:length]).lower(), "pinyin", negate, readings))
        return wq.Or([self.words_query(r, words_of(r)) for r in readings])

    @staticmethod
    def words_query(text: str, words: list[str]) -> wq.Query:
        """An unspaced run (`东数西算工程`): all its jieba words, ranked higher when close together, or else
        its exact characters, for when the document's words were cut differently (网络安全宣传周 vs 宣传)."""
        if len(words) == 1:
            return _word_query(words[0], alone=True)
        words_only = [wq.Or(_field_terms(w)) for w in words]
        # a section holding the run as typed matches both sides and so ranks above one that scatters its words
        return wq.Or([wq.And(words_only), _chars_query(text, boost=PHRASE_BOOST)])


def parse_query(text: str, readings: Readings | None = None) -> ParsedQuery:
    """The Whoosh query for the user's text; QueryError for what cannot be parsed. With `readings` (the
    index's vocabulary), Latin words that are no words of the index but pinyin of some are read as those."""
    normalized = normalize_text(text).translate(_FULL_WIDTH_PARENS).strip()
    if not normalized:
        return ParsedQuery("", [], [], "browse")
    parser = _Parser(_lex(normalized), readings)
    clauses, exclude = parser.parse()
    if not clauses:
        return ParsedQuery(normalized, parser.terms, [], "browse")
    words = [w for t in parser.terms if t.kind == "words" and not t.exclude for w in t.words]
    parsed = ParsedQuery(normalized, parser.terms, clauses, "all", exclude)
    if not parser.operators and len(words) > LONG_QUERY_WORDS and all(t.kind == "words" for t in parser.terms):
        return _as_relaxed(parsed)
    if exclude is None and _is_question(normalized, words):
        return _as_relaxed(parsed)  # its answer rarely holds 什么 or 哪些, nor every other word it uses
    return parsed


def _is_question(text: str, words: list[str]) -> bool:
    """A question mark, or a question word standing as a word of its own (几 in 几个, not in 几乎)."""
    return "?" in text or "\uff1f" in text or any(w in QUESTION_WORDS for w in words)


def _as_relaxed(parsed: ParsedQuery) -> ParsedQuery:
    """`parsed` ranked as a long query by the content words of all its wanted terms, quoted ones included."""
    words = [w for t in parsed.terms if not t.exclude for w in (t.words if t.kind == "words" else words_of(t.text))]
    if not words:
        return parsed
    content = _content_words(words)
    per_word = [_word_query(w) for w in content]
    return ParsedQuery(parsed.normalized, parsed.terms, [_relaxed(content, per_word)], "relaxed")


def _content_words(words: list[str]) -> list[str]:
    """The words of a long query that carry meaning: each once, function and question words dropped."""
    return [w for w in dict.fromkeys(words) if w not in QUERY_STOPWORDS] or list(dict.fromkeys(words))


def _relaxed(content: list[str], per_word: list[wq.Query]) -> wq.Query:
    """A long, question-like query: BM25 over its content words (`per_word`, their queries), any of them
    matching, with a boost for documents that hold neighbouring words together."""
    parts: list[wq.Query] = list(per_word)
    for left, right in zip(content, content[1:], strict=False):
        parts.append(wq.Phrase("body", [left, right], slop=2, boost=0.5))
    return wq.Or(parts)
