"""Aliases: names that stand for each other in a query (简称 ⇄ 全称: 工信部 and 工业和信息化部), from a table
shipped with the package (`index/text/data/aliases.txt`, provenance in its header) and an operator's own file
(`SEARCH_ALIASES`). Both are read at query time, never at build time: the index holds each form as written,
and a query holding one form asks for any of them, so an edit takes effect at the next query (the file is
read again when its modification time or size changes), without a rebuild.

Format: one group a line, its forms separated by spaces or tabs (`工业和信息化部 工信部`); `#` starts a
comment line. Forms are normalized like indexed text (Traditional -> Simplified, full-width -> half-width).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from index.text.normalize import normalize_text

BUNDLED = Path(__file__).with_name("data") / "aliases.txt"


class AliasError(ValueError):
    """An alias file that cannot be read or parsed; the message names the file and line."""


@dataclass(frozen=True)
class Found:
    """A stretch of a text that is one form of an alias group: where it stands and every other form."""

    start: int
    end: int
    text: str
    others: tuple[str, ...]


@dataclass(frozen=True)
class Aliases:
    """Every form with the other forms of its groups (a form in two groups stands for the forms of both)."""

    forms: dict[str, tuple[str, ...]]
    user_file: str | None

    @property
    def longest(self) -> int:
        return max(map(len, self.forms), default=0)

    def find(self, text: str) -> list[Found]:
        """The forms standing in `text` (lowercase, normalized), longest first from left to right, never
        overlapping: 国家卫健委 is one form, not 卫健委 inside it."""
        found, at, longest = [], 0, self.longest
        while at < len(text):
            for end in range(min(len(text), at + longest), at + 1, -1):
                others = self.forms.get(text[at:end])
                if others:
                    found.append(Found(at, end, text[at:end], others))
                    at = end
                    break
            else:
                at += 1
        return found

    def describe(self) -> dict:
        return {"forms": len(self.forms), "user_file": self.user_file}

    def joined(self, groups: list[tuple[str, ...]]) -> Aliases:
        """These aliases with `groups` (forms lowercase and normalized) besides: the pairs the index's own
        articles introduce (index/store/introduced.py)."""
        return Aliases(_forms([*((f, o) for f, others in self.forms.items() for o in others), *groups]), self.user_file)


def parse(text: str, name: str) -> list[tuple[str, ...]]:
    """The groups of an alias file; AliasError naming `name` and the line for a group of fewer than two forms."""
    groups = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        forms = tuple(dict.fromkeys(normalize_text(f).strip().lower() for f in line.split()))
        if len(forms) < 2:
            raise AliasError(f"{name}, line {number}: expected two or more forms separated by spaces, got {line!r}")
        groups.append(forms)
    return groups


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise AliasError(f"cannot read the alias file {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise AliasError(f"the alias file {path} is not UTF-8 text") from None


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError as error:
        raise AliasError(f"cannot read the alias file {path}: {error.strerror or error}") from None
    return stat.st_mtime_ns, stat.st_size


@lru_cache(maxsize=8)
def _load(user_file: str | None, stamps: tuple) -> Aliases:
    groups = parse(BUNDLED.read_text(encoding="utf-8"), BUNDLED.name)
    if user_file:
        groups += parse(_read(Path(user_file)), user_file)
    return Aliases(_forms(groups), user_file or None)


def _forms(groups: list[tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    forms: dict[str, list[str]] = {}
    for group in groups:
        for form in group:
            forms.setdefault(form, []).extend(f for f in group if f != form)
    return {f: tuple(dict.fromkeys(o)) for f, o in forms.items()}


def stamps(user_file: str | None = None) -> tuple:
    """What tells the aliases' files as they are now from any earlier state (each one's modification time and size)."""
    return (_stamp(BUNDLED), _stamp(Path(user_file)) if user_file else None)


def load(user_file: str | None = None) -> Aliases:
    """The bundled aliases plus those of `user_file` (a path; None or "" for none), read again when either
    file changed on disk; AliasError for a user file that is missing or malformed."""
    return _load(user_file or None, stamps(user_file))
