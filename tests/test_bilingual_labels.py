"""A bilingual site's labels (a Chinese label beside its English one) are its menu's, never the article's."""

from __future__ import annotations

from index.ingest.bilingual_labels import label_lines

TEXT = "9月14日上午，2020年江城市网络安全宣传周在市民广场启动，现场设置了个人信息保护、防范电信诈骗等展区。"


def test_a_menu_one_bilingual_label_a_line_is_the_pages() -> None:
    lines = ["首页 Home", "机构概况 About Us", "外事动态 News", "办事指南 Services", TEXT]
    assert label_lines(lines) == {0, 1, 2, 3}


def test_a_line_of_several_bilingual_labels_is_the_pages() -> None:
    assert label_lines(["新闻中心 News | 学校概况 About", TEXT]) == {0}


def test_a_storys_heading_naming_something_in_english_once_stays() -> None:
    assert label_lines(["江城马拉松 Jiangcheng Marathon", TEXT]) == set()
