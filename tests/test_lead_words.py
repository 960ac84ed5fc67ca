"""A pasted headline's words in an article's lead (`Ranking.lead_boost`, index/search/lead_words.py, off by default):
when on, for a query of six required words or more, an article whose first words hold them is rescored above one
holding them further in; a short keyword query is ranked as without it. Through the API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.build import build
from index.search.ranking import Ranking
from index.search.request import SearchRequest
from index.search.searcher import SearchIndex
from index.settings import Settings

HEADLINE = "滨江新区地铁施工引发早高峰拥堵 交警增派警力疏导"
IN_LEAD = (
    "滨江新区地铁施工引发早高峰拥堵，交警增派警力疏导。昨天上午，多条公交线路临时绕行。"
    + "施工单位表示，围挡将在月底前拆除，届时道路恢复双向通行，市民出行会方便很多。" * 4
)
FURTHER_IN = (
    "本周全市天气晴好，气温回升，各大公园迎来赏花客流，景区停车场一位难求，旅游部门提醒错峰出游。"
    "图书馆延长了周末开放时间，博物馆推出夜场，美术馆的春季画展吸引了不少年轻人，书店里也坐满了读者。"
    "另据报道，滨江新区地铁施工仍在继续，早高峰拥堵明显，引发市民议论；交警表示已增派警力，在路口疏导车辆。"
    "地铁施工方称，早高峰时段将暂停夜间材料运输，滨江新区交警也会继续疏导，缓解拥堵。"
)
OTHER = "城西公园的荷花开了，周末游客明显增多，管理处增派了保洁人员。"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lead-words")
    source = folder / "articles.jsonl"
    texts = {"in-lead": IN_LEAD, "further-in": FURTHER_IN, "other": OTHER}
    rows = [{"id": key, "text": text} for key, text in texts.items()]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    build([source], Settings(index_dir=str(folder / "index")), full=True)
    return folder / "index"


LEAD = Ranking(lead_boost=0.5)


def ranked(index_dir: Path, q: str, ranking: Ranking) -> list[str]:
    return [h.id for h in SearchIndex(index_dir, Settings(), ranking=ranking).search(SearchRequest(q=q)).hits]


def test_without_the_lead_the_article_repeating_the_headlines_words_further_in_ranks_first(index_dir: Path) -> None:
    assert ranked(index_dir, HEADLINE, Ranking())[:2] == ["further-in", "in-lead"]


def test_a_headline_is_ranked_first_where_an_articles_lead_holds_its_words(index_dir: Path) -> None:
    assert ranked(index_dir, HEADLINE, LEAD)[:2] == ["in-lead", "further-in"]


def test_a_short_keyword_query_is_ranked_without_the_lead(index_dir: Path) -> None:
    query = "滨江新区 早高峰拥堵"
    assert ranked(index_dir, query, LEAD) == ranked(index_dir, query, Ranking())
