"""Layouts no seed has, wrapped around real articles from the shared corpus (benchmarks/layouts.py): every file
of each tuned family comes out clean. The held-out families are only reported by the benchmark."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.layouts import DEFAULT_DATA, TUNED, extract_folder, judge, load_stories, make_family

FILES = 6  # per family: enough for the learned boilerplate (3 files and 30% of the folder)


@pytest.fixture(scope="module")
def stories():
    if not DEFAULT_DATA.is_file():
        pytest.skip(f"shared corpus not found at {DEFAULT_DATA}")
    return load_stories(DEFAULT_DATA, FILES + 6, seed=12)


@pytest.mark.parametrize("family", sorted(TUNED))
def test_every_file_of_a_layout_family_comes_out_clean(stories, family: str, tmp_path: Path) -> None:
    pages = make_family(TUNED[family], stories, tmp_path / "site", FILES)
    articles = extract_folder(tmp_path / "site")
    unclean = {}
    for page in pages:
        verdict = judge(page, articles.get(page.name))
        if not verdict.clean:
            unclean[page.name] = verdict
    assert not unclean
