"""The words jieba is given on top of its own dictionary: the domain's words shipped with the package
(`index/text/data/domain_words.txt`, provenance in its header) and an operator's own (`SEARCH_USER_DICT`).

Both files are in jieba's user-dictionary format (`word [frequency] [tag]`). The build and the service must
segment with the same words, so the dictionaries' hash is recorded in the index's metadata and compared by
the service (`/api/health`) and by the next build (which then says a `--full` rebuild is due).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from index.text.normalize import normalize_text

BUNDLED = Path(__file__).with_name("data") / "domain_words.txt"
_TAG = re.compile(r"[A-Za-z]+")


class DictionaryError(ValueError):
    """A user dictionary that cannot be read or parsed; the message names the file and line."""


@dataclass(frozen=True)
class Entry:
    word: str
    freq: int | None = None
    tag: str | None = None


@dataclass(frozen=True)
class Dictionary:
    """The words added to jieba's, in order (bundled first), and where they came from."""

    entries: tuple[Entry, ...]
    user_dict: str | None  # the operator's file, as given

    @cached_property
    def hash(self) -> str:
        """Identifies what segmentation these words give: a hash of the entries, not of the files' bytes,
        so comments, blank lines and Traditional spellings of the same words do not count as a change."""
        canonical = "\n".join(f"{e.word}\t{e.freq or ''}\t{e.tag or ''}" for e in self.entries)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]

    def describe(self) -> dict:
        """What the index metadata and /api/health record about it."""
        return {"hash": self.hash, "words": len(self.entries), "user_dict": self.user_dict}


def parse(text: str, name: str) -> list[Entry]:
    """The entries of a dictionary in jieba's format; DictionaryError naming `name` and the line otherwise."""
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):  # whole-line comments only: `C#` is a word
            continue
        parts = line.split()
        word = normalize_text(parts[0]).strip()
        freq, tag = None, None
        for part in parts[1:]:
            if part.isascii() and part.isdigit() and freq is None and tag is None:
                freq = int(part)
            elif _TAG.fullmatch(part) and tag is None:
                tag = part.lower()
            else:
                raise DictionaryError(
                    f"{name}, line {number}: expected `word [frequency] [tag]` (jieba's format), got {line!r}"
                )
        if word:
            entries.append(Entry(word, freq, tag))
    return entries


def _read(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DictionaryError(f"cannot read the user dictionary {path}: {error.strerror or error}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DictionaryError(f"the user dictionary {path} is not UTF-8 text") from None


@lru_cache(maxsize=8)
def _load(user_dict: str | None, stamp: tuple[int, ...]) -> Dictionary:
    entries = parse(BUNDLED.read_text(encoding="utf-8"), str(BUNDLED.name))
    if user_dict:
        entries += parse(_read(Path(user_dict)), user_dict)
    return Dictionary(tuple(dict.fromkeys(entries)), user_dict or None)


def load(user_dict: str | None = None) -> Dictionary:
    """The bundled words plus those of `user_dict` (a path; None or "" for none). A file that changed
    on disk (its modification time or size) is read again, so a service segments its next query with the
    new words; DictionaryError for one that is missing or malformed."""
    bundled = BUNDLED.stat()
    stamp = (bundled.st_mtime_ns, bundled.st_size)
    if user_dict:
        try:
            stat = Path(user_dict).stat()
        except OSError as error:
            raise DictionaryError(f"cannot read the user dictionary {user_dict}: {error.strerror or error}") from None
        stamp += (stat.st_mtime_ns, stat.st_size)
    return _load(user_dict or None, stamp)
