"""Positions as packed integers instead of Whoosh's pickle: the posting format of the fields phrases read.

Whoosh's `Positions` stores a posting's positions as a 4-byte count and a pickled list of deltas: 13 bytes for
the one position most bigram postings have, and a pickle call to make and to read each. Here a posting's value
is one byte giving the width (2 or 4) and the deltas as little-endian unsigned integers of that width: 3 bytes
for one position, read by `array` in C. The count is the weight Whoosh keeps beside every posting anyway.
"""

from __future__ import annotations

import struct
import sys
from array import array
from itertools import accumulate

from whoosh.formats import Positions

_BIG_ENDIAN = sys.byteorder == "big"
_WIDTHS = {2: "H", 4: "I"}
_SHORT = 2**16
_ONE = struct.Struct("<BH")


class PackedPositions(Positions):
    """Whoosh's `Positions` (phrases, frequencies, weights) with values packed as described above."""

    def encode(self, poslist: list[int]) -> bytes:
        if len(poslist) == 1 and poslist[0] < _SHORT:  # most postings of the bigram field
            return _ONE.pack(2, poslist[0])
        deltas = [poslist[0], *(b - a for a, b in zip(poslist, poslist[1:], strict=False))] if poslist else []
        width = 2 if not deltas or max(deltas) < _SHORT else 4
        packed = array(_WIDTHS[width], deltas)
        if _BIG_ENDIAN:
            packed.byteswap()
        return bytes((width,)) + packed.tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        packed = array(_WIDTHS[valuestring[0]])
        packed.frombytes(valuestring[1:])
        if _BIG_ENDIAN:
            packed.byteswap()
        return list(accumulate(packed))

    def decode_frequency(self, valuestring: bytes) -> int:
        return (len(valuestring) - 1) // valuestring[0]

    def decode_weight(self, valuestring: bytes) -> float:
        return self.decode_frequency(valuestring) * self.field_boost
