"""A list of other articles under a heading with its own `more` link (index.ingest.more_links)."""

from __future__ import annotations

from index.ingest.cleaning import clean_lines
from index.ingest.more_links import more_heading

STORY = "县交通局负责人介绍，新路采用沥青路面，并在急弯处加装了防护栏和反光标志。"


def test_a_heading_with_an_arrowed_more_link_is_a_list_heading() -> None:
    assert more_heading("相关新闻 更多>>") and more_heading("其他通知 MORE+") and more_heading("最新动态 +more")


def test_a_heading_with_a_bracketed_all_link_after_dots_is_a_list_heading() -> None:
    assert more_heading("江城夜话的其他日记 · · · · · · ( 全部 )")


def test_a_sentence_ending_in_more_is_no_list_heading() -> None:
    assert not more_heading("让群众在家门口享受更多") and not more_heading("查看更多")


def test_a_long_line_ending_in_a_more_link_is_no_list_heading() -> None:
    assert not more_heading("市民纷纷表示这次活动办得非常好希望以后能够多举办一些 更多>>")


def test_the_titles_under_the_heading_go_with_it() -> None:
    text = "\n".join([STORY, "往期回顾 查看全部 >", "青溪县举办首届橘子文化节", "白沙镇完成危桥改造三座"])
    assert [line for line in clean_lines(text) if line] == [STORY]


def test_the_story_going_on_under_a_box_stays() -> None:
    text = "\n".join(["延伸阅读 更多>>", "青溪县举办首届橘子文化节", STORY, STORY[:20] + "。"])
    assert [line for line in clean_lines(text) if line] == [STORY, STORY[:20] + "。"]
