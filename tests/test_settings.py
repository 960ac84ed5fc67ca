"""Settings are read once from the environment, checked, and documented in the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from index.settings import Settings

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_environment_overrides_the_defaults() -> None:
    settings = Settings.from_env({"SEARCH_MAX_QUERY_CHARS": "80", "SEARCH_POSTINGS_CACHE_MB": "0.5"})
    assert settings.max_query_chars == 80 and settings.postings_cache_mb == 0.5
    assert settings.max_per_page == Settings().max_per_page


def test_explicit_values_override_the_environment() -> None:
    assert Settings.from_env({"SEARCH_MAX_PAGE": "7"}, max_page=3).max_page == 3


def test_a_setting_that_is_not_a_number_names_its_variable() -> None:
    with pytest.raises(ValueError, match="SEARCH_MAX_PER_PAGE must be a number, not 'many'"):
        Settings.from_env({"SEARCH_MAX_PER_PAGE": "many"})


def test_a_low_page_cap_lowers_the_default_page_size() -> None:
    assert Settings(max_per_page=5).default_per_page == 5


def test_the_readme_documents_every_setting_with_its_default() -> None:
    rows = dict(re.findall(r"^\| `(SEARCH_[A-Z_]+)` \| ([^|]+?) \|", README.read_text(encoding="utf-8"), re.M))
    for variable, default, _ in Settings.documented():
        assert variable in rows, f"{variable} is missing from README.md's Configuration table"
        shown = str(default) if default != "" else "none"
        assert rows[variable].strip("` ") == shown, f"README.md gives {variable} a default of {rows[variable]}"
