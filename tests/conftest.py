"""Shared fixtures: the bundled seeds, an index built from them once per session, the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.build import build
from index.search import SearchIndex

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

SEED_FILES = {
    "000": SEEDS / "000_c729cffc91d33526.txt",
    "001": SEEDS / "001_12268834ad4b7733.txt",
    "002": SEEDS / "002_eec8dd7fda293d79.txt",
    "003": SEEDS / "003_06a59c289477a69b.txt",
    "004": SEEDS / "004_e482cdb6bdf3e6cd.txt",
}


@pytest.fixture(scope="session")
def seed_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the five seed articles, built once and shared read-only by the tests."""
    index_dir = tmp_path_factory.mktemp("seed-index")
    build([SEEDS], index_dir, procs=1)
    return index_dir


@pytest.fixture(scope="session")
def seed_search(seed_index_dir: Path) -> SearchIndex:
    return SearchIndex(seed_index_dir)
