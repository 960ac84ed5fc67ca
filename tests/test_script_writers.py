"""The writers an article's record names in a page's script state (index.ingest.script_writers)."""

from __future__ import annotations

import json

from index.ingest import script_writers

TITLE = "江城港集装箱吞吐量创新高"


def _state(record: dict, *others: dict) -> str:
    return "window.__INITIAL_STATE__ = " + json.dumps({"article": record, "others": list(others)}, ensure_ascii=False)


def test_a_list_of_writer_records_beside_the_title_gives_their_names() -> None:
    state = _state({"title": TITLE, "authors": [{"publishName": "谢书婷"}, {"publishName": "高远"}]})
    assert script_writers.writers([state], TITLE) == ["谢书婷", "高远"]


def test_one_writer_record_gives_its_name() -> None:
    assert script_writers.writers([_state({"title": TITLE, "author": {"name": "孟繁星"}})], TITLE) == ["孟繁星"]


def test_a_script_without_the_articles_title_names_no_writer() -> None:
    assert script_writers.writers([_state({"title": "另一篇", "author": "孟繁星"})], TITLE) == []


def test_a_comments_writer_far_from_the_articles_record_is_no_writer() -> None:
    comments = [{"text": "写得好，" * 80, "author": {"name": "路人甲"}}] * 3
    state = _state({"title": TITLE, "content": "正文" * 10}, *comments)
    assert script_writers.writers([state], TITLE) == []
