"""Typing less: completions as you type, queries in pinyin, and the domain's own words, checked through the
real service (gunicorn over the seed index) and, where a special index is needed, the library and the app."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Server, gunicorn
from test_api import assert_documented

from index import store
from index.build import build
from index.search.request import SearchRequest
from index.search.searcher import SearchIndex
from index.settings import Settings
from index.store import vocabulary
from index.store.tally import Tally, write_counts
from index.store.vocabulary import FOLDER, Vocabulary
from service.app import create_app

QINGYANG = "000_c729cffc91d33526"
QUANZHOU = "002_eec8dd7fda293d79"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# Two short reports in the style of the seeds: 重庆 is a heteronym's test (重 reads zhòng alone), and
# 数字甘肃 is a word jieba cuts into 数字/甘肃 unless a user dictionary says otherwise.
CHONGQING = (
    "重庆网信办部署清朗专项行动\n\n重庆市委网信办日前召开会议，部署“清朗”系列专项行动，重点整治网络谣言和网络暴力。\n"
)
GANSU = (
    "数字甘肃建设提速\n\n甘肃省加快推进数字甘肃建设，推动数字经济和实体经济深度融合，庆阳数据中心集群建设全面提速。\n"
)


@pytest.fixture(scope="module")
def server(seed_index_dir: Path) -> Iterator[Server]:
    with gunicorn(seed_index_dir) as running:
        yield running


@pytest.fixture(scope="module")
def spec(server: Server) -> dict:
    return server.request("/api/openapi.json").json


def suggest(server: Server, q: str, **params) -> list[str]:
    reply = server.request("/api/suggest", {"q": q, **params})
    assert reply.status == 200, reply.text
    return [s["text"] for s in reply.json["suggestions"]]


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reports")
    (folder / "chongqing.txt").write_text(CHONGQING, encoding="utf-8")
    (folder / "gansu.txt").write_text(GANSU, encoding="utf-8")
    return folder


@pytest.fixture
def user_dict(tmp_path: Path) -> Path:
    path = tmp_path / "words.txt"
    path.write_text("# 我们的词\n數字甘肅 300\n", encoding="utf-8")  # Traditional: read as 数字甘肃
    return path


# ---------------------------------------------------------------- completions


def test_a_chinese_prefix_completes_to_words_and_phrases_of_the_index(server: Server, spec: dict) -> None:
    reply = server.request("/api/suggest", {"q": "网络"})
    body = reply.json
    assert body["q"] == "网络"
    texts = [s["text"] for s in body["suggestions"]]
    assert {"网络安全", "网络空间"} <= set(texts) and all(t.startswith("网络") for t in texts)
    assert all(s["count"] >= 1 for s in body["suggestions"])
    assert_documented(spec, "/api/suggest", 200, body)


def test_title_and_heading_phrases_come_before_body_words(server: Server) -> None:
    # 网信铁军 is a heading of one article (打造网信铁军); 网信委 is only in bodies, though of three
    texts = suggest(server, "网信", limit=20)
    assert texts.index("网信铁军") < texts.index("网信委")


def test_a_domain_word_is_suggested_whole(server: Server) -> None:
    assert suggest(server, "东数") == ["东数西算"]


def test_traditional_and_full_width_prefixes_complete_like_simplified(server: Server) -> None:
    assert suggest(server, "網絡") == suggest(server, "网络") != []
    assert suggest(server, "ｗａｎｇｌ") == suggest(server, "wangl") != []


@pytest.mark.parametrize("prefix", ["wangluo", "wangl", "wang luo"])
def test_a_pinyin_prefix_completes_to_chinese(server: Server, prefix: str) -> None:
    texts = suggest(server, prefix)
    assert "网络安全" in texts and all(t.startswith("网络") for t in texts)


def test_initials_complete_to_the_phrase_they_abbreviate(server: Server) -> None:
    assert suggest(server, "wlaq")[0] == "网络安全"
    assert suggest(server, "dsxs") == ["东数西算"]


def test_a_latin_word_of_the_index_completes_as_written(server: Server) -> None:
    assert suggest(server, "ipv") == ["IPv6"]


def test_an_unknown_prefix_gives_an_empty_list(server: Server) -> None:
    assert suggest(server, "量子纠缠") == []


def test_opensearch_advertises_suggestions_that_answer_in_its_format(server: Server) -> None:
    xml = server.request("/opensearch.xml").text
    template = re.search(r'type="application/x-suggestions\+json" method="get" template="([^"]+)"', xml).group(1)
    assert template == f"{server.url}/api/suggest?format=opensearch&amp;q={{searchTerms}}"
    reply = server.request("/api/suggest", {"format": "opensearch", "q": "网络"})
    assert reply.headers["Content-Type"] == "application/x-suggestions+json"
    prefix, completions = reply.json
    assert prefix == "网络" and "网络安全" in completions
    assert completions == suggest(server, "网络")


def test_limit_caps_the_list(server: Server) -> None:
    assert len(suggest(server, "网", limit=3)) == 3


@pytest.mark.parametrize(
    ("params", "code", "param"),
    [
        ({"q": ""}, "invalid_query", "q"),
        ({"q": " 　"}, "invalid_query", "q"),
        ({"q": "网" * (Settings().max_suggest_chars + 1)}, "invalid_query", "q"),
        ({"q": "网络", "limit": "0"}, "invalid_query", "limit"),
        ({"q": "网络", "limit": "21"}, "invalid_query", "limit"),
        ({"q": "网络", "limit": "many"}, "invalid_parameter", "limit"),
        ({"q": "网络", "prefix": "网"}, "unknown_parameter", "prefix"),
    ],
)
def test_an_empty_or_over_long_prefix_is_a_json_400(
    server: Server, spec: dict, params: dict, code: str, param: str
) -> None:
    reply = server.request("/api/suggest", params)
    assert reply.status == 400 and reply.json["error"]["param"] == param
    assert reply.json["error"]["code"] in (code, "invalid_parameter")
    assert_documented(spec, "/api/suggest", 400, reply.json)


# ---------------------------------------------------------------- pinyin queries


@pytest.mark.parametrize("q", ["dongshuxisuan", "dong shu xi suan", "DongShuXiSuan"])
def test_a_pinyin_query_is_read_as_the_chinese_word(server: Server, spec: dict, q: str) -> None:
    result = server.search(q=q)
    assert [h["id"] for h in result["hits"]] == [QINGYANG]
    assert result["query"]["terms"] == [
        {"text": q.lower(), "kind": "pinyin", "exclude": False, "optional": False, "words": ["东数西算"], "also": []}
    ]
    assert "<mark>东数西算</mark>" in result["hits"][0]["sections"][0]["snippet"]["html"]
    assert_documented(spec, "/api/search", 200, result)


def test_a_place_name_in_pinyin_finds_the_place(server: Server) -> None:
    result = server.search(q="qingyang")
    assert result["query"]["terms"][0]["words"] == ["庆阳"] and QINGYANG in [h["id"] for h in result["hits"]]


@pytest.mark.parametrize("q", ["IPv6", "5G", "APP"])
def test_latin_words_of_the_index_stay_words(server: Server, q: str) -> None:
    result = server.search(q=q)
    assert result["query"]["terms"][0]["kind"] == "words" and result["total"] >= 1


def test_latin_letters_that_are_no_pinyin_stay_a_word(server: Server) -> None:
    assert server.search(q="apple")["query"]["terms"][0]["kind"] == "words"


def test_pinyin_and_chinese_words_combine(server: Server) -> None:
    result = server.search(q="wangxin 泉州")
    assert [(t["kind"], t["words"]) for t in result["query"]["terms"]] == [("pinyin", ["网信"]), ("words", ["泉州"])]
    assert [h["id"] for h in result["hits"] if h["matched"] == "all"] == [QUANZHOU]


def test_a_heteronym_is_read_in_context(reports: Path, tmp_path: Path) -> None:
    build([reports], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    index = SearchIndex(tmp_path / "ix")
    chongqing = index.search(SearchRequest(q="chongqing"))
    assert chongqing.query.terms[0].words == ["重庆"] and chongqing.total == 1
    assert index.search(SearchRequest(q="zhongqing")).query.terms[0].kind == "words"  # 重 alone reads zhòng
    assert [s.text for s in index.suggest("cq").suggestions][:1] == ["重庆"]


# ---------------------------------------------------------------- the domain's own words


def test_a_user_dictionary_word_is_one_term_at_index_and_query_time(
    reports: Path, user_dict: Path, tmp_path: Path
) -> None:
    build([reports], Settings(index_dir=str(tmp_path / "plain"), build_procs=1))
    build([reports], Settings(index_dir=str(tmp_path / "own"), build_procs=1, user_dict=str(user_dict) or ""))
    plain, own = SearchIndex(tmp_path / "plain"), SearchIndex(tmp_path / "own", Settings(user_dict=str(user_dict)))
    assert plain.search(SearchRequest(q="数字甘肃")).query.terms[0].words == ["数字", "甘肃"]
    assert own.search(SearchRequest(q="数字甘肃")).query.terms[0].words == ["数字甘肃"]
    for index, holds in ((plain, False), (own, True)):
        assert (("body", "数字甘肃") in index._current().searcher.reader()) is holds
    assert own.suggest("shuzigansu").suggestions[0].text == "数字甘肃"


def test_a_changed_dictionary_is_reported_by_health_and_by_the_build(
    reports: Path, user_dict: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "ix"
    build([reports], Settings(index_dir=str(index_dir), build_procs=1))
    client = create_app(Settings(index_dir=str(index_dir), user_dict=str(user_dict))).test_client()
    health = client.get("/api/health").get_json()["dictionary"]
    assert health["same"] is False and "--full" in health["message"]

    report = build([reports], Settings(index_dir=str(index_dir), build_procs=1, user_dict=str(user_dict) or ""))
    assert any("--full" in line for line in report.lines())
    (reports / "chongqing.txt").write_text(CHONGQING + "重庆数字经济提速。\n", encoding="utf-8")
    updated = build([reports], Settings(index_dir=str(index_dir), build_procs=1, user_dict=str(user_dict) or ""))
    assert updated.updated == 1 and any("--full" in line for line in updated.lines())
    assert client.get("/api/health").get_json()["dictionary"]["same"] is False  # a mix of both

    full = build(
        [reports], Settings(index_dir=str(index_dir), build_procs=1, user_dict=str(user_dict) or ""), full=True
    )
    assert not any("--full" in line for line in full.lines())
    assert client.get("/api/health").get_json()["dictionary"] == {
        "index": health["service"],
        "service": health["service"],
        "same": True,
    }


def test_an_incremental_build_counts_the_vocabulary_as_a_full_one(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEEDS.iterdir():
        (corpus / seed.name).write_bytes(seed.read_bytes())
    build([corpus], Settings(index_dir=str(tmp_path / "incremental"), build_procs=1))
    (corpus / "002_eec8dd7fda293d79.txt").unlink()
    changed = corpus / "000_c729cffc91d33526.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("东数西算", "东数西算工程"), encoding="utf-8")
    build([corpus], Settings(index_dir=str(tmp_path / "incremental"), build_procs=1))
    build([corpus], Settings(index_dir=str(tmp_path / "full"), build_procs=1))

    def counted(index_dir: Path) -> Tally:
        return Tally.load(store.current_generation(index_dir))

    incremental, full = counted(tmp_path / "incremental"), counted(tmp_path / "full")
    assert incremental.entries == full.entries and incremental.readings == full.readings
    assert "泉州网信办" not in incremental.entries and incremental.entries["东数西算"][2] == 1


def test_shards_counts_merged_and_pickled_are_one_tallys_counts(tmp_path: Path) -> None:
    """A build's workers count their shards apart and send their counts to be merged: the vocabulary written is
    the one a tally counting every article writes, display forms (IPv6 before ipv6) and readings included."""
    import pickle

    from index.store.phrases import article_entries

    articles = [
        ("重庆网信办部署清朗专项行动", [], ["重庆市委网信办部署清朗专项行动，整治网络谣言。网络谣言危害大。"]),
        ("数字甘肃建设提速", [], ["甘肃省推进IPv6规模部署，数字经济和实体经济深度融合。"]),
        ("ipv6规模部署", ["网络安全"], ["重庆推进ipv6规模部署，网络安全宣传周在重庆开幕。"]),
        ("𠀋字与Ａ股", [], ["长沙推进IPV6改造，𠀋字与Ａ股、ａ股并列。"]),
    ]
    one, shards = Tally(), [Tally(), Tally()]
    for number, (title, headings, bodies) in enumerate(articles):
        one.add(article_entries(title, headings, bodies))
        shards[number % 2].add(article_entries(title, headings, bodies))
    (tmp_path / "one").mkdir()
    (tmp_path / "merged").mkdir()
    assert write_counts([one.counts()], tmp_path / "one")[0] > 20
    sent = [pickle.loads(pickle.dumps(shard.counts())) for shard in shards]
    write_counts([Tally().counts(), *sent], tmp_path / "merged")
    for path in (tmp_path / "one" / FOLDER).iterdir():
        assert path.read_bytes() == (tmp_path / "merged" / FOLDER / path.name).read_bytes(), path.name
    merged = Tally.load(tmp_path / "merged")
    assert merged.entries["ipv6"] == ["IPV6", 1, 3] and merged.readings["重庆"] == ("chongqing", "cq")
    assert list(merged.entries) == sorted(merged.entries)


def test_the_completions_kept_for_common_prefixes_are_the_best_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vocabulary, "HOT_RANGE", 20)  # the seeds have no prefix of 2,000 entries
    build([SEEDS], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    kept = Vocabulary.open(store.current_generation(tmp_path / "ix"))
    assert "网" in kept.hot["keys"] and "w" in kept.hot["pinyin"] and "w" in kept.hot["initials"]
    ranked = Vocabulary.open(store.current_generation(tmp_path / "ix"))
    ranked.hot = {"keys": {}, "pinyin": {}, "initials": {}}
    for prefix in ("网", "网络", "w", "wang", "zh", "wl"):
        assert kept.complete(prefix, 20) == ranked.complete(prefix, 20) != []
