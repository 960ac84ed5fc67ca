"""The command line, run as a user runs it: `python -m index build|search`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "index", *args], capture_output=True, text=True, timeout=120)


def test_build_prints_a_report_and_search_prints_hits_with_sections(tmp_path: Path) -> None:
    built = run("build", str(SEEDS), "--index-dir", str(tmp_path / "ix"), "--procs", "1")
    assert built.returncode == 0, built.stderr
    assert built.stdout.startswith("added 5, updated 0, removed 0, unchanged 0, skipped 0")
    assert built.stderr == ""

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
