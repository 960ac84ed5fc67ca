"""Shared helpers for the benchmark scripts: the corpus, scaling, the table header, gunicorn, /proc."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from service.launch import Service, launched

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "corpus" / "news_zh_combined.jsonl"
TEXT_KEYS = ("text", "body", "content")  # what index/ingest/sources.py takes as the article text, in that order


def add_data_argument(parser) -> None:
    parser.add_argument(
        "data", nargs="?", default=str(DEFAULT_DATA), help=f"JSON Lines corpus (default: {DEFAULT_DATA})"
    )
    parser.add_argument("--scale", type=int, default=1, help="replicate the corpus N times with fresh ids")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (before --scale)")


def require_data(path: str) -> Path:
    """The corpus path, or exit 0 with a message when it is absent (benchmarks never fail for lack of data)."""
    data = Path(path)
    if not data.is_file():
        print(f"skipped: data not found at {data}")
        sys.exit(0)
    return data


def record_text(record: dict) -> str | None:
    for key in TEXT_KEYS:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def load_records(data: Path, limit: int | None = None) -> list[dict]:
    """The corpus records that have a text, in file order (the first `limit` of them)."""
    records = []
    with data.open(encoding="utf-8-sig") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            if isinstance(record, dict) and record_text(record) is not None:
                records.append(record)
                if limit is not None and len(records) >= limit:
                    break
    return records


def write_corpus(records: list[dict], scale: int, workdir: Path) -> Path:
    """`records` written `scale` times into a temp JSON Lines file, copies after the first with fresh ids."""
    out = workdir / "corpus.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for copy in range(scale):
            for number, record in enumerate(records):
                if copy:
                    record = dict(record, id=f"{record.get('id') or number}~x{copy}")
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def prepared_corpus(args, workdir: Path) -> tuple[Path, list[dict]]:
    """The file to build from (the original when neither --limit nor --scale changes it) and its records
    (one copy: the scaled copies have the same texts)."""
    data = require_data(args.data)
    records = load_records(data, args.limit)
    if args.scale == 1 and args.limit is None:
        return data, records
    return write_corpus(records, args.scale, workdir), records


def cpu_model() -> str:
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as handle:
        for line in handle:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def header(title: str) -> str:
    command = " ".join(shlex.quote(a) for a in [Path(sys.executable).name, *sys.argv])
    return "\n".join(
        [
            f"# {title}",
            f"date:    {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
            f"machine: nproc={os.cpu_count()}, CPU {cpu_model()}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}",
            f"command: {command}",
            f"load:    {load_note()}",
        ]
    )


def load_note() -> str:
    one, five, fifteen = os.getloadavg()
    return (
        f"load average {one:.2f} / {five:.2f} / {fifteen:.2f} (1/5/15 min) on {os.cpu_count()} cores "
        "(other processes compete for the cores: compare CPU seconds when it is high)"
    )


def table(rows: list[list[object]], head: list[str]) -> str:
    cells = [[str(c) for c in head]] + [[str(c) for c in row] for row in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(head))]

    def line(row: list[str]) -> str:
        return "| " + " | ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths, strict=True)) + " |"

    return "\n".join([line(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, cells[1:])])


def _width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    if not sorted_values:
        return float("nan")
    rank = max(1, min(len(sorted_values), round(p / 100 * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


def du_bytes(path: Path) -> int:
    """Disk usage of a folder (allocated blocks, like `du`), hard links counted once."""
    seen, total = set(), 0
    for folder, _, files in os.walk(path):
        for name in files:
            st = os.lstat(os.path.join(folder, name))
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                total += st.st_blocks * 512
    return total


def generation_dir(index_dir: Path) -> Path:
    return (index_dir / "current").resolve()


# ---------------------------------------------------------------- processes and memory


def children(pid: int) -> list[int]:
    """Direct children of `pid` (from /proc: each thread's `children` list, else a scan of every process)."""
    with contextlib.suppress(OSError):
        listed: list[int] = []
        for task in os.listdir(f"/proc/{pid}/task"):
            listed += [int(p) for p in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
        return listed
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                stat = Path(f"/proc/{entry}/stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(entry))
    return out


def descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        kids = children(todo.pop())
        out.extend(kids)
        todo.extend(kids)
    return out


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU seconds the processes `pids` have used (0 for one gone): what compares between runs
    on a machine others keep busy, where wall-clock throughput moves with their load."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def status_kb(pid: int, field: str) -> int:
    """A `kB` field of /proc/<pid>/status (VmRSS, VmHWM), 0 when the process is gone."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def pss_kb(pid: int) -> int:
    """Proportional set size (shared pages split between their users), 0 when unavailable."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    return 0


class TreeMemory:
    """Samples the RSS and PSS summed over a process and its descendants; keeps the peaks."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_rss_kb = 0
        self.peak_pss_kb = 0
        self.peak_procs = 0

    def sample(self) -> None:
        pids = [self.pid, *descendants(self.pid)]
        self.peak_rss_kb = max(self.peak_rss_kb, sum(status_kb(p, "VmRSS") for p in pids))
        self.peak_pss_kb = max(self.peak_pss_kb, sum(pss_kb(p) for p in pids))
        self.peak_procs = max(self.peak_procs, len(pids))


# ---------------------------------------------------------------- gunicorn


@contextlib.contextmanager
def gunicorn(index_dir: Path, workers: int = 2) -> Iterator[Service]:
    """The shipped service over `index_dir` on a free loopback port, as the tests start it."""
    with launched(index_dir, SEARCH_WORKERS=str(workers)) as service:
        yield service


def reuse_or_build(index_dir: Path, corpus: Path) -> Path:
    """`index_dir` as it is when it holds an index, else built there from `corpus`; says which on stdout."""
    if (index_dir / "current").exists():
        print(f"reused the index {generation_dir(index_dir)}")
    else:
        seconds, report = build_index(corpus, index_dir)
        print(f"built the index in {seconds:.1f} s: {report.splitlines()[0]}")
    return index_dir


def build_index(corpus: Path, index_dir: Path, procs: int | None = None) -> tuple[float, str]:
    """`python -m index build` as a subprocess: (wall seconds, its report)."""
    command = [sys.executable, "-m", "index", "build", str(corpus), "--index-dir", str(index_dir)]
    if procs:
        command += ["--procs", str(procs)]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode:
        raise RuntimeError(f"build failed ({done.returncode}): {done.stderr[-2000:]}")
    return seconds, done.stdout.strip()
