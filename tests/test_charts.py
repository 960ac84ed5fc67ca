"""The page's bar charts as laid out before drawing: a time axis of months, provinces most first."""

from __future__ import annotations

from index.search.results import Facet
from service.charts import MAX_MONTHS, MAX_PROVINCES, months_between, provinces, timeline


def link(value: str) -> str:
    return f"/?v={value}"


def test_months_between_crosses_the_year_end() -> None:
    assert months_between("2022-11", "2023-02") == ["2022-11", "2022-12", "2023-01", "2023-02"]


def test_timeline_spaces_months_evenly_with_gaps_for_months_without_articles() -> None:
    chart = timeline([Facet("2023-01", 4), Facet("2023-04", 2)], link, total=7)
    assert [(bar.value, bar.count, bar.href) for bar in chart.bars] == [
        ("2023-01", 4, "/?v=2023-01"),
        ("2023-02", 0, None),
        ("2023-03", 0, None),
        ("2023-04", 2, "/?v=2023-04"),
    ]
    january, april = chart.bars[0], chart.bars[3]
    assert january.height == 2 * april.height and january.y + january.height == april.y + april.height
    assert chart.note == "另有 1 篇只有年份或没有日期，未计入"


def test_a_timeline_starting_in_december_names_both_years_apart() -> None:
    months = [Facet("2022-12", 3)] + [Facet(f"2023-{m:02d}", 1) for m in range(1, 13)]
    chart = timeline(months, link, total=15)
    years = [t for t in chart.texts if t.text.endswith("年")]
    assert [t.text for t in years] == ["2022年", "2023年"]
    assert years[0].x < chart.bars[1].x and years[1].x >= years[0].x + 44  # under December, then not over it


def test_timeline_longer_than_ten_years_shows_the_last_ten() -> None:
    chart = timeline([Facet("2001-03", 1), Facet("2023-12", 5)], link, total=8)
    assert len(chart.bars) == MAX_MONTHS and chart.bars[-1].value == "2023-12"
    assert chart.note == f"只显示最近 {MAX_MONTHS} 个月；另有 2 篇只有年份或没有日期，未计入"


def test_province_chart_shows_the_provinces_with_most_articles() -> None:
    facets = [Facet(f"省{n:02d}", 30 - n) for n in range(12)]
    chart = provinces(facets, link)
    assert [bar.value for bar in chart.bars] == [f"省{n:02d}" for n in range(MAX_PROVINCES)]
    assert chart.bars[0].width > chart.bars[-1].width and chart.note == f"只显示文章最多的 {MAX_PROVINCES} 个"
    assert provinces(facets[:1], link) is None  # one province: nothing to compare
