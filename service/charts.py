"""Small bar charts of facet counts, laid out here and drawn by the page as inline SVG (templates/_charts.html):
no chart library, nothing loaded from elsewhere, and every bar a plain link, so they work without JavaScript.

Only geometry lives here (pure functions over facets); the page supplies each bar's link.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from index.search import Facet

WIDTH = 400  # about what a chart is wide on the page (two side by side at 52rem), so text keeps its size
MAX_MONTHS = 120  # a timeline longer than ten years shows its last ten: these readers follow recent news
YEAR_LABEL_WIDTH = 44  # `2023年` at 12 px, and a gap
LABELLED_MONTHS = 24  # up to two years, each bar carries its count and month number
MAX_PROVINCES = 10
ROW = 24  # province chart: height of one bar's row
LABEL_WIDTH = 112  # province chart: room for the longest name (新疆维吾尔自治区) at 12 px


@dataclass
class Bar:
    value: str  # what the bar counts: 2023-01, 甘肃省
    count: int
    label: str  # what assistive technology reads: 2023-01：12 篇
    href: str | None  # None for a month without articles: nothing to narrow to
    x: float
    y: float
    width: float
    height: float
    area: tuple[float, float, float, float]  # x, y, width, height of what a click or tap may hit: the whole slot


@dataclass
class Text:
    x: float
    y: float
    text: str
    anchor: str = "middle"
    kind: str = "axis"  # axis | count


@dataclass
class Chart:
    title: str
    width: int
    height: int
    bars: list[Bar]
    texts: list[Text] = field(default_factory=list)
    note: str | None = None


def months_between(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (`YYYY-MM`), both included."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def timeline(months: list[Facet], href: Callable[[str], str], total: int) -> Chart | None:
    """Hits per month as vertical bars on a time axis (months without hits stay as gaps); `total` is the
    number of hits, so that those without a month (dated to a year, or undated) can be told apart."""
    counts = {f.value: f.count for f in months}
    if not counts:
        return None
    axis = months_between(min(counts), max(counts))
    clipped = len(axis) > MAX_MONTHS
    axis = axis[-MAX_MONTHS:]
    top, plot, bottom = 18, 110, 36
    slot = WIDTH / len(axis)
    width = max(1.0, min(slot * 0.8, 48))
    most = max(counts[m] for m in axis if m in counts)
    bars, texts = [], []
    year_end = 0.0  # where the last year's name ends
    for i, month in enumerate(axis):
        count = counts.get(month, 0)
        height = max(1.0, plot * count / most) if count else 0.0
        x = i * slot + (slot - width) / 2
        centre = x + width / 2
        label = f"{month}：{count} 篇"
        area = (i * slot, top, slot, plot)
        link = href(month) if count else None
        bars.append(Bar(month, count, label, link, x, top + plot - height, width, height, area))
        if len(axis) <= LABELLED_MONTHS:
            texts.append(Text(centre, top + plot + 14, str(int(month[5:]))))
            if count:
                texts.append(Text(centre, top + plot - height - 4, str(count), kind="count"))
        # each year named under its first bar (the axis's first, then each January), moved right of the
        # previous name when they would overlap (a range starting in December names both years)
        if i == 0 or month.endswith("-01"):
            at = max(x, year_end)
            texts.append(Text(at, top + plot + 30, f"{month[:4]}年", anchor="start"))
            year_end = at + YEAR_LABEL_WIDTH
    dated = sum(counts.values())
    notes = []
    if clipped:
        notes.append(f"只显示最近 {MAX_MONTHS} 个月")
    if total > dated:
        notes.append(f"另有 {total - dated} 篇只有年份或没有日期，未计入")
    title = f"按月份：{len([m for m in axis if m in counts])} 个月有文章，最多一个月 {most} 篇"
    return Chart(title, WIDTH, top + plot + bottom, bars, texts, "；".join(notes) or None)


def provinces(facets: list[Facet], href: Callable[[str], str]) -> Chart | None:
    """Hits per province as horizontal bars, most first (the top MAX_PROVINCES); None for fewer than two."""
    if len(facets) < 2:
        return None
    shown = facets[:MAX_PROVINCES]
    most = shown[0].count
    plot = WIDTH - LABEL_WIDTH - 40
    bars, texts = [], []
    for i, facet in enumerate(shown):
        y = i * ROW
        length = max(1.0, plot * facet.count / most)
        label = f"{facet.value}：{facet.count} 篇"
        area = (0, y, WIDTH, ROW)
        bars.append(Bar(facet.value, facet.count, label, href(facet.value), LABEL_WIDTH, y + 4, length, ROW - 8, area))
        texts.append(Text(LABEL_WIDTH - 8, y + ROW / 2 + 5, facet.value, anchor="end"))
        texts.append(Text(LABEL_WIDTH + length + 6, y + ROW / 2 + 5, str(facet.count), anchor="start", kind="count"))
    note = f"只显示文章最多的 {MAX_PROVINCES} 个" if len(facets) > MAX_PROVINCES else None
    return Chart(f"按地区：{len(facets)} 个省级地区", WIDTH, len(shown) * ROW, bars, texts, note)
