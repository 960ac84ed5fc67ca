"""gunicorn's worker, with the requests it refuses before the app sees them (a request line over
`limit_request_line`, malformed HTTP) answered in the API's JSON error shape instead of gunicorn's HTML."""

from __future__ import annotations

import json

from gunicorn import util
from gunicorn.http import errors
from gunicorn.workers.sync import SyncWorker

# (status, reason, code, message) for what a client can get wrong; anything else is left to gunicorn.
_REFUSALS: list[tuple[type[Exception], int, str, str, str]] = [
    (
        errors.LimitRequestLine,
        414,
        "URI Too Long",
        "uri_too_long",
        "the request line is too long: send a long query by POST /api/search with a JSON body",
    ),
    (errors.LimitRequestHeaders, 431, "Request Header Fields Too Large", "headers_too_large", "{error}"),
    (errors.InvalidResponseHeader, 0, "", "", ""),  # the app's own fault: gunicorn answers 500
    (errors.InvalidResponseHeaderName, 0, "", "", ""),
    (errors.ConfigurationProblem, 0, "", "", ""),
    (errors.UnsupportedTransferCoding, 501, "Not Implemented", "not_implemented", "{error}"),
    (errors.ParseException, 400, "Bad Request", "bad_request", "malformed HTTP request: {error}"),
]


def json_refusal(error: Exception) -> bytes | None:
    """The whole HTTP response refusing the request that raised `error`, or None to let gunicorn answer."""
    for kind, status, reason, code, message in _REFUSALS:
        if isinstance(error, kind):
            if not status:
                return None
            body = {"error": {"code": code, "message": message.format(error=error), "param": None}}
            data = json.dumps(body, ensure_ascii=False).encode("utf-8") + b"\n"
            head = (
                f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n"
            )
            return head.encode("latin-1") + data
    return None


class JsonErrorsWorker(SyncWorker):
    def handle_error(self, req, client, addr, exc):
        response = json_refusal(exc)
        if response is None:
            return super().handle_error(req, client, addr, exc)
        self.log.warning("Invalid request from ip=%s: %s", (addr or ("",))[0], exc)
        try:
            util.write_nonblock(client, response)
        except OSError:
            self.log.debug("Failed to send the refusal.")
