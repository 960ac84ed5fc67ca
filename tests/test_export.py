"""Exports: every article a search matches, with its metadata, as CSV (for Excel) or JSON Lines, streamed.

The library side over the seed index, the HTTP side through gunicorn; the streaming and the cap through
the Flask test client, where the index can be watched and the settings given directly.
"""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Server, gunicorn
from test_api import assert_valid

from index.build import build
from index.search.request import SearchRequest
from index.search.results import ArticleRow
from index.search.searcher import SearchIndex
from index.settings import Settings
from service.app import create_app
from service.exports import COLUMNS, csv_lines

QINGYANG = "000_c729cffc91d33526"
SHAANXI = "001_12268834ad4b7733"
QUANZHOU = "002_eec8dd7fda293d79"
NEIMENGGU = "003_06a59c289477a69b"
SHANGLUO = "004_e482cdb6bdf3e6cd"


@pytest.fixture(scope="module")
def server(seed_index_dir: Path) -> Iterator[Server]:
    with gunicorn(seed_index_dir) as running:
        yield running


def paged_ids(index: SearchIndex, **params) -> list[str]:
    """Every hit's id, page after page, as a client paging through the search sees them."""
    out, page = [], 1
    while hits := index.search(SearchRequest(**params, page=page, per_page=2)).hits:
        out += [hit.id for hit in hits]
        page += 1
    return out


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


# ---------------------------------------------------------------- the library


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_export_holds_every_matching_article_in_the_order_paging_walks(seed_search: SearchIndex, sort: str) -> None:
    export = seed_search.export(SearchRequest(q="网信 -泉州", sort=sort), limit=100)
    rows = [row.id for row in export.rows]
    assert rows == paged_ids(seed_search, q="网信 -泉州", sort=sort)
    assert export.total == len(rows) == seed_search.search(SearchRequest(q="网信 -泉州")).total == 4
    assert not export.truncated


def test_export_rows_carry_the_articles_metadata(seed_search: SearchIndex) -> None:
    (row,) = seed_search.export(SearchRequest(q="庄丹丹"), limit=10).rows
    assert row == ArticleRow(
        id=QUANZHOU,
        title="泉州网信办:凝聚强劲网动力 助力泉州新发展",
        province="福建省",
        city="泉州市",
        date="2023-12-18",
        source="新华网",
        authors=["庄丹丹"],
        url=None,
    )


def test_export_stops_at_the_limit_and_says_it_was_cut(seed_search: SearchIndex) -> None:
    export = seed_search.export(SearchRequest(q="网信", sort="date"), limit=2)
    assert [row.id for row in export.rows] == [QUANZHOU, QINGYANG]
    assert (export.total, export.count, export.truncated) == (5, 2, True)


def test_export_without_words_or_filters_holds_every_article_newest_first(seed_search: SearchIndex) -> None:
    rows = [row.id for row in seed_search.export(SearchRequest(), limit=100).rows]
    assert rows[:3] == [QUANZHOU, QINGYANG, NEIMENGGU] and set(rows) == {
        QUANZHOU,
        QINGYANG,
        NEIMENGGU,
        SHAANXI,
        SHANGLUO,
    }


def test_original_address_given_by_json_lines_input_is_exported(tmp_path: Path) -> None:
    record = {
        "id": "gs-1",
        "title": "甘肃网信办召开会议",
        "text": "甘肃省网信办召开网络安全工作会议。",
        "url": "https://example.cn/a?id=1",
    }
    (tmp_path / "in.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    build([tmp_path / "in.jsonl"], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    (row,) = SearchIndex(tmp_path / "ix").export(SearchRequest(q="网络安全"), limit=10).rows
    assert (row.id, row.title, row.url) == ("gs-1", "甘肃网信办召开会议", "https://example.cn/a?id=1")


def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_kept_as_text() -> None:
    row = ArticleRow("x1", '=HYPERLINK("http://evil")', None, None, None, "@来源", ["-张三"], None)
    lines = list(csv_lines(iter([row]), lambda article_id: f"http://host/articles/{article_id}"))
    (cells,) = csv_rows("".join(lines))
    assert (
        cells["title"] == '\'=HYPERLINK("http://evil")' and cells["source"] == "'@来源" and cells["authors"] == "'-张三"
    )


# ---------------------------------------------------------------- over HTTP (gunicorn)


def test_csv_export_opens_in_excel_and_holds_total_rows(server: Server) -> None:
    reply = server.request("/api/export", {"q": "网络安全", "format": "csv"})
    assert reply.status == 200 and reply.headers["Content-Type"].startswith("text/csv; charset=utf-8")
    assert reply.text.startswith("\ufeffid,title,province,city,date,source,authors,url,link\r\n")
    rows = csv_rows(reply.text)
    total = server.search(q="网络安全")["total"]
    assert len(rows) == total == int(reply.headers["X-Total-Count"]) == int(reply.headers["X-Export-Count"]) == 5
    assert reply.headers["X-Export-Truncated"] == "false"
    shangluo = next(r for r in rows if r["id"] == SHANGLUO)
    assert shangluo["authors"] == "陈琳、聂夏瑜" and shangluo["link"] == f"{server.url}/articles/{SHANGLUO}"


def test_export_file_is_named_for_the_search(server: Server) -> None:
    reply = server.request("/api/export", {"q": "网络安全", "province": "陕西", "format": "jsonl"})
    disposition = reply.headers["Content-Disposition"]
    assert disposition.startswith('attachment; filename="news-search-') and disposition.endswith(".jsonl")
    name = urllib.parse.unquote(disposition.split("filename*=UTF-8''")[1])
    assert name.startswith("网信检索-网络安全_陕西-") and name.endswith(".jsonl")


def test_jsonl_export_lines_are_documented_rows_honouring_the_filters(server: Server) -> None:
    spec = server.request("/api/openapi.json").json
    reply = server.request("/api/export", {"q": "网信", "province": "陕西", "format": "jsonl"})
    assert reply.headers["Content-Type"] == "application/x-ndjson; charset=utf-8"
    rows = [json.loads(line) for line in reply.text.splitlines()]
    for row in rows:
        assert_valid(spec, "/components/schemas/ExportRow", row)
        assert list(row) == list(COLUMNS)
    assert {row["id"] for row in rows} == {SHAANXI, SHANGLUO}


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"q": "网信", "format": "xlsx"}, "format"),
        ({"q": "网信", "page": "2"}, "page"),
        ({"q": "网信", "date_from": "2023-13"}, "date_from"),
        ({"q": "网信", "province": "火星"}, "province"),
    ],
)
def test_bad_export_parameters_get_the_api_json_400(server: Server, params: dict, param: str) -> None:
    reply = server.request("/api/export", params)
    assert reply.status == 400 and reply.headers["Content-Type"] == "application/json"
    assert reply.json["error"]["param"] == param and reply.json["error"]["message"]


# ---------------------------------------------------------------- streaming and the cap (Flask test client)


def test_export_is_streamed_a_row_as_it_is_read(seed_index_dir: Path) -> None:
    app = create_app(Settings(index_dir=str(seed_index_dir)))
    index, taken = app.extensions["search_index"], []
    export = index.export

    def watched(request, limit):
        result = export(request, limit)
        rows = result.rows
        result.rows = (taken.append(row.id) or row for row in rows)
        return result

    index.export = watched
    response = app.test_client().get("/api/export?q=网信&format=csv", buffered=False)
    body = (chunk.decode("utf-8") for chunk in response.response)
    assert next(body).startswith("\ufeffid,") and taken == []
    assert next(body).startswith(taken[0]) and len(taken) == 1  # one row read, one row sent
    assert len(list(body)) == 4 and len(taken) == 5
    response.close()


def test_export_over_the_cap_is_cut_and_the_headers_say_so(seed_index_dir: Path) -> None:
    client = create_app(Settings(index_dir=str(seed_index_dir), max_export=3)).test_client()
    response = client.get("/api/export", query_string={"q": "网信", "format": "jsonl"})
    assert len(response.get_data(as_text=True).splitlines()) == 3
    assert response.headers["X-Total-Count"] == "5" and response.headers["X-Export-Count"] == "3"
    assert response.headers["X-Export-Truncated"] == "true"
