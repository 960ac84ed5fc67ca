"""Facing the open network: what any client, however forged or slow, gets back (headers, redirects), and that
such clients cannot take the service away from the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import QINGYANG

from index.settings import Settings
from service.app import create_app


@pytest.fixture(scope="module")
def client(seed_index_dir: Path):
    return create_app(Settings(index_dir=str(seed_index_dir))).test_client()


PAGES = ["/", "/?q=网络安全", f"/articles/{QINGYANG}?q=网络安全", "/articles/no-such-article", "/no-such-page"]


@pytest.mark.parametrize("path", PAGES)
def test_every_html_page_has_a_content_security_policy_and_cannot_be_framed(client, path: str) -> None:
    response = client.get(path)
    assert response.mimetype == "text/html"
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", ["/api/search?q=网络安全", f"/articles/{QINGYANG}/original", "/feed.atom"])
def test_data_is_never_run_as_a_page(client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Security-Policy"].startswith("default-src 'none'")


@pytest.mark.parametrize("path", ["/api//search?q=网络安全", "//api/health", "/static//style.css", "/articles//x"])
def test_a_doubled_slash_is_never_redirected_to_the_host_the_client_named(client, path: str) -> None:
    response = client.get(path, headers={"Host": "evil.example"})
    assert response.status_code == 404 and "Location" not in response.headers
    assert "evil.example" not in response.get_data(as_text=True)


def test_the_original_text_names_its_charset_once(client) -> None:
    response = client.get(f"/articles/{QINGYANG}/original")
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert response.get_data(as_text=True).startswith("庆阳")
