"""A long build says how far it is: bars on a terminal (a pseudo-terminal here), lines in a log, nothing with
--quiet; the report itself still goes to standard output."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from conftest import SEEDS

from index.build import build
from index.progress import Progress
from index.settings import Settings


def build_command(index_dir: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "index", "build", str(SEEDS), "--index-dir", str(index_dir), *options]


def on_a_terminal(command: list[str], columns: int = 100) -> str:
    """What `command` writes to standard error when that is a terminal of `columns` columns."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    seen, deadline = b"", time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not data:
                break
            seen += data
        elif process.poll() is not None:
            break
    process.communicate(timeout=30)
    os.close(master)
    assert process.returncode == 0
    return seen.decode("utf-8")


def test_a_build_on_a_terminal_draws_bars_for_each_stage_with_its_rate(tmp_path: Path) -> None:
    screen = on_a_terminal(build_command(tmp_path / "ix"))
    assert "inputs read: 5input" in screen
    for stage in ("extracted", "segmented"):
        assert f"{stage}: 100%" in screen and "5/5" in screen
    assert "written: 100%" in screen and "article/s]" in screen
    assert "\r" in screen and "█" in screen  # drawn in place


def test_a_build_whose_errors_go_to_a_log_writes_plain_lines(tmp_path: Path) -> None:
    run = subprocess.run(build_command(tmp_path / "ix"), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "added 5" in run.stdout
    lines = run.stderr.splitlines()
    assert "build: inputs read: 5 inputs in" in lines[0]
    assert any(line.startswith("build: extracted: 5 articles in ") for line in lines)
    assert any(line.startswith("build: written: 3 steps in ") for line in lines)
    assert "\r" not in run.stderr and "█" not in run.stderr


def test_between_stages_a_log_line_gives_the_counts_the_rate_and_the_time_left(tmp_path: Path) -> None:
    log = io.StringIO()
    build([SEEDS], Settings(index_dir=str(tmp_path / "ix"), build_procs=1), shown=Progress(log, interval=0))
    lines = log.getvalue().splitlines()
    rated = next(line for line in lines if line.startswith("build: 5 inputs read, 5/5 extracted, 4/5 segmented"))
    assert "articles/s" in rated and "left)" in rated


def test_quiet_shows_no_progress(tmp_path: Path) -> None:
    run = subprocess.run(build_command(tmp_path / "ix", "--quiet"), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "added 5" in run.stdout
    assert run.stderr == ""
