"""benchmarks/pages.py measures what it says: by-site halves, bag-of-characters F1, furniture as defined."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks.pages import Output, bag_f1, furniture_lines, half, is_link_line, names

ROOT = Path(__file__).resolve().parent.parent


def test_it_skips_cleanly_when_the_pages_are_absent(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "pages.py"), str(tmp_path / "none")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (run.returncode, run.stdout.startswith("skipped: pages not found")) == (0, True)


def test_every_page_of_a_site_falls_in_the_same_half() -> None:
    assert half("江城新闻网") == half("江城新闻网")
    assert {half(site) for site in ("163", "sina", "qq", "ifeng", "people", "thepaper")} == {"tuning", "checking"}


def test_body_f1_is_a_bag_of_characters_ignoring_whitespace() -> None:
    assert bag_f1("防汛 工作", "工作防汛") == 1.0
    assert bag_f1("防汛", "防汛工作") == 2 * (1.0 * 0.5) / 1.5


def test_a_line_made_only_of_link_texts_is_furniture() -> None:
    links = {"首页", "新闻", "政务"}
    assert is_link_line("首页>新闻|政务", links)
    assert not is_link_line("首页新闻发布会召开", links)


def test_a_line_absent_from_the_labelled_body_is_furniture_but_the_unlabelled_headline_is_not() -> None:
    out = Output(title="全市部署防汛工作", body="会议要求各级各部门加强值班值守\n版权所有 江城新闻网")
    label = {"body": "会议要求各级各部门加强值班值守。"}
    assert furniture_lines(out, label, set()) == ["版权所有 江城新闻网"]


def test_an_author_label_is_read_as_its_names_without_bracketed_asides() -> None:
    assert names("周思博 (Joel Spolsky)") == {"周思博"}
    assert names("赵延东、风笑天") == {"赵延东", "风笑天"}
