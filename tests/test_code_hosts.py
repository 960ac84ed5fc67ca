"""A code host's file view is read as its rendered file: the repository's frame is no text and no headline."""

from __future__ import annotations

from index.ingest.code_hosts import rendered_file, without_issue_suffix
from index.ingest.html import read_page

TITLE = "江城市启动2020年网络安全宣传周活动"
TEXT = "9月14日上午，2020年江城市网络安全宣传周在市民广场启动，现场设置了个人信息保护、防范电信诈骗等展区。" * 3
FRAME = """<div class="repo-head"><h1><a>wanghaiyan</a> / <a>jc-news</a></h1><span>Star 3</span></div>
<div class="commit">王海燕 提交于 3年前 . 新增 0914 稿件</div>
<div class="toolbar"><a>原始数据</a><a>历史</a><span>45 行 · 3.21 KB</span></div>"""


def _page(title: str) -> str:
    file = f'<div class="file-content markdown-body"><h1>{TITLE}</h1><p>发布时间：2020-09-14</p><p>{TEXT}</p></div>'
    return f"<html><head><title>{title}</title></head><body>{FRAME}{file}</body></html>"


def test_a_code_hosts_file_view_is_its_rendered_file_titled_by_its_heading() -> None:
    text, meta, _ = read_page(_page("jc-news/2020/0914.md at master · wanghaiyan/jc-news · Gitee.com"))
    assert meta["title"] == TITLE
    assert "提交于" not in text and "wanghaiyan" not in text and TEXT in text


def test_a_blog_rendering_markdown_in_the_same_class_stays_whole() -> None:
    page = _page(f"{TITLE} - 江城笔记")
    assert rendered_file(page) == page


def test_an_issues_number_and_repository_leave_its_headline() -> None:
    assert without_issue_suffix(f"{TITLE} · Issue #12 · wanghaiyan/jc-news") == TITLE
    assert without_issue_suffix("第3号台风登陆 #台风# 最新消息") == "第3号台风登陆 #台风# 最新消息"
