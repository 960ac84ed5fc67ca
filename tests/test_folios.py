"""A printed page's folio between a scanned text's paragraphs is no text; a numbered heading stays."""

from __future__ import annotations

from index.ingest.folios import folio_lines

TITLE = "江城市启动2020年网络安全宣传周活动"
FIRST = "9月14日上午，2020年江城市网络安全宣传周在市民广场启动，现场设置了个人信息保护、防范电信诈骗等展区。"
SECOND = "活动期间，各区县将组织网络安全知识进社区、进校园、进企业，并开展网络安全技能竞赛和有奖问答。"


def test_a_folio_with_the_books_name_between_paragraphs_is_the_pages() -> None:
    lines = [TITLE, "（江城日报　2020年9月15日）", FIRST, "118  江城年鉴·2020", SECOND]
    assert folio_lines(lines) == {3}


def test_a_running_head_with_its_folio_after_it_is_the_pages() -> None:
    assert folio_lines([TITLE, "", FIRST, SECOND, "时政要闻　119", SECOND]) == {4}


def test_a_folio_between_dots_is_the_pages() -> None:
    assert folio_lines([TITLE, "", FIRST, SECOND, "·120·", SECOND]) == {4}


def test_a_numbered_section_heading_stays() -> None:
    assert folio_lines([TITLE, "", FIRST, SECOND, "01　政策解读", SECOND]) == set()


def test_a_year_beside_a_name_stays() -> None:
    assert folio_lines([TITLE, "", FIRST, SECOND, "2020　江城记忆", SECOND]) == set()


def test_folios_one_space_apart_from_their_names_count_when_they_number_pages_in_a_row() -> None:
    lines = [TITLE, "", FIRST, SECOND, "42 时代侧影", SECOND, FIRST, "·第二辑 民生· 43", SECOND]
    assert folio_lines(lines) == {4, 7}


def test_a_number_one_space_from_words_alone_stays() -> None:
    assert folio_lines([TITLE, "", FIRST, SECOND, "100 天倒计时", SECOND]) == set()
