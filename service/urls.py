"""Absolute URLs (OpenSearch templates, feed links, export links) and Atom ids, never from the request's Host.

Behind a proxy or in a container, the Host a client sends is not the address readers reach, and a forged one
would be echoed into documents that are cached and shared (an OpenSearch template pointing elsewhere).
With SEARCH_PUBLIC_URL set, every absolute URL is made from it; without it they follow the request, which is
right on a machine of one's own. Atom ids must never change (a reader takes a new id for a new entry), so
they never follow the request: under SEARCH_PUBLIC_URL they are its addresses, without it tag URIs of the path.
"""

from __future__ import annotations

from flask import current_app, request, url_for

# RFC 4151 tag URIs under a name reserved never to resolve (RFC 2606), for a service that has no public address.
TAG_PREFIX = "tag:news-search.invalid,2026:"


def _public() -> str:
    return current_app.extensions["settings"].public_url.rstrip("/")


def _path(endpoint: str, **values) -> str:
    """The URL's path and query after the app's root (whatever prefix a proxy mounted it under)."""
    return url_for(endpoint, **values).removeprefix(request.script_root)


def external_url(endpoint: str, **values) -> str:
    """The absolute URL of `endpoint`: under SEARCH_PUBLIC_URL, else as the request reached the service."""
    public = _public()
    return public + _path(endpoint, **values) if public else url_for(endpoint, _external=True, **values)


def atom_id(endpoint: str, **values) -> str:
    """A permanent id for what `endpoint` shows: its address under SEARCH_PUBLIC_URL, else a tag URI of its path."""
    public = _public()
    return (public if public else TAG_PREFIX) + _path(endpoint, **values)
