"""Load test: concurrent keep-alive clients against the gunicorn service on loopback, optionally while the
index is rebuilt over and over underneath it.

    python benchmarks/load.py --index-dir var/index --seconds 20 --clients 8
    python benchmarks/load.py --index-dir var/index --seconds 20 --rebuild-during seeds
    python benchmarks/load.py --index-dir var/index --seconds 20 --slow-clients 8
    python benchmarks/load.py --url http://127.0.0.1:8000 --index-dir var/index

Queries are drawn (seeded) from the index's own text: single words, two words, exact phrases, OR, exclusions,
filters, date order and second pages; every one is checked to be a valid request before the run. It reports
requests/s, latency percentiles and every error; the exit status is 1 when any request failed (any answer but
200, a broken body, a refused connection). With --slow-clients, that many more clients keep connections open
with half a request sent (reconnecting whenever the service drops them), as a slow-loris attack does.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.launch import launched  # noqa: E402  (after the path is set, when run as a script)

_WORDY = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/load.py",
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Targets loopback only. Either --index-dir (the service is started over it) or --url (a running "
        "service; give --index-dir too to draw queries from the index files, else they come from the API).",
    )
    parser.add_argument("--index-dir", type=Path, help="index to serve (and to draw queries from)")
    parser.add_argument("--url", help="a running service on loopback, e.g. http://127.0.0.1:8000")
    parser.add_argument("--seconds", type=float, default=10.0, help="how long to send requests (default 10)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent keep-alive clients (default 8)")
    parser.add_argument("--workers", type=int, default=None, help="gunicorn workers when started here")
    parser.add_argument("--queries", type=int, default=300, help="distinct queries in the mix (default 300)")
    parser.add_argument("--seed", type=int, default=1, help="seed for the query mix (default 1)")
    parser.add_argument(
        "--rebuild-during",
        metavar="SRC",
        type=Path,
        help="while the load runs, rebuild the index from a copy of SRC again and again (an extra test article "
        "changed between runs, so every build swaps a new generation in); needs --index-dir, the index SRC was "
        "built into; a last build from SRC itself takes the test article out again",
    )
    parser.add_argument(
        "--slow-clients",
        type=int,
        default=0,
        metavar="N",
        help="N more clients that send half a request line and wait, reconnecting when dropped (default 0)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.index_dir and not args.url:
        parser.error("give --index-dir or --url")
    if args.rebuild_during and not args.index_dir:
        parser.error("--rebuild-during needs --index-dir")
    if args.url and urllib.parse.urlsplit(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
        parser.error("--url must be a loopback address")
    return args


# ---------------------------------------------------------------- the service


@contextlib.contextmanager
def serve(index_dir: Path, workers: int | None) -> Iterator[str]:
    """gunicorn with the shipped config over `index_dir` on a free loopback port; yields its URL."""
    with launched(index_dir, **({"SEARCH_WORKERS": str(workers)} if workers else {})) as service:
        try:
            service.wait_until_healthy(timeout=60)
        except RuntimeError as error:
            raise SystemExit(str(error)) from None
        yield service.url


def _get_once(url: str, path: str) -> tuple[int, bytes]:
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


# ---------------------------------------------------------------- the query mix


def texts_from_index(index_dir: Path, limit: int = 400) -> tuple[list[str], list[str]]:
    """(section texts, provinces) from the serving generation's stored fields."""
    from index import store

    ix, _, _ = store.open_generation(index_dir)
    texts, provinces = [], set()
    with ix.searcher() as searcher:
        reader = searcher.reader()
        for number, (_, fields) in enumerate(reader.iter_docs()):
            if number >= limit:
                break
            texts.append((fields.get("title") or "") + "\n" + (fields.get("body") or ""))
            if fields.get("province"):
                provinces.add(fields["province"])
    return texts, sorted(provinces)


def _texts_from_api(url: str) -> tuple[list[str], list[str]]:
    status, body = _get_once(url, "/api/search?date_from=1000&per_page=50")
    if status != 200:
        raise SystemExit(f"cannot browse {url} for query text: {status} {body[:200]!r}")
    result = json.loads(body)
    texts = [
        (hit["title"] or "") + "\n" + "\n".join(s["snippet"]["text"] for s in hit["sections"]) for hit in result["hits"]
    ]
    return texts, [f["value"] for f in result["facets"]["province"]]


def query_mix(texts: list[str], provinces: list[str], count: int, seed: int) -> list[str]:
    """`count` request paths of a realistic mix, drawn with `seed` from the text."""
    from index.text.analysis import segment

    rng = random.Random(seed)
    words = sorted({w for text in texts for w, _, _ in segment(text[:3000]) if _WORDY.match(w)})
    if not words:
        raise SystemExit("no words to query in the index text")
    lines = [line for text in texts for line in text.split("\n") if len(line) >= 8]
    paths = []
    for _ in range(count):
        kind = rng.random()
        params: dict[str, str] = {}
        if kind < 0.35:
            params["q"] = rng.choice(words)
        elif kind < 0.55:
            params["q"] = f"{rng.choice(words)} {rng.choice(words)}"
        elif kind < 0.65 and lines:
            line = rng.choice(lines)
            start = rng.randrange(0, max(1, len(line) - 6))
            params["q"] = f'"{line[start : start + rng.randint(3, 6)]}"'
        elif kind < 0.72:
            params["q"] = f"{rng.choice(words)} OR {rng.choice(words)}"
        elif kind < 0.77:
            params["q"] = f"{rng.choice(words)} -{rng.choice(words)}"
        elif kind < 0.87 and provinces:
            params["q"] = rng.choice(words)
            params["province"] = rng.choice(provinces)
        elif kind < 0.92:
            params["q"] = rng.choice(words)
            params["sort"] = "date"
        elif kind < 0.97:
            params["q"] = rng.choice(words)
            params["page"] = "2"
        else:
            params["q"] = " ".join(rng.choice(words) for _ in range(7))  # a long, question-like query
        paths.append("/api/search?" + urllib.parse.urlencode(params))
    return paths


# ---------------------------------------------------------------- clients and rebuilds


def client(url: str, paths: list[str], deadline: float, seed: int) -> tuple[list[float], Counter]:
    """One keep-alive client sending requests back to back until `deadline`: (latencies in s of the answered
    requests, errors)."""
    rng = random.Random(seed)
    parts = urllib.parse.urlsplit(url)
    latencies: list[float] = []
    errors: Counter = Counter()
    connection = None
    while time.monotonic() < deadline:
        path = rng.choice(paths)
        started = time.perf_counter()
        try:
            if connection is None:
                connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=30)
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            elapsed = time.perf_counter() - started
            if response.status != 200:
                errors[f"HTTP {response.status}: {body[:120]!r}"] += 1
            else:
                json.loads(body)
                latencies.append(elapsed)
            if response.will_close:
                connection.close()
                connection = None
        except (OSError, http.client.HTTPException, ValueError) as error:
            errors[f"{type(error).__name__}: {error}"] += 1
            if connection is not None:
                connection.close()
            connection = None
    if connection is not None:
        connection.close()
    return latencies, errors


class Rebuilder(threading.Thread):
    """Runs `python -m index build COPY --index-dir DIR` until stopped, changing one article between runs."""

    def __init__(self, source: Path, index_dir: Path) -> None:
        super().__init__(daemon=True)
        self.workdir = Path(tempfile.mkdtemp(prefix="load-rebuild-"))
        self.copy = self.workdir / source.name
        if source.is_dir():
            shutil.copytree(source, self.copy)
        else:
            shutil.copy2(source, self.copy)
        self.original = None if source.is_dir() else self.copy.read_bytes()
        self.index_dir = index_dir
        self.stop = threading.Event()
        self.seconds: list[float] = []
        self.failures: list[str] = []

    def change(self, number: int) -> None:
        text = f"负载测试期间的重建第{number}次,网络安全宣传工作持续推进。"
        if self.original is None:
            (self.copy / "_load_rebuild.txt").write_text(f"负载测试文章\n\n{text}\n", encoding="utf-8")
        else:
            record = json.dumps({"id": "_load_rebuild", "title": "负载测试文章", "text": text}, ensure_ascii=False)
            self.copy.write_bytes(self.original.rstrip(b"\n") + b"\n" + record.encode() + b"\n")

    def run(self) -> None:
        number = 0
        while not self.stop.is_set():
            number += 1
            self.change(number)
            started = time.perf_counter()
            command = [sys.executable, "-m", "index", "build", str(self.copy), "--index-dir", str(self.index_dir)]
            run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
            self.seconds.append(time.perf_counter() - started)
            if run.returncode != 0:
                self.failures.append(run.stderr.strip()[-500:])

    def finish(self, source: Path) -> None:
        """Stop, then build once more from the original SRC, which takes the test article out again."""
        self.stop.set()
        self.join()
        shutil.rmtree(self.workdir, ignore_errors=True)
        command = [sys.executable, "-m", "index", "build", str(source), "--index-dir", str(self.index_dir)]
        subprocess.run(command, cwd=ROOT, capture_output=True, check=False)


class SlowClients(threading.Thread):
    """`count` connections each holding half a request line until the service drops it, then opening again."""

    HALF_A_REQUEST = b"GET /api/search?q=%E7%BD%91%E7%BB%9C HTTP/1.1\r\nHost: localhost\r\n"  # no blank line yet

    def __init__(self, url: str, count: int) -> None:
        super().__init__(daemon=True)
        parts = urllib.parse.urlsplit(url)
        self.address = (parts.hostname, parts.port or 80)
        self.count = count
        self.stop = threading.Event()
        self.connections = 0  # opened in all
        self.dropped: Counter = Counter()  # how the service let go of one: its status line, or "closed"

    def run(self) -> None:
        import selectors

        selector = selectors.DefaultSelector()
        try:
            while not self.stop.is_set():
                while len(selector.get_map()) < self.count and not self.stop.is_set():
                    sock = socket.create_connection(self.address, timeout=5)
                    sock.sendall(self.HALF_A_REQUEST)
                    sock.setblocking(False)
                    selector.register(sock, selectors.EVENT_READ)
                    self.connections += 1
                for key, _ in selector.select(timeout=0.2):
                    sock = key.fileobj
                    try:
                        answer = sock.recv(200)
                    except OSError:
                        answer = b""
                    self.dropped[answer.split(b"\r\n")[0].decode("latin-1") if answer else "closed"] += 1
                    selector.unregister(sock)
                    sock.close()
        finally:
            for key in list(selector.get_map().values()):
                key.fileobj.close()
            selector.close()

    def finish(self) -> None:
        self.stop.set()
        self.join()


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def check_mix(url: str, paths: list[str]) -> None:
    """Every request of the mix once (which also warms the workers): a mix request the service refuses is the
    benchmark's fault, and is said so before anything is measured."""
    for path in paths:
        status, body = _get_once(url, path)
        if status != 200:
            raise SystemExit(f"the query mix holds a request the service refuses: {path} -> {status} {body[:200]!r}")


def run_load(url: str, paths: list[str], seconds: float, clients: int) -> dict:
    started = time.monotonic()
    deadline = started + seconds
    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(lambda n: client(url, paths, deadline, n), range(clients)))
    elapsed = time.monotonic() - started
    latencies = [latency for found, _ in results for latency in found]
    errors: Counter = Counter()
    for _, found in results:
        errors.update(found)
    return {
        "requests": len(latencies) + sum(errors.values()),
        "seconds": round(elapsed, 2),
        "requests_per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 1),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 1) if latencies else 0.0,
        "errors": sum(errors.values()),
        "error_kinds": dict(errors.most_common(10)),
    }


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    with contextlib.ExitStack() as stack:
        url = args.url or stack.enter_context(serve(args.index_dir, args.workers))
        texts, provinces = texts_from_index(args.index_dir) if args.index_dir else _texts_from_api(url)
        paths = query_mix(texts, provinces, args.queries, args.seed)
        check_mix(url, paths)
        rebuilder = slow = None
        if args.rebuild_during:
            rebuilder = Rebuilder(args.rebuild_during, args.index_dir)
            rebuilder.start()
        if args.slow_clients:
            slow = SlowClients(url, args.slow_clients)
            slow.start()
            time.sleep(0.5)  # connected and waiting before the others start
        try:
            figures = run_load(url, paths, args.seconds, args.clients)
        finally:
            if rebuilder:
                rebuilder.finish(args.rebuild_during)
            if slow:
                slow.finish()
        _, health = _get_once(url, "/api/health")
        figures["clients"] = args.clients
        figures["articles"] = json.loads(health).get("articles")
        if slow:
            figures["slow_clients"] = args.slow_clients
            figures["slow_connections"] = slow.connections
            figures["slow_dropped"] = dict(slow.dropped)
        if rebuilder:
            figures["rebuilds"] = len(rebuilder.seconds)
            figures["rebuild_seconds_median"] = round(statistics.median(rebuilder.seconds), 2)
            figures["rebuild_failures"] = rebuilder.failures
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print(
            f"{figures['requests']} requests in {figures['seconds']} s from {args.clients} clients "
            f"({figures['articles']} articles): {figures['requests_per_second']} req/s; latency p50 "
            f"{figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, p99 {figures['p99_ms']} ms; "
            f"errors {figures['errors']}"
        )
        for kind, count in figures["error_kinds"].items():
            print(f"  {count} x {kind}")
        if slow:
            dropped = ", ".join(f"{count} x {how}" for how, count in figures["slow_dropped"].items()) or "none"
            print(
                f"slow clients: {args.slow_clients} holding half a request line, {figures['slow_connections']} "
                f"connections opened; dropped by the service: {dropped}"
            )
        if rebuilder:
            print(
                f"rebuilds during the load: {figures['rebuilds']} (median {figures['rebuild_seconds_median']} s), "
                f"failed {len(figures['rebuild_failures'])}"
            )
            for failure in figures["rebuild_failures"]:
                print(f"  {failure}")
    return 1 if figures["errors"] or figures.get("rebuild_failures") else 0


if __name__ == "__main__":
    sys.exit(main())
