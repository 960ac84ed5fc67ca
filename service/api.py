"""The JSON API: HTTP parameters in, the library's answers out. Search logic stays in `index`."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, request

from index.search import SearchIndex, SearchRequest
from index.similar import MAX_RELATED
from service.errors import ApiError
from service.responses import NOT_PRETTY_VALUES, PRETTY_VALUES, json_response

bp = Blueprint("api", __name__, url_prefix="/api")

TEXT_PARAMS = ("q", "province", "city", "date_from", "date_to", "section", "source", "sort", "facet_count")
INT_PARAMS = ("page", "per_page")
BOOL_PARAMS = ("collapse",)
SEARCH_PARAMS = frozenset((*TEXT_PARAMS, *INT_PARAMS, *BOOL_PARAMS, "pretty"))
PRETTY_ONLY = frozenset({"pretty"})
SIMILAR_PARAMS = frozenset({"limit", "pretty"})


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


def _boolean(params: dict[str, str], name: str) -> bool | None:
    value = params.get(name)
    if value is None:
        return None
    if value.lower() not in PRETTY_VALUES + NOT_PRETTY_VALUES:
        raise ApiError(400, "invalid_parameter", f"{name} must be true, false, 1 or 0, not {value!r}", name)
    return value.lower() in PRETTY_VALUES


@bp.get("/search")
def search() -> Response:
    params = _params(SEARCH_PARAMS)
    numbers = {name: number for name in INT_PARAMS if (number := _integer(params, name)) is not None}
    texts = {name: params[name] for name in TEXT_PARAMS if name in params}
    flags = {name: flag for name in BOOL_PARAMS if (flag := _boolean(params, name)) is not None}
    return json_response(_index().search(SearchRequest(**texts, **numbers, **flags)).to_dict())


@bp.get("/articles/<path:article_id>")
def article(article_id: str) -> Response:
    _params(PRETTY_ONLY)
    found = _index().article(article_id)
    if found is None:
        raise ApiError(404, "article_not_found", f"no article with id {article_id!r}", "article_id")
    return json_response(found)


@bp.get("/articles/<path:article_id>/similar")
def similar(article_id: str) -> Response:
    """Other stories on the article's subject. An article whose own id ends in `/similar` is served
    as itself when no article has the shorter id."""
    params = _params(SIMILAR_PARAMS)
    limit = _integer(params, "limit")
    limit = 10 if limit is None else limit
    if not 1 <= limit <= MAX_RELATED:
        raise ApiError(400, "invalid_parameter", f"limit must be between 1 and {MAX_RELATED}", "limit")
    found = _index().similar(article_id, limit)
    if found is None:
        if "limit" not in params and (whole := _index().article(f"{article_id}/similar")) is not None:
            return json_response(whole)
        raise ApiError(404, "article_not_found", f"no article with id {article_id!r}", "article_id")
    return json_response(found.to_dict())


@bp.get("/health")
def health() -> Response:
    _params(PRETTY_ONLY)
    return json_response(_index().health(), headers={"Cache-Control": "no-store"})


@bp.get("/openapi.json")
def openapi() -> Response:
    _params(PRETTY_ONLY)
    return json_response(current_app.extensions["openapi"])
