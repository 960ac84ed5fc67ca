"""The JSON API: HTTP parameters (or a JSON body) in, the library's answers out. Search logic stays in `index`."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, request

from index.search import MAX_RELATED, SearchIndex, SearchRequest
from service import exports
from service.errors import ApiError
from service.responses import PRETTY_VALUES, json_response, json_text, wants_pretty

bp = Blueprint("api", __name__, url_prefix="/api")

FILTER_PARAMS = ("q", "province", "city", "date_from", "date_to", "section", "title", "source")  # what selects articles
TEXT_PARAMS = (*FILTER_PARAMS, "sort", "facet_count")
INT_PARAMS = ("page", "per_page")
BOOL_PARAMS = ("collapse", "correct")
SEARCH_PARAMS = frozenset((*TEXT_PARAMS, *INT_PARAMS, *BOOL_PARAMS, "pretty"))
# An export holds every matching article (no paging); a feed the newest ones (no order or paging to choose).
EXPORT_PARAMS = frozenset((*TEXT_PARAMS, *BOOL_PARAMS, "format"))
FEED_PARAMS = frozenset(FILTER_PARAMS)
SUGGEST_PARAMS = frozenset(("q", "limit", "format", "pretty"))
# What /api/suggest answers: its JSON object, or the OpenSearch Suggestions 1.0 array browsers read
# (`["网络", ["网络安全", ...]]`), which /opensearch.xml advertises.
SUGGEST_FORMATS = {"json": "application/json", "opensearch": "application/x-suggestions+json"}
PRETTY_ONLY = frozenset({"pretty"})
# Free text, where a blank value (an empty form field) means no filter; any other parameter takes a value of
# its type, so a blank one is refused as the OpenAPI document says (a blank is not a number, a flag or a place).
BLANK_MEANS_ABSENT = frozenset(("q", "section", "title", "source"))
FLAGS = ("1", "true", "0", "false")
SIMILAR_PARAMS = frozenset({"limit", "pretty"})


def _index() -> SearchIndex:
    return current_app.extensions["search_index"]


def _params(allowed: frozenset[str]) -> dict[str, str]:
    """The query string as one value per name, blank text dropped; typos, repeats and other blank values are
    refused rather than silently ignored, so a misspelt filter never looks like "no filter"."""
    for name in request.args:
        if name not in allowed:
            raise ApiError(
                400, "unknown_parameter", f"unknown parameter {name!r}; known: {', '.join(sorted(allowed))}", name
            )
        if len(request.args.getlist(name)) > 1:
            raise ApiError(400, "invalid_parameter", f"give {name} only once", name)
        _not_blank(name, request.args[name])
    if request.args.get("pretty", "0") not in FLAGS:
        raise ApiError(400, "invalid_parameter", "pretty must be 1, true, 0 or false", "pretty")
    return {name: value for name, value in request.args.items() if _given(name, value) and name != "pretty"}


def _given(name: str, value: object) -> bool:
    """Whether a parameter counts as given: blank text does not, except `q`, which the library reads as no query
    when blank and so still refuses when longer than its limit (the OpenAPI document's maxLength), blank or not."""
    return name == "q" or not (isinstance(value, str) and not value.strip())


def _not_blank(name: str, value: object) -> None:
    if isinstance(value, str) and not value.strip() and name not in BLANK_MEANS_ABSENT:
        raise ApiError(400, "invalid_parameter", f"{name} is blank: give it a value or leave it out", name)


def _integer(value: object, name: str, text: bool = True) -> int:
    """A page number: a JSON integer (2.0 is one, as JSON Schema counts), or, from a query string (`text`),
    ASCII digits (int() would also take '+1', ' 1', '1_0' and other scripts' digits)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if text and isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    raise ApiError(400, "invalid_parameter", f"{name} must be a positive integer, not {value!r}", name)


def _search_request(params: dict[str, object], text: bool = True) -> SearchRequest:
    """The search asked for by `params`, each checked for its type: from the query string (`text`), numbers
    and flags are written out; in a JSON body they are JSON numbers and booleans."""
    fields: dict[str, object] = {}
    for name, value in params.items():
        if name in INT_PARAMS:
            fields[name] = _integer(value, name, text)
        elif name in BOOL_PARAMS:
            fields[name] = _boolean(value, name, text)
        elif not isinstance(value, str):
            raise ApiError(400, "invalid_parameter", f"{name} must be a string, not {value!r}", name)
        else:
            fields[name] = value
    return SearchRequest(**fields)


def _json_body() -> dict[str, object]:
    """The JSON object of a POST, nulls and blank text dropped; the same names as the query string (pretty
    aside), other blank values refused as there."""
    if request.args.keys() - PRETTY_ONLY:
        name = next(iter(request.args.keys() - PRETTY_ONLY))
        raise ApiError(400, "invalid_parameter", "a POST gives the search parameters in its JSON body", name)
    if not request.is_json:
        raise ApiError(415, "unsupported_media_type", "send the search as JSON (Content-Type: application/json)")
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "invalid_body", 'the body must be a JSON object such as {"q": "网络安全"}')
    for name in body:
        if name not in SEARCH_PARAMS - PRETTY_ONLY:
            known = ", ".join(sorted(SEARCH_PARAMS - PRETTY_ONLY))
            raise ApiError(400, "unknown_parameter", f"unknown parameter {name!r}; known: {known}", name)
        _not_blank(name, body[name])
    return {name: value for name, value in body.items() if value is not None and _given(name, value)}


def search_request(allowed: frozenset[str]) -> SearchRequest:
    """The query string as a search, refused (ApiError) as `/api/search` refuses: names outside `allowed`,
    repeats, numbers that are not numbers. The library checks the values themselves."""
    params = _params(allowed)
    wanted = (*TEXT_PARAMS, *INT_PARAMS, *BOOL_PARAMS)
    return _search_request({name: value for name, value in params.items() if name in wanted})


def _boolean(value: object, name: str, text: bool = True) -> bool:
    """A flag: a JSON boolean, or, from a query string (`text`), true, false, 1 or 0."""
    if isinstance(value, bool):
        return value
    if text and isinstance(value, str) and value in FLAGS:
        return value in PRETTY_VALUES
    raise ApiError(400, "invalid_parameter", f"{name} must be true, false, 1 or 0, not {value!r}", name)


@bp.get("/search")
def search() -> Response:
    return _answer(search_request(SEARCH_PARAMS))


@bp.post("/search")
def search_by_post() -> Response:
    """The same search for text too long for a URL (a pasted paragraph): the parameters as a JSON object."""
    body = _json_body()
    _params(PRETTY_ONLY)
    return _answer(_search_request(body, text=False))


def _answer(wanted: SearchRequest) -> Response:
    """The search's JSON, kept per generation for the same request asked again (service/answers.py)."""
    index = _index()
    body, kept = current_app.extensions["answers"].answer(
        index.answer_version(),
        (*vars(wanted).values(), wants_pretty()),
        lambda: json_text(index.search(wanted).to_dict()).encode(),
    )
    return current_app.response_class(
        body, mimetype="application/json", headers={"X-Answer-Cache": "hit" if kept else "miss"}
    )


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


@bp.get("/suggest")
def suggest() -> Response:
    params = _params(SUGGEST_PARAMS)
    form = params.get("format", "json")
    if form not in SUGGEST_FORMATS:
        raise ApiError(
            400, "invalid_parameter", f"format must be {' or '.join(SUGGEST_FORMATS)}, not {form!r}", "format"
        )
    limit = _integer(params["limit"], "limit") if "limit" in params else None
    found = _index().suggest(params.get("q", ""), limit)
    if form == "opensearch":
        return json_response([found.q, [s.text for s in found.suggestions]], mimetype=SUGGEST_FORMATS[form])
    return json_response(found.to_dict())


@bp.get("/articles/<path:article_id>")
def article(article_id: str) -> Response:
    _params(PRETTY_ONLY)
    found = _index().article(article_id)
    if found is None:
        raise ApiError(404, "article_not_found", f"no article with id {article_id!r}", "article_id")
    return json_response(found.to_dict())


@bp.get("/articles/<path:article_id>/similar")
def similar(article_id: str) -> Response:
    """Other stories on the article's subject. An article whose own id ends in `/similar` is served
    as itself when no article has the shorter id."""
    params = _params(SIMILAR_PARAMS)
    limit = _integer(params["limit"], "limit") if "limit" in params else 10
    if not 1 <= limit <= MAX_RELATED:
        raise ApiError(400, "invalid_parameter", f"limit must be between 1 and {MAX_RELATED}", "limit")
    found = _index().similar(article_id, limit)
    if found is None:
        if "limit" not in params and (whole := _index().article(f"{article_id}/similar")) is not None:
            return json_response(whole.to_dict())
        raise ApiError(404, "article_not_found", f"no article with id {article_id!r}", "article_id")
    return json_response(found.to_dict())


@bp.get("/health")
def health() -> Response:
    _params(PRETTY_ONLY)
    return json_response(_index().health().to_dict(), headers={"Cache-Control": "no-store"})


@bp.get("/openapi.json")
def openapi() -> Response:
    _params(PRETTY_ONLY)
    return json_response(current_app.extensions["openapi"])
