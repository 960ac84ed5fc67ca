"""The JSON API: HTTP parameters in, the library's answers out. Search logic stays in `index`."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, request

from index.search import SearchIndex, SearchRequest
from service import exports
from service.errors import ApiError
from service.responses import NOT_PRETTY_VALUES, PRETTY_VALUES, json_response

bp = Blueprint("api", __name__, url_prefix="/api")

FILTER_PARAMS = ("q", "province", "city", "date_from", "date_to", "section", "source")  # what selects articles
TEXT_PARAMS = (*FILTER_PARAMS, "sort")
INT_PARAMS = ("page", "per_page")
SEARCH_PARAMS = frozenset((*TEXT_PARAMS, *INT_PARAMS, "pretty"))
# An export holds every matching article (no paging); a feed the newest ones (no order or paging to choose).
EXPORT_PARAMS = frozenset((*TEXT_PARAMS, "format"))
FEED_PARAMS = frozenset(FILTER_PARAMS)
PRETTY_ONLY = frozenset({"pretty"})


def _index() -> SearchIndex:
    return current_app.extensions["search_index"]


def _params(allowed: frozenset[str]) -> dict[str, str]:
    """The query string as one value per name, blank values dropped; typos and repeats are refused
    rather than silently ignored, so a misspelt filter never looks like "no filter"."""
    for name in request.args:
        if name not in allowed:
            raise ApiError(
                400, "unknown_parameter", f"unknown parameter {name!r}; known: {', '.join(sorted(allowed))}", name
            )
        if len(request.args.getlist(name)) > 1:
            raise ApiError(400, "invalid_parameter", f"give {name} only once", name)
    pretty = request.args.get("pretty", "").lower()
    if pretty not in PRETTY_VALUES + NOT_PRETTY_VALUES:
        raise ApiError(400, "invalid_parameter", "pretty must be 1, true, 0 or false", "pretty")
    return {name: value for name, value in request.args.items() if value.strip() and name != "pretty"}


def _integer(params: dict[str, str], name: str) -> int | None:
    """ASCII digits only: int() would also take '+1', ' 1', '1_0' and other scripts' digits."""
    value = params.get(name)
    if value is None:
        return None
    if not (value.isascii() and value.isdigit()):
        raise ApiError(400, "invalid_parameter", f"{name} must be a positive integer, not {value!r}", name)
    return int(value)


def search_request(allowed: frozenset[str]) -> SearchRequest:
    """The query string as a search, refused (ApiError) as `/api/search` refuses: names outside `allowed`,
    repeats, numbers that are not numbers. The library checks the values themselves."""
    params = _params(allowed)
    numbers = {name: number for name in INT_PARAMS if (number := _integer(params, name)) is not None}
    texts = {name: params[name] for name in TEXT_PARAMS if name in params}
    return SearchRequest(**texts, **numbers)


@bp.get("/search")
def search() -> Response:
    return json_response(_index().search(search_request(SEARCH_PARAMS)).to_dict())


@bp.get("/export")
def export() -> Response:
    """Every matching article as CSV or JSON Lines, streamed (see service/exports.py)."""
    wanted = search_request(EXPORT_PARAMS)
    form = request.args.get("format", "").strip() or "csv"
    if form not in exports.FORMATS:
        raise ApiError(
            400, "invalid_parameter", f"format must be {' or '.join(exports.FORMATS)}, not {form!r}", "format"
        )
    return exports.response(_index().export(wanted, current_app.extensions["settings"].max_export), form, wanted)


@bp.get("/articles/<path:article_id>")
def article(article_id: str) -> Response:
    _params(PRETTY_ONLY)
    found = _index().article(article_id)
    if found is None:
        raise ApiError(404, "article_not_found", f"no article with id {article_id!r}", "article_id")
    return json_response(found)


@bp.get("/health")
def health() -> Response:
    _params(PRETTY_ONLY)
    return json_response(_index().health(), headers={"Cache-Control": "no-store"})


@bp.get("/openapi.json")
def openapi() -> Response:
    _params(PRETTY_ONLY)
    return json_response(current_app.extensions["openapi"])
