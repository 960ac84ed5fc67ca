"""Hostile and odd input: arbitrary text through normalization and query parsing, and files that are too
big, too long, binary, truncated, in mixed encodings or looping through symlinks."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from index.ingest.sources import decode, read_sources
from index.search.query import parse_query
from index.search.request import QueryError, SearchRequest
from index.search.searcher import SearchIndex
from index.settings import Settings
from index.text.normalize import normalize_text

# Characters that have broken text handling elsewhere: combining marks, right-to-left text and marks, emoji
# with joiners and variation selectors, controls, BOM and zero-width characters, quotes and brackets of
# both widths, pinyin annotations, Traditional and full-width letters, surrogate-free astral characters.
ODD = (
    "\u0301\u0308\u20dd\u05d0\u05e9\u0627\u0644\u200f\u202e\u2066\U0001f600\U0001f469\u200d\U0001f4bb\ufe0f"
    "\x00\x01\x07\x1b\x7f\x85\u2028\u2029\ufeff\u200b\r\n\t "
    "\"'“”「」『』()（）[]【】-|ORANDNOT*?~^:"
    "對(duì)網（wǎng）ｄｕìＡＢ１２　网络安全庆阳東數西算"
    "\U00020000\U0002a700\uffff\ufffd"
)
odd_text = st.one_of(
    st.text(alphabet=ODD, max_size=80),
    st.text(max_size=80),
    st.tuples(st.sampled_from(list(ODD)), st.integers(1, 3000)).map(lambda pair: pair[0] * pair[1]),
    st.lists(st.sampled_from(["OR", "-", "(", ")", '"', "“", "「", "网络", "安全", " ", "|", "--"]), max_size=30).map(
        "".join
    ),
)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(odd_text)
@example("对(duì)(duì)")
@example("对(ｄuì)")
@example("\r\r\n")
def test_normalize_text_never_raises_and_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert isinstance(once, str)
    assert normalize_text(once) == once


@FAST
@given(odd_text)
@example('"')
@example("(")
@example(")")
@example("-")
@example("OR")
@example("a OR")
@example("-网络")
@example("「网络")
@example("( ) OR ( )")
@example("(" * 5000 + "网络")
@example("打飞机”“乳交”究竟算不算…")
def test_parse_query_reads_any_text_without_raising(text: str) -> None:
    parsed = parse_query(text)
    assert parsed.mode in ("search", "browse")
    assert (not parsed.units) == (parsed.mode == "browse")


@settings(max_examples=60, deadline=None)
@given(odd_text)
def test_search_answers_any_query_within_the_length_limit(seed_search: SearchIndex, text: str) -> None:
    try:
        result = seed_search.search(SearchRequest(q=text))
    except QueryError as error:
        assert error.param == "q" and len(text) > Settings().max_query_chars
        return
    assert result.total >= 0


# ---------------------------------------------------------------- files

GB18030_TEXT = "庆阳市网信办开展网络安全宣传周活动\n\n本次活动在庆阳市举行,网信工作人员向群众讲解个人信息保护知识。\n"
BIG5_TEXT = "泉州市網信辦舉辦網絡安全講座\n\n講座在泉州舉行,介紹了個人資訊保護的重要性與網絡安全知識。\n"
UTF8_TEXT = "西安市网信办召开数据安全工作会议\n\n会议在西安召开,部署数据安全和网络安全工作。\n"


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """One real build (a subprocess, so a hang fails instead of blocking) over a folder of odd files."""
    base = tmp_path_factory.mktemp("hostile")
    src = base / "src"
    src.mkdir()
    (src / "ok.txt").write_bytes((SEEDS / "000_c729cffc91d33526.txt").read_bytes())
    with open(src / "huge.txt", "wb") as handle:  # 50 MB of real text
        line = ("网络安全宣传周活动在庆阳举行。" * 20 + "\n").encode("utf-8")
        handle.write(line * (50 * 1024 * 1024 // len(line) + 1))
    (src / "lines.txt").write_text("十万行的文件\n\n" + "短句，\n" * 100_000, encoding="utf-8")
    (src / "nul.txt").write_bytes("网络安全".encode() + b"\x00\x00\x01binary\x00" * 100)
    (src / "gb.txt").write_bytes(GB18030_TEXT.encode("gb18030"))
    (src / "big5.txt").write_bytes(BIG5_TEXT.encode("big5"))
    (src / "utf8.txt").write_bytes(b"\xef\xbb\xbf" + UTF8_TEXT.encode("utf-8"))
    # cut in the middle of the last character (the texts end in a Chinese full stop)
    (src / "truncated_gb.txt").write_bytes(("兰州市网信办" + GB18030_TEXT.strip()).encode("gb18030")[:-1])
    (src / "truncated_utf8.txt").write_bytes(("银川市网信办" + UTF8_TEXT.strip()).encode("utf-8")[:-1])
    (src / "sub").mkdir()
    (src / "sub" / "inner.txt").write_text(UTF8_TEXT.replace("西安", "宝鸡"), encoding="utf-8")
    os.symlink("..", src / "sub" / "loop")  # sub/loop -> src: a cycle
    os.symlink(".", src / "self")  # src/self -> src
    os.symlink("b.txt", src / "a.txt")  # a file symlink loop
    os.symlink("a.txt", src / "b.txt")
    os.symlink("missing.txt", src / "dangling.txt")
    index_dir = base / "ix"
    run = subprocess.run(
        [sys.executable, "-m", "index", "build", str(src), "--index-dir", str(index_dir), "--procs", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return src, index_dir, run.stdout


def _skips(report: str) -> dict[str, str]:
    out = {}
    for line in report.splitlines():
        if line.startswith("skipped "):
            path, _, reason = line[len("skipped ") :].partition(": ")
            out[Path(path).name] = reason
    return out


def test_a_file_over_the_size_limit_is_skipped_with_the_limit_named(hostile_build) -> None:
    _, _, report = hostile_build
    assert Settings().max_file_bytes < 50 * 1024 * 1024
    assert "SEARCH_MAX_FILE_BYTES" in _skips(report)["huge.txt"]
    assert "too large" in _skips(report)["huge.txt"]


def test_the_size_limit_is_read_from_the_environment(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_text(UTF8_TEXT, encoding="utf-8")
    limit = str(len(UTF8_TEXT.encode()) - 1)
    run = subprocess.run(
        [sys.executable, "-m", "index", "build", str(small), "--index-dir", str(tmp_path / "index")],
        cwd=ROOT,
        env=os.environ | {"SEARCH_MAX_FILE_BYTES": limit},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert f"skipped {small}: file too large" in run.stdout and f"SEARCH_MAX_FILE_BYTES={limit}" in run.stdout


def test_binary_files_are_skipped_and_the_build_goes_on(hostile_build) -> None:
    _, index_dir, report = hostile_build
    assert "binary" in _skips(report)["nul.txt"]
    assert SearchIndex(index_dir).article("ok") is not None


def test_a_file_of_a_hundred_thousand_tiny_lines_is_indexed(hostile_build) -> None:
    _, index_dir, report = hostile_build
    assert "lines.txt" not in _skips(report)
    article = SearchIndex(index_dir).article("lines")
    assert article is not None and article.title == "十万行的文件"


@pytest.mark.parametrize(
    ("article_id", "query"),
    [("gb", "庆阳"), ("big5", "泉州"), ("utf8", "西安"), ("sub/inner", "宝鸡")],
)
def test_mixed_encodings_in_one_folder_are_each_decoded(hostile_build, article_id: str, query: str) -> None:
    _, index_dir, _ = hostile_build
    hits = SearchIndex(index_dir).search(SearchRequest(q=f'"{query}" 网络安全', per_page=50)).hits
    assert article_id in {hit.id for hit in hits}


def test_big5_text_is_searchable_in_simplified(hostile_build) -> None:
    _, index_dir, _ = hostile_build
    article = SearchIndex(index_dir).article("big5")
    assert article.title == "泉州市网信办举办网络安全讲座"


@pytest.mark.parametrize(("article_id", "query"), [("truncated_gb", "兰州"), ("truncated_utf8", "银川")])
def test_a_truncated_multibyte_sequence_at_the_end_loses_only_that_character(
    hostile_build, article_id: str, query: str
) -> None:
    _, index_dir, report = hostile_build
    assert f"{article_id}.txt" not in _skips(report)
    hits = SearchIndex(index_dir).search(SearchRequest(q=f'"{query}市网信办"')).hits
    assert [hit.id for hit in hits] == [article_id]


def test_symlink_loops_end_and_each_real_file_is_indexed_once(hostile_build) -> None:
    _, index_dir, report = hostile_build
    skips = _skips(report)
    assert "a.txt" in skips and "b.txt" in skips and "dangling.txt" in skips
    assert all("unreadable" in skips[name] for name in ("a.txt", "b.txt", "dangling.txt"))
    hits = SearchIndex(index_dir).search(SearchRequest(q='"宝鸡"', per_page=50)).hits
    assert [hit.id for hit in hits] == ["sub/inner"]
    assert "duplicate id" not in report


@pytest.mark.parametrize(
    "data",
    [
        "网络安全".encode("gb18030")[:-1],
        "網絡安全".encode("big5")[:-1],
        "网络安全".encode()[:-1],
        b"\xff" * 100,
        b"\x81",
        "网络".encode("utf-16"),
        b"   \n\t ",
        b"\x00",
    ],
)
def test_decode_returns_text_or_a_reason(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except ValueError as error:
        assert str(error)
    else:
        assert encoding in ("utf-8", "utf-16", "gb18030", "big5") and text


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_decode_never_raises_anything_but_value_error(data: bytes) -> None:
    with contextlib.suppress(ValueError):
        decode(data)


def test_reading_a_folder_that_is_a_symlink_loop_ends(tmp_path: Path) -> None:
    os.symlink("loop", tmp_path / "loop")  # a symlink to itself
    assert [item.reason for item in read_sources([tmp_path / "loop"], Settings().max_file_bytes)] == [
        "no such file or folder"
    ]
