"""The OpenAPI 3.1 description served at /api/openapi.json; tests validate it and real responses against it.

Limits come from the settings the app was made with, so the document states the caps this process enforces.
"""

from __future__ import annotations

from typing import Any

from index.search import (
    DEFAULT_SUGGESTIONS,
    FACET_COUNTS,
    MAX_RELATED,
    MAX_SUGGESTIONS,
    SORTS,
    ArticleRow,
    ArticleView,
    Health,
    SearchResult,
    SimilarResult,
    Suggestions,
)
from index.settings import Settings
from index.text import city_names, province_names
from service.api import EXPORT_PARAMS, FEED_PARAMS
from service.exports import COLUMNS, FORMATS
from service.schemas import ref, schemas


def _nullable(kind: str, description: str) -> dict[str, Any]:
    return {"type": [kind, "null"], "description": description}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _query_param(name: str, description: str, schema: dict[str, Any], example: str | None = None) -> dict[str, Any]:
    param = {"name": name, "in": "query", "required": False, "description": description, "schema": schema}
    return param | ({"example": example} if example else {})


# YYYY, YYYY-MM or YYYY-MM-DD of a real date, as the service checks them (index/search/filters.py): no year
# 0000, months 1-12, the days each month has, 29 February in leap years only; ASCII digits.
_YEAR = "(?!0000)[0-9]{4}"
_LEAP = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_DAY = "(?:0?[1-9]|1[0-9]|2[0-8])"
_DATE_TEXT = (
    rf"{_YEAR}(?:-(?:0?[1-9]|1[0-2])"
    rf"|-(?:0?[13578]|1[02])-(?:{_DAY}|29|3[01])|-(?:0?[469]|11)-(?:{_DAY}|29|30)|-0?2-{_DAY})?"
    rf"|(?!0000){_LEAP}-0?2-29"
)
_DATE = {"type": "string", "pattern": rf"^\s*(?:{_DATE_TEXT})\s*$"}
_ERRORS = {
    "400": {"$ref": "#/components/responses/BadRequest"},
    "405": {"$ref": "#/components/responses/MethodNotAllowed"},
    "413": {"$ref": "#/components/responses/TooLarge"},
    "500": {"$ref": "#/components/responses/ServerError"},
    "503": {"$ref": "#/components/responses/IndexUnavailable"},
}


def _search_body(settings: Settings) -> dict[str, Any]:
    """The GET parameters as the properties of POST /api/search's JSON object, each also null (left out)."""
    properties = {p["name"]: _or_null(p["schema"]) for p in _search_parameters(settings) if "name" in p}
    for flag in ("collapse", "correct"):  # a JSON boolean, not its text
        properties[flag] = {"type": ["boolean", "null"], "default": True}
    return {
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
        "example": {"q": "网信办召开会议，部署清朗系列专项行动，整治网络直播、短视频领域乱象", "per_page": 5},
    }


def _or_null(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    nullable = schema | {"type": [schema["type"], "null"]}
    return nullable | ({"enum": [*schema["enum"], None]} if "enum" in schema else {})


def _search_parameters(settings: Settings) -> list[dict[str, Any]]:
    return [
        _query_param(
            "q",
            "Any text: words (articles holding all of them first, then, when fewer than a page do, those "
            'holding most of them), "exact phrase" / “中文引号” / 「引号」 set apart by spaces, `OR`, `-exclude`, '
            "`( )` groups, filters typed as `province:福建`, `city:`, `source:`, `section:`, `title:`, `date:2023-05`, "
            "`from:`, `to:` (as their parameters; one given twice must agree). Unmatched quotes and brackets, lone "
            "operators and headline furniture are read leniently (see `query.notes`), never refused. Traditional "
            "and full-width input works like Simplified and half-width. Empty: browse the filters (or "
            "everything), newest first. Longer text: POST.",
            {"type": "string", "maxLength": settings.max_query_chars, "default": ""},
            "网络安全",
        ),
        _query_param(
            "province",
            "Province, short or full name (甘肃, 甘肃省), or a city's (庆阳: its province). Any other is refused.",
            ref("Province"),
            "甘肃",
        ),
        _query_param(
            "city",
            "Prefecture-level city, short or full name (庆阳, 庆阳市). Any other is refused.",
            ref("City"),
            "庆阳",
        ),
        _query_param("date_from", "Earliest date, YYYY, YYYY-MM or YYYY-MM-DD (inclusive).", _DATE, "2023"),
        _query_param("date_to", "Latest date, YYYY, YYYY-MM or YYYY-MM-DD (inclusive, at that precision).", _DATE),
        _query_param("section", "Only sections whose heading holds these words.", {"type": "string"}, "防火墙"),
        _query_param("title", "Only articles whose title holds these words.", {"type": "string"}, "网络安全"),
        _query_param("source", "Publisher exactly as shown in `hits[].source` / `facets.source`.", {"type": "string"}),
        _query_param(
            "sort",
            "`relevance` (default; browse mode sorts by date) or `date` (newest first, undated last).",
            {"type": "string", "enum": list(SORTS), "default": "relevance"},
        ),
        _query_param(
            "collapse",
            "`true` (default): one hit per story, the best-ranked copy (the newest with `sort=date`), its other "
            "matching copies in `hits[].reprints`, `total` counting stories. `false`: every copy is a hit.",
            {"type": "string", "enum": ["true", "false", "1", "0"], "default": "true"},
        ),
        _query_param(
            "correct",
            "`true` (default): a word the index holds rarely or not at all that sounds like a much commoner word "
            "of the index (a pinyin input slip: `诈偏`) is searched as both, the typed form counting fully and the "
            "likely intended one by how much commoner it is; `query.corrections` lists them. `false`: only the "
            "words as typed (the page's `仍然搜索` link).",
            {"type": "string", "enum": ["true", "false", "1", "0"], "default": "true"},
        ),
        _query_param(
            "facet_count",
            "What facets count: `stories` (a story once per value, however many of its copies have it; the "
            "default when collapsed) or `copies` (each article; the default with `collapse=false`).",
            {"type": "string", "enum": list(FACET_COUNTS)},
        ),
        _query_param(
            "page", "Page number.", {"type": "integer", "minimum": 1, "maximum": settings.max_page, "default": 1}
        ),
        _query_param(
            "per_page",
            "Articles per page.",
            {"type": "integer", "minimum": 1, "maximum": settings.max_per_page, "default": settings.default_per_page},
        ),
        {"$ref": "#/components/parameters/pretty"},
    ]


ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message", "param"],
            "properties": {
                "code": {
                    "type": "string",
                    "description": "Stable, machine-readable: unknown_parameter, invalid_parameter, invalid_query, "
                    "article_not_found, not_found, method_not_allowed, request_too_large, invalid_target, "
                    "uri_too_long, request_timeout, index_unavailable, query_timeout, internal_error.",
                },
                "message": {"type": "string", "description": "For people: what is wrong and how to fix it."},
                "param": _nullable("string", "The offending parameter (`q`, `date_from`, ...), if one is."),
            },
        }
    },
}


OPENSEARCH_SUGGESTIONS = {
    "type": "array",
    "items": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
    "minItems": 2,
    "maxItems": 2,
    "description": "The prefix as sent, and the completions' text.",
}


def _schemas() -> dict[str, Any]:
    """The answers' schemas, generated from the dataclasses the API serializes (service/schemas.py), with the
    error shape and an export line (an `ArticleRow` and the article's `link` on this service)."""
    generated = schemas(SearchResult, SimilarResult, Suggestions, ArticleView, Health)
    row = schemas(ArticleRow)["ArticleRow"]
    export_row = row | {
        "description": "One article of an export (a JSON Lines line; the CSV has the same columns, authors "
        "joined with 、).",
        "required": list(COLUMNS),
        "additionalProperties": False,
        "properties": row["properties"] | {"link": {"type": "string", "description": "The article's page here."}},
    }
    # the names the service knows, stated once (1,468 of them) and referred to by every operation's filters
    places = {
        "Province": {"type": "string", "enum": province_names(), "description": "A province's or a city's name."},
        "City": {"type": "string", "enum": city_names(), "description": "A prefecture-level city's name."},
    }
    return {"Error": ERROR, **generated, "ExportRow": export_row, **places}


def _error(description: str) -> dict[str, Any]:
    return _json(ref("Error"), description)


def _only(parameters: list[dict[str, Any]], names: frozenset[str]) -> list[dict[str, Any]]:
    return [p for p in parameters if p.get("name") in names]


def _header(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": description, "schema": schema}


def _export(settings: Settings) -> dict[str, Any]:
    form = _query_param(
        "format",
        "`csv` (UTF-8 with a byte-order mark, for Excel) or `jsonl` (one `ExportRow` object per line).",
        {"type": "string", "enum": list(FORMATS), "default": "csv"},
    )
    return {
        "operationId": "export",
        "summary": "Every matching article's metadata, as CSV or JSON Lines, streamed",
        "description": "Takes the search's parameters (no paging) and answers every article the search counts in "
        f"`total`, in its order, up to SEARCH_MAX_EXPORT ({settings.max_export}) rows. Text that a spreadsheet "
        "would run as a formula (starting with = + - @) gets a leading apostrophe in the CSV.",
        "parameters": [*_only(_search_parameters(settings), EXPORT_PARAMS), form],
        "responses": {
            "200": {
                "description": "The rows, streamed as they are read; the file name says what was exported.",
                "headers": {
                    "Content-Disposition": _header("attachment; filename*=UTF-8''网信检索-….csv", {"type": "string"}),
                    "X-Total-Count": _header("Matching articles (the search's `total`).", {"type": "integer"}),
                    "X-Export-Count": _header("Rows in this export.", {"type": "integer"}),
                    "X-Export-Truncated": _header(
                        "`true` when SEARCH_MAX_EXPORT cut the export short.",
                        {"type": "string", "enum": ["true", "false"]},
                    ),
                },
                "content": {
                    "text/csv": {"schema": {"type": "string"}},
                    "application/x-ndjson": {"schema": {"type": "string", "description": "`ExportRow` per line."}},
                },
            }
        }
        | _ERRORS,
    }


def _feed(settings: Settings) -> dict[str, Any]:
    return {
        "operationId": "feed",
        "summary": "An Atom 1.0 feed of a search's newest articles",
        "description": f"The newest SEARCH_FEED_ENTRIES ({settings.feed_entries}) articles the search matches, "
        "newest first (undated last). Each entry: the article page's address as its id, the title, the article's "
        "date as `updated` (the index's build time when it has none), a link to the article page, the source as "
        "author, the snippet as summary. Sort and paging do not apply. Answers 304 to a matching If-None-Match.",
        "parameters": _only(_search_parameters(settings), FEED_PARAMS),
        "responses": {
            "200": {"description": "The feed.", "content": {"application/atom+xml": {"schema": {"type": "string"}}}},
            "304": {"description": "Not modified since the ETag given in If-None-Match."},
        }
        | _ERRORS,
    }


def spec(settings: Settings) -> dict[str, Any]:
    """The OpenAPI document for an app made with `settings`."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "网信新闻全文检索 API",
            "version": "1.0.0",
            "description": "Full-text search over Chinese news articles. JSON is UTF-8 with Chinese as itself, "
            "indented for curl, wget and HTTPie and on one line for other clients (`pretty=1` or `pretty=0` "
            'chooses). Every error is `{"error": {"code", "message", "param"}}`; unknown URLs '
            "answer 404 `not_found`. A blank `q`, `section`, `title` or `source` counts as absent (an empty form "
            "field); any other parameter given blank is refused. Raw UTF-8 in the URL is read as UTF-8; bytes that "
            "are not UTF-8, raw or percent-encoded, are refused with 400 `invalid_target`.",
        },
        "paths": {
            "/api/search": {
                "get": {
                    "operationId": "search",
                    "summary": "Search articles by words, phrases and filters",
                    "description": "Unknown or repeated parameters are refused (400).",
                    "parameters": _search_parameters(settings),
                    "responses": {"200": _json(ref("SearchResult"), "One page of matching articles, with facets.")}
                    | _ERRORS,
                },
                "post": {
                    "operationId": "searchByPost",
                    "summary": "The same search with its parameters in a JSON body (for text too long for a URL)",
                    "description": "Takes the GET parameters as a JSON object (`pretty` stays in the query "
                    "string); unknown names are refused (400).",
                    "parameters": [{"$ref": "#/components/parameters/pretty"}],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": _search_body(settings)}},
                    },
                    "responses": {
                        "200": _json(ref("SearchResult"), "One page of matching articles, with facets."),
                        "415": _error("The body is not JSON (`unsupported_media_type`)."),
                    }
                    | _ERRORS,
                },
            },
            "/api/export": {"get": _export(settings)},
            "/feed.atom": {"get": _feed(settings)},
            "/opensearch.xml": {
                "get": {
                    "operationId": "opensearch",
                    "summary": "The OpenSearch 1.1 description: lets a browser add this service as a search engine",
                    "responses": {
                        "200": {
                            "description": "The description (search page and feed URL templates).",
                            "content": {"application/opensearchdescription+xml": {"schema": {"type": "string"}}},
                        }
                    }
                    | _ERRORS,
                }
            },
            "/api/suggest": {
                "get": {
                    "operationId": "suggest",
                    "summary": "Complete what has been typed from the index's own words and phrases",
                    "description": "Simplified, Traditional and full-width prefixes complete alike; Latin letters "
                    "complete through pinyin (`wangl`) and its initials (`wlaq`). Unknown or repeated parameters "
                    "are refused (400).",
                    "parameters": [
                        _query_param(
                            "q",
                            "The prefix: the beginning of a word or phrase.",
                            {"type": "string", "pattern": r"\S", "maxLength": settings.max_suggest_chars},
                            "网络",
                        )
                        | {"required": True},
                        _query_param(
                            "format",
                            "`json` (default): the object below; `opensearch`: the OpenSearch Suggestions 1.0 "
                            'array browsers read, `["网络", ["网络安全", ...]]` (what /opensearch.xml advertises).',
                            {"type": "string", "enum": ["json", "opensearch"], "default": "json"},
                        ),
                        _query_param(
                            "limit",
                            "Suggestions wanted.",
                            {
                                "type": "integer",
                                "minimum": 1,
                                "maximum": MAX_SUGGESTIONS,
                                "default": DEFAULT_SUGGESTIONS,
                            },
                        ),
                        {"$ref": "#/components/parameters/pretty"},
                    ],
                    "responses": {
                        "200": {
                            "description": "The completions, best first.",
                            "content": {
                                "application/json": {"schema": ref("Suggestions")},
                                "application/x-suggestions+json": {"schema": OPENSEARCH_SUGGESTIONS},
                            },
                        }
                    }
                    | _ERRORS,
                }
            },
            "/api/articles/{article_id}": {
                "get": {
                    "operationId": "article",
                    "summary": "One whole article: metadata, sections with paragraphs, original text",
                    "parameters": [
                        {"$ref": "#/components/parameters/article_id"},
                        {"$ref": "#/components/parameters/pretty"},
                    ],
                    "responses": {
                        "200": _json(ref("ArticleView"), "The article."),
                        "404": _error("No article has this id (`article_not_found`)."),
                    }
                    | _ERRORS,
                }
            },
            "/api/articles/{article_id}/similar": {
                "get": {
                    "operationId": "similar",
                    "summary": "Other stories on the same subject (more like this)",
                    "description": "A more-like-this query over the article's most distinctive words (tf-idf), "
                    "scored with BM25 over titles and bodies; the article and its reprints are left out.",
                    "parameters": [
                        {"$ref": "#/components/parameters/article_id"},
                        _query_param(
                            "limit",
                            "At most this many stories (default 10).",
                            {"type": "integer", "minimum": 1, "maximum": MAX_RELATED, "default": 10},
                        ),
                        {"$ref": "#/components/parameters/pretty"},
                    ],
                    "responses": {
                        "200": _json(ref("SimilarResult"), "Related stories."),
                        "404": _error("No article has this id (`article_not_found`)."),
                    }
                    | _ERRORS,
                }
            },
            "/api/health": {
                "get": {
                    "operationId": "health",
                    "summary": "Whether an index is serving, and which",
                    "parameters": [{"$ref": "#/components/parameters/pretty"}],
                    "responses": {"200": _json(ref("Health"), "An index is serving.")} | _ERRORS,
                }
            },
            "/api/openapi.json": {
                "get": {
                    "operationId": "openapi",
                    "summary": "This document",
                    "parameters": [{"$ref": "#/components/parameters/pretty"}],
                    "responses": {"200": _json({"type": "object"}, "The OpenAPI 3.1 description of this API.")}
                    | _ERRORS,
                }
            },
        },
        "components": {
            "parameters": {
                "article_id": {
                    "name": "article_id",
                    "in": "path",
                    "required": True,
                    "description": "`hits[].id` from a search.",
                    "schema": {"type": "string"},
                    "example": "000_c729cffc91d33526",
                },
                "pretty": _query_param(
                    "pretty",
                    "`1` or `true` indents the JSON, `0` or `false` gives one line; without it curl, wget and "
                    "HTTPie get it indented, other clients one line.",
                    {"type": "string", "enum": ["1", "true", "0", "false"]},
                ),
            },
            "schemas": _schemas(),
            "responses": {
                "BadRequest": _error(
                    "A parameter is unknown, repeated, blank or invalid (no such date, an unknown place, page out "
                    "of range, per_page over the cap, q too long, a body that is not a JSON object); `param` names "
                    "it. The text of q is never refused for its syntax; a request target that is not UTF-8 is "
                    "(`invalid_target`)."
                ),
                "MethodNotAllowed": _error("Only GET (and HEAD) are allowed (`method_not_allowed`)."),
                "TooLarge": _error("The request declares a body over SEARCH_MAX_CONTENT_LENGTH (`request_too_large`)."),
                "ServerError": _error("An unexpected failure, logged on the server (`internal_error`)."),
                "IndexUnavailable": _error(
                    "No index has been built, or it has another format version (`index_unavailable`); "
                    "the message says how to build it. Or a search ran past `SEARCH_QUERY_TIMEOUT_MS` and was "
                    "stopped (`query_timeout`, with `Retry-After`)."
                ),
            },
        },
    }
