"""JSON bodies for the API: Chinese as itself, indented for people, errors in one shape everywhere."""

from __future__ import annotations

from typing import Any

from flask import Response, current_app, request

from index.search import indented

PRETTY_VALUES = ("1", "true")
# Clients a person types at a terminal: their answers are read on screen, not parsed, so they come indented
# unless `pretty=0` says otherwise (as GitHub's API indents for everyone); programs' libraries get one line.
TERMINAL_CLIENTS = ("curl/", "wget/", "httpie/", "xh/")


def wants_pretty() -> bool:
    """`?pretty=1` (read leniently, because error responses are rendered with it too), else whether the
    client is one a person types at a terminal."""
    if "pretty" in request.args:
        return request.args["pretty"].lower() in PRETTY_VALUES
    return request.user_agent.string.lower().startswith(TERMINAL_CLIENTS)


def json_response(
    data: Any, status: int = 200, headers: dict[str, str] | None = None, mimetype: str = "application/json"
) -> Response:
    """`data` as JSON through the app's provider (ensure_ascii off), indented when the client asked."""
    return current_app.response_class(json_text(data), status=status, headers=headers, mimetype=mimetype)


def vary_by_client(response: Response) -> Response:
    """Tell caches that a JSON answer's indenting follows the client when no `pretty` chose it."""
    if response.mimetype == "application/json" and "pretty" not in request.args:
        response.vary.add("User-Agent")
    return response


def json_text(data: Any) -> str:
    """`data` as the body `json_response` sends."""
    if wants_pretty():
        return indented(data, current_app.json.dumps) + "\n"
    return current_app.json.dumps(data) + "\n"


def error_response(
    status: int, code: str, message: str, param: str | None = None, headers: dict[str, str] | None = None
) -> Response:
    """The one error shape: `{"error": {"code", "message", "param"}}`; `param` names the offending parameter."""
    return json_response({"error": {"code": code, "message": message, "param": param}}, status, headers)
