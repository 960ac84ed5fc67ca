"""Fuzzing the HTTP API from its own OpenAPI description (schemathesis over the Flask app via WSGI), and the
request limits: no input gets a 5xx, every 4xx is the JSON error shape, and each limit answers a 4xx."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from conftest import Server, gunicorn
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS, load_all_checks

from index.settings import Settings
from service.app import create_app

ERROR_CODES = {
    "unknown_parameter",
    "invalid_parameter",
    "invalid_query",
    "article_not_found",
    "not_found",
    "method_not_allowed",
    "request_too_large",
    "index_unavailable",
    "invalid_body",
    "unsupported_media_type",
}


@pytest.fixture(scope="module")
def api_schema(seed_index_dir: Path):
    """The served OpenAPI document, loaded from the app itself (WSGI, no network)."""
    return schemathesis.openapi.from_wsgi("/api/openapi.json", create_app(Settings(index_dir=str(seed_index_dir))))


def error_shape(ctx, response, case) -> bool | None:
    """Every 4xx is `{"error": {"code", "message", "param"}}` with a known code and a message for people."""
    if 400 <= response.status_code < 500:
        assert response.headers.get("content-type", [""])[0].startswith("application/json"), response.headers
        body = response.json()
        assert set(body) == {"error"}, body
        error = body["error"]
        assert {"code", "message", "param"} <= set(error), body
        assert error["code"] in ERROR_CODES, body
        assert isinstance(error["message"], str) and error["message"], body
    return None


# schemathesis' own pytest decorators do not run under this pytest; its Hypothesis strategies do, so each
# operation of the document draws cases (valid ones, and invalid ones) and every check schemathesis has
# (`--checks all`: among them that valid data is accepted and invalid data refused) judges each answer.
load_all_checks()
ALL_CHECKS = [*CHECKS.get_all(), error_shape]
OPERATIONS = [
    ("GET", "/api/search"),
    ("POST", "/api/search"),
    ("GET", "/api/export"),
    ("GET", "/feed.atom"),
    ("GET", "/opensearch.xml"),
    ("GET", "/api/suggest"),
    ("GET", "/api/articles/{article_id}"),
    ("GET", "/api/articles/{article_id}/similar"),
    ("GET", "/api/health"),
]  # and /api/openapi.json, which schemathesis leaves out as the document's own address


def test_the_fuzzed_operations_are_every_operation_of_the_document(api_schema) -> None:
    listed = [(o.ok().method.upper(), o.ok().path) for o in api_schema.get_all_operations()]
    assert sorted(listed) == sorted(OPERATIONS)


@pytest.mark.slow  # about 50 s for the 40 cases of each mode of each operation on 2 busy cores
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_every_operation_agrees_with_the_document_and_refuses_in_json(
    api_schema, method: str, path: str, mode: GenerationMode
) -> None:
    operation = api_schema[path][method]
    if mode is GenerationMode.NEGATIVE and not list(operation.iter_parameters()):
        pytest.skip("no parameter to get wrong")

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case) -> None:
        case.call_and_validate(checks=ALL_CHECKS)

    check()


# ---------------------------------------------------------------- limits, configured by environment variable


@pytest.fixture(scope="module")
def limited(seed_index_dir: Path) -> Iterator[Server]:
    with gunicorn(
        seed_index_dir,
        SEARCH_MAX_QUERY_CHARS="20",
        SEARCH_MAX_PER_PAGE="12",
        SEARCH_MAX_CONTENT_LENGTH="100",
        SEARCH_MAX_PAGE="3",
    ) as server:
        yield server


def _assert_error(reply, status: int, code: str, param: str | None = None) -> None:
    assert reply.status == status, reply.text
    assert reply.headers["Content-Type"].startswith("application/json")
    error = reply.json["error"]
    assert error["code"] == code and error["message"]
    if param:
        assert error["param"] == param


def test_query_length_limit_is_configurable(limited: Server) -> None:
    assert limited.request("/api/search", {"q": "网" * 20}).status == 200
    reply = limited.request("/api/search", {"q": "网" * 21})
    _assert_error(reply, 400, "invalid_query", "q")
    assert "SEARCH_MAX_QUERY_CHARS" in reply.json["error"]["message"]


def test_per_page_limit_is_configurable(limited: Server) -> None:
    assert limited.request("/api/search", {"q": "网络", "per_page": "12"}).status == 200
    reply = limited.request("/api/search", {"q": "网络", "per_page": "13"})
    _assert_error(reply, 400, "invalid_parameter", "per_page")
    assert "SEARCH_MAX_PER_PAGE" in reply.json["error"]["message"]
    _assert_error(limited.request("/api/search", {"q": "网络", "page": "4"}), 400, "invalid_parameter", "page")


def test_request_size_limit_is_configurable(limited: Server) -> None:
    assert limited.request("/api/health", method="GET", body=b"x" * 100).status == 200
    reply = limited.request("/api/health", method="GET", body=b"x" * 101)
    _assert_error(reply, 413, "request_too_large")


def test_the_openapi_document_states_the_configured_caps(limited: Server) -> None:
    params = {
        p.get("name"): p for p in limited.request("/api/openapi.json").json["paths"]["/api/search"]["get"]["parameters"]
    }
    assert params["q"]["schema"]["maxLength"] == 20
    assert params["per_page"]["schema"]["maximum"] == 12


def test_a_cap_below_the_default_page_size_still_answers_requests_without_per_page(seed_index_dir: Path) -> None:
    with gunicorn(seed_index_dir, SEARCH_MAX_PER_PAGE="5") as server:
        reply = server.request("/api/search", {"q": "网络"})
    assert reply.status == 200, reply.text
    assert reply.json["per_page"] == 5


def test_an_over_long_request_line_is_refused_in_json(limited: Server) -> None:
    """Past gunicorn's request-line limit the refusal comes from the worker, in the API's error shape."""
    _assert_error(limited.request("/api/search", {"q": "网" * 5000}), 414, "uri_too_long")
