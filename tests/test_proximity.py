"""A pasted headline's first articles reranked by how much of it they hold together (`Ranking.density_boost`,
index/search/proximity.py; a variant, off by default): the report written for the headline, which holds its
words in one sentence, above a digest that holds each of them somewhere, more often."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.build import build
from index.search.ranking import Ranking
from index.search.request import SearchRequest
from index.search.searcher import SearchIndex
from index.settings import Settings

HEADLINE = "洱海沿岸湿地修复工程完工 候鸟数量明显回升"
REPORT = (
    "候鸟数量明显回升：洱海沿岸的湿地修复工程已经完工。"
    + "保护区工作人员介绍，修复后的滩涂为水鸟提供了更多觅食地，附近村民也参与了日常巡护。" * 9
)
DIGEST = (
    "洱海边的村庄开展垃圾分类，沿岸居民积极参与。城东湿地公园游客增多，周末格外热闹。"
    "博物馆举办古籍修复展览。一项道路工程昨天完工，公交线路随之调整。观鸟爱好者记录的候鸟种类增加，"
    "数量统计将于月底公布。景区客流明显增加，房价有所回升。洱海水质保持稳定，沿岸步道重新开放，"
    "湿地科普讲座受到欢迎，修复后的古桥对外开放，水利工程通过验收，新建厂房完工投产，候鸟摄影比赛开始征稿，"
    "参赛作品数量可观，气温明显偏高，市场信心回升。"
)
OTHER = "滇池流域开展春季植树活动，志愿者种下三千棵树苗。"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("density")
    source = folder / "articles.jsonl"
    rows = [{"id": "report", "text": REPORT}, {"id": "digest", "text": DIGEST}, {"id": "other", "text": OTHER}]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    build([source], Settings(index_dir=str(folder / "index")), full=True)
    return folder / "index"


def ids(index_dir: Path, ranking: Ranking) -> list[str]:
    return [h.id for h in SearchIndex(index_dir, Settings(), ranking=ranking).search(SearchRequest(q=HEADLINE)).hits]


def test_the_article_holding_the_headline_together_ranks_above_one_holding_it_scattered(index_dir: Path) -> None:
    assert ids(index_dir, Ranking(density_boost=1.0))[:2] == ["report", "digest"]


def test_without_the_density_rerank_the_scattered_digest_scores_higher(index_dir: Path) -> None:
    assert ids(index_dir, Ranking(density_boost=0.0))[:2] == ["digest", "report"]
