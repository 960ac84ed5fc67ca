"""Settings: read once from the environment (by the CLI and the app factory) and passed down, so that a
test can give a limit directly instead of starting a process with another environment."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import get_type_hints


def _setting(default, env: str, doc: str, shown: str | None = None):
    """A field read from `env`, documented by `doc`; `shown` says the default in words where its value does not
    (0 for "all cores")."""
    return field(default=default, metadata={"env": env, "doc": doc, "shown": shown})


_PUBLIC_URL = re.compile(r"https?://[^/\s?#]+(/[^\s?#]*)?")


@dataclass(frozen=True)
class Settings:
    index_dir: str = _setting("var/index", "SEARCH_INDEX_DIR", "index folder used by the CLI and the service")
    max_query_chars: int = _setting(500, "SEARCH_MAX_QUERY_CHARS", "longer queries are refused")
    max_per_page: int = _setting(50, "SEARCH_MAX_PER_PAGE", "cap on `per_page`")
    max_page: int = _setting(1000, "SEARCH_MAX_PAGE", "cap on `page`")
    postings_cache_mb: float = _setting(
        64, "SEARCH_POSTINGS_CACHE_MB", "per worker: decoded posting lists kept for the next queries"
    )
    answer_cache_mb: float = _setting(
        16,
        "SEARCH_ANSWER_CACHE_MB",
        "per worker: search answers (JSON bodies) kept for the index generation that gave them, by the normalized "
        "request, least recently used dropped first; a swapped-in generation starts empty (0: none)",
    )
    feed_entries: int = _setting(
        50, "SEARCH_FEED_ENTRIES", "entries in a search's Atom feed (`/feed.atom`), newest first"
    )
    max_export: int = _setting(
        10000, "SEARCH_MAX_EXPORT", "cap on the rows of `/api/export`; a longer export is cut and says so in a header"
    )
    user_dict: str = _setting(
        "",
        "SEARCH_USER_DICT",
        "your own words for jieba (its user-dictionary format), used by the build and the service alike; the service "
        "reloads it for queries when it changes (documents need a rebuild)",
    )
    aliases: str = _setting(
        "",
        "SEARCH_ALIASES",
        "your own aliases (简称 ⇄ 全称: one group a line, forms separated by spaces), beside the shipped table; "
        "read at query time, reloaded when the file changes",
    )
    max_suggest_chars: int = _setting(50, "SEARCH_MAX_SUGGEST_CHARS", "longer `/api/suggest` prefixes are refused")
    max_content_length: int = _setting(
        65536, "SEARCH_MAX_CONTENT_LENGTH", "larger request bodies get 413 (only `POST /api/search` reads one)"
    )
    max_query_work: int = _setting(
        2000000,
        "SEARCH_MAX_QUERY_WORK",
        "a search planned to read more (posting lists × 400 + postings; 2M is about a second) is refused with 400",
    )
    query_timeout_ms: int = _setting(
        1000,
        "SEARCH_QUERY_TIMEOUT_MS",
        "a search still running after this long is stopped with 503 and `Retry-After` (0: never)",
    )
    request_timeout: float = _setting(
        10, "SEARCH_REQUEST_TIMEOUT", "seconds a client has to send a whole request; a slower one gets 408"
    )
    build_memory_mb: int = _setting(
        1024,
        "SEARCH_BUILD_MEMORY_MB",
        "posting buffers during a build, split between workers; a worker starts a new segment when its share is full",
    )
    build_procs: int = _setting(
        0, "SEARCH_BUILD_PROCS", "worker processes for extraction and segmentation", shown="all cores"
    )
    max_file_bytes: int = _setting(20971520, "SEARCH_MAX_FILE_BYTES", "larger input files are skipped with a reason")
    jieba_cache_dir: str = _setting(
        "", "SEARCH_JIEBA_CACHE_DIR", "where jieba keeps its dictionary cache", shown="the temp dir"
    )
    public_url: str = _setting(
        "",
        "SEARCH_PUBLIC_URL",
        "the address readers reach the service at (`https://search.example.org`, behind a proxy or a container): "
        "every absolute URL (OpenSearch, feeds, export links) and the Atom ids are made from it",
        shown="the request's Host",
    )

    def __post_init__(self) -> None:
        if self.public_url and not _PUBLIC_URL.fullmatch(self.public_url):
            raise ValueError(
                "SEARCH_PUBLIC_URL must be an absolute http or https address such as https://search.example.org "
                f"(a path after it is kept), not {self.public_url!r}"
            )

    @property
    def default_per_page(self) -> int:
        """10, or the cap when it is lower, so that a bare query still answers."""
        return min(10, self.max_per_page)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides) -> Settings:
        """The defaults, then what `environ` (the process environment) sets, then `overrides`; a value that
        is not a number where one is needed raises ValueError naming the variable."""
        environ = os.environ if environ is None else environ
        kinds = get_type_hints(cls)
        values = {}
        for item in fields(cls):
            raw = environ.get(item.metadata["env"], "").strip()
            if not raw:
                continue
            try:
                values[item.name] = kinds[item.name](raw)
            except ValueError:
                raise ValueError(f"{item.metadata['env']} must be a number, not {raw!r}") from None
        return replace(cls(**values), **overrides)

    @classmethod
    def documented(cls) -> list[tuple[str, object, str]]:
        """(variable, default, meaning) of every setting, for the README's table."""
        return [(f.metadata["env"], f.metadata["shown"] or f.default, f.metadata["doc"]) for f in fields(cls)]
