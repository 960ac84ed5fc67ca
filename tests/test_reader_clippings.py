"""A reading app's or device's highlights: the highlights are the text, the scaffolding around them is not."""

from __future__ import annotations

from index.ingest.reader_clippings import notebook_lines, scaffolding_lines, unclipped

TITLE = "江城市开展网络安全宣传周活动"
LEAD = "9月13日上午，江城市2021年国家网络安全宣传周活动在市民广场启动，现场设置了二十余个展位。"
SECOND = "活动期间，全市各级网信部门将组织网络安全知识进社区、进校园、进企业，普及个人信息保护常识。"


def test_a_clippings_file_is_read_as_its_title_over_its_highlights() -> None:
    clip = "- 您在位置 #{0}-{1}的标注 | 添加于 2022年5月2日星期一 上午10:24:31"
    text = "\n".join(
        [
            f"{TITLE} (江城日报)",
            clip.format(100, 105),
            "",
            LEAD,
            "==========",
            f"{TITLE} (江城日报)",
            clip.format(140, 145),
            "",
            SECOND,
            "==========",
        ]
    )
    assert unclipped(text) == f"{TITLE}\n\n{LEAD}\n\n{SECOND}\n"


def test_shared_excerpts_lose_their_attribution_and_quotes() -> None:
    block = ["摘录来自", TITLE, "江城日报", "此材料受版权保护。", ""]
    text = "\n".join([f"“{LEAD}”", "", *block, f"“{SECOND}”", "", *block])
    assert unclipped(text) == f"{TITLE}\n\n{LEAD}\n\n{SECOND}\n"


def test_a_highlights_exports_heading_places_links_and_tags_leave() -> None:
    lines = [f"# {TITLE}", "- 原文链接：https://jc.example.cn/1.html", "- 保存时间：2022-05-02", "### 划线 (2)"]
    lines += [f"> {LEAD}", "— 划线于 2022-05-02 · 第1段", f"> {SECOND}", "Location 123", "#### 标签", "#网信 #稍后读"]
    assert scaffolding_lines(lines) == {1, 2, 3, 5, 7, 8, 9}


def test_a_text_without_a_highlights_heading_keeps_its_lines() -> None:
    assert scaffolding_lines([TITLE, "原文链接：https://jc.example.cn/1.html", LEAD]) == set()


def test_a_notebook_pages_marks_notes_count_and_closing_line_leave() -> None:
    highlights = [
        "9月13日上午，江城市2021年国家网络安全宣传周活动在市民广场启动。",
        "现场设置了二十余个展位，向市民普及网络安全知识。",
        "活动期间还将举办网络安全知识竞赛和主题讲座。",
    ]
    lines = ["江城市开展网络安全宣传周活动", "3个笔记"]
    for k, text in enumerate(highlights, 1):
        lines += [f"◆ 划线 · 第{k}段", text]
    lines += ["想法：值得反复读。", "— 来自江城读书 —"]
    assert notebook_lines(lines) == {1, 2, 4, 6, 8, 9}


def test_an_e_readers_note_under_its_mark_leaves_with_the_marks() -> None:
    lines = ["标注(黄色) - 位置 100", "第一段。", "标注(黄色) - 位置 109", "第二段。", "笔记 - 位置 110", "重点"]
    assert notebook_lines(lines) == {0, 2, 4, 5}


def test_a_story_naming_two_paragraphs_is_no_notebook() -> None:
    assert notebook_lines(["第3段提到，划线 · 第2段的说法有误。", "想法：很多。"]) == set()
