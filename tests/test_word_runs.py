"""A headline's words held in its order (`Ranking.order_boost`, index/search/word_runs.py): an article holding a
run of three or more of the query's words one after another is rescored above one holding the same words
scattered, through the API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.build import build
from index.search.ranking import Ranking
from index.search.request import SearchRequest
from index.search.searcher import SearchIndex
from index.settings import Settings

QUERY = "滨江新区地铁施工引发早高峰拥堵"
IN_ORDER = (
    "本报讯 滨江新区地铁施工引发早高峰拥堵。昨天上午，多条公交线路临时绕行，交警在路口疏导车辆。"
    + "施工单位表示，围挡将在月底前拆除，届时道路恢复双向通行。" * 4
)
SCATTERED = (
    "拥堵的不只是道路。地铁公司说，滨江的客流在早高峰增长最快；新区的学校也在施工，"
    "家长担心施工引发的噪音。早高峰时段，新区地铁站外排起长队，拥堵持续一小时。"
)
OTHER = "城西公园的荷花开了，周末游客明显增多，管理处增派了保洁人员。"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("word-runs")
    source = folder / "articles.jsonl"
    texts = {"in-order": IN_ORDER, "scattered": SCATTERED, "other": OTHER}
    rows = [{"id": key, "text": text} for key, text in texts.items()]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    build([source], Settings(index_dir=str(folder / "index")), full=True)
    return folder / "index"


def ranked(index_dir: Path, ranking: Ranking, q: str = QUERY) -> list[str]:
    return [h.id for h in SearchIndex(index_dir, Settings(), ranking=ranking).search(SearchRequest(q=q)).hits]


def test_without_the_order_the_article_repeating_the_words_ranks_first(index_dir: Path) -> None:
    assert ranked(index_dir, Ranking(order_boost=0.0))[:2] == ["scattered", "in-order"]


def test_an_article_holding_the_headline_in_its_order_ranks_above_one_holding_its_words_scattered(
    index_dir: Path,
) -> None:
    assert ranked(index_dir, Ranking(order_boost=1.0))[:2] == ["in-order", "scattered"]
