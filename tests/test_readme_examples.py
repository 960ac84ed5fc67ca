"""Every curl example of the README, run as written (the real curl, raw UTF-8 and all) against the seeds
served by gunicorn with the project's config, answers 200 with something in it."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, Server, gunicorn

CURL = shutil.which("curl")
README = ROOT / "README.md"
ADDRESS = "http://127.0.0.1:8000"
pytestmark = pytest.mark.skipif(CURL is None, reason="curl is not installed")


def examples() -> list[str]:
    """The curl commands of the README's shell blocks, continuation lines joined."""
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    commands = []
    for block in blocks:
        for command in block.replace("\\\n", " ").splitlines():
            if command.startswith("curl "):
                commands.append(command)
    return commands


@pytest.fixture(scope="module")
def served(seed_index_dir: Path) -> Iterator[Server]:
    with gunicorn(seed_index_dir) as server:
        yield server


def test_the_readme_has_curl_examples_typed_as_people_type_them() -> None:
    typed = [c for c in examples() if "--data-urlencode" not in c]
    assert len(typed) >= 12
    assert "curl 'http://127.0.0.1:8000/api/search?q=网络安全'" in examples()


def answers_something(body: bytes) -> bool:
    text = body.decode("utf-8-sig")
    if text.lstrip().startswith("<?xml"):
        return "<entry>" in text or "<Url " in text
    if text.startswith("id,title,"):
        return len(text.splitlines()) > 1
    lines = [json.loads(line) for line in text.splitlines() if line.strip()] if "\n{" in text.strip() else []
    if len(lines) > 1:  # JSON Lines
        return all("id" in row for row in lines)
    data = json.loads(text)
    if "total" in data:
        return data["total"] > 0
    for key in ("suggestions", "similar", "sections", "paths"):
        if key in data:
            return bool(data[key])
    return data.get("status") == "ok"


@pytest.mark.parametrize("command", examples())
def test_each_readme_example_answers_something_on_the_seeds(served: Server, command: str, tmp_path: Path) -> None:
    words = shlex.split(command.split(" | ")[0], comments=True)
    words = [w.replace(ADDRESS, served.url) for w in words]
    run = subprocess.run(
        [CURL, "-sS", "-w", "%{stderr}%{http_code}", *words[1:]],
        capture_output=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr.decode()[-3:] == "200", (command, run.stdout[:300])
    saved = list(tmp_path.iterdir())
    body = saved[0].read_bytes() if saved else run.stdout
    assert answers_something(body), (command, body[:300])
