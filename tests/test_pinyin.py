"""Pinyin: readings of Chinese words from pypinyin's data, Latin text split into syllables, runs read."""

from __future__ import annotations

import pytest
from conftest import SEEDS
from pypinyin import lazy_pinyin

from index.ingest.sources import read_sources
from index.settings import Settings
from index.text import readings
from index.text.analysis import segment


def test_readings_agree_with_pypinyin_on_every_word_of_the_seeds() -> None:
    seen = {w for raw in read_sources([SEEDS], Settings().max_file_bytes) for w, _, _ in segment(raw.text)}
    chinese = [w for w in seen if all("\u4e00" <= ch <= "\u9fff" for ch in w)]
    assert len(chinese) > 1000
    # 一都四区 is the one word read otherwise on purpose: pypinyin reads its 都 as in 都是 (dōu)
    assert [w for w in chinese if readings.reading(w) != lazy_pinyin(w)] == ["一都四区"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("重庆", "chong qing"), ("银行", "yin hang"), ("绿色", "lv se"), ("一都四区", "yi du si qu")],
)
def test_heteronyms_read_as_the_word_says(word: str, expected: str) -> None:
    assert " ".join(readings.reading(word)) == expected


def test_the_syllables_are_those_of_pypinyins_table_less_interjections() -> None:
    read = {r for found in readings.tables().readings.values() for r in found}
    assert read - {"hm", "hng", "m", "n", "ng"} == readings.SYLLABLES


def test_a_word_with_latin_letters_has_no_reading() -> None:
    assert readings.reading("5G基站") is None


@pytest.mark.parametrize(
    ("letters", "syllables"),
    [
        ("dongshuxisuan", ("dong", "shu", "xi", "suan")),
        ("qingyang", ("qing", "yang")),
        ("xian", ("xian",)),
        ("nvxing", ("nv", "xing")),
        ("lue", ("lve",)),
        ("apple", None),
        ("hmm", None),
        ("wlaq", None),
    ],
)
def test_latin_letters_split_into_syllables(letters: str, syllables: tuple | None) -> None:
    assert readings.split(letters) == syllables


@pytest.mark.parametrize(("letters", "expected"), [("wangl", True), ("dongshux", True), ("wlaq", False), ("q", True)])
def test_a_prefix_of_pinyin_is_told_from_initials(letters: str, expected: bool) -> None:
    assert readings.is_prefix(letters) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Dong Shu Xi Suan", "dongshuxisuan"), ("xi'an", "xian"), ("IPv6", None), ("网络", None), ("", None)],
)
def test_latin_text_is_folded_to_letters(text: str, expected: str | None) -> None:
    assert readings.latin(text) == expected


class Words:
    """A tiny index: 东数西算 and 西安 (and the Latin word `app`)."""

    def __contains__(self, key: str) -> bool:
        return key == "app"

    def sounding(self, letters: str) -> list[str]:
        return {"dongshuxisuan": ["东数西算"], "xian": ["西安"]}.get(letters, [])


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["dong", "shu", "xi", "suan"], (4, ["东数西算"])),
        (["dongshuxisuan", "网络"], (1, ["东数西算"])),
        (["xi", "an", "dong"], (2, ["西安"])),
        (["app"], None),
        (["APP", "xian"], None),
        (["5g"], None),
        (["shuju"], None),
    ],
)
def test_a_run_of_latin_words_reads_as_the_words_it_sounds_like(values: list[str], expected) -> None:
    assert readings.read_run(values, Words()) == expected
