"""A record's days and lines (a note's, a wiki page's, a shared document's, an issue's) around the article it holds."""

from __future__ import annotations

from pathlib import Path

from exported_story import PARAGRAPHS, TITLE, text_file

from index.ingest.extract import extract
from index.ingest.record_lines import address_lines, is_record_day, record_day_lines
from index.ingest.sources import read_sources
from index.settings import Settings


def test_a_wikis_creation_and_last_edit_are_record_days() -> None:
    assert is_record_day("由 王海燕 创建于 2020-09-20，最后修改于 2020-10-25 15:20")
    assert is_record_day("最后修改：刘志强 2020/10/9")


def test_a_publication_line_that_also_gives_its_update_is_no_record_day() -> None:
    assert not is_record_day("发布时间：2020-09-14 10:20　更新时间：2020-09-15 08:00")


def test_an_issue_and_its_issuers_day_are_record_days() -> None:
    assert is_record_day("出版日期：2020年10月9日")
    assert is_record_day("江城市网信办编　　　　2020年10月12日")


def test_record_days_are_kept_when_the_page_gives_no_other_day() -> None:
    assert record_day_lines(["创建时间：2020-09-20 08:35", TITLE, *PARAGRAPHS]) == set()


def test_a_notes_creation_and_edit_yield_to_its_source_lines_day(tmp_path: Path) -> None:
    lines = [f"# {TITLE}", "", "创建时间：2020-09-26 08:35", "修改时间：2020-10-14 21:10", "", "---", ""]
    lines += ["来源：中国新闻网 2020年9月14日", "", *PARAGRAPHS]
    article = text_file(tmp_path, "note.md", lines)
    assert article.date == "2020-09-14"
    assert "创建时间" not in article.body and "修改时间" not in article.body


def test_a_shared_documents_edited_day_yields_to_its_original_publication(tmp_path: Path) -> None:
    lines = [f"# {TITLE}", "", "编辑于 2020年10月20日 · 5人阅读", "", "原文发布：2020年9月14日　来源：中国新闻网", ""]
    assert text_file(tmp_path, "doc.md", [*lines, *PARAGRAPHS]).date == "2020-09-14"


def test_an_address_alone_above_the_text_is_no_text() -> None:
    assert address_lines(["https://www.example.cn/gn/300.shtml", PARAGRAPHS[0]]) == {0}


def test_an_address_under_the_texts_first_sentence_stays() -> None:
    assert address_lines([PARAGRAPHS[0], "https://www.example.cn/gn/300.shtml"]) == set()


def test_a_posts_edit_day_over_its_text_never_dates_it_when_its_publication_is_under_it(tmp_path: Path) -> None:
    """The day of `修改于` is the one a page's markup and htmldate see first; blanked as the record's, it must not
    come back as htmldate's day that the page seems to write nowhere."""
    page = (
        f'<html><head><meta charset="utf-8"><title>{TITLE} - 江城社区</title></head><body>'
        f'<div class="nav"><a href="/">首页</a> <a href="/hot">热门</a></div><article><h1>{TITLE}</h1>'
        '<div class="meta"><a class="user">江城观察者</a> '
        '<span class="time">修改于2020-09-16 08:31 · 来自江城社区</span>'
        f"</div>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}"
        '<div class="foot">发布于2020-09-14 14:45 · 来自江城社区</div></article>'
        '<div class="comments"><p>网友甲：支持！ 09-16 09:10</p></div></body></html>'
    )
    (tmp_path / "post.html").write_text(page, encoding="utf-8")
    article = extract(next(iter(read_sources([tmp_path / "post.html"], Settings().max_file_bytes))))
    assert article.date == "2020-09-14"


def test_an_uploads_day_is_a_record_day() -> None:
    assert is_record_day("上传于 2020-05-08 · 共3页 · 下载12次")
    assert is_record_day("上传时间：2020-05-10　上传者：王海燕")


def test_a_notebook_cells_last_run_is_a_record_day() -> None:
    assert is_record_day("最后执行于 2020-05-05 10:21:03，用时 311ms")
    assert is_record_day("运行时间：2020-04-27 10:23")


def test_an_issues_printing_day_after_it_is_a_record_day() -> None:
    assert is_record_day("2020年第8期（总第208期）　江城市网信办　2020年4月28日出版")
    assert is_record_day("2020-04-18 · 第12期 · 共4条")


def test_the_day_a_notices_rule_applies_is_no_record_day() -> None:
    assert not is_record_day("执行时间：2020年10月1日至2020年12月31日")


def test_a_collectors_saved_day_yields_to_the_day_beside_the_articles_source() -> None:
    lines = [TITLE, "中国新闻网 · 2020年9月14日", "保存于 2021年5月2日 · 约 3 分钟", *PARAGRAPHS]
    assert record_day_lines(lines) == {2}


def test_a_libraries_reposted_day_is_a_record_day() -> None:
    assert is_record_day("转藏于 2021-05-02 10:24")
    assert is_record_day("添加于 2021年3月30日星期二 上午10:24:05")


def test_a_readers_name_beside_a_day_under_the_text_leaves_the_records_day() -> None:
    lines = [TITLE, *PARAGRAPHS, "编辑于 2020-09-14 18:03", "旅行的猫 2020-09-15", "说得对。"]
    assert record_day_lines(lines) == set()
