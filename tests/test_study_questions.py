"""A study material's questions and compiler under the article it reprints leave; an article's own list stays."""

from __future__ import annotations

from index.ingest.study_questions import study_tail

TEXT = [
    "4月1日，江城市网信办召开全市网络安全工作会议，部署今年网络安全重点工作。",
    "会议要求，各单位要压实网络安全责任，加强关键信息基础设施保护。",
]


def test_the_questions_heading_its_questions_and_the_compiler_leave() -> None:
    questions = ["1.结合本职工作谈谈体会。", "2.如何把学习成果转化为工作实效？"]
    lines = [*TEXT, "讨论题：", *questions, "资料整理：刘晓东　审核：王敏"]
    assert study_tail(lines) == {2, 3, 4, 5}


def test_a_compilers_line_alone_closing_the_text_leaves() -> None:
    assert study_tail([*TEXT, "整理人：刘晓东"]) == {2}


def test_numbered_lines_without_a_questions_heading_are_the_articles_own() -> None:
    lines = [*TEXT, "会议明确了三项任务：", "1.开展网络安全检查。", "2.组织应急演练。"]
    assert study_tail(lines) == set()
