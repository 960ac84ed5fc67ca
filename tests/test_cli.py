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
