"""Completions as you type: the prefix read the way indexed text is (Traditional, full-width and case folded,
spaces dropped) and looked up in the generation's vocabulary (index/store/vocabulary.py)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from index.search.request import QueryError
from index.settings import Settings
from index.store.vocabulary import MAX_COMPLETIONS, Completion, Vocabulary
from index.text.normalize import normalize_text

DEFAULT_LIMIT = 8
MAX_LIMIT = MAX_COMPLETIONS


@dataclass
class Suggestions:
    """The completions of a prefix, best first."""

    q: str  # the prefix as sent
    suggestions: list[Completion] = field(default_factory=list)
    """Title and heading words and phrases first, then body ones, each by articles holding it. Empty when
    nothing in the index starts so."""

    def to_dict(self) -> dict:
        return asdict(self)


def prefix_key(q: str) -> str:
    """`q` as the vocabulary's keys are written: normalized, lowercase, without spaces (`網絡 安` -> 网络安)."""
    return "".join(normalize_text(q).lower().split())


def suggest(vocabulary: Vocabulary, q: str, limit: int | None, settings: Settings) -> Suggestions:
    """Up to `limit` completions of `q`; QueryError for a blank or over-long prefix or a bad limit."""
    if len(q) > settings.max_suggest_chars:
        raise QueryError(
            f"q is {len(q)} characters long; a prefix to complete may have {settings.max_suggest_chars} "
            "(SEARCH_MAX_SUGGEST_CHARS)"
        )
    if not q.strip():
        raise QueryError("give q, the beginning of a word to complete")
    limit = DEFAULT_LIMIT if limit is None else limit
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}", "limit")
    key = prefix_key(q)  # empty for a prefix of controls or marks alone: nothing starts so
    return Suggestions(q, vocabulary.complete(key, limit) if key else [])
