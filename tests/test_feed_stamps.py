"""A handle beside a relative time under the headline is the post's writer (index.ingest.feed_stamps)."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.extract import extract
from index.ingest.feed_stamps import stamped_writer

TEXT = "随着国外疫情的爆发式增长，全球多家博物馆宣布临时闭馆。与此同时，上线开馆的博物馆数量也在增加。"


def test_the_handle_beside_a_relative_time_under_the_headline_is_the_writer() -> None:
    assert stamped_writer(["第一次去菜市场买活鱼", "拾光者 2天前", TEXT], "第一次去菜市场买活鱼") == "拾光者"


def test_an_outlets_name_beside_a_relative_time_is_no_writer() -> None:
    assert stamped_writer(["第一次去菜市场买活鱼", "新华社 3小时前", TEXT], "第一次去菜市场买活鱼") is None


def test_a_relative_time_never_dates_the_page_over_an_absolute_day() -> None:
    text = "\n".join(["第一次去菜市场买活鱼", "拾光者 2天前", TEXT, TEXT, "发布于 2023-02-06 18:30"])
    article = extract(RawDocument("feed", "feed.txt", text, "0" * 32, "utf-8", {}))
    assert (article.date, article.authors) == ("2023-02-06", ["拾光者"])


def test_the_posts_counters_after_the_relative_time_are_no_part_of_the_stamp() -> None:
    lines = ["菜市场里的烟火气", "城市漫游者 · 3天前 阅读 1.2万", TEXT]
    assert stamped_writer(lines, "菜市场里的烟火气") == "城市漫游者"
