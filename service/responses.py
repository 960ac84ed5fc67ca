"""JSON bodies for the API: Chinese as itself, indented on `?pretty=1`, errors in one shape everywhere."""

from __future__ import annotations

from typing import Any

from flask import Response, current_app, request

PRETTY_VALUES = ("1", "true")


def wants_pretty() -> bool:
    """`?pretty=1`: read leniently, because error responses are rendered with it too."""
    return request.args.get("pretty", "").lower() in PRETTY_VALUES


def json_response(
    data: Any, status: int = 200, headers: dict[str, str] | None = None, mimetype: str = "application/json"
) -> Response:
    """`data` as JSON through the app's provider (ensure_ascii off), indented when the client asked."""
    return current_app.response_class(json_text(data), status=status, headers=headers, mimetype=mimetype)


def json_text(data: Any) -> str:
    """`data` as the body `json_response` sends."""
    return current_app.json.dumps(data, indent=2 if wants_pretty() else None) + "\n"


def error_response(
    status: int, code: str, message: str, param: str | None = None, headers: dict[str, str] | None = None
) -> Response:
    """The one error shape: `{"error": {"code", "message", "param"}}`; `param` names the offending parameter."""
    return json_response({"error": {"code": code, "message": message, "param": param}}, status, headers)
