"""The Flask application factory: one SearchIndex per process, JSON settings, limits and error handlers."""

from __future__ import annotations

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import RequestEntityTooLarge

from index.search import SearchIndex
from index.settings import Settings
from index.text import use_cache_dir
from service import api, feed, pages
from service.answers import AnswerCache
from service.errors import register_error_handlers
from service.openapi import spec
from service.responses import vary_by_client


def create_app(test_config: Settings | None = None) -> Flask:
    """The app with `test_config`, else the settings the environment gives (`Settings.from_env`). The index
    is opened on first use and reopened after a build swaps it, so the app starts (and reports 503) without one."""
    settings = test_config or Settings.from_env()
    app = Flask(__name__)
    _never_redirect(app)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_content_length
    app.json.ensure_ascii = False  # Chinese as itself, not \u escapes
    app.json.sort_keys = False  # keep the library's field order: query, total, ..., hits, facets
    app.extensions["settings"] = settings
    use_cache_dir(settings.jieba_cache_dir)
    app.extensions["search_index"] = SearchIndex(settings.index_dir, settings)
    app.extensions["openapi"] = spec(settings)
    app.extensions["answers"] = AnswerCache(int(settings.answer_cache_mb * 1024 * 1024))
    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(feed.bp)
    register_error_handlers(app)
    app.before_request(_refuse_large_bodies)
    app.after_request(_security_headers)
    app.after_request(vary_by_client)
    return app


def _refuse_large_bodies() -> None:
    """413 from the declared length, before any view reads the body."""
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if request.content_length is not None and request.content_length > limit:
        raise RequestEntityTooLarge()


# The page loads its one script and its style sheet from here and nothing else (the charts are inline SVG
# without styles or scripts); no other site may frame it. Checked in Chromium by tests/test_page.py.
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# Anything else (JSON, feeds, CSV, the original text) is data: if a browser opens it, it runs nothing.
DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox"


def _never_redirect(app: Flask) -> None:
    """Werkzeug answers `/api//search` with a redirect to the merged path, an absolute URL built from the
    request's Host header, which a client or a cache poisoned with a forged Host would follow elsewhere.
    Paths are taken as written instead: `//` is a 404 like any unknown URL."""
    app.url_map.merge_slashes = False
    for rule in app.url_map.iter_rules():  # the static route, added before this
        rule.merge_slashes = False


def _security_headers(response: Response) -> Response:
    # JSON holding article text (even "<script>") must never be sniffed and rendered as HTML.
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    if response.mimetype == "text/html":
        response.headers.setdefault("Content-Security-Policy", PAGE_POLICY)
        response.headers.setdefault("X-Frame-Options", "DENY")
    else:
        response.headers.setdefault("Content-Security-Policy", DATA_POLICY)
    return response
