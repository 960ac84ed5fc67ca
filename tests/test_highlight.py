"""Highlighting: a query's words and phrases found in stored text, as the index matches them."""

from __future__ import annotations

import random
import re

from index.search.highlight import GAP_CHARACTERS, find_matches
from index.text.analysis import characters


def _by_class(text: str, needles: tuple[str, ...]) -> list[tuple[int, int]]:
    """The specification: each needle's pieces with up to three spaces or punctuation marks between them, the
    longest needle first at each place, touching matches one."""
    gap = "[" + re.escape(GAP_CHARACTERS) + "]{0,3}"
    parts = [gap.join(re.escape(t) for t, _, _ in characters(n)) for n in sorted(set(needles), key=len, reverse=True)]
    merged: list[tuple[int, int]] = []
    for match in re.finditer("|".join(p for p in parts if p), text, re.IGNORECASE):
        if merged and merged[-1][1] == match.start():
            merged[-1] = (merged[-1][0], match.end())
        else:
            merged.append(match.span())
    return merged


def test_a_phrase_is_found_across_punctuation_and_spaces():
    text = "会议强调，网络、安全是发展的前提；网络 安全宣传周于9月举行。"
    assert [text[a:b] for a, b in find_matches(text, ("网络安全",))] == ["网络、安全", "网络 安全"]


def test_four_marks_between_two_characters_part_them():
    assert find_matches("网络……——安全", ("网络安全",)) == []


def test_matches_are_those_of_the_phrase_with_any_mark_between_its_characters():
    rng = random.Random(24)
    pieces = ["网", "络", "安", "全", "数", "字", "5G", "IPv6", "ipv6", "法"]
    marks = list(GAP_CHARACTERS) + ["的", "x", "\u3000"]
    needles_pool = ["网络安全", "数字", "5G网络", "IPv6", "安全法", "网"]
    for _ in range(400):
        text = "".join(rng.choice(pieces + marks) for _ in range(rng.randint(0, 40)))
        needles = tuple(rng.sample(needles_pool, rng.randint(1, 3)))
        assert find_matches(text, needles) == _by_class(text, needles), (text, needles)
