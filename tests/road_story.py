"""The made-up county road story the tests of lines around a text wrap (tests/test_summary_boxes.py,
test_credit_lines.py, test_site_notes.py), and how they read it as a text file under its headline and day."""

from __future__ import annotations

from index.article import Article, RawDocument
from index.ingest.extract import extract

HEADLINE = "青溪县新建乡村公路一百二十公里"
STORY = [
    "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。",
    "县交通局负责人介绍，新路采用沥青路面，并在急弯处加装了防护栏和反光标志。",
    "村民老周说：“以前拉一车橘子进城要走大半天，现在两个小时就到了。”",
    "下一步，全县还将改造危桥十八座，力争年底前实现村村通客车。",
]


def read_text(lines: list[str]) -> Article:
    """`lines` under the headline and its day, read as a text file and extracted."""
    text = "\n".join([HEADLINE, "2023年5月8日", "", *lines])
    return extract(RawDocument("src", "src.txt", text, "0" * 32, "utf-8", {}))
