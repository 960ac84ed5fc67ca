"""A browser's HAR capture read as the articles its API responses hold (index/ingest/har_captures.py)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from index.article import Skipped
from index.ingest.extract import extract
from index.ingest.har_captures import articles
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "江城市开展网络安全宣传周活动"
LEAD = "9月13日上午，江城市网络安全宣传周活动在市民广场启动。现场设置了二十余个展位。"
SECOND = "活动期间，全市各级网信部门将组织网络安全知识进社区、进校园、进企业。"


def _capture(*bodies: object, encoding: str = "") -> bytes:
    entries = []
    for body in bodies:
        text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
        content = {"mimeType": "application/json", "text": text}
        if encoding:
            content |= {"encoding": encoding, "text": base64.b64encode(text.encode()).decode()}
        entries.append({"startedDateTime": "2024-05-01T02:00:00Z", "response": {"status": 200, "content": content}})
    return json.dumps({"log": {"version": "1.2", "entries": entries}}, ensure_ascii=False).encode("utf-8")


def test_an_object_with_a_headline_beside_a_text_is_the_article_a_list_of_headlines_none() -> None:
    listing = {"data": {"list": [{"title": "江城召开防汛工作会议", "summary": "3月5日上午。"}]}}
    detail = {"code": 0, "data": {"title": TITLE, "content": f"<p>{LEAD}</p><p>{SECOND}</p>", "pubTime": "2021-09-13"}}
    (item,) = articles(_capture(listing, detail))
    assert (item.fields["title"], item.fields["date"], item.text) == (
        TITLE,
        "2021-09-13",
        f"<p>{LEAD}</p><p>{SECOND}</p>",
    )


def test_a_day_in_epoch_milliseconds_is_the_day_shown_in_china_and_an_update_time_never() -> None:
    detail = {"articleTitle": TITLE, "articleContent": LEAD, "updateTime": 1700000000000, "publishTime": 1631462400000}
    (item,) = articles(_capture(detail, encoding="base64"))
    assert item.fields["date"].startswith("2021-09-13")


def test_the_sites_account_is_no_writer() -> None:
    (item,) = articles(_capture({"title": TITLE, "content": LEAD, "author": "admin"}))
    assert "author" not in item.fields


def test_a_capture_is_read_as_articles_and_one_without_an_article_reported(tmp_path: Path) -> None:
    (tmp_path / "a.har").write_bytes(_capture({"data": {"title": TITLE, "content": f"{LEAD}\n{SECOND}"}}))
    (tmp_path / "b.har").write_bytes(_capture("var a = 1;", {"list": [{"title": TITLE}]}))
    found = list(read_sources([tmp_path], Settings().max_file_bytes))
    article = extract(found[0])
    assert (article.title, article.body.split("\n")) == (TITLE, [LEAD, SECOND])
    assert isinstance(found[1], Skipped) and "capture" in found[1].reason


def test_odd_captures_never_raise() -> None:
    for data in (b"", b"{", b'{"log": 3}', b'{"log": {"entries": [1, null, {"response": []}]}}', b"[" * 5000):
        assert isinstance(list(articles(data)), list)
