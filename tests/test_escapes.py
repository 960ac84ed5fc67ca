"""Scraped JSON Lines text fields escaped once too often read as what they stand for (index/ingest/escapes.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks.layouts import DEFAULT_DATA
from index.article import RawDocument
from index.ingest.escapes import split_escaped_lines, unescape_text
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.settings import Settings

CORPUS = DEFAULT_DATA  # the shared corpus beside the project

# A body as a scraper that serialised it twice left it: its line breaks are the two characters \ and n.
ESCAPED = (
    "寒潮来袭，萍乡迎来今冬第一场雪~\\n这两天\\n大家都被冻得瑟瑟发抖\\n"
    "市气象台预计，本周后期气温将逐步回升。\\n出门请注意防寒保暖，雨雪天气驾车务必减速慢行。"
)


def _read(tmp_path: Path, **record: str) -> RawDocument:
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (raw,) = read_sources([path], Settings().max_file_bytes)
    assert isinstance(raw, RawDocument)
    return raw


def test_a_body_escaped_twice_comes_out_in_its_lines(tmp_path: Path) -> None:
    raw = _read(tmp_path, title="萍乡迎来今冬第一场雪", body=ESCAPED)
    assert "\\n" not in raw.text
    assert raw.text.split("\n")[:3] == ["寒潮来袭，萍乡迎来今冬第一场雪~", "这两天", "大家都被冻得瑟瑟发抖"]


def test_a_body_escaped_twice_is_extracted_in_paragraphs(tmp_path: Path) -> None:
    article = extract(_read(tmp_path, title="萍乡迎来今冬第一场雪", body=ESCAPED))
    assert article.body.split("\n")[-2:] == [
        "市气象台预计，本周后期气温将逐步回升。",
        "出门请注意防寒保暖，雨雪天气驾车务必减速慢行。",
    ]
    assert "\\n" not in article.body


def test_escaped_tabs_quotes_and_backslashes_of_such_a_body_are_undone() -> None:
    text = r"我们以\\\"优质服务、信誉至上\\\"的观念迎接新朋友。\n\t热忱欢迎各界人士来电垂询。"
    assert unescape_text(text) == '我们以"优质服务、信誉至上"的观念迎接新朋友。\n\t热忱欢迎各界人士来电垂询。'


def test_a_text_that_means_its_backslashes_keeps_them() -> None:
    text = "故障提示：无法打开文件d:\\new\\temp\\report.txt，请联系管理员。"
    assert unescape_text(text) == text


def test_a_text_with_real_line_breaks_keeps_an_escape_it_quotes() -> None:
    text = "在C语言里，换行写作\\n。\n下一段讲制表符\\t的用法。"
    assert unescape_text(text) == text


def test_a_unicode_escape_reads_as_its_character() -> None:
    assert unescape_text("\\u3000\\u3000记者从市政府获悉") == "\u3000\u3000记者从市政府获悉"


def test_html_entities_in_plain_text_read_as_their_characters() -> None:
    text = "律师建议&gt;&gt;&nbsp;可请银行协助&ldquo;起诉盗刷人&rdquo;&amp;amp;追回损失"
    assert unescape_text(text) == "律师建议>>\xa0可请银行协助“起诉盗刷人”&追回损失"


def test_an_ampersand_without_its_semicolon_stays() -> None:
    text = "详见 news.example.cn/view?id=12&copy=1 的通报"
    assert unescape_text(text) == text


def test_a_title_field_is_unescaped_too(tmp_path: Path) -> None:
    raw = _read(tmp_path, title="&ldquo;清朗&rdquo;行动整治网络谣言", body="市网信办开展专项行动，集中整治网络谣言。")
    assert raw.meta["title"] == "“清朗”行动整治网络谣言"


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_file(), reason="shared corpus not found")
def test_no_body_of_the_corpus_keeps_an_escaped_line_break_beside_chinese_text() -> None:
    kept = [
        raw
        for raw in read_sources([CORPUS], Settings().max_file_bytes)
        if isinstance(raw, RawDocument) and "\\n" in raw.text and "\n" not in raw.text
    ]
    # what is left means its backslashes: a Windows path in a server's error message (`d:\nywwwroot\…`)
    beside_chinese = re.compile(r"[\u4e00-\u9fff]\s*\\n|\\n\s*[\u4e00-\u9fff]")
    assert len(kept) <= 1 and not any(beside_chinese.search(raw.text) for raw in kept)


def test_a_pages_escaped_breaks_between_chinese_text_are_line_breaks() -> None:
    assert (
        split_escaped_lines("会议指出。\\n下一步\n\\n(参与报道：王海燕)") == "会议指出。\n下一步\n\n(参与报道：王海燕)"
    )


def test_an_escaped_break_in_code_stays() -> None:
    assert split_escaped_lines('运行 printf("中文\\n") 即可\n第二行') == '运行 printf("中文\\n") 即可\n第二行'
