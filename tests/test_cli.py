"""The command line, run as a user runs it: `python -m index build|search`."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from index.__main__ import main
from index.shards import PARALLEL_MIN_INPUTS
from index.store.generations import build_lock
from index.store.segment_writer import AnalysedSegmentWriter

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "index", *args], capture_output=True, text=True, timeout=120)


def test_build_prints_a_report_and_search_prints_hits_with_sections(tmp_path: Path) -> None:
    built = run("build", str(SEEDS), "--index-dir", str(tmp_path / "ix"), "--procs", "1")
    assert built.returncode == 0, built.stderr
    assert built.stdout.startswith("added 5, updated 0, removed 0, unchanged 0, skipped 0")
    assert all(line.startswith("build: ") for line in built.stderr.splitlines())  # progress, off a terminal

    found = run("search", "--index-dir", str(tmp_path / "ix"), "--region", "庆阳", "东数西算")
    assert found.returncode == 0
    assert "庆阳:擎旗奋进汇聚正能量" in found.stdout
    assert "§ 加快信息化 赋能促发展" in found.stdout
    assert "【东数西算】" in found.stdout


def test_search_json_is_the_api_payload(seed_index_dir: Path) -> None:
    result = run("search", "--index-dir", str(seed_index_dir), "--json", "网络安全", "--region", "甘肃")
    payload = json.loads(result.stdout)
    assert payload["total"] == 1 and payload["query"]["filters"] == {"province": "甘肃省"}
    assert "\\u" not in result.stdout


def test_a_bad_parameter_is_a_message_and_a_nonzero_exit(seed_index_dir: Path) -> None:
    result = run("search", "--index-dir", str(seed_index_dir), "--date-from", "2023-13", "网络")
    assert result.returncode == 2
    assert result.stderr.startswith("error: date_from: date_from has no month 13")
    assert "Traceback" not in result.stderr


def test_a_stray_quote_is_read_and_said_so(seed_index_dir: Path) -> None:
    result = run("search", "--index-dir", str(seed_index_dir), "“东数西算")
    assert result.returncode == 0
    assert "note: ignored the unmatched quote “" in result.stdout and "庆阳:擎旗奋进汇聚正能量" in result.stdout


def test_missing_index_is_a_message_and_a_nonzero_exit(tmp_path: Path) -> None:
    result = run("search", "--index-dir", str(tmp_path / "none"), "网络")
    assert result.returncode == 1
    assert "no index in" in result.stderr and "Traceback" not in result.stderr


def test_building_a_missing_source_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    result = run("build", str(SEEDS), str(tmp_path / "nowhere"), "--index-dir", str(tmp_path / "ix"))
    assert result.returncode == 2
    assert result.stderr.startswith("error: no such file or folder:") and "nowhere" in result.stderr
    assert result.stderr.count("\n") == 1 and "give the files, folders or .jsonl files to index" in result.stderr
    assert not (tmp_path / "ix").exists()


def test_reprints_lists_the_groups_largest_first_and_writes_them_as_json(
    reprint_index_dir: Path, tmp_path: Path
) -> None:
    result = run("reprints", "--index-dir", str(reprint_index_dir), "--json", str(tmp_path / "groups.json"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "3 reprint groups, 6 articles in them"
    assert "2 copies: 庆阳:擎旗奋进汇聚正能量" in lines
    assert any(line.startswith("  2023-01-10  新甘肃  [000_c729cffc91d33526]") for line in lines)
    groups = json.loads((tmp_path / "groups.json").read_text(encoding="utf-8"))["groups"]
    assert sorted(len(group) for group in groups) == [2, 2, 2]
    assert {"id", "title", "source", "date"} == set(groups[0][0])


def test_search_names_a_hits_reprints_and_can_list_every_copy(reprint_index_dir: Path) -> None:
    collapsed = run("search", "--index-dir", str(reprint_index_dir), "东数西算")
    assert collapsed.stdout.startswith("1 articles") and "另有 1 家转载: 新甘肃 [" in collapsed.stdout
    every = run("search", "--index-dir", str(reprint_index_dir), "--all-copies", "东数西算")
    assert every.stdout.startswith("2 articles") and "转载" not in every.stdout


def test_reprints_of_a_missing_index_is_a_message_and_a_nonzero_exit(tmp_path: Path) -> None:
    result = run("reprints", "--index-dir", str(tmp_path / "none"))
    assert result.returncode == 1 and "no index in" in result.stderr and "Traceback" not in result.stderr


# ---------------------------------------------------------------- a build that cannot write: one line, exit 2


def _one_line_and_the_index_intact(result, index_dir: Path, *expected: str) -> None:
    assert result.returncode == 2
    messages = [line for line in result.stderr.splitlines() if not line.startswith("build: ")]  # progress aside
    assert len(messages) == 1 and messages[0].startswith("error: "), result.stderr
    assert all(text in result.stderr for text in expected), result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    found = run("search", "--index-dir", str(index_dir), "--json", "东数西算")
    assert [hit["id"] for hit in json.loads(found.stdout)["hits"]] == ["000_c729cffc91d33526"]


def test_a_read_only_index_folder_is_one_line_and_exit_2(tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    assert run("build", str(SEEDS), "--index-dir", str(index_dir), "--procs", "1").returncode == 0
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "new.txt").write_text("新文章\n\n商洛市网信办开展网络安全宣传周活动。", encoding="utf-8")
    index_dir.chmod(0o555)
    # root writes anywhere; without CAP_DAC_OVERRIDE it is held to the folder's mode like anyone
    as_user = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
    if as_user and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv to give up CAP_DAC_OVERRIDE")
    try:
        result = subprocess.run(
            [
                *as_user,
                sys.executable,
                "-m",
                "index",
                "build",
                str(SEEDS),
                str(tmp_path / "more"),
                "--index-dir",
                str(index_dir),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        index_dir.chmod(0o755)
    _one_line_and_the_index_intact(
        result, index_dir, "permission denied", str(index_dir), "run as a user who may write"
    )


def test_a_full_disk_in_a_build_worker_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """The forked workers write the segments: their OSError crosses the pool as itself, not as a traceback."""
    source, index_dir = tmp_path / "src", tmp_path / "ix"
    shutil.copytree(SEEDS, source)
    for number in range(PARALLEL_MIN_INPUTS):
        (source / f"bulletin-{number}.txt").write_text(f"第{number}期网信通报\n\n本周清理违法信息{number}条。", "utf-8")
    assert main(["build", str(source), "--index-dir", str(index_dir), "--procs", "2"]) == 0

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(AnalysedSegmentWriter, "finish_segment", full_disk)
    capsys.readouterr()
    code = main(["build", str(source), "--index-dir", str(index_dir), "--procs", "2", "--full"])
    result = subprocess.CompletedProcess([], code, *capsys.readouterr())
    _one_line_and_the_index_intact(result, index_dir, "no space left", str(index_dir), "free some space")
    assert not list(index_dir.glob(".tmp-*"))


def test_a_build_while_another_runs_is_one_line_and_exit_2(seed_index_dir: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    shutil.copytree(seed_index_dir, index_dir, symlinks=True)
    with build_lock(index_dir):
        result = run("build", str(SEEDS), "--index-dir", str(index_dir), "--full")
    _one_line_and_the_index_intact(result, index_dir, "another build is running", str(index_dir), "--wait")


def test_debug_shows_the_traceback_of_a_build_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(AnalysedSegmentWriter, "finish_segment", full_disk)
    with pytest.raises(OSError, match="No space left"):
        main(["build", str(SEEDS), "--index-dir", str(tmp_path / "ix"), "--procs", "1", "--debug"])


def test_search_says_which_word_a_slip_was_searched_as_and_as_typed_turns_it_off(slips_index_dir: Path) -> None:
    found = run("search", "--index-dir", str(slips_index_dir), "诈偏")
    assert found.returncode == 0, found.stderr
    assert "note: did you mean 诈骗: 诈偏 read as 诈骗 as well\nnote: --as-typed searches 诈偏 only\n" in found.stdout
    assert found.stdout.count("did you mean") == 1
    assert found.stdout.startswith("24 articles")
    typed = run("search", "--index-dir", str(slips_index_dir), "--as-typed", "诈偏")
    assert typed.stdout.startswith("0 articles") and "did you mean" not in typed.stdout
