"""Blog, forum, Q&A and self-media furniture around a post, each read by its shape: a Q&A page's other answers
(index.ingest.other_answers), a summary box repeating the lead (index.ingest.summary_boxes), a table's column
headings (index.ingest.column_heads), a theme's entry meta line (index.ingest.theme_meta), a post's poster line
(index.ingest.panels) and a data box's rows under the text (index.ingest.columns); and the story's own lines that
look like them."""

from __future__ import annotations

from index.ingest.column_heads import heading_lines, text_after_headings
from index.ingest.columns import item_column
from index.ingest.other_answers import without_other_answers
from index.ingest.panels import is_poster_line, second_poster_line
from index.ingest.summary_boxes import without_repeated_summary
from index.ingest.theme_meta import is_entry_meta

QUESTION = "江城市公积金贷款额度怎么算？"
ANSWER = [
    "公积金贷款额度一般按缴存余额的15倍计算，同时不超过房价的七成，也不能超过当地的最高限额。",
    "以江城市为例，单人缴存的最高额度为50万元，夫妻双方缴存的最高额度为70万元，具体以中心审核为准。",
]
SECOND = ["我去年刚办过，中心的人说还要看你的还款能力，月还款额不能超过月收入的一半，这个要注意。"]
LEAD = "记者30日从江城市政府获悉，截至3月30日，全市284个在建重大项目已基本全面复工，总体复工率为98.2%。"
STORY = [LEAD, "江城市重大项目办公室表示，将整合全市物流资源，保障项目物料供应，协助畅通员工返程通道。"]


def test_a_qa_pages_other_answers_under_their_heading_are_no_text() -> None:
    other = ["其他回答（2）", "白沙老张 回答于 2016-03-02", *SECOND]
    shown = [QUESTION, "最佳答案", "家装老师傅 采纳率：86%", *ANSWER, *other]
    assert without_other_answers(shown, [*ANSWER, *SECOND]) == ANSWER


def test_a_second_answerers_line_without_a_heading_ends_the_first_answer() -> None:
    shown = [QUESTION, "家装老师傅 采纳率：86%", *ANSWER, "白沙老张 采纳率：61%", *SECOND]
    assert without_other_answers(shown, [shown[1], *ANSWER, shown[-2], *SECOND]) == [shown[1], *ANSWER]


def test_a_heading_over_every_answer_leaves_the_first_answer() -> None:
    shown = [QUESTION, "全部3个回答", "家装老师傅 回答于 2016-03-01", *ANSWER]
    assert without_other_answers(shown, ANSWER) == ANSWER


def test_a_story_that_mentions_more_answers_is_kept_whole() -> None:
    story = [*STORY, "市民在留言板上提出的其他问题，有关部门将在一周内给出更多回答，并在网站公开。"]
    assert without_other_answers(story, story) == story


def test_a_summary_box_that_repeats_the_lead_is_no_text() -> None:
    assert without_repeated_summary([f"摘要：{LEAD[:48]}……", *STORY]) == STORY


def test_a_summary_label_over_the_lead_it_repeats_is_no_text() -> None:
    assert without_repeated_summary(["导读", LEAD[:40], *STORY]) == STORY


def test_a_summary_box_joined_to_the_lead_leaves_the_lead() -> None:
    assert without_repeated_summary([f"摘要：{LEAD[:30]}{LEAD}", STORY[1]]) == STORY


def test_a_credit_between_a_joined_summary_and_the_lead_stays() -> None:
    credit = "江城网讯（通讯员 王晓东 李春华）"
    assert without_repeated_summary([f"核心提示：{LEAD}{credit}{LEAD}"]) == [f"{credit}{LEAD}"]


def test_a_joined_summarys_cut_off_tail_the_text_writes_goes_with_it() -> None:
    assert without_repeated_summary([f"摘要：{LEAD}{STORY[1][:10]}{LEAD}", STORY[1]]) == STORY


def test_a_labelled_paragraph_saying_a_phrase_twice_stays() -> None:
    own = "摘要：青溪县春季植树活动今日启动，青溪县春季植树活动为期一个月，共栽种树苗两万株。"
    assert without_repeated_summary([own, *STORY]) == [own, *STORY]


def test_a_summary_the_text_does_not_repeat_stays() -> None:
    own = "摘要：复工复产进入快车道，物流与用工两大难题逐步缓解。"
    assert without_repeated_summary([own, *STORY]) == [own, *STORY]


def test_an_editors_note_that_repeats_the_lead_stays() -> None:
    note = f"编者按：{LEAD[:40]}。本网今起推出系列报道。"
    assert without_repeated_summary([note, *STORY]) == [note, *STORY]


def test_a_tables_column_headings_over_the_headline_are_no_text() -> None:
    assert heading_lines(["标题", "日期", "点击", "江城在建重大项目复工率达98.2%", LEAD]) == {0, 1, 2}
    assert heading_lines(["标题 | 日期 | 点击", "江城在建重大项目复工率达98.2%", LEAD]) == {0}


def test_column_headings_run_into_the_first_paragraph_leave_its_text() -> None:
    assert text_after_headings(f"标题 日期 点击 {LEAD}") == LEAD


def test_a_paragraph_opening_on_one_such_word_stays() -> None:
    assert text_after_headings(f"日期 {LEAD}") is None
    assert heading_lines(["日期", "江城在建重大项目复工率达98.2%", LEAD]) == set()


def test_a_themes_entry_meta_line_naming_a_desk_is_the_pages() -> None:
    assert is_entry_meta("by 江城新闻组") and is_entry_meta("by 青溪编辑部 / 发布于 2020-03-30")


def test_a_themes_entry_meta_line_naming_a_person_is_left_to_the_posters_reading() -> None:
    assert not is_entry_meta("Posted by 静水流深 at 9:40 PM")


def test_an_english_sentence_opening_on_by_is_no_meta_line() -> None:
    assert not is_entry_meta("By the end of the year, exports had grown by 12 percent.")


def test_a_floor_and_id_over_counts_is_a_poster_line() -> None:
    assert is_poster_line("楼主 ID:江城小李 发帖:1234 注册:2008-03-02")
    assert is_poster_line("帖子 1234 积分 567 注册时间 2008-1-2")


def test_a_row_of_places_and_figures_is_no_poster_line() -> None:
    assert not is_poster_line("北京 12 上海 34 广州 56")


def test_the_second_poster_line_under_the_posts_writing_begins_the_replies() -> None:
    kept = ["楼主 ID:江城小李 发帖:1234 注册:2008-03-02", *STORY, "1楼 ID:临江听雨 发帖:56 注册:2011-01-10", *SECOND]
    assert second_poster_line(kept) == 3


def test_a_data_boxs_rows_under_the_text_are_a_column() -> None:
    box = ["行情数据", "上证指数", "3000.00", "+0.35%", "深证成指", "3311.13", "+1.01%", "创业板指", "3622.26"]
    kept = [*STORY, *box]
    assert item_column(kept, [0, 1], set()) == set(range(2, 2 + len(box)))
