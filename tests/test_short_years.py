"""A two-digit year is read where the page's other days of its form put it (index.ingest.short_years)."""

from __future__ import annotations

from index.ingest.days.short_years import in_page_order

THREAD = ["柔佛老王 发表于 07-05-18 14:22", "槟城阿明 发表于 21-05-18 09:10", "吉隆坡小陈 发表于 30-05-18 22:47"]


def test_a_year_the_pages_days_share_last_is_read_last() -> None:
    assert in_page_order("2007-05-18", THREAD) == "2018-05-07"


def test_a_year_the_pages_days_share_first_stays_first() -> None:
    days = ["买菜大妈 发表于 18-03-08 23:16", "路过 发表于 18-03-09 07:30", "东门 发表于 18-03-21 12:04"]
    assert in_page_order("2018-03-08", days) == "2018-03-08"


def test_a_page_with_one_such_day_keeps_the_year_first() -> None:
    assert in_page_order("2007-05-18", ["柔佛老王 发表于 07-05-18 14:22"]) == "2007-05-18"


def test_a_second_field_above_twelve_puts_the_month_first() -> None:
    days = ["posted 05-07-18 14:22", "reply 05-21-18 09:10", "reply 06-02-18 10:00"]
    assert in_page_order("2005-07-18", days) == "2018-05-07"


def test_a_day_read_from_another_form_is_left_alone() -> None:
    assert in_page_order("2019-06-14", THREAD) == "2019-06-14"
