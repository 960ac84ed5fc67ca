"""Function and question words typed in pinyin inside Chinese text (issue 23's mixed queries), through the API
under gunicorn: left out as the words they are, where the index holds them between the characters typed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Server, gunicorn

from index.build import build
from index.settings import Settings

TOWNS = ["安顺", "铜仁", "遵义", "凯里", "毕节", "兴义"]
ARTICLES = [
    (
        "六盘水交警整治早高峰拥堵",
        "为缓解早高峰拥堵，六盘水交警这个月做了些调整：学校门口增设临时停车位，三个路口信号灯延长绿灯。",
    ),
    ("智能机器人生产线投产", "城东智能机器人生产线昨天投产，年产智能机器人两千台，配套企业及其供应商同步入驻。"),
    *(
        (f"{town}图书馆的周末", f"{town}图书馆周末为孩子们做了些什么？馆员组织绘本共读，鼓励企业及其职工捐书。")
        for town in TOWNS
    ),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    source = tmp_path_factory.mktemp("function-pinyin-src") / "articles.jsonl"
    records = [{"id": f"a{n}", "title": title, "text": body} for n, (title, body) in enumerate(ARTICLES)]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("function-pinyin-index")
    build([Path(source)], Settings(index_dir=str(index_dir), build_procs=1))
    with gunicorn(index_dir) as running:
        yield running


def test_a_question_word_typed_in_pinyin_inside_a_headline_is_left_out_like_the_word(server: Server) -> None:
    result = server.search(q="早高峰擁堵，六盘水交警做了些shenme")
    assert "read the pinyin shenme as 什么, a function word" in result["query"]["notes"]
    top = result["hits"][0]
    assert top["title"] == "六盘水交警整治早高峰拥堵" and top["matched"] == "all"


def test_pinyin_of_a_function_word_stays_another_word_where_the_characters_beside_it_say_so(server: Server) -> None:
    result = server.search(q="智能jiqi人")  # 及其 is written more often, but never between 能 and 人
    assert not any("a function word" in note for note in result["query"]["notes"])
    assert result["hits"][0]["title"] == "智能机器人生产线投产"
