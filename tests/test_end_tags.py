"""A piece's day written only in its end tag, over the masthead's "today" and a sidebar's dated links."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.days.end_tags import end_day
from index.ingest.extract import extract
from index.ingest.html import read_html

PARAGRAPHS = [
    "近日，江城港务集团发布数据，今年前两个月港口货物吞吐量同比增长百分之十二，集装箱吞吐量创历史同期新高。",
    "港务集团负责人介绍，新开通的三条外贸航线运行平稳，铁水联运班列由每周四班增加到每周七班。",
    "下一步，江城港将加快智慧码头建设，进一步压缩船舶在港时间，服务好沿江企业的进出口需求。",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _article(markup: str):
    text, meta = read_html(markup)
    return extract(RawDocument("page", "page.html", text, "0" * 32, "utf-8", meta))


def test_a_wire_end_mark_with_its_day_dates_the_piece() -> None:
    assert end_day([*PARAGRAPHS, "【完】(2019-03-05)"]) == "2019-03-05"


def test_an_archives_filing_code_closing_the_piece_dates_it() -> None:
    assert end_day([*PARAGRAPHS, "（XYS20040512）"]) == "2004-05-12"


def test_a_filing_code_of_no_calendar_day_dates_nothing() -> None:
    assert end_day([*PARAGRAPHS, "(ZC20191345)"]) is None


def test_a_day_inside_a_sentence_is_no_end_tag() -> None:
    assert end_day(["据统计（2019-03-05），港口吞吐量创新高。"]) is None


def test_odd_input_gives_no_day() -> None:
    assert end_day([]) is None
    assert end_day(["", "（" + "2" * 100_000]) is None


def test_the_end_tags_day_wins_over_the_mastheads_today() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>江城港口吞吐量创新高-江城侨报</title></head><body>'
        "<div><span>江城侨报</span><span>2021年6月8日 星期二</span></div>"
        '<div class="nav"><a href="/">首页</a> | <a href="/n/">新闻</a> | <a href="/s/">社区</a> | '
        '<a href="/c/">文化</a></div>'
        f"<h1>江城港口吞吐量创新高</h1><div>{TEXT}<p>【完】(2019-03-05)</p></div></body></html>"
    )
    assert _article(page).date == "2019-03-05"


def test_a_mastheads_today_is_no_publication_line() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>江城港口吞吐量创新高</title></head><body>'
        "<div>今天是：2021年6月8日 星期二</div>"
        f"<h1>江城港口吞吐量创新高</h1><div>{TEXT}</div><p>(ZC20190305)</p></body></html>"
    )
    assert _article(page).date == "2019-03-05"


def test_a_blogs_dated_header_right_over_its_post_still_dates_it() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>江城港口吞吐量创新高 - 江城随笔</title></head><body>'
        "<h2>2019年3月5日 星期二</h2>"
        f"<h3>江城港口吞吐量创新高</h3><div>{TEXT}</div></body></html>"
    )
    assert _article(page).date == "2019-03-05"
