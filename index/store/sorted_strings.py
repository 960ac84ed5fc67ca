"""Sorted strings on disk as numpy arrays: one UTF-8 blob with offsets, looked up by bisection, and the
arrays and bytes written durably (fsynced), as the vocabulary keeps them."""

from __future__ import annotations

import bisect
import os
from pathlib import Path

import numpy as np


def save_array(path: Path, array: np.ndarray) -> int:
    with open(path, "wb") as handle:
        np.save(handle, array)
        handle.flush()
        os.fsync(handle.fileno())
        return handle.tell()


def save_bytes(path: Path, data: bytes) -> int:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return len(data)


STRIDE = 64  # one string in this many is kept in memory to start a lookup (7,000 of the vocabulary's keys)


class SortedStrings:
    """Strings as one UTF-8 blob and offsets, in the order given (sorted where a prefix is looked up)."""

    def __init__(self, blob: np.ndarray, offsets: np.ndarray) -> None:
        self.blob, self.offsets = blob, offsets
        self._every: list[bytes] | None = None  # every STRIDE-th string, read at the first lookup

    @staticmethod
    def arrays(name: str, strings: list[str]) -> dict[str, np.ndarray]:
        """The blob and offsets of `strings`, encoded in one piece. ASCII strings (the vocabulary's readings) are a
        byte a character: the 506k pinyin readings of the 10.6k corpus's vocabulary, 0.11 s of CPU a string
        at a time, 0.02 so (/work/tmp/speed3/ssab.py), in the write that ends a build."""
        joined = "".join(strings)
        if joined.isascii():
            blob = joined.encode("ascii")
            ends = np.cumsum(np.fromiter(map(len, strings), np.int64, len(strings)))
        else:  # each character's UTF-8 width, summed to where each string ends (0.15 -> 0.05 s for 537k keys)
            blob = joined.encode("utf-8")
            points = np.frombuffer(joined.encode("utf-32-le"), "<u4")
            widths = 1 + (points >= 0x80).astype(np.int64) + (points >= 0x800) + (points >= 0x10000)
            chars = np.cumsum(np.fromiter(map(len, strings), np.int64, len(strings)))
            ends = np.concatenate([[0], np.cumsum(widths)])[chars]
        if len(ends) and ends[-1] >= 2**32:
            raise ValueError(f"the vocabulary's {name} take {ends[-1]} bytes, more than 32-bit offsets reach")
        offsets = np.concatenate([[0], ends]).astype(np.uint32)
        return {name: np.frombuffer(blob, dtype=np.uint8), f"{name}_offsets": offsets}

    @classmethod
    def load(cls, folder: Path, name: str, mmap: bool = False) -> SortedStrings:
        return cls(load_array(folder / f"{name}.npy", mmap), np.load(folder / f"{name}_offsets.npy"))

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> bytes:
        return self.blob[self.offsets[i] : self.offsets[i + 1]].tobytes()

    def all(self) -> list[str]:
        data = self.blob.tobytes()
        offsets = self.offsets.tolist()
        return [data[a:b].decode("utf-8") for a, b in zip(offsets, offsets[1:], strict=False)]

    def range(self, prefix: str) -> tuple[int, int]:
        """The positions of the strings that start with `prefix` (the strings sorted as UTF-8 bytes)."""
        low = prefix.encode("utf-8")
        return self._left(low), self._left(low + b"\xff")  # no UTF-8 byte is 0xff

    def exact(self, key: str) -> tuple[int, int]:
        """The positions of the strings equal to `key`."""
        found = key.encode("utf-8")
        return self._left(found), self._right(found)

    def find(self, key: bytes) -> int:
        """The position of `key`, or -1."""
        i = self._left(key)
        return i if i < len(self) and self[i] == key else -1

    def _left(self, key: bytes) -> int:
        """bisect_left over the strings: first among every STRIDE-th string (a list in memory), then within
        the STRIDE between two of them, so a lookup reads 7 strings of the blob instead of 19 (447,089 keys;
        the corrector looks up some 20 words a stretch: index/search/respell.py)."""
        at = bisect.bisect_left(self._sampled(), key)
        return bisect.bisect_left(self, key, max(0, (at - 1) * STRIDE), min(len(self), at * STRIDE))

    def _right(self, key: bytes) -> int:
        at = bisect.bisect_right(self._sampled(), key)
        return bisect.bisect_right(self, key, max(0, (at - 1) * STRIDE), min(len(self), at * STRIDE))

    def _sampled(self) -> list[bytes]:
        if self._every is None:
            self._every = [self[i] for i in range(0, len(self), STRIDE)]
        return self._every


def _load(path: Path, mmap: bool = True) -> np.ndarray:
    """An array from `path`, memory-mapped (as a plain ndarray: numpy's memmap class slows each index)."""
    return np.load(path, mmap_mode="r").view(np.ndarray) if mmap else np.load(path)


def load_array(path: Path, mmap: bool = True) -> np.ndarray:
    """An array from `path`, memory-mapped (as a plain ndarray: numpy's memmap class slows each index)."""
    return np.load(path, mmap_mode="r").view(np.ndarray) if mmap else np.load(path)
