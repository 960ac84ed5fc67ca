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


def test_no_module_of_the_library_reads_the_environment_but_the_settings() -> None:
    """Limits are given to the code that applies them, so a test sets one without starting a process."""
    library = Path(__file__).resolve().parents[1] / "index"
    readers = [
        path.name
        for path in library.rglob("*.py")
        if path.name != "settings.py" and re.search(r"os\.environ|getenv", path.read_text(encoding="utf-8"))
    ]
    assert readers == []


def test_build_settings_are_read_with_the_others() -> None:
    settings = Settings.from_env({"SEARCH_BUILD_PROCS": "3", "SEARCH_MAX_FILE_BYTES": "1000"})
    assert (settings.build_procs, settings.max_file_bytes, settings.build_memory_mb) == (3, 1000, 1024)
