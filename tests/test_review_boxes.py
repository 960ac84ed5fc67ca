"""A submission's review box and its text label leave; a story's sentence about an opinion stays."""

from __future__ import annotations

from index.ingest.review_boxes import review_lines, text_label

LEAD = "4月1日，江城市网信办召开全市网络安全工作会议，部署今年网络安全重点工作。"


def test_an_opinion_on_its_labels_line_and_its_reviewer_leave() -> None:
    lines = [
        "全市网络安全工作会议召开",
        "审稿意见：该稿选题重大，结构完整，建议推荐参评。",
        "初审人：周敏",
        "正文：",
        LEAD,
    ]
    assert review_lines(lines) == {1, 2}


def test_an_opinion_under_its_label_leaves_up_to_a_blank_line() -> None:
    lines = ["审稿意见：", "文章事实清楚，数据翔实，同意刊发。", "", LEAD]
    assert review_lines(lines) == {0, 1}


def test_the_text_label_alone_gives_way_to_the_text_under_it() -> None:
    assert text_label(["标题：会议召开", "正文：", LEAD]) == (1, "")


def test_the_text_label_run_into_the_first_paragraph_is_cut_off_it() -> None:
    assert text_label([f"正文：{LEAD}"]) == (0, LEAD)


def test_a_story_quoting_an_opinion_stays() -> None:
    assert review_lines(["专家意见认为，网络安全责任必须压实到每一个岗位，不能流于形式。", LEAD]) == set()


def test_a_label_with_no_writing_after_it_is_no_text_label() -> None:
    assert text_label(["正文：见附件"]) is None
    assert text_label([]) is None
