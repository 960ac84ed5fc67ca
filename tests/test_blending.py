"""A long query ranked in one tier (`Ranking.blend_words`, off by default): articles holding all of it are
placed by their score among those holding most of it, and each hit still says whether it holds all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.build import build
from index.search.ranking import Ranking
from index.search.request import SearchRequest
from index.search.searcher import SearchIndex
from index.settings import Settings

QUERY = "青岛港集装箱吞吐量创下新高的原因"
FOCUSED = (
    "青岛港集装箱吞吐量创下新高。今年以来，青岛港集装箱航线不断加密，集装箱吞吐量连续三个月创下新高，"
    "码头工人说，青岛港的集装箱吞吐量还会创下新高。"
)
SCATTERED = (
    "市民文化节开幕，图书馆和博物馆延长开放时间。记者在青岛港附近的社区看到，居民正在排练节目。"
    "一位退休的集装箱司机说，他喜欢唱歌。说起吞吐量，他笑着说那是年轻人的事。社区合唱团去年创下新高的报名人数，"
    "原因是活动丰富。" + "街道还组织了读书会、书法课和摄影展，吸引了不少家庭参加。" * 6
)
OTHER = "社区合唱团举办新年音乐会，居民们表演了合唱和舞蹈节目，现场气氛热烈。"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("blending")
    source = folder / "articles.jsonl"
    rows = [{"id": "focused", "text": FOCUSED}, {"id": "scattered", "text": SCATTERED}, {"id": "other", "text": OTHER}]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    build([source], Settings(index_dir=str(folder / "index")), full=True)
    return folder / "index"


def hits(index_dir: Path, ranking: Ranking) -> list:
    return SearchIndex(index_dir, Settings(), ranking=ranking).search(SearchRequest(q=QUERY)).hits


def test_tiers_put_the_article_holding_every_word_first(index_dir: Path) -> None:
    assert [h.id for h in hits(index_dir, Ranking())][:2] == ["scattered", "focused"]


def test_one_tier_ranks_a_focused_article_missing_a_common_word_above_a_scattered_one(index_dir: Path) -> None:
    assert [h.id for h in hits(index_dir, Ranking(blend_words=4))][:2] == ["focused", "scattered"]


def test_an_article_holding_every_word_is_marked_so_wherever_it_ranks(index_dir: Path) -> None:
    found = {h.id: h for h in hits(index_dir, Ranking(blend_words=4))}
    assert (found["scattered"].matched, found["scattered"].missing) == ("all", [])
    assert (found["focused"].matched, found["focused"].missing) == ("partial", ["原因"])
