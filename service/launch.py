"""Start the shipped service (gunicorn with service/gunicorn.conf.py) as a child process on a free
loopback port: what the tests and the benchmarks run, so they measure and check the real thing."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Service:
    process: subprocess.Popen
    host: str
    port: int
    logs: Path  # a folder holding gunicorn's stdout and stderr
    started: float  # time.perf_counter() when gunicorn was started

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def status(self, path: str, timeout: float = 10) -> int:
        """The HTTP status of a GET (0 when nothing answers yet)."""
        try:
            with urllib.request.urlopen(self.url + path, timeout=timeout) as response:
                response.read()
                return response.status
        except urllib.error.HTTPError as error:
            with error:
                return error.code
        except OSError:
            return 0

    def wait_until_healthy(self, timeout: float = 60) -> float:
        """Seconds from start until /api/health answers 200; RuntimeError with gunicorn's log otherwise."""
        deadline = time.monotonic() + timeout
        while self.status("/api/health", timeout=2) != 200:
            if self.process.poll() is not None or time.monotonic() > deadline:
                log = (self.logs / "stderr").read_text(errors="replace")[-3000:]
                raise RuntimeError(f"the service did not answer /api/health within {timeout} s:\n{log}")
            time.sleep(0.05)
        return time.perf_counter() - self.started

    def workers(self) -> list[int]:
        """The process ids of gunicorn's workers (the master's children)."""
        pid = self.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children")
        return [int(p) for p in children.read_text().split()] if children.exists() else []


@contextlib.contextmanager
def launched(index_dir: Path, **settings: str) -> Iterator[Service]:
    """gunicorn over `index_dir` with extra environment `settings`; stopped (and its logs removed) on exit."""
    logs = Path(tempfile.mkdtemp(prefix="gunicorn-"))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "PORT"} | {
        "SEARCH_INDEX_DIR": str(Path(index_dir).resolve()),
        "SEARCH_BIND": f"127.0.0.1:{port}",
        **settings,
    }
    command = [sys.executable, "-m", "gunicorn", "-c", "service/gunicorn.conf.py", "service.wsgi:app"]
    with open(logs / "stdout", "wb") as out, open(logs / "stderr", "wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=err)
    try:
        yield Service(process, "127.0.0.1", port, logs, started)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(logs, ignore_errors=True)
