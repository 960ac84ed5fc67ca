"""Full-width letters and digits and the wide spaces to their half-width forms: ５Ｇ -> 5G, ２０２０年 -> 2020年.

Chinese punctuation (，。：) keeps its width: it is how Chinese text is written, and sentence ends are
recognised in both widths.
"""

from __future__ import annotations

_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # ０-９
_WIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_WIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_WIDTH.update({0x3000: 0x20, 0x00A0: 0x20})  # ideographic and no-break space


def fold_width(text: str) -> str:
    """Full-width letters and digits and the ideographic space to half-width: ５Ｇ -> 5G."""
    return text.translate(_WIDTH)
