"""A text a viewer shows twice (a preview, then the full view) is kept once, without the viewer's captions, buttons
and file details; a page quoting its lead once more is left as it is."""

from __future__ import annotations

from pathlib import Path

from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.ingest.twice_shown import shown_once
from index.settings import Settings

TEXT = [
    "4月1日，江城市网信办召开全市网络安全工作会议，部署今年网络安全重点工作。",
    "会议要求，各单位要压实网络安全责任，加强关键信息基础设施保护。",
    "会议强调，要加强网络安全宣传教育，提升全民网络安全意识和防护技能。",
]
DAY = "江城日报　2020年4月1日"
PAGE = [
    "江城网盘 | 登录 | 注册",
    "江城市召开网络安全工作会议.docx",
    "23页 · 下载 24 次",
    "文档预览",
    DAY,
    *TEXT,
    "下载文档 | 保存到网盘",
    "全文阅读",
    DAY,
    *TEXT,
]


def test_the_text_is_kept_once_without_the_viewers_lines() -> None:
    main = ["23页 · 下载 24 次", "文档预览", DAY, *TEXT, "下载文档 | 保存到网盘", "全文阅读", DAY, *TEXT]
    assert shown_once(PAGE, main) == [DAY, *TEXT]


def test_a_lead_quoted_once_more_is_no_second_copy() -> None:
    page = ["江城市召开网络安全工作会议", "摘要", TEXT[0], DAY, *TEXT]
    assert shown_once(page, [TEXT[0], DAY, *TEXT]) == [TEXT[0], DAY, *TEXT]


def test_a_drives_page_reads_as_its_document(tmp_path: Path) -> None:
    body = "".join(f"<p>{line}</p>" for line in [DAY, *TEXT])
    page = (
        '<html><head><meta charset="utf-8"><title>江城市召开网络安全工作会议.docx_免费下载_江城网盘</title></head>'
        "<body>"
        "<div>江城网盘 | 登录 | 注册</div><h2>江城市召开网络安全工作会议.docx</h2><div>23页 · 下载 24 次</div>"
        f"<div><h4>文档预览</h4>{body}</div><div>下载文档 | 保存到网盘</div><div><h4>全文阅读</h4>{body}</div>"
        "</body></html>"
    )
    path = tmp_path / "pan.html"
    path.write_text(page, encoding="utf-8")
    (raw,) = read_sources([path], Settings().max_file_bytes)
    article = extract(raw)
    assert article.title == "江城市召开网络安全工作会议"
    assert article.body.split("\n") == TEXT


def test_empty_input() -> None:
    assert shown_once([], []) == []
    assert shown_once(["", ""], [""]) == [""]
