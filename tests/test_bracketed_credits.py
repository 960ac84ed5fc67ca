"""A wire's bracketed notes (index.ingest.bracketed_credits): a line of brackets holding an end mark, a web
address or only a desk's credits is the page's; a bracketed note that asks the reader to act, or a writer's
credit, is not this rule's."""

from __future__ import annotations

from index.ingest.bracketed_credits import is_bracketed_credit


def test_a_compilers_and_a_checkers_credits_are_a_bracketed_credit() -> None:
    assert is_bracketed_credit("（编译 周明；审校 钱芳）")


def test_a_double_bracketed_address_line_is_a_bracketed_credit() -> None:
    assert is_bracketed_credit("((青溪通讯社中文网网址：cn.qingxi-news.com；发稿：编辑部))")


def test_an_end_mark_beside_the_sites_address_is_a_bracketed_credit() -> None:
    assert is_bracketed_credit("（完）（青溪新闻网 www.qingxinews.cn）")


def test_a_compilers_name_before_his_role_is_a_bracketed_credit() -> None:
    assert is_bracketed_credit("（青溪时报/ 周明 编译）")


def test_an_end_mark_alone_is_left_to_the_story_end() -> None:
    assert not is_bracketed_credit("（完）")


def test_an_editors_credit_alone_is_left_to_the_fields() -> None:
    assert not is_bracketed_credit("【责任编辑：周云】")


def test_a_note_asking_the_reader_to_visit_an_address_stays() -> None:
    assert not is_bracketed_credit("（报名详情请登录www.qingxi.gov.cn查询）")


def test_a_writers_credit_is_left_to_the_byline_readers() -> None:
    assert not is_bracketed_credit("（记者 林海）")


def test_an_end_tag_of_letters_and_a_filing_day_is_the_sites() -> None:
    assert is_bracketed_credit("（XYS20040512）")
    assert is_bracketed_credit("(JCB20200330-2)")


def test_a_bracketed_model_number_is_no_end_tag() -> None:
    assert not is_bracketed_credit("（GB20201399）")  # no day: month 13
