"""The cache of search answers (service/answers.py): the same request asked again is answered from it, a build's
swap is never answered from an older generation, and refusals are never kept."""

from __future__ import annotations

from pathlib import Path

from index.build import build
from index.settings import Settings
from service.answers import ENTRY_BYTES, AnswerCache
from service.app import create_app

FIRST = "庆阳开展网络安全宣传周活动\n\n庆阳市网信办组织网络安全宣传周，走进社区讲解防范电信诈骗的知识。"
SECOND = "泉州网络安全宣传周启动\n\n泉州市举办网络安全宣传周，向市民介绍个人信息保护和网络诈骗防范。"


def _index(tmp_path: Path, *texts: str) -> Path:
    source = tmp_path / "src"
    source.mkdir(exist_ok=True)
    for number, text in enumerate(texts):
        (source / f"{number}.txt").write_text(text, encoding="utf-8")
    build([source], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    return tmp_path / "ix"


def test_a_search_asked_again_is_answered_from_the_cache_with_the_same_body(tmp_path: Path) -> None:
    client = create_app(Settings(index_dir=str(_index(tmp_path, FIRST)))).test_client()
    first = client.get("/api/search", query_string={"q": "网络安全"})
    again = client.get("/api/search", query_string={"q": "网络安全", "page": "1"})  # the same request, normalized
    assert (first.headers["X-Answer-Cache"], again.headers["X-Answer-Cache"]) == ("miss", "hit")
    assert again.get_data() == first.get_data() and again.get_json()["total"] == 1


def test_a_swapped_in_generation_is_searched_afresh(tmp_path: Path) -> None:
    client = create_app(Settings(index_dir=str(_index(tmp_path, FIRST)))).test_client()
    assert client.get("/api/search", query_string={"q": "宣传周"}).get_json()["total"] == 1
    _index(tmp_path, FIRST, SECOND)
    after = client.get("/api/search", query_string={"q": "宣传周"})
    assert after.headers["X-Answer-Cache"] == "miss" and after.get_json()["total"] == 2


def test_a_refused_search_is_not_kept(tmp_path: Path) -> None:
    client = create_app(Settings(index_dir=str(_index(tmp_path, FIRST)), max_query_chars=4)).test_client()
    client.get("/api/search", query_string={"q": "网络安全宣传"})
    refused = client.get("/api/search", query_string={"q": "网络安全宣传"})
    assert refused.status_code == 400 and "X-Answer-Cache" not in refused.headers


def test_pretty_and_plain_answers_are_kept_apart(tmp_path: Path) -> None:
    client = create_app(Settings(index_dir=str(_index(tmp_path, FIRST)))).test_client()
    plain = client.get("/api/search", query_string={"q": "庆阳"}).get_data()
    pretty = client.get("/api/search", query_string={"q": "庆阳", "pretty": "1"}).get_data()
    assert b"\n  " in pretty and b"\n  " not in plain


def test_a_cache_of_no_size_keeps_nothing() -> None:
    cache = AnswerCache(0)
    assert cache.answer("gen-1", ("网络",), lambda: b"{}") == (b"{}", False)
    assert cache.answer("gen-1", ("网络",), lambda: b"{}") == (b"{}", False) and len(cache) == 0


def test_the_least_recently_used_answer_goes_first_when_full() -> None:
    cache = AnswerCache(2 * (100 + ENTRY_BYTES))  # room for two bodies of 100 bytes
    for q in ("庆阳", "泉州", "庆阳", "甘肃"):
        cache.answer("gen-1", (q,), lambda: b"x" * 100)
    assert cache.answer("gen-1", ("庆阳",), lambda: b"")[1] and not cache.answer("gen-1", ("泉州",), lambda: b"")[1]
