"""The made-up story the tests of writers outside a byline wrap (tests/test_unlabelled_writers.py,
test_platform_writers.py), and how they read a page or a text of it."""

from __future__ import annotations

from index.article import Article, RawDocument
from index.ingest.extract import extract
from index.ingest.html import read_html

STORY = [
    "入冬以来，江城市持续推进老旧小区供暖管网改造，今年共完成改造管网四十二公里，惠及居民一万余户。",
    "“家里暖和多了，老人孩子都不怕冷了。”家住东湖小区的刘大爷说，改造前屋里温度常常不到十六度。",
    "据介绍，明年全市还将改造供暖管网三十公里，重点解决城北片区部分小区冬季室温偏低的问题。",
]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in STORY)


def page(markup: str) -> Article:
    """`markup` read as a saved page and extracted."""
    text, meta = read_html(markup)
    return extract(RawDocument("page", "page.html", text, "0" * 32, "utf-8", meta))


def text(*lines: str) -> Article:
    """`lines` read as a text file and extracted."""
    return extract(RawDocument("made-up", "made-up.txt", "\n".join(lines), "0" * 32, "utf-8", {}))
