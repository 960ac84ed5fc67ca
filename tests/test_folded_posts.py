"""A BBS post whose line breaks the page's markup did not keep is read as its header and paragraphs again."""

from __future__ import annotations

from index.ingest.bbs import read_header, unfolded

FOLDED = (
    "发信人: sunnyday (晴天), 信区: News 标  题: 江城举行网络安全宣传周活动发信站: 江城社区 (Sat Apr  4 10:26:00 2020),"
    " 站内  　　记者从江城市网信办获悉，今年网络安全宣传周活动将于下月在全市各区同步举行。"
    "  　　市网信办有关负责人表示，下一步将继续加强网络安全知识普及。"
    " -- ※ 来源:·江城社区 bbs.jc.net·[FROM: 61.148.10.*]"
)


def test_a_folded_posts_header_and_paragraphs_are_lines_again() -> None:
    lines = unfolded(FOLDED).split("\n")
    assert lines[:3] == [
        "发信人: sunnyday (晴天), 信区: News",
        "标题: 江城举行网络安全宣传周活动",
        "发信站: 江城社区 (Sat Apr  4 10:26:00 2020), 站内",
    ]
    assert lines[3].startswith("记者从") and lines[4].startswith("市网信办") and lines[-2:][0] == "--"


def test_a_header_under_a_crumb_and_the_posts_heading_is_read() -> None:
    lines = ["江城社区 → 新闻 → 阅读文章", "江城举行网络安全宣传周活动", *unfolded(FOLDED).split("\n")]
    header = read_header(lines)
    assert header is not None and header.title == "江城举行网络安全宣传周活动" and header.poster == "sunnyday"
    assert header.lines == 5


def test_a_sentence_opening_with_a_writer_is_no_folded_post() -> None:
    text = "作者：王晓东。本文标题：江城见闻，时间：2020年4月28日，欢迎转载。"
    assert unfolded(text) == text


def test_a_header_under_a_paragraph_is_no_posts_header() -> None:
    lines = [
        "江城市网信办近日召开专题会议，部署开展网络生态治理专项行动，要求各部门压实主体责任。",
        *unfolded(FOLDED).split("\n"),
    ]
    assert read_header(lines) is None
