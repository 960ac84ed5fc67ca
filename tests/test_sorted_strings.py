"""The vocabulary's sorted strings (index/store/sorted_strings.py) are looked up from every STRIDE-th string
kept in memory; the answers must be those of a bisection over all of them."""

from __future__ import annotations

import bisect
import itertools

from index.store.sorted_strings import STRIDE, SortedStrings

PLACES = ["北京", "上海", "广州", "深圳", "重庆", "成都", "武汉", "西安", "南京", "杭州", "长沙", "郑州"]
ENDINGS = ["", "市", "市民", "地铁", "警方", "疫情", "疫情防控", "大学", "机场", "高新区", "经开区"]


def strings(words: list[str]) -> SortedStrings:
    arrays = SortedStrings.arrays("keys", words)
    return SortedStrings(arrays["keys"], arrays["keys_offsets"])


def test_every_word_and_prefix_is_found_where_a_full_bisection_finds_it() -> None:
    words = sorted({p + e for p in PLACES for e in ENDINGS}, key=lambda w: w.encode("utf-8"))
    assert len(words) > 2 * STRIDE
    found, encoded = strings(words), [w.encode("utf-8") for w in words]
    for key in [*words, *PLACES, "北", "重庆市民", "天津", "", "长沙经开区", "郑州高新区管委会", "a"]:
        raw = key.encode("utf-8")
        assert found.exact(key) == (bisect.bisect_left(encoded, raw), bisect.bisect_right(encoded, raw)), key
        assert found.range(key) == (bisect.bisect_left(encoded, raw), bisect.bisect_left(encoded, raw + b"\xff"))


def test_an_empty_table_finds_nothing() -> None:
    assert strings([]).exact("北京") == (0, 0) and strings([]).range("北") == (0, 0)


def test_find_gives_a_strings_position_and_minus_one_for_a_string_not_held() -> None:
    words = sorted({p + e for p in PLACES for e in ENDINGS}, key=lambda w: w.encode("utf-8"))
    found = strings(words)
    assert [found.find(w.encode("utf-8")) for w in words] == list(range(len(words)))
    assert [found.find(w.encode("utf-8")) for w in ["北", "天津", "", "郑州高新区管委会"]] == [-1] * 4
    assert strings([]).find("北京".encode()) == -1


def test_ascii_and_chinese_strings_are_laid_out_as_their_utf8_bytes() -> None:
    mixed = ["", "𠀋字", "café", "Ａ股", "", "lǜ", "重庆"]  # one to four bytes a character, empty strings first
    for words in (["chongqing", "", "cq", "wangluo"], ["重庆", "", "IPv6", "网络安全"], mixed):
        arrays = SortedStrings.arrays("keys", words)
        assert arrays["keys"].tobytes() == "".join(words).encode("utf-8")
        assert arrays["keys_offsets"].tolist() == [0, *itertools.accumulate(len(w.encode("utf-8")) for w in words)]
        assert strings(words).all() == words
