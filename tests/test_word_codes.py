"""A build worker's numbered tokens give the word fields and the vocabulary exactly what the token-by-token path
gives them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.store import word_codes
from index.store.phrases import article_entries, scanned
from index.store.schema import build_schema
from index.store.tally import Counts, Tally
from index.store.word_codes import EntryTally, WordCodes
from index.text.analysis import tokens, word_terms
from index.text.normalize import normalize_text

_TEXTS = st.text(alphabet=st.sampled_from(list("网络安全宣传周在兰州数字经济的和aBZz059 \n，。-．㑇")), max_size=60)


@settings(max_examples=80, deadline=None)
@given(text=_TEXTS)
def test_coded_word_terms_are_the_word_analyzers_terms_and_positions(text: str) -> None:
    text = normalize_text(text)
    expected = [(t.text, t.pos) for t in build_schema()["body"].analyzer(text, positions=True)]
    codes = WordCodes()
    assert codes.word_terms(text).pairs() == expected == word_terms(text)


def _entries(codes: WordCodes, texts: list[str]) -> tuple[set[str], list[tuple[str, ...]]]:
    found = codes.decode(codes.entry_codes(texts))
    return {words[0] for words in found if len(words) == 1}, [words for words in found if len(words) > 1]


@settings(max_examples=50, deadline=None)
@given(texts=st.lists(_TEXTS, max_size=3))
def test_an_articles_words_and_repeated_phrases_are_those_the_token_scan_finds(texts: list[str]) -> None:
    texts = [t for t in dict.fromkeys(normalize_text(t) for t in texts) if t]
    words, phrases = _entries(WordCodes(), texts)
    expected_words, expected_phrases = scanned(texts, lambda text: [word for word, _, _ in tokens(text)])
    assert words == expected_words
    assert sorted(phrases) == sorted(expected_phrases)


def test_a_phrase_is_never_read_across_two_texts_of_an_article() -> None:
    """网络安全 ends the title and the heading, 宣传 opens the heading and the body: run together, the article would
    hold 网络安全宣传 twice."""
    texts = ["加强网络安全", "宣传推进。加强网络安全", "宣传推进"]
    assert ("网络安全", "宣传") in _entries(WordCodes(), ["".join(texts)])[1]
    assert ("网络安全", "宣传") not in _entries(WordCodes(), texts)[1]


def test_numbers_outlive_an_article_and_its_remembered_texts_do_not() -> None:
    codes = WordCodes()
    first = codes.word_terms("网络安全宣传周").codes.tolist()
    codes.clear()
    assert codes.word_terms("网络安全 宣传周").codes.tolist() == first  # the same words, the same numbers
    codes.clear()
    assert codes.word_terms("兰州数字经济").pairs() == word_terms("兰州数字经济")


def _counted(counts: Counts) -> dict[str, tuple]:
    shown = {counts.keys[i]: form for i, form in counts.displays.items()}
    columns = zip(counts.keys, counts.head.tolist(), counts.docs.tolist(), counts.pinyin, counts.initials, strict=True)
    return {key: (shown.get(key, key), *rest) for key, *rest in columns}


_ARTICLES = st.lists(
    st.tuples(_TEXTS, st.lists(_TEXTS, max_size=2), st.lists(_TEXTS, min_size=1, max_size=3)), min_size=1, max_size=5
)


def _articles_read_alone(articles: list) -> dict[str, tuple]:
    tally = Tally()
    for title, headings, bodies in articles:
        tally.add(article_entries(title, headings, bodies))
    return _counted(tally.counts())


@settings(max_examples=20, deadline=None)
@given(articles=_ARTICLES)
def test_the_build_counts_the_same_entries_as_its_articles_read_alone(articles: list) -> None:
    articles = [
        (normalize_text(t), [normalize_text(h) for h in hs], [normalize_text(b) for b in bs]) for t, hs, bs in articles
    ]
    tally = EntryTally(WordCodes())
    for article in articles:
        tally.add(*article)
    assert _counted(tally.counts()) == _articles_read_alone(articles)


def test_a_heading_phrase_of_four_words_is_counted_as_read_alone() -> None:
    articles = [("网络安全宣传周在兰州开幕", ["兰州网络安全宣传周"], ["网络安全宣传周在兰州开幕，网络安全宣传周"])] * 2
    tally = EntryTally(WordCodes())
    for article in articles:
        tally.add(*article)
    counted = _counted(tally.counts())
    assert counted == _articles_read_alone(articles)
    assert any(len(tokens(key)) == 4 for key in counted)


def test_articles_are_counted_alike_once_the_word_numbers_no_longer_fit_a_code(monkeypatch) -> None:
    """With four bits a word number, the codes hold 14 words: the articles after those are read word by word."""
    monkeypatch.setattr(word_codes, "_BITS", 4)
    articles = [
        ("网信办部署清朗行动", ["一、总体要求"], ["网信办部署清朗行动。网信办部署清朗行动，压实责任"]),
        ("兰州数字经济发展大会", [], ["兰州数字经济发展大会召开，数字经济发展大会"]),
        ("甘肃开展网络安全宣传周活动", ["二、工作安排"], ["网络安全宣传周期间，甘肃开展网络安全宣传周活动"]),
        ("网信办部署清朗行动", [], ["清朗行动压实平台主体责任，清朗行动"]),
    ]
    codes = WordCodes()
    tally = EntryTally(codes)
    for article in articles:
        tally.add(*article)
    assert len(codes.words) >= 15  # the later articles went word by word
    assert _counted(tally.counts()) == _articles_read_alone(articles)
