"""The OpenAPI 3.1 description served at /api/openapi.json; tests validate it and real responses against it.

Limits come from the settings the app was made with, so the document states the caps this process enforces.
"""

from __future__ import annotations

from typing import Any

from index.search.request import FACET_COUNTS, SORTS
from index.search.similar import MAX_RELATED
from index.search.suggest import DEFAULT_LIMIT, MAX_LIMIT
from index.settings import Settings
from service.api import EXPORT_PARAMS, FEED_PARAMS
from service.exports import COLUMNS, FORMATS


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(kind: str, description: str) -> dict[str, Any]:
    return {"type": [kind, "null"], "description": description}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _query_param(name: str, description: str, schema: dict[str, Any], example: str | None = None) -> dict[str, Any]:
    param = {"name": name, "in": "query", "required": False, "description": description, "schema": schema}
    return param | ({"example": example} if example else {})


_DATE = {"type": "string", "pattern": r"^\s*\d{4}(-\d{1,2}(-\d{1,2})?)?\s*$"}
_ERRORS = {
    "400": {"$ref": "#/components/responses/BadRequest"},
    "405": {"$ref": "#/components/responses/MethodNotAllowed"},
    "413": {"$ref": "#/components/responses/TooLarge"},
    "500": {"$ref": "#/components/responses/ServerError"},
    "503": {"$ref": "#/components/responses/IndexUnavailable"},
}


def _search_body(settings: Settings) -> dict[str, Any]:
    """The GET parameters as the properties of POST /api/search's JSON object."""
    properties = {p["name"]: p["schema"] for p in _search_parameters(settings) if "name" in p}
    return {
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
        "example": {"q": "网信办召开会议，部署清朗系列专项行动，整治网络直播、短视频领域乱象", "per_page": 5},
    }


def _search_parameters(settings: Settings) -> list[dict[str, Any]]:
    return [
        _query_param(
            "q",
            "Any text: words (articles holding all of them first, then, when fewer than a page do, those "
            'holding most of them), "exact phrase" / “中文引号” / 「引号」 set apart by spaces, `OR`, `-exclude`, '
            "`( )` groups. Unmatched quotes and brackets, lone operators and headline furniture are read "
            "leniently (see `query.notes`), never refused. Traditional and full-width input works like Simplified "
            "and half-width. Empty: browse the filters (or everything), newest first. Longer text: POST.",
            {"type": "string", "maxLength": settings.max_query_chars, "default": ""},
            "网络安全",
        ),
        _query_param("province", "Province, short or full name (甘肃, 甘肃省).", {"type": "string"}, "甘肃"),
        _query_param("city", "Prefecture-level city, short or full name (庆阳, 庆阳市).", {"type": "string"}, "庆阳"),
        _query_param("date_from", "Earliest date, YYYY, YYYY-MM or YYYY-MM-DD (inclusive).", _DATE, "2023"),
        _query_param("date_to", "Latest date, YYYY, YYYY-MM or YYYY-MM-DD (inclusive, at that precision).", _DATE),
        _query_param("section", "Only sections whose heading holds these words.", {"type": "string"}, "防火墙"),
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


SCHEMAS: dict[str, Any] = {
    "Error": {
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
                        "article_not_found, not_found, method_not_allowed, request_too_large, index_unavailable, "
                        "internal_error.",
                    },
                    "message": {"type": "string", "description": "For people: what is wrong and how to fix it."},
                    "param": _nullable("string", "The offending parameter (`q`, `date_from`, ...), if one is."),
                },
            }
        },
    },
    "Term": {
        "type": "object",
        "required": ["text", "kind", "exclude", "optional", "words"],
        "properties": {
            "text": {"type": "string"},
            "kind": {
                "type": "string",
                "enum": ["words", "phrase", "group", "pinyin"],
                "description": "An unquoted run of words, a phrase set apart in quotes (exact, required in every "
                "hit), an operator group (`a OR b`, `( )`), or `pinyin`: Latin letters that are no word of the "
                "index but split into pinyin syllables (`dongshuxisuan`, `dong shu xi suan`), read as the Chinese "
                "words of the index that sound so; any of them matches.",
            },
            "exclude": {"type": "boolean", "description": "`-term`: no hit holds it."},
            "optional": {
                "type": "boolean",
                "description": "Headline furniture (`【关注】`, `_新浪网`, `(图)`): scored, never required.",
            },
            "words": {
                "type": "array",
                "items": {"type": "string"},
                "description": "jieba's words of `text` (for a group: the words and phrases inside it; for `pinyin`, "
                "the words it was read as, most common first).",
            },
            "also": {
                "type": "array",
                "items": {"type": "string"},
                "description": "For `words`: what stretches of it were read as besides (aliases: 工业和信息化部 for "
                "工信部; the word likely intended for a slip; Chinese words for pinyin inside the text); each "
                "stretch is held by an article holding any of its forms.",
            },
        },
    },
    "Query": {
        "type": "object",
        "required": ["q", "normalized", "mode", "terms", "notes", "filters"],
        "properties": {
            "q": {"type": "string"},
            "normalized": {"type": "string", "description": "q after Traditional→Simplified and width folding."},
            "mode": {
                "type": "string",
                "enum": ["search", "browse"],
                "description": "`browse` when q asks for nothing (empty, or only operators or punctuation): the "
                "filters' articles, or every article, newest first.",
            },
            "terms": {"type": "array", "items": _ref("Term")},
            "notes": {
                "type": "array",
                "items": {"type": "string"},
                "description": "How q was read where it was not plain: unmatched quotes or brackets ignored or "
                "closed, lone operators ignored, function words left out, headline furniture, a long text "
                "looked up by its rarest words, an alias's forms (`工信部 also as 工业和信息化部`), pinyin inside "
                "Chinese text read as Chinese, a likely slip searched as the word intended as well.",
            },
            "corrections": {
                "type": "array",
                "description": "Words of q read as the word they likely stand for as well (did you mean): `from` as "
                "typed, `to` as searched besides, `weight` what a match of `to` counts for against one of `from` "
                "(1). Empty with `correct=false`, for quoted phrases, and for words the index holds often.",
                "items": {
                    "type": "object",
                    "required": ["from", "to", "weight"],
                    "properties": {
                        "from": {"type": "string"},
                        "to": {"type": "string"},
                        "weight": {"type": "number"},
                    },
                },
            },
            "filters": {
                "type": "object",
                "description": "The filters as understood: canonical region names, ISO dates.",
                "properties": {
                    "province": {"type": "string"},
                    "city": {"type": "string"},
                    "date_from": {"type": ["string", "null"]},
                    "date_to": {"type": ["string", "null"]},
                    "section": {"type": "string"},
                    "source": {"type": "string"},
                },
            },
        },
    },
    "Snippet": {
        "type": "object",
        "required": ["text", "html", "matches"],
        "properties": {
            "text": {"type": "string", "description": "Plain text around the matches."},
            "html": {"type": "string", "description": "`text` HTML-escaped, matches wrapped in <mark>."},
            "matches": {
                "type": "array",
                "description": "[start, end) character offsets of the matches in `text`.",
                "items": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
            },
        },
    },
    "HitSection": {
        "type": "object",
        "required": ["section_no", "heading", "snippet"],
        "properties": {
            "section_no": {"type": "integer"},
            "heading": _nullable("string", "Heading path (`parent › child`); null for the lead."),
            "snippet": _ref("Snippet"),
        },
    },
    "Hit": {
        "type": "object",
        "required": [
            "id",
            "title",
            "title_html",
            "province",
            "city",
            "date",
            "source",
            "authors",
            "score",
            "matched",
            "missing",
            "sections",
            "reprints",
        ],
        "properties": {
            "id": {"type": "string"},
            "title": _nullable("string", "null when the article has no title line."),
            "title_html": _nullable("string", "The title HTML-escaped with matches in <mark>."),
            "province": {"type": ["string", "null"]},
            "city": {"type": ["string", "null"]},
            "date": _nullable("string", "ISO at the precision found: 2023-01-10, 2022-12 or 2022."),
            "source": {"type": ["string", "null"]},
            "authors": {"type": "array", "items": {"type": "string"}},
            "score": _nullable("number", "Relevance score; null when sorted by date."),
            "matched": {
                "type": "string",
                "enum": ["all", "partial"],
                "description": "`all`: the article holds every word and phrase asked for (such hits come first); "
                "`partial`: it holds most of them, the rarer ones weighing more (shown only when fewer than a "
                "page of articles hold them all).",
            },
            "missing": {
                "type": "array",
                "items": {"type": "string"},
                "description": "The words of the query a partial hit does not hold (empty when matched all).",
            },
            "sections": {"type": "array", "items": _ref("HitSection"), "description": "Best matching sections."},
            "reprints": {
                "type": "array",
                "items": _ref("Copy"),
                "description": "When collapsed: the story's other copies that matched too, earliest first.",
            },
        },
    },
    "Copy": {
        "type": "object",
        "required": ["id", "title", "source", "date"],
        "properties": {
            "id": {"type": "string"},
            "title": {"type": ["string", "null"]},
            "source": {"type": ["string", "null"]},
            "date": _nullable("string", "ISO at the precision found."),
        },
        "description": "Another copy of the same story (a reprint found at build time).",
    },
    "Facet": {
        "type": "object",
        "required": ["value", "count"],
        "properties": {"value": {"type": "string"}, "count": {"type": "integer", "minimum": 1}},
    },
    "SearchResult": {
        "type": "object",
        "required": [
            "query",
            "total",
            "page",
            "per_page",
            "pages",
            "sort",
            "collapse",
            "facet_count",
            "took_ms",
            "notice",
            "hits",
            "facets",
        ],
        "properties": {
            "query": _ref("Query"),
            "total": {
                "type": "integer",
                "description": "Matching stories (articles with `collapse=false`): those holding everything asked "
                "for, and, when fewer than per_page do, those holding most of it.",
            },
            "page": {"type": "integer"},
            "per_page": {"type": "integer"},
            "pages": {"type": "integer"},
            "sort": {"type": "string", "enum": list(SORTS)},
            "collapse": {"type": "boolean", "description": "Whether hits are one per story."},
            "facet_count": {"type": "string", "enum": list(FACET_COUNTS), "description": "What facets count."},
            "took_ms": {"type": "number"},
            "notice": _nullable(
                "string",
                "For people, when some hits hold only part of the query: 没有文章包含全部词语，以下结果包含其中大部分 "
                "(or how many hold everything).",
            ),
            "hits": {"type": "array", "items": _ref("Hit")},
            "facets": {
                "type": "object",
                "description": "Counts of stories (or copies, see `facet_count`) over every hit, not only this page; "
                "most first, except `month`.",
                "required": ["province", "city", "year", "source", "month"],
                "properties": {
                    "month": {
                        "type": "array",
                        "description": "Articles per month (`YYYY-MM`), in time order, months without articles left "
                        "out. Articles dated only to a year, or undated, are in no month.",
                        "items": {
                            "allOf": [
                                _ref("Facet"),
                                {"properties": {"value": {"type": "string", "pattern": r"^\d{4}-\d{2}$"}}},
                            ]
                        },
                    }
                },
                "additionalProperties": {"type": "array", "items": _ref("Facet")},
            },
        },
    },
    "ExportRow": {
        "type": "object",
        "description": "One article of an export (a JSON Lines line; the CSV has the same columns, authors joined "
        "with 、).",
        "required": list(COLUMNS),
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string"},
            "title": {"type": ["string", "null"]},
            "province": {"type": ["string", "null"]},
            "city": {"type": ["string", "null"]},
            "date": _nullable("string", "ISO at the precision found."),
            "source": {"type": ["string", "null"]},
            "authors": {"type": "array", "items": {"type": "string"}},
            "url": _nullable("string", "The original's address, when the input gave one."),
            "link": {"type": "string", "description": "The article's page on this service."},
        },
    },
    "ArticleSection": {
        "type": "object",
        "required": ["heading", "paragraphs", "subsections"],
        "properties": {
            "heading": {"type": ["string", "null"]},
            "paragraphs": {"type": "array", "items": {"type": "string"}},
            "subsections": {"type": "array", "items": _ref("ArticleSection")},
        },
    },
    "Article": {
        "type": "object",
        "required": [
            "id",
            "title",
            "province",
            "city",
            "date",
            "source",
            "authors",
            "sections",
            "original",
            "reprints",
        ],
        "properties": {
            "id": {"type": "string"},
            "content_hash": {"type": "string"},
            "title": {"type": ["string", "null"]},
            "subtitle": {"type": ["string", "null"]},
            "province": {"type": ["string", "null"]},
            "city": {"type": ["string", "null"]},
            "date": {"type": ["string", "null"]},
            "source": {"type": ["string", "null"]},
            "authors": {"type": "array", "items": {"type": "string"}},
            "editor": {"type": ["string", "null"]},
            "url": {"type": ["string", "null"]},
            "sections": {"type": "array", "items": _ref("ArticleSection")},
            "original": {"type": "string", "description": "The text as found (Traditional stays Traditional)."},
            "traditional": {"type": "boolean"},
            "encoding": {"type": "string"},
            "reprints": {
                "type": "array",
                "items": _ref("Copy"),
                "description": "The other copies of this story (reprints found at build time), earliest first.",
            },
        },
    },
    "Related": {
        "type": "object",
        "required": ["id", "title", "source", "date", "province", "score"],
        "properties": {
            "id": {"type": "string"},
            "title": {"type": ["string", "null"]},
            "source": {"type": ["string", "null"]},
            "date": {"type": ["string", "null"]},
            "province": {"type": ["string", "null"]},
            "score": {"type": "number", "description": "More-like-this score (BM25 of the article's words)."},
        },
    },
    "Similar": {
        "type": "object",
        "required": ["id", "took_ms", "similar"],
        "properties": {
            "id": {"type": "string", "description": "The article asked about."},
            "took_ms": {"type": "number"},
            "similar": {
                "type": "array",
                "items": _ref("Related"),
                "description": "Other stories on its subject, best first: one article per story, never the "
                "article itself or its reprints.",
            },
        },
    },
    "Suggestion": {
        "type": "object",
        "required": ["text", "count"],
        "properties": {
            "text": {"type": "string", "description": "A word or phrase of the index's titles, headings or text."},
            "count": {"type": "integer", "minimum": 1, "description": "Articles holding it."},
        },
    },
    "Suggestions": {
        "type": "object",
        "required": ["q", "suggestions"],
        "properties": {
            "q": {"type": "string", "description": "The prefix as sent."},
            "suggestions": {
                "type": "array",
                "items": _ref("Suggestion"),
                "description": "Title and heading words and phrases first, then body ones, each by articles "
                "holding it. Empty when nothing in the index starts so.",
            },
        },
    },
    "Health": {
        "type": "object",
        "required": ["status", "articles", "index_version", "built_at"],
        "properties": {
            "status": {"type": "string", "enum": ["ok"]},
            "articles": {"type": "integer"},
            "sections": {"type": "integer"},
            "index_version": {"type": "integer"},
            "built_at": {"type": ["string", "null"], "description": "When the serving index was built."},
            "generation": {"type": ["string", "null"]},
            "dictionary": {
                "type": "object",
                "description": "Whether the index was segmented with the words this service segments queries with.",
                "required": ["index", "service", "same"],
                "properties": {
                    "index": _nullable("string", "Hash of the dictionaries the index was built with."),
                    "service": {"type": "string", "description": "Hash of this service's (SEARCH_USER_DICT)."},
                    "same": {"type": "boolean"},
                    "message": {"type": "string", "description": "When not the same: what to do about it."},
                    "reload_error": {
                        "type": "string",
                        "description": "SEARCH_USER_DICT changed but cannot be read: why (the last good one is used).",
                    },
                },
            },
            "aliases": {
                "type": "object",
                "description": "The aliases queries are read with (the shipped table and SEARCH_ALIASES), read "
                "again when the file changes.",
                "properties": {
                    "forms": {"type": "integer"},
                    "user_file": _nullable("string", "SEARCH_ALIASES, when set."),
                    "reload_error": {"type": "string", "description": "Why a changed file could not be read."},
                },
            },
        },
    },
}


def _error(description: str) -> dict[str, Any]:
    return _json(_ref("Error"), description)


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
            "description": "Full-text search over Chinese news articles. JSON is UTF-8 with Chinese as itself; add "
            '`pretty=1` to indent. Every error is `{"error": {"code", "message", "param"}}`; unknown URLs '
            "answer 404 `not_found`. Blank parameter values count as absent.",
        },
        "paths": {
            "/api/search": {
                "get": {
                    "operationId": "search",
                    "summary": "Search articles by words, phrases and filters",
                    "description": "Unknown or repeated parameters are refused (400).",
                    "parameters": _search_parameters(settings),
                    "responses": {"200": _json(_ref("SearchResult"), "One page of matching articles, with facets.")}
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
                        "200": _json(_ref("SearchResult"), "One page of matching articles, with facets."),
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
                            "The prefix: the beginning of a word or phrase (required).",
                            {"type": "string", "minLength": 1, "maxLength": settings.max_suggest_chars},
                            "网络",
                        ),
                        _query_param(
                            "limit",
                            "Suggestions wanted.",
                            {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT},
                        ),
                        {"$ref": "#/components/parameters/pretty"},
                    ],
                    "responses": {"200": _json(_ref("Suggestions"), "The completions, best first.")} | _ERRORS,
                }
            },
            "/api/articles/{article_id}": {
                "get": {
                    "operationId": "article",
                    "summary": "One whole article: metadata, sections with paragraphs, original text",
                    "parameters": [
                        {
                            "name": "article_id",
                            "in": "path",
                            "required": True,
                            "description": "`hits[].id` from a search.",
                            "schema": {"type": "string"},
                            "example": "000_c729cffc91d33526",
                        },
                        {"$ref": "#/components/parameters/pretty"},
                    ],
                    "responses": {
                        "200": _json(_ref("Article"), "The article."),
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
                        {
                            "name": "article_id",
                            "in": "path",
                            "required": True,
                            "description": "`hits[].id` from a search.",
                            "schema": {"type": "string"},
                            "example": "000_c729cffc91d33526",
                        },
                        _query_param(
                            "limit",
                            "At most this many stories (default 10).",
                            {"type": "integer", "minimum": 1, "maximum": MAX_RELATED, "default": 10},
                        ),
                        {"$ref": "#/components/parameters/pretty"},
                    ],
                    "responses": {
                        "200": _json(_ref("Similar"), "Related stories."),
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
                    "responses": {"200": _json(_ref("Health"), "An index is serving.")} | _ERRORS,
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
                "pretty": _query_param(
                    "pretty", "`1` or `true` indents the JSON.", {"type": "string", "enum": ["1", "true", "0", "false"]}
                )
            },
            "schemas": SCHEMAS,
            "responses": {
                "BadRequest": _error(
                    "A parameter is unknown, repeated or invalid (bad date, date_from after date_to, page out of "
                    "range, per_page over the cap, q too long, a body that is not a JSON object); `param` names it. "
                    "The text of q is never refused for its syntax."
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
