"""A build worker's numbered tokens give the word fields and the vocabulary exactly what the token-by-token path
gives them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.store.phrases import article_entries, scanned
from index.store.schema import build_schema
from index.store.word_codes import WordCodes
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


@settings(max_examples=50, deadline=None)
@given(texts=st.lists(_TEXTS, max_size=3))
def test_an_articles_words_and_repeated_phrases_are_those_the_token_scan_finds(texts: list[str]) -> None:
    texts = [t for t in dict.fromkeys(normalize_text(t) for t in texts) if t]
    codes = WordCodes()
    words, phrases = codes.entries(texts)
    expected_words, expected_phrases = scanned(texts, tokens)
    assert words == expected_words
    assert sorted(phrases) == sorted(expected_phrases)


def test_a_phrase_is_never_read_across_two_texts_of_an_article() -> None:
    """网络安全 ends the title and the heading, 宣传 opens the heading and the body: run together, the article would
    hold 网络安全宣传 twice."""
    texts = ["加强网络安全", "宣传推进。加强网络安全", "宣传推进"]
    assert ("网络安全", "宣传") in WordCodes().entries(["".join(texts)])[1]
    assert ("网络安全", "宣传") not in WordCodes().entries(texts)[1]


def test_numbers_outlive_an_article_and_its_remembered_texts_do_not() -> None:
    codes = WordCodes()
    first = codes.word_terms("网络安全宣传周").codes.tolist()
    codes.clear()
    assert codes.word_terms("网络安全 宣传周").codes.tolist() == first  # the same words, the same numbers
    codes.clear()
    assert codes.word_terms("兰州数字经济").pairs() == word_terms("兰州数字经济")


def test_the_build_counts_the_same_entries_as_an_article_read_alone() -> None:
    title, headings = "网信办部署清朗行动", ["一、总体要求"]
    bodies = ["网信办部署清朗行动。网信办部署清朗行动，压实责任"]
    codes = WordCodes()
    assert article_entries(title, headings, bodies, codes, codes.entries) == article_entries(title, headings, bodies)
