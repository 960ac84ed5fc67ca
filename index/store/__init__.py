"""What a generation of the index keeps on disk, and the atomic swap that publishes one: the schema, the
segment writer, posting lists read as arrays, the vocabulary and the reprint groups."""

from index.store.generations import (
    CURRENT,
    LOCK,
    MANIFEST,
    META,
    BuildLocked,
    IndexMissing,
    IndexVersionMismatch,
    StoreError,
    build_lock,
    current_generation,
    new_workspace,
    open_generation,
    publish,
    read_json,
    remove_leftovers,
)
from index.store.schema import FORMAT_VERSION

__all__ = [
    "CURRENT",
    "FORMAT_VERSION",
    "LOCK",
    "MANIFEST",
    "META",
    "BuildLocked",
    "IndexMissing",
    "IndexVersionMismatch",
    "StoreError",
    "build_lock",
    "current_generation",
    "new_workspace",
    "open_generation",
    "publish",
    "read_json",
    "remove_leftovers",
]
