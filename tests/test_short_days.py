"""Days a page writes short or in an engine's own order, and the days a copy was made (index.ingest.days): a
Drupal byline month first, a `<time>`'s short day read as its `datetime`, a clipper's and a reference manager's
days never the article's."""

from __future__ import annotations

from pathlib import Path

from index.article import Article
from index.ingest.days import read_date
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.settings import Settings

TEXT = "<p>社区图书馆推出线上借阅服务，居民可通过手机预约借书，工作人员每周两次送书上门，方便行动不便的居民。</p>" * 3


def _html(tmp_path: Path, page: str) -> Article:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (raw,) = read_sources([path], Settings().max_file_bytes)
    return extract(raw)


def test_a_drupal_byline_is_read_month_first() -> None:
    assert read_date("提交者 admin 於 週二, 03/31/2020 - 19:42") == "2020-03-31"


def test_a_drupal_byline_whose_figures_allow_both_orders_is_read_month_first() -> None:
    assert read_date("由 editor 发表于 周五, 04/03/2020 - 10:10") == "2020-04-03"


def test_a_time_elements_short_day_is_read_as_its_datetime(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>江城开展春季植树活动</title></head><body>'
        "<h1>江城开展春季植树活动</h1>"
        '<div class="info">江城在线 <time datetime="2020-04-04T09:30:00+08:00">20/04/04</time></div>'
        f"{TEXT}</body></html>"
    )
    assert _html(tmp_path, page).date == "2020-04-04"


def test_a_clippers_day_dates_nothing() -> None:
    assert read_date("剪藏于 2022-01-05 20:11") is None


def test_a_reference_managers_record_is_dated_by_its_date_row_not_its_visit(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>乡村振兴中的数字治理实践</title></head><body>'
        "<h1>乡村振兴中的数字治理实践</h1><table>"
        "<tr><th>访问时间</th><td>2022-02-18 09:12</td></tr><tr><th>添加日期</th><td>2022-02-18</td></tr>"
        "<tr><th>日期</th><td>2021-11-03</td></tr><tr><th>网址</th><td>https://www.jcnews.cn/8812.html</td></tr>"
        f"</table>{TEXT}</body></html>"
    )
    assert _html(tmp_path, page).date == "2021-11-03"
