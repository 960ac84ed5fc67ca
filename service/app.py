"""The Flask application factory: one SearchIndex per process, JSON settings, limits and error handlers."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import RequestEntityTooLarge

from index.search import SearchIndex
from service import api, pages
from service.errors import register_error_handlers

DEFAULT_INDEX_DIR = "var/index"
DEFAULT_MAX_CONTENT_LENGTH = 64 * 1024  # the API reads no bodies; anything big is a mistake or abuse


def create_app(index_dir: str | Path | None = None) -> Flask:
    """The app over `index_dir` (else $SEARCH_INDEX_DIR, else var/index). The index is opened on first
    use and reopened after a build swaps it, so the app starts (and reports 503) without one."""
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = int(os.environ.get("SEARCH_MAX_CONTENT_LENGTH", DEFAULT_MAX_CONTENT_LENGTH))
    app.json.ensure_ascii = False  # Chinese as itself, not \u escapes
    app.json.sort_keys = False  # keep the library's field order: query, total, ..., hits, facets
    index_dir = index_dir or os.environ.get("SEARCH_INDEX_DIR") or DEFAULT_INDEX_DIR
    app.extensions["search_index"] = SearchIndex(index_dir)
    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    register_error_handlers(app)
    app.before_request(_refuse_large_bodies)
    app.after_request(_security_headers)
    return app


def _refuse_large_bodies() -> None:
    """413 from the declared length: no view reads the body, so Flask's own lazy check would never fire."""
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if request.content_length is not None and request.content_length > limit:
        raise RequestEntityTooLarge()


def _security_headers(response: Response) -> Response:
    # JSON holding article text (even "<script>") must never be sniffed and rendered as HTML.
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response
