"""A paper read back from its PDF gives its title, its online day and its text, not its apparatus."""

from __future__ import annotations

from index.ingest.papers import paper_text

FIRST = "9月14日上午，2020年江城市网络安全宣传周在市民广场启动，现场设置了个人信息保护、防范电信诈骗等展区。"
SECOND = "活动期间，各区县将组织网络安全知识进社区、进校园、进企业，并开展网络安全技能竞赛和有奖问答。"
HEAD = [
    "第23卷 第4期　　　　　　江城大学学报（社会科学版）",
    "",
    "　　　　　基层网络安全宣传的",
    "　　　　　　　实践与思考",
    "",
    "　　　　　　王海燕1，刘志强2",
    "（1. 江城大学 新闻与传播学院，湖北 江城 430072；2. 江城市社会科学院，湖北 江城 430015）",
    "",
    "摘　要：本文梳理了江城市网络安全宣传周的做法与成效。",
    "关键词：网络安全；宣传周；基层实践",
    "中图分类号：G206　　文献标志码：A",
    "",
]
TAIL = ["参考文献", "[1] 陈晓梅. 网络空间治理研究[J]. 现代传播, 2018(6): 33-37.", "", "网络首发日期：2020-09-20"]


def test_a_papers_title_over_two_lines_is_one_and_its_apparatus_leaves() -> None:
    text = "\n".join([*HEAD, FIRST, "", SECOND, "", *TAIL])
    title = "基层网络安全宣传的实践与思考"
    assert paper_text(text) == "\n".join([title, "网络首发日期：2020-09-20", "", FIRST, "", SECOND])


def test_a_first_pages_footnotes_between_paragraphs_leave() -> None:
    text = "\n".join([*HEAD, FIRST, "作者简介：王海燕（1986—），女，湖北江城人，副教授。", SECOND])
    assert paper_text(text).endswith(f"{FIRST}\n{SECOND}")


def test_bracketed_labels_mark_a_paper_too() -> None:
    head = ["基层网络安全宣传的实践与思考", "王海燕", "（江城师范学院 文学与传媒学院，四川 江城 610000）", ""]
    labels = ["[摘要] 文章分析了基层网络安全宣传的特点。", "[关键词] 网络传播；协同治理", ""]
    text = "\n".join([*head, *labels, FIRST, SECOND, "参考文献：", "［1］陈晓梅. 网络空间治理研究[J]."])
    assert paper_text(text) == "\n".join(["基层网络安全宣传的实践与思考", "", FIRST, SECOND])


def test_a_story_that_names_its_summary_alone_stays() -> None:
    text = "\n".join(["江城市启动网络安全宣传周", "摘要：宣传周今天启动。", FIRST, SECOND])
    assert paper_text(text) == text
