"""A title that is a file's name: its extension off, a slug no headline."""

from __future__ import annotations

from index.ingest.file_names import as_headline


def test_a_documents_extension_is_no_part_of_its_headline() -> None:
    assert as_headline("江城市召开2020年网信工作会议.docx") == "江城市召开2020年网信工作会议"
    assert as_headline("关于开展网络安全宣传周活动的通知.pdf") == "关于开展网络安全宣传周活动的通知"


def test_a_file_name_without_chinese_is_no_headline() -> None:
    assert as_headline("news-2020-03-30.md") is None


def test_a_headline_that_names_a_format_inside_stays() -> None:
    assert as_headline("江城发布PDF版电子政务指南") == "江城发布PDF版电子政务指南"


def test_a_name_a_program_gives_a_new_file_is_no_headline() -> None:
    for name in ("新建 Microsoft Word 文档", "新建 Microsoft Word 文档 (2)", "文档1", "Document1", "新建文本文档.txt"):
        assert as_headline(name) is None


def test_a_headline_about_new_documents_stays() -> None:
    assert as_headline("关于新建文档中心的通知") == "关于新建文档中心的通知"
    assert as_headline("文档管理办法") == "文档管理办法"
