"""A record whose fields an export glued into one line is read a field a line; a sentence quoting a label is not."""

from __future__ import annotations

from index.ingest.glued_fields import read_record

LEAD = "中新网东莞3月30日电 记者从东莞市发改局获悉，截至目前，全市在建重大项目复工率达98.2%。"
GLUED = f"标题：广东东莞在建重大项目复工率达98.2%来源：中国新闻网时间：2020-03-30 08:15:00正文：{LEAD}"


def test_a_glued_record_gives_its_title() -> None:
    record = read_record(f"舆情信息导出　共1条\n\n{GLUED}\n第二段。")
    assert record is not None and record.title == "广东东莞在建重大项目复工率达98.2%"


def test_its_fields_stand_a_line_each_and_the_text_loses_its_label() -> None:
    record = read_record(GLUED)
    assert record is not None
    assert record.text.split("\n") == [
        "标题：广东东莞在建重大项目复工率达98.2%",
        "来源：中国新闻网",
        "时间：2020-03-30 08:15:00",
        LEAD,
    ]


def test_an_address_field_ends_where_the_next_label_begins() -> None:
    line = f"信息标题：全市复工率达98.2%媒体名称：中国新闻网原文链接：http://www.example.cn/gn/1.shtml内容：{LEAD}"
    record = read_record(line)
    assert record is not None and "原文链接：http://www.example.cn/gn/1.shtml" in record.text.split("\n")


def test_a_sentence_quoting_one_label_is_no_record() -> None:
    assert read_record("记者注意到，通知的标题：关于做好网络安全工作的通知，来源：市网信办。") is None


def test_empty_and_odd_input() -> None:
    assert read_record("") is None
    assert read_record("标题：来源：时间：") is None
    assert read_record("标题：" * 10000) is None
