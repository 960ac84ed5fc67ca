"""The Flask application factory: one SearchIndex per process, JSON settings, limits and error handlers."""

from __future__ import annotations

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import RequestEntityTooLarge

from index.search import SearchIndex
from index.settings import Settings
from service import api, feed, pages
from service.errors import register_error_handlers
from service.openapi import spec


def create_app(test_config: Settings | None = None) -> Flask:
    """The app with `test_config`, else the settings the environment gives (`Settings.from_env`). The index
    is opened on first use and reopened after a build swaps it, so the app starts (and reports 503) without one."""
    settings = test_config or Settings.from_env()
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_content_length
    app.json.ensure_ascii = False  # Chinese as itself, not \u escapes
    app.json.sort_keys = False  # keep the library's field order: query, total, ..., hits, facets
    app.extensions["settings"] = settings
    app.extensions["search_index"] = SearchIndex(settings.index_dir, settings)
    app.extensions["openapi"] = spec(settings)
    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(feed.bp)
    register_error_handlers(app)
    app.before_request(_refuse_large_bodies)
    app.after_request(_security_headers)
    return app


def _refuse_large_bodies() -> None:
    """413 from the declared length, before any view reads the body."""
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if request.content_length is not None and request.content_length > limit:
        raise RequestEntityTooLarge()


def _security_headers(response: Response) -> Response:
    # JSON holding article text (even "<script>") must never be sniffed and rendered as HTML.
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response
