"""Packed positions read back as written, and cost a fraction of Whoosh's pickled ones."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from whoosh.formats import Positions

from index.store.positions import PackedPositions

_POSITIONS = st.lists(st.integers(0, 2**31), unique=True, max_size=50).map(sorted)


@given(positions=_POSITIONS)
def test_packed_positions_read_back_with_their_frequency(positions: list[int]) -> None:
    packed = PackedPositions().encode(positions)
    assert PackedPositions().decode_positions(packed) == positions
    assert PackedPositions().decode_frequency(packed) == len(positions)


def test_one_position_takes_three_bytes_where_whoosh_takes_thirteen_or_more() -> None:
    assert len(PackedPositions().encode([1234])) == 3
    assert len(Positions().encode([5])) == 13 and len(Positions().encode([1234])) == 14
