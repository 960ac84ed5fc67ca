"""How the API's JSON reads on a terminal: indented, with containers of scalars kept on one line when they fit."""

from __future__ import annotations

import json

from index.search.json_text import LINE_WIDTH, indented


def test_a_pair_of_offsets_and_a_facet_take_one_line_each() -> None:
    text = indented({"matches": [[3, 7], [42, 46]], "province": [{"value": "甘肃省", "count": 2}]}, json.dumps)
    assert text.splitlines() == [
        "{",
        '  "matches": [[3, 7], [42, 46]],',
        '  "province": [{"value": "\\u7518\\u8083\\u7701", "count": 2}]',
        "}",
    ]


def test_a_list_of_chinese_words_too_wide_for_a_terminal_is_one_word_a_line() -> None:
    words = ["网络安全宣传周"] * 8  # 8 × 7 characters, each two columns wide: past LINE_WIDTH
    text = indented({"words": words}, lambda value: json.dumps(value, ensure_ascii=False))
    assert all(len(line) < LINE_WIDTH for line in text.splitlines())
    assert text.count("网络安全宣传周") == 8 and json.loads(text) == {"words": words}


def test_containers_of_containers_are_indented_as_json_dumps_indents_them() -> None:
    data = {"hits": [{"id": "a", "sections": [{"heading": None}]}], "notes": []}
    assert json.loads(indented(data, json.dumps)) == data
    assert indented(data, json.dumps).startswith('{\n  "hits": [\n    {\n      "id": "a",')
