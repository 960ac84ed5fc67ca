"""The HTTP API as clients see it: the real service under gunicorn over the seed index, checked through HTTP
and against its own OpenAPI document. Failures that need a special index use the Flask test client."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import QINGYANG, QUANZHOU, Server, gunicorn
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_spec
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from index.build import build
from index.settings import Settings
from index.store.schema import FORMAT_VERSION
from service.api import EXPORT_PARAMS, FEED_PARAMS, SEARCH_PARAMS
from service.app import create_app

ROOT = Path(__file__).resolve().parents[1]
SHAANXI = "001_12268834ad4b7733"
NEIMENGGU = "003_06a59c289477a69b"
SHANGLUO = "004_e482cdb6bdf3e6cd"
BODY_LIMIT = 4096


@pytest.fixture(scope="module")
def server(seed_index_dir: Path) -> Iterator[Server]:
    """gunicorn with the shipped config over the seed index, as it runs in production."""
    with gunicorn(seed_index_dir, SEARCH_MAX_CONTENT_LENGTH=str(BODY_LIMIT)) as running:
        yield running


@pytest.fixture(scope="module")
def spec(server: Server) -> dict:
    reply = server.request("/api/openapi.json")
    assert reply.status == 200
    return reply.json


def assert_valid(spec: dict, pointer: str, body: Any) -> None:
    """`body` matches the schema at `pointer` in the OpenAPI document (its `$ref`s resolved within it)."""
    registry = Registry().with_resource("urn:api", Resource.from_contents(spec, default_specification=DRAFT202012))
    Draft202012Validator({"$ref": f"urn:api#{pointer}"}, registry=registry).validate(body)


def assert_documented(spec: dict, path: str, status: int, body: Any, method: str = "get") -> None:
    """`body` matches the schema the OpenAPI document gives for `path` (a template), `method` and `status`."""
    response = spec["paths"][path][method]["responses"][str(status)]
    here = f"/paths/{path.replace('/', '~1')}/{method}/responses/{status}"
    pointer = response["$ref"][1:] if "$ref" in response else here
    assert_valid(spec, f"{pointer}/content/application~1json/schema", body)


def ids(result: dict) -> list[str]:
    return [hit["id"] for hit in result["hits"]]


def full(result: dict) -> set[str]:
    """The hits that hold everything asked for."""
    return {hit["id"] for hit in result["hits"] if hit["matched"] == "all"}


# ---------------------------------------------------------------- searching


def test_keyword_finds_its_article_and_matches_the_schema(server: Server, spec: dict) -> None:
    result = server.search(q="东数西算")
    assert ids(result) == [QINGYANG]
    assert "<mark>东数西算</mark>" in result["hits"][0]["sections"][0]["snippet"]["html"]
    assert_documented(spec, "/api/search", 200, result)


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("网信泉州", {QUANZHOU}),  # an unspaced run of Chinese: jieba splits it, its words are asked for
        ("泉州 OR 庆阳", {QUANZHOU, QINGYANG}),
        ("(泉州 OR 庆阳) -东数西算", {QUANZHOU}),
        ('"擎旗奋进"', {QINGYANG}),
        ("“擎旗奋进”", {QINGYANG}),
        ("「擎旗奋进」", {QINGYANG}),
        ("ＩＰｖ６", {SHANGLUO}),
    ],
)
def test_query_syntax(server: Server, q: str, expected: set[str]) -> None:
    assert full(server.search(q=q)) == expected


def test_exclusion_drops_every_article_holding_the_term(server: Server) -> None:
    result = server.search(q="网信 -泉州")
    assert result["total"] == 4 and QUANZHOU not in ids(result)
    assert result["query"]["terms"][1] == {
        "text": "泉州",
        "kind": "words",
        "exclude": True,
        "optional": False,
        "words": ["泉州"],
        "also": [],
    }


def test_phrase_across_a_jieba_word_boundary(server: Server) -> None:
    result = server.search(q='"络安全宣"')
    assert result["total"] >= 1 and result["query"]["terms"][0]["kind"] == "phrase"
    for hit in result["hits"]:
        assert any("络安全宣" in s["snippet"]["text"] for s in hit["sections"])


def test_traditional_and_full_width_queries_find_simplified_half_width_text(server: Server) -> None:
    assert server.search(q="網絡安全")["total"] == server.search(q="网络安全")["total"] == 5
    assert ids(server.search(q="５Ｇ")) == ids(server.search(q="5G")) != []


@pytest.mark.parametrize(
    ("filters", "expected", "understood"),
    [
        ({"province": "甘肃"}, [QINGYANG], {"province": "甘肃省"}),
        ({"province": "甘肃省"}, [QINGYANG], {"province": "甘肃省"}),
        ({"city": "庆阳"}, [QINGYANG], {"city": "庆阳市"}),
        ({"city": "庆阳市"}, [QINGYANG], {"city": "庆阳市"}),
        ({"date_from": "2023", "sort": "date"}, [QUANZHOU, QINGYANG], {"date_from": "2023", "date_to": None}),
        ({"date_from": "2022-12", "date_to": "2022-12"}, [NEIMENGGU], {"date_from": "2022-12", "date_to": "2022-12"}),
        ({"date_to": "2023-01-09"}, [NEIMENGGU], {"date_from": None, "date_to": "2023-01-09"}),
        ({"q": "网络", "section": "防火墙"}, [QINGYANG], {"section": "防火墙"}),
        ({"source": "新华网"}, [QUANZHOU], {"source": "新华网"}),
        ({"title": "泉州"}, [QUANZHOU], {"title": "泉州"}),
        ({"province": "陕西", "city": "商洛"}, [SHANGLUO], {"province": "陕西省", "city": "商洛市"}),
        ({"province": "陕西", "date_from": "2023"}, [], {"province": "陕西省", "date_from": "2023", "date_to": None}),
    ],
)
def test_filters_and_combinations(server: Server, filters: dict, expected: list[str], understood: dict) -> None:
    result = server.search(**({"q": "网信"} | filters))
    assert ids(result) == expected
    assert result["query"]["filters"] == understood


def test_facets_count_every_hit_not_only_the_page(server: Server) -> None:
    result = server.search(q="网信", per_page=1)
    assert len(result["hits"]) == 1 and result["total"] == 5 and result["pages"] == 5
    provinces = {f["value"]: f["count"] for f in result["facets"]["province"]}
    assert provinces == {"陕西省": 2, "甘肃省": 1, "福建省": 1, "内蒙古自治区": 1}


def test_month_facet_counts_every_hit_in_time_order(server: Server, spec: dict) -> None:
    result = server.search(q="网信", per_page=1)
    assert [(f["value"], f["count"]) for f in result["facets"]["month"]] == [
        ("2022-12", 1),
        ("2023-01", 1),
        ("2023-12", 1),
    ]
    assert_documented(spec, "/api/search", 200, result)


def test_sorts(server: Server) -> None:
    by_date = server.search(q="网信", sort="date")
    assert ids(by_date)[:3] == [QUANZHOU, QINGYANG, NEIMENGGU]
    assert [hit["date"] for hit in by_date["hits"][3:]] == [None, None]
    by_relevance = server.search(q="网信")
    scores = [hit["score"] for hit in by_relevance["hits"]]
    assert by_relevance["sort"] == "relevance" and scores == sorted(scores, reverse=True)


def test_paging_walks_through_every_article_once(server: Server) -> None:
    pages = [ids(server.search(q="网信", per_page=2, page=n)) for n in (1, 2, 3, 4)]
    assert [len(p) for p in pages] == [2, 2, 1, 0]
    assert len({i for p in pages for i in p}) == 5


def test_empty_query_with_a_filter_browses(server: Server) -> None:
    result = server.search(q="", province="陕西")
    assert result["query"]["mode"] == "browse" and result["sort"] == "date"
    assert set(ids(result)) == {SHAANXI, SHANGLUO}


# ---------------------------------------------------------------- articles and health


def test_article_has_sections_with_paragraphs_and_the_original_text(server: Server, spec: dict) -> None:
    reply = server.request(f"/api/articles/{NEIMENGGU}")
    assert reply.status == 200
    article = reply.json
    assert article["id"] == NEIMENGGU and article["traditional"] is True
    assert article["original"].startswith("□符 雷\n黨的二十大對(duì)網(wǎng)絡(luò)安全")
    assert len([s for s in article["sections"] if s["heading"]]) == 6
    assert all(s["paragraphs"] for s in article["sections"])
    assert_documented(spec, "/api/articles/{article_id}", 200, article)


def test_health_reports_the_serving_index(server: Server, spec: dict) -> None:
    reply = server.request("/api/health")
    health = reply.json
    assert health["status"] == "ok" and health["articles"] == 5 and health["index_version"] == FORMAT_VERSION
    assert health["built_at"]
    assert reply.headers["Cache-Control"] == "no-store"
    assert_documented(spec, "/api/health", 200, health)


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("params", "code", "param"),
    [
        ({"q": "网络", "qq": "x"}, "unknown_parameter", "qq"),
        ({"q": "网络", "date_from": "2023-13"}, "invalid_parameter", "date_from"),
        ({"q": "网络", "date_to": "yesterday"}, "invalid_parameter", "date_to"),
        ({"q": "网络", "date_to": "0000"}, "invalid_parameter", "date_to"),
        ({"q": "网络", "page": ""}, "invalid_parameter", "page"),
        ({"q": "网络", "province": ""}, "invalid_parameter", "province"),
        ({"q": "网络", "pretty": ""}, "invalid_parameter", "pretty"),
        ({"q": "网络", "page": "0"}, "invalid_parameter", "page"),
        ({"q": "网络", "page": "100000"}, "invalid_parameter", "page"),
        ({"q": "网络", "page": "two"}, "invalid_parameter", "page"),
        ({"q": "网络", "per_page": "1.5"}, "invalid_parameter", "per_page"),
        ({"q": "网络", "per_page": str(Settings().max_per_page + 1)}, "invalid_parameter", "per_page"),
        ({"q": "网络", "sort": "random"}, "invalid_parameter", "sort"),
        ({"q": "网络", "pretty": "maybe"}, "invalid_parameter", "pretty"),
        ({"q": "网络", "province": "火星"}, "invalid_parameter", "province"),
        ({"q": "网" * (Settings().max_query_chars + 1)}, "invalid_query", "q"),
        ({"q": "\u3000" * (Settings().max_query_chars + 1)}, "invalid_query", "q"),  # blank, yet over the limit
    ],
)
def test_bad_search_requests_are_400_naming_the_parameter(
    server: Server, spec: dict, params: dict, code: str, param: str
) -> None:
    reply = server.request("/api/search", params)
    assert reply.status == 400
    assert reply.json["error"]["code"] == code and reply.json["error"]["param"] == param
    assert reply.json["error"]["message"]
    assert_documented(spec, "/api/search", 400, reply.json)


# ---------------------------------------------------------------- text as people type and paste it


@pytest.mark.parametrize(
    ("q", "mode", "note"),
    [
        ("“网络安全", "search", "unmatched quote"),
        ("網絡安全”", "search", None),
        ("打飞机”“乳交”究竟算不算…", "search", "own punctuation"),
        ("(网络 安全", "search", "unmatched ("),
        ("网络 安全)", "search", "unmatched )"),
        ("网络 OR", "search", "OR with no term after it"),
        ("OR", "browse", "OR with no term before it"),
        ("-", "browse", "nothing to exclude"),
        ('""', "browse", "empty quotes"),
        ("「」", "browse", "empty quotes"),
        ("(" * 400 + "网络", "search", "nested deeper"),
        ("!!!……？？", "browse", None),
    ],
)
def test_any_text_is_a_query_and_the_answer_says_how_it_was_read(
    server: Server, spec: dict, q: str, mode: str, note: str | None
) -> None:
    result = server.search(q=q)
    assert result["query"]["mode"] == mode
    if note:
        assert any(note in n for n in result["query"]["notes"]), result["query"]["notes"]
    assert_documented(spec, "/api/search", 200, result)


def test_an_unmatched_quote_reads_like_the_words_without_it(server: Server) -> None:
    assert ids(server.search(q="“网络安全")) == ids(server.search(q="网络安全"))


def test_only_exclusions_browse_every_other_article(server: Server) -> None:
    result = server.search(q="-泉州")
    assert result["query"]["mode"] == "browse" and result["total"] == 4 and QUANZHOU not in ids(result)


def test_a_pasted_headline_with_extra_words_and_a_site_suffix_finds_its_article(server: Server) -> None:
    result = server.search(q="【关注】泉州网信办凝聚强劲网动力 助力泉州新发展 大熊猫_新浪网")
    assert ids(result)[0] == QUANZHOU
    assert result["hits"][0]["matched"] == "partial" and result["hits"][0]["missing"] == ["大熊猫"]
    assert result["notice"] == "没有文章包含全部词语，以下结果包含其中大部分"
    optional = [t["text"] for t in result["query"]["terms"] if t["optional"]]
    assert optional == ["关注", "新浪网"]


def test_a_paragraph_pasted_by_post_ranks_its_own_article_first(server: Server, spec: dict, seed_search) -> None:
    article = seed_search.article(NEIMENGGU)
    text = "".join(p for s in article.sections for p in s.paragraphs)[300:750]
    assert len(text) == 450
    reply = server.request(
        "/api/search", method="POST", body=json.dumps({"q": text, "per_page": 3}).encode(), json_body=True
    )
    assert reply.status == 200, reply.text
    assert ids(reply.json)[0] == NEIMENGGU and reply.json["per_page"] == 3
    assert any("rarest words" in n for n in reply.json["query"]["notes"])
    assert_documented(spec, "/api/search", 200, reply.json, method="post")


@pytest.mark.parametrize(
    ("body", "content_type", "status", "code"),
    [
        ('{"q": "网络", "colour": "red"}', "application/json", 400, "unknown_parameter"),
        ('{"q": 5}', "application/json", 400, "invalid_parameter"),
        ('{"q": "网络", "page": "two"}', "application/json", 400, "invalid_parameter"),
        ('["网络"]', "application/json", 400, "invalid_body"),
        ("{not json", "application/json", 400, "invalid_body"),
        ("q=网络", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
    ],
)
def test_a_bad_post_body_is_a_json_error(server: Server, body: str, content_type: str, status: int, code: str) -> None:
    reply = server.request("/api/search", method="POST", body=body.encode(), headers={"Content-Type": content_type})
    assert reply.status == status and reply.json["error"]["code"] == code


def test_a_get_too_long_for_the_request_line_is_a_json_414(server: Server, spec: dict) -> None:
    reply = server.request("/api/search", {"q": "网" * 2000})
    assert reply.status == 414 and reply.headers["Content-Type"] == "application/json"
    assert "POST" in reply.json["error"]["message"]
    assert_valid(spec, "/components/schemas/Error", reply.json)


def test_a_get_of_the_longest_query_allowed_fits_the_request_line(server: Server) -> None:
    reply = server.request("/api/search", {"q": "网" * Settings().max_query_chars, "province": "内蒙古自治区"})
    assert reply.status == 200


def test_a_repeated_parameter_is_refused(server: Server) -> None:
    reply = server.request("/api/search", [("q", "网络"), ("q", "安全")])
    assert reply.status == 400 and reply.json["error"]["param"] == "q"


@pytest.mark.parametrize(
    ("path", "method", "body", "status", "code", "documented_as"),
    [
        ("/api/articles/no-such/article", "GET", None, 404, "article_not_found", "/api/articles/{article_id}"),
        ("/api/search", "PUT", b"", 405, "method_not_allowed", "/api/search"),
        ("/api/health", "DELETE", None, 405, "method_not_allowed", "/api/health"),
        ("/api/search", "GET", b"x" * (BODY_LIMIT + 1), 413, "request_too_large", "/api/search"),
        ("/api/nothing-here", "GET", None, 404, "not_found", None),
    ],
)
def test_http_errors_are_json(
    server: Server,
    spec: dict,
    path: str,
    method: str,
    body: bytes | None,
    status: int,
    code: str,
    documented_as: str | None,
) -> None:
    reply = server.request(path, {"q": "网络"} if status == 413 else None, method=method, body=body)
    assert reply.status == status and reply.headers["Content-Type"] == "application/json"
    assert reply.json["error"]["code"] == code
    if status == 405:
        assert reply.headers["Allow"] == ("GET, HEAD, OPTIONS, POST" if path == "/api/search" else "GET, HEAD, OPTIONS")
    if documented_as:
        assert_documented(spec, documented_as, status, reply.json)
    else:
        assert_valid(spec, "/components/schemas/Error", reply.json)


# ---------------------------------------------------------------- the JSON itself


def test_chinese_is_sent_as_itself_and_pretty_indents(server: Server) -> None:
    compact = server.request("/api/search", {"q": "网络安全"})
    assert "\\u" not in compact.text and "网络安全" in compact.text and "\n  " not in compact.text
    pretty = server.request("/api/search", {"q": "网络安全", "pretty": "1"})
    assert pretty.text.startswith('{\n  "query": {\n    "q": "网络安全"')
    assert json.loads(pretty.text) == {**compact.json, "took_ms": json.loads(pretty.text)["took_ms"]}
    assert pretty.headers["X-Content-Type-Options"] == "nosniff"


def test_openapi_document_is_valid_and_describes_every_route(server: Server, spec: dict, seed_index_dir: Path) -> None:
    validate_spec(spec)
    assert_documented(spec, "/api/openapi.json", 200, spec)
    routes = {
        rule.rule.replace("<path:article_id>", "{article_id}")
        for rule in create_app(Settings(index_dir=str(seed_index_dir))).url_map.iter_rules()
    }
    machine_read = {"/feed.atom", "/opensearch.xml"}  # outside /api/, but fetched by programs: documented too
    assert {r for r in routes if r.startswith("/api/") or r in machine_read} == set(spec["paths"])
    for path, taken in (("/api/search", SEARCH_PARAMS), ("/api/export", EXPORT_PARAMS), ("/feed.atom", FEED_PARAMS)):
        documented = spec["paths"][path]["get"]["parameters"]
        assert {p.get("name", "pretty") for p in documented} == taken, path


def test_gunicorn_writes_the_access_log_to_stdout(server: Server) -> None:
    server.request("/api/health")
    assert '"GET /api/health HTTP/1.1" 200' in (server.logs / "stdout").read_text()
    assert "Traceback" not in (server.logs / "stderr").read_text()


# ---------------------------------------------------------------- special indexes (Flask test client)


def test_script_in_a_document_comes_back_escaped_in_snippets(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "x.txt").write_text(
        "测试页面\n\n网页里出现了<script>alert(1)</script>这样的脚本,网信部门及时处置。", encoding="utf-8"
    )
    build([tmp_path / "src"], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    response = (
        create_app(Settings(index_dir=str(tmp_path / "ix")))
        .test_client()
        .get("/api/search", query_string={"q": "脚本 alert"})
    )
    html = response.get_json()["hits"][0]["sections"][0]["snippet"]["html"]
    assert "<script>" not in html and "&lt;script&gt;" in html and "<mark>脚本</mark>" in html
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_no_index_is_503_with_a_message(tmp_path: Path) -> None:
    client = create_app(Settings(index_dir=str(tmp_path / "none"))).test_client()
    for path in ("/api/health", "/api/search?q=网络", "/api/articles/x"):
        response = client.get(path)
        assert response.status_code == 503
        assert response.get_json()["error"]["code"] == "index_unavailable"
        assert "build one with" in response.get_json()["error"]["message"]


def test_index_of_another_format_version_is_503(tmp_path: Path) -> None:
    (tmp_path / "gen-old").mkdir()
    (tmp_path / "gen-old" / "meta.json").write_text('{"format_version": 0}', encoding="utf-8")
    (tmp_path / "current").symlink_to("gen-old")
    response = create_app(Settings(index_dir=str(tmp_path))).test_client().get("/api/health")
    assert response.status_code == 503
    assert "format version 0" in response.get_json()["error"]["message"]


def test_server_error_is_logged_and_answered_without_details(
    seed_index_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(Settings(index_dir=str(seed_index_dir)))

    def broken(request: object) -> dict:
        raise RuntimeError("secret detail /etc/passwd")

    app.extensions["search_index"].search = broken
    with caplog.at_level(logging.ERROR):
        response = app.test_client().get("/api/search?q=网络")
    assert response.status_code == 500
    error = response.get_json()["error"]
    assert error["code"] == "internal_error" and error["param"] is None
    assert "secret" not in response.get_data(as_text=True) and "Traceback" not in response.get_data(as_text=True)
    assert "secret detail" in caplog.text


# ---------------------------------------------------------------- reprints and related articles (Flask test client)


@pytest.fixture(scope="module")
def reprint_client(reprint_index_dir: Path):
    """The app over an index holding the seeds and copies of three of them (tests/conftest.py)."""
    return create_app(Settings(index_dir=str(reprint_index_dir))).test_client()


def get(client, path: str, **params) -> dict:
    response = client.get(path, query_string=params)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def test_search_shows_one_hit_per_story_with_its_other_copies(reprint_client, spec: dict) -> None:
    result = get(reprint_client, "/api/search", q="网信")
    assert result["total"] == 7 and result["collapse"] is True  # 10 articles, 3 of them copies
    story = next(hit for hit in result["hits"] if hit["id"] in (QINGYANG, "traditional"))
    other = {QINGYANG: "traditional", "traditional": QINGYANG}[story["id"]]
    assert story["reprints"] == [
        {"id": other, "title": "庆阳:擎旗奋进汇聚正能量", "source": "新甘肃", "date": "2023-01-10"}
    ]
    assert not any(hit["id"] == other for hit in result["hits"])
    assert_documented(spec, "/api/search", 200, result)


def test_collapse_false_returns_every_copy(reprint_client) -> None:
    result = get(reprint_client, "/api/search", q="网信", collapse="false")
    assert result["total"] == 10 and result["collapse"] is False
    assert {QINGYANG, "traditional"} <= set(ids(result))
    assert all(hit["reprints"] == [] for hit in result["hits"])


def test_a_copy_that_does_not_match_is_not_listed_with_the_hit(reprint_client) -> None:
    result = get(reprint_client, "/api/search", q='"东南网"')  # only in the retitled copy's site header
    assert ids(result) == ["retitled"] and result["hits"][0]["reprints"] == []


def test_facets_count_stories_and_can_count_copies(reprint_client) -> None:
    stories = get(reprint_client, "/api/search", q="网信")
    copies = get(reprint_client, "/api/search", q="网信", facet_count="copies")
    assert stories["facet_count"] == "stories" and copies["facet_count"] == "copies"
    by_story = {f["value"]: f["count"] for f in stories["facets"]["province"]}
    by_copy = {f["value"]: f["count"] for f in copies["facets"]["province"]}
    assert by_story["甘肃省"] == 2 and by_copy["甘肃省"] == 3  # 庆阳 twice (a copy) and a 庆阳 bulletin
    assert copies["total"] == stories["total"] == 7


def test_an_article_lists_its_reprints_earliest_first(reprint_client, spec: dict) -> None:
    article = get(reprint_client, f"/api/articles/{QUANZHOU}")
    assert [copy["id"] for copy in article["reprints"]] == ["retitled"]
    assert article["reprints"][0]["title"] == "【关注】泉州网信办:凝聚强劲网动力 助力泉州新发展"
    assert get(reprint_client, f"/api/articles/{NEIMENGGU}")["reprints"] == []
    assert_documented(spec, "/api/articles/{article_id}", 200, article)


def test_similar_lists_other_stories_without_the_article_or_its_reprints(reprint_client, spec: dict) -> None:
    result = get(reprint_client, f"/api/articles/{QINGYANG}/similar")
    related = ids({"hits": result["similar"]})
    assert result["id"] == QINGYANG and related
    assert QINGYANG not in related and "traditional" not in related
    assert not ({QUANZHOU, "retitled"} <= set(related))  # one article per story
    scores = [item["score"] for item in result["similar"]]
    assert scores == sorted(scores, reverse=True)
    assert_documented(spec, "/api/articles/{article_id}/similar", 200, result)


def test_similar_takes_a_limit_and_refuses_bad_ones(reprint_client) -> None:
    assert len(get(reprint_client, f"/api/articles/{QINGYANG}/similar", limit=2)["similar"]) == 2
    for bad in ("0", "51", "x"):
        response = reprint_client.get(f"/api/articles/{QINGYANG}/similar", query_string={"limit": bad})
        assert response.status_code == 400 and response.get_json()["error"]["param"] == "limit"
    response = reprint_client.get("/api/articles/no-such-article/similar")
    assert response.status_code == 404 and response.get_json()["error"]["code"] == "article_not_found"


@pytest.mark.parametrize(
    ("params", "param"), [({"collapse": "maybe"}, "collapse"), ({"facet_count": "x"}, "facet_count")]
)
def test_bad_collapse_and_facet_count_are_400(reprint_client, params: dict, param: str) -> None:
    response = reprint_client.get("/api/search", query_string={"q": "网信", **params})
    assert response.status_code == 400 and response.get_json()["error"]["param"] == param
