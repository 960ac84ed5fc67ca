"""A note app's properties, metadata blocks, bullets and backlinks around the article it holds."""

from __future__ import annotations

from pathlib import Path

from exported_story import PARAGRAPHS, TITLE, text_file

from index.ingest.note_properties import read_properties, without_bullets


def test_an_outliners_title_property_is_the_headline_and_its_collected_day_no_day(tmp_path: Path) -> None:
    lines = [f"- 原文标题:: {TITLE}", "- 来源:: [[中国新闻网]]", "- 发布日期:: 2020年9月14日"]
    lines += ["- 收集于:: [[2021-05-02]]", "- 标签:: #网信 #待读", *[f"- {p}" for p in PARAGRAPHS]]
    article = text_file(tmp_path, "page.md", lines)
    assert (article.title, article.date) == (TITLE, "2020-09-14")
    assert "::" not in article.body and "收集于" not in article.body
    assert article.body.split("\n")[0] == PARAGRAPHS[0]


def test_a_collectors_note_among_an_outliners_bullets_is_no_text() -> None:
    lines = [f"- {TITLE}", *[f"  - {p}" for p in PARAGRAPHS], "  - 我的备注：转给宣传部"]
    assert without_bullets(lines) == [TITLE, *PARAGRAPHS, ""]


def test_a_list_among_paragraphs_keeps_its_bullets() -> None:
    lines = [PARAGRAPHS[0], PARAGRAPHS[1], "- 个人信息保护展区", "- 防范电信诈骗展区", "- 网络安全竞赛"]
    lines += [PARAGRAPHS[2], TITLE]
    assert without_bullets(lines) == lines


def test_a_desktop_wikis_header_block_and_created_line_leave_for_the_source_lines_day(tmp_path: Path) -> None:
    lines = ["Content-Type: text/x-zim-wiki", "Wiki-Format: zim 0.6", "Creation-Date: 2021-05-02T10:24:05+08:00", ""]
    lines += [f"====== {TITLE} ======", "Created 星期日 2021-05-02", "", "来源：中国新闻网　　2020年9月14日", ""]
    article = text_file(tmp_path, "wiki.txt", [*lines, *PARAGRAPHS, "[[网信资料:索引|返回索引]]"])
    assert (article.title, article.date) == (TITLE, "2020-09-14")
    assert not any(word in article.body for word in ("Content-Type", "Created", "返回索引", "=="))


def test_a_raw_exports_trailing_metadata_block_is_no_text() -> None:
    lines = [TITLE, *PARAGRAPHS, "", "id: 8f3a2c0e41d64b7a9e", "created_time: 2021-05-02T02:24:05.000Z"]
    lines += ["updated_time: 2021-05-03T08:00:00.000Z", "markup_language: 1"]
    found = read_properties(lines)
    assert found is not None and found.lines == {5, 6, 7, 8}


def test_two_latin_labels_in_a_story_are_no_metadata_block() -> None:
    assert read_properties([TITLE, "Email: office@example.cn", "Tel: 0771-1234567", *PARAGRAPHS]) is None


def test_a_notes_backlinks_section_is_no_text(tmp_path: Path) -> None:
    lines = [f"# {TITLE}", "", "出处:: [[中国新闻网]]", "日期:: 2020-09-14", "", *PARAGRAPHS, "## 反向链接"]
    article = text_file(tmp_path, "note.md", [*lines, "- [[网信剪报索引]]"])
    assert article.date == "2020-09-14" and "反向链接" not in article.body and "剪报索引" not in article.body
