"""The code's layout as the README describes it: stage packages whose imports point down, faces for service/,
no private names across packages, and a module table that names every module."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# What each stage may import from index (article and settings are plain data every stage may use).
LEAVES = {"index.article", "index.settings"}
ALLOWED = {
    "text": {"text"},
    "ingest": {"text", "ingest"},
    "store": {"text", "store"},
    "search": {"text", "store", "search"},
}
FACES = {"index.search", "index.store", "index.text", "index.ingest", "index.settings", "index.article"}


def _modules(folder: str) -> list[Path]:
    return sorted(p for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)


def _name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module imported, names taken from it) for every import in `path`, those inside functions included."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [alias.name for alias in node.names]))
    return found


def _stage(module: str) -> str | None:
    """The stage package of an index module (None for the top: build, shards, the CLI and the leaves)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or module in {f"index.{s}" for s in ALLOWED} else None


def _targets(module: str, names: list[str]) -> list[str]:
    """The index modules an import reaches (`from index.store import reprints` reaches index.store.reprints)."""
    if not module.startswith("index"):
        return []
    return [f"{module}.{n}" if (ROOT / f"{module}.{n}".replace(".", "/")).with_suffix(".py").exists() else module
            for n in names] or [module]  # fmt: skip


@pytest.mark.parametrize("path", _modules("index"), ids=lambda p: str(p.relative_to(ROOT)))
def test_a_stage_imports_only_stages_below_it(path: Path) -> None:
    stage = _stage(_name(path))
    if stage is None:
        return
    reached = {t for module, names in _imports(path) for t in _targets(module, names)}
    upward = sorted(t for t in reached - LEAVES if t.startswith("index.") and _stage(t) not in ALLOWED[stage])
    assert not upward, f"{_name(path)} ({stage}) imports {upward}"


@pytest.mark.parametrize("path", _modules("index"), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_takes_a_private_name_from_another_package(path: Path) -> None:
    package = _name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else _name(path)
    private = [
        f"{module}.{name}"
        for module, names in _imports(path)
        if module.startswith("index") and not module.startswith(package)
        for name in names
        if name.startswith("_")
    ]
    assert not private


@pytest.mark.parametrize(
    "path", _modules("service") + _modules("benchmarks") + _modules("tests"), ids=lambda p: str(p.relative_to(ROOT))
)
def test_service_benchmarks_and_tests_take_no_private_name_from_index(path: Path) -> None:
    private = [f"{m}.{n}" for m, names in _imports(path) if m.startswith("index") for n in names if n.startswith("_")]
    private += [m for m, _ in _imports(path) if m.startswith("index") and any(p.startswith("_") for p in m.split("."))]
    assert not [p for p in private if not p.endswith("__main__")]


def _table() -> list[tuple[str, str]]:
    """(first cell, whole row) of each row of the README's module table."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## How it works", 1)[1].split("\n### ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return [(re.match(r"\| `([^`]+)`", row).group(1), row) for row in rows]


def test_every_module_in_the_readme_table_exists() -> None:
    missing = [first for first, _ in _table() if not (ROOT / first).exists()]
    assert not missing


def test_every_module_is_in_the_readme_table() -> None:
    rows = dict(_table())
    unlisted = []
    for path in _modules("index") + _modules("service"):
        relative = path.relative_to(ROOT).as_posix()
        folder = path.parent.relative_to(ROOT).as_posix() + "/"
        if path.name == "__init__.py":
            listed = folder in rows
        else:
            listed = relative in rows or f"`{path.name}`" in rows.get(folder, "")
        if not listed:
            unlisted.append(relative)
    assert not unlisted


@pytest.mark.parametrize("path", _modules("service"), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_service_reaches_index_only_through_the_faces(path: Path) -> None:
    behind = sorted({m for m, _ in _imports(path) if m.startswith("index") and m not in FACES})
    assert not behind, f"{path.name} imports {behind}: add what it needs to a package's face"


def test_the_index_modules_import_each_other_without_a_circle() -> None:
    """Module-level imports only (a function may import lazily); a package's face is not counted as its parts."""
    graph: dict[str, set[str]] = {}
    for path in _modules("index"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        reached = set()
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("index"):
                reached.update(_targets(node.module, [alias.name for alias in node.names]))
        graph[_name(path)] = {r for r in reached if r != _name(path)}
    done: set[str] = set()

    def visit(module: str, trail: tuple[str, ...]) -> None:
        assert module not in trail, " -> ".join((*trail[trail.index(module) :], module))
        if module in done:
            return
        for target in graph.get(module, ()):
            if not (module == target.rsplit(".", 1)[0] or target == module.rsplit(".", 1)[0]):  # face <-> part
                visit(target, (*trail, module))
        done.add(module)

    for module in graph:
        visit(module, ())
