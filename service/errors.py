"""Every failure becomes a JSON error body; a server error is logged and answered without its details."""

from __future__ import annotations

from urllib.parse import unquote_plus

from flask import Flask, Response, current_app, render_template, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound, RequestEntityTooLarge

from index.search import QueryError, QueryTimeout
from index.store import StoreError
from service.responses import error_response


class ApiError(Exception):
    """A request the HTTP layer refuses before the library sees it (unknown parameter, unknown article...)."""

    def __init__(self, status: int, code: str, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.param = status, code, message, param


def _api_error(error: ApiError) -> Response:
    return error_response(error.status, error.code, error.message, error.param)


def _query_error(error: QueryError) -> Response:
    code = "invalid_query" if error.param == "q" else "invalid_parameter"
    return error_response(400, code, error.message, error.param)


# What programs fetch (feed readers, browsers adding the search engine) is answered in JSON like the API.
MACHINE_PATHS = ("/api/", "/feed.atom", "/opensearch.xml")


def _for_people() -> bool:
    """Pages answer errors in HTML; the API and the other machine-read URLs always in JSON."""
    return not request.path.startswith(MACHINE_PATHS)


def _page_error(status: int, heading: str, message: str):
    return render_template("error.html", heading=heading, message=message), status


def _store_error(error: StoreError) -> Response:
    # The library's messages are written for whoever runs the service ("build one with ...").
    if _for_people():
        return _page_error(503, "暂时无法检索", "索引尚未建立或版本不符，请稍后再试。")
    return error_response(503, "index_unavailable", str(error))


def _query_timeout(error: QueryTimeout) -> Response:
    # The service is busy or the query heavy: worth asking again, not a fault of the request as such.
    if _for_people():
        return _page_error(503, "检索超时", "这次检索用时过长，已停止。请减少或换用更具体的词语，稍后再试。")
    return error_response(503, "query_timeout", str(error), "q", headers={"Retry-After": "1"})


def _http_error(error: HTTPException) -> Response:
    if _for_people():
        if isinstance(error, NotFound):
            return _page_error(404, "页面不存在", f"没有这个地址：{request.path}")
        return _page_error(error.code or 500, "请求有误", error.description or error.name)
    if isinstance(error, NotFound):
        return error_response(
            404, "not_found", f"no such URL: {request.path}; the API is described at /api/openapi.json"
        )
    if isinstance(error, MethodNotAllowed):
        allowed = ", ".join(sorted(error.valid_methods or ()))
        return error_response(
            405,
            "method_not_allowed",
            f"{request.method} is not allowed here; use {allowed}",
            headers={"Allow": allowed},
        )
    if isinstance(error, RequestEntityTooLarge):
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        return error_response(
            413, "request_too_large", f"the request body is over {limit} bytes (SEARCH_MAX_CONTENT_LENGTH)"
        )
    code = (error.name or "error").lower().replace(" ", "_")
    return error_response(error.code or 500, code, error.description or error.name)


def _server_error(error: Exception) -> Response:
    current_app.logger.exception("unhandled error on %s %s", request.method, request.full_path, exc_info=error)
    if _for_people():
        return _page_error(500, "服务器出错", "这次请求没有完成，已记录在案，请稍后再试。")
    return error_response(500, "internal_error", "the server failed to answer this request; it has been logged")


QUERY_NOT_UTF8 = (
    "the query string's percent-encoded bytes are not UTF-8 ({bytes}): send Chinese in a URL as UTF-8, for "
    "example curl -G http://127.0.0.1:8000/api/search --data-urlencode 'q=网络安全'"
)


def _undecodable_query() -> Response | tuple[str, int] | None:
    """A query string whose percent-escapes are not UTF-8 (`q=%CD%F8`, a GBK client's 网) is refused as raw
    bytes that are not UTF-8 are (service/worker.py), rather than searched as the escapes' letters (`cd f8`)."""
    for pair in request.query_string.decode("latin-1").split("&"):
        name, _, value = pair.partition("=")
        try:
            unquote_plus(name, errors="strict"), unquote_plus(value, errors="strict")
        except UnicodeDecodeError as error:
            if _for_people():
                return _page_error(400, "请求有误", "网址中的查询不是 UTF-8 编码，请用 UTF-8 重新输入。")
            escaped = "".join(f"%{byte:02X}" for byte in error.object[error.start : error.end])
            return error_response(
                400, "invalid_target", QUERY_NOT_UTF8.format(bytes=escaped), unquote_plus(name) or None
            )
    return None


def register_error_handlers(app: Flask) -> None:
    app.before_request(_undecodable_query)
    app.register_error_handler(ApiError, _api_error)
    app.register_error_handler(QueryError, _query_error)
    app.register_error_handler(StoreError, _store_error)
    app.register_error_handler(QueryTimeout, _query_timeout)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _server_error)
