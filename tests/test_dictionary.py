"""The domain's words shipped with the package and an operator's own: read, hashed, and kept whole by jieba."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from index.text import dictionary
from index.text.analysis import plain_tokenizer, segment, using
from index.text.dictionary import BUNDLED, DictionaryError, parse

ROOT = Path(__file__).resolve().parents[1]


def words(text: str) -> list[str]:
    return [w for w, _, _ in segment(text)]


@pytest.mark.parametrize("entry", dictionary.load().entries, ids=lambda e: e.word)
def test_every_bundled_word_is_one_jieba_cuts_and_the_dictionary_keeps_whole(entry: dictionary.Entry) -> None:
    assert len(plain_tokenizer().lcut(entry.word)) > 1, f"{entry.word} is in jieba's dictionary already: drop it"
    assert words(entry.word) == [entry.word]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("泉州网信办:凝聚强劲网动力", ["泉州", "网信办"]),
        ("加快发展数字经济,促进数字经济和实体经济深度融合", ["数字经济", "实体经济"]),
        ("推动社会工作 网上网下同频共振", ["网上网下", "同频共振"]),
        ("庆阳市积极融入东数西算工程", ["东数西算", "工程"]),
    ],
)
def test_bundled_words_stay_whole_in_a_sentence(sentence: str, expected: list[str]) -> None:
    assert all(word in words(sentence) for word in expected)


def test_the_bundled_list_states_its_provenance() -> None:
    header = BUNDLED.read_text(encoding="utf-8")
    assert "Provenance" in header and "seeds/000-004" in header


def test_a_user_dictionary_adds_words_in_jiebas_format_traditional_folded(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("# 注释\n數字甘肅 300 ns\n网信智库\n\n", encoding="utf-8")
    own = dictionary.load(str(path))
    assert [(e.word, e.freq, e.tag) for e in own.entries[-2:]] == [("数字甘肃", 300, "ns"), ("网信智库", None, None)]
    assert words("推进数字甘肃建设") == ["推进", "数字", "甘肃", "建设"]
    with using(own):
        assert words("推进数字甘肃建设") == ["推进", "数字甘肃", "建设"]


def test_the_hash_changes_with_the_words_not_with_comments(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("数字甘肃\n", encoding="utf-8")
    first = dictionary.load(str(path)).hash
    path.write_text("# the same word, now with a comment\n數字甘肅\n", encoding="utf-8")
    assert dictionary.load(str(path)).hash == first != dictionary.load().hash
    path.write_text("数字甘肃\n数字陇原\n", encoding="utf-8")
    assert dictionary.load(str(path)).hash != first


@pytest.mark.parametrize(
    ("text", "message"),
    [("数字甘肃 3.5\n", "line 1"), ("好词\n数字 甘肃 300 x y\n", "line 2")],
)
def test_a_malformed_line_is_refused_naming_it(text: str, message: str) -> None:
    with pytest.raises(DictionaryError, match=message):
        parse(text, "words.txt")


def test_a_missing_user_dictionary_is_a_one_line_cli_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "index", "build", str(ROOT / "seeds"), "--index-dir", str(tmp_path / "ix")]
        + ["--user-dict", str(tmp_path / "none.txt")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and done.stderr.startswith("error: cannot read the user dictionary")
    assert len(done.stderr.strip().splitlines()) == 1 and not (tmp_path / "ix" / "current").exists()
