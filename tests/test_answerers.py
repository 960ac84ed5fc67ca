"""A question-and-answer page's answerer is its writer, never its asker (index.ingest.answerers)."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.answerers import answerer, chosen_answer
from index.ingest.extract import extract

ANSWER = "刚装修完的房子至少要通风两到三个月，期间可以多开窗，放些活性炭，入住前最好请专业机构做一次甲醛检测。"


def test_the_handle_under_the_best_answer_label_is_the_answerer() -> None:
    assert answerer(["最佳答案", "家装老师傅 采纳率：86% 2015-03-02 11:30", ANSWER]) == "家装老师傅"


def test_a_labelled_answerer_is_read() -> None:
    assert answerer(["满意答案", "回答者：绿萝小能手", ANSWER]) == "绿萝小能手"


def test_the_askers_line_names_no_answerer() -> None:
    assert answerer(["提问者：小燕子飞飞 2015-03-02 09:10", "新房装修后多久可以入住？", ANSWER]) is None


def test_an_anonymous_answer_names_no_one() -> None:
    assert answerer(["推荐答案", "热心网友 2016-11-21 07:30", ANSWER]) is None


def test_a_q_and_a_page_is_written_by_its_answerer_not_its_asker() -> None:
    text = "\n".join(
        [
            "孩子晚上总咳嗽是怎么回事？",
            "提问者：宝妈小米  2016-11-20 22:41",
            "孩子三岁，白天还好，晚上一躺下就咳嗽。",
            "最佳答案",
            "儿科王医生  2016-11-20 23:15  采纳率：92%",
            ANSWER,
        ]
    )
    article = extract(RawDocument("qa", "qa.txt", text, "0" * 32, "utf-8", {}))
    assert article.authors == ["儿科王医生"]


def test_the_answerer_can_stand_on_the_labels_own_line() -> None:
    assert answerer(["满意答案 绿茶清风 回答于 2017-05-04 09:30", ANSWER]) == "绿茶清风"


def test_the_answers_own_day_is_the_pages_not_the_questions() -> None:
    text = "\n".join(
        [
            "医保卡丢了怎么补办？",
            "提问者：小鱼儿 提问于 2018-10-08 19:20",
            "满意答案",
            "社保小助手 回答于 2018-10-09 08:45",
            ANSWER,
        ]
    )
    article = extract(RawDocument("qa", "qa.txt", text, "0" * 32, "utf-8", {}))
    assert article.date == "2018-10-09"


def test_the_answers_stamp_under_its_answerer_dates_the_page() -> None:
    answer = chosen_answer(["最佳答案", "社保小助手 采纳率：92%", "回答于 2018-10-09 08:45", ANSWER])
    assert answer is not None and "2018-10-09" in answer.stamp


def test_a_handle_alone_under_the_label_is_the_answerer_and_its_closing_stamp_the_day() -> None:
    lines = ["最佳答案", "绿茶清风", ANSWER, "回答时间：2017-05-04 09:30", "其他回答", "回答时间：2017-05-06"]
    answer = chosen_answer(lines)
    assert answer is not None and answer.writer == "绿茶清风" and "2017-05-04" in answer.stamp


def test_an_expand_link_under_the_label_is_no_answerer() -> None:
    assert answerer(["最佳答案", "展开全部", ANSWER]) is None


def test_an_answerer_glued_to_the_label_and_to_a_level_is_read() -> None:
    assert answerer(["满意答案绿茶清风LV6 回答于 2017-05-04 09:30", ANSWER]) == "绿茶清风"
