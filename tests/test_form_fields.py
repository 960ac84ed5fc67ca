"""An office app's form laid out label over value: its title field is the headline, its text field the text."""

from __future__ import annotations

from index.ingest.form_fields import read_form

TITLE = "江城市启动2020年网络安全宣传周活动"
FIRST = "9月14日上午，2020年江城市网络安全宣传周在市民广场启动，现场设置了个人信息保护、防范电信诈骗等展区。"
SECOND = "活动期间，各区县将组织网络安全知识进社区、进校园、进企业，并开展网络安全技能竞赛和有奖问答。"
REPORT = [
    "汇报 · 每日信息报送",
    "汇报人：王海燕　　所在部门：宣传部",
    "提交时间：2020-09-14 18:20",
    "信息标题",
    TITLE,
    "信息正文",
    FIRST,
    SECOND,
    "报送单位",
    "江城市宣传部",
    "是否公开",
    "是",
]


def test_a_forms_title_field_is_the_headline_and_its_text_field_the_text() -> None:
    form = read_form(REPORT)
    assert form is not None and form.title == TITLE
    kept = [line for line in REPORT if line not in form.lines]
    assert kept == ["提交时间：2020-09-14 18:20", FIRST, SECOND]


def test_a_story_with_short_headings_is_no_form() -> None:
    assert read_form([TITLE, "活动内容", FIRST, "参与单位", SECOND, "联系人", "王海燕"]) is None
