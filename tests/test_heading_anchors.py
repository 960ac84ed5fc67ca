"""A heading's link to itself (`¶`, `#`) is a mark, never the headline's words."""

from __future__ import annotations

from index.ingest.heading_anchors import without_heading_anchors
from index.ingest.html import read_html


def test_a_pilcrow_closing_a_heading_is_dropped() -> None:
    markup = '<h1 id="s1">江城市启动网络安全宣传周<a class="headerlink" href="#s1" title="永久链接至标题">¶</a></h1>'
    assert without_heading_anchors(markup) == '<h1 id="s1">江城市启动网络安全宣传周</h1>'


def test_a_hash_opening_a_heading_is_dropped() -> None:
    markup = '<h1 id="x"><a href="#x" class="header-anchor">#</a> 江城市启动网络安全宣传周</h1>'
    assert without_heading_anchors(markup) == '<h1 id="x"> 江城市启动网络安全宣传周</h1>'


def test_a_link_to_a_fragment_with_words_stays() -> None:
    markup = '<p>详见<a href="#fj">附件一</a>。</p>'
    assert without_heading_anchors(markup) == markup


def test_a_documentation_pages_title_has_no_anchor_mark() -> None:
    text = "9月14日上午，2020年江城市网络安全宣传周在市民广场启动，现场设置了个人信息保护、防范电信诈骗等展区。"
    page = (
        '<html><head><meta charset="utf-8"><title>江城市启动网络安全宣传周 | 网信知识库</title></head><body>'
        '<h1 id="s1"><a href="#s1" class="header-anchor">#</a> 江城市启动网络安全宣传周</h1>'
        f"<p>{text}</p><p>{text}</p></body></html>"
    )
    assert read_html(page)[1]["title"] == "江城市启动网络安全宣传周"
