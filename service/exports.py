"""Exports of every matching article, as CSV (for spreadsheets) or JSON Lines (for programs), streamed.

The library yields the rows lazily (`SearchIndex.export`); this module writes each as one line and hands it
on, so a worker holds one row at a time whatever the export's length. CSV starts with a byte-order mark,
without which Excel reads UTF-8 as the local code page and shows Chinese as mojibake.
"""

from __future__ import annotations

import csv
import json
import re
import time
from collections.abc import Callable, Iterator
from urllib.parse import quote

from flask import Response, current_app, stream_with_context

from index.search import ArticleRow, Export, SearchRequest
from service.urls import external_url

FORMATS = ("csv", "jsonl")
COLUMNS = ("id", "title", "province", "city", "date", "source", "authors", "url", "link")
MIMETYPES = {"csv": "text/csv; charset=utf-8; header=present", "jsonl": "application/x-ndjson; charset=utf-8"}
BOM = "\ufeff"
AUTHOR_JOINER = "、"  # authors in one CSV cell, as Chinese lists names
# A cell starting with one of these is run as a formula by Excel and LibreOffice (CSV injection, OWASP):
# such text is prefixed with an apostrophe, which spreadsheets show as plain text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f\x7f\\/:*?"<>|\s]+')
NAME_CHARS = 40


class _Echo:
    """A file for csv.writer whose `write` returns the line, so `writerow` gives it back instead of storing it."""

    def write(self, line: str) -> str:
        return line


def _cell(value: object) -> str:
    text = AUTHOR_JOINER.join(value) if isinstance(value, list) else "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_lines(rows: Iterator[ArticleRow], link: Callable[[str], str]) -> Iterator[str]:
    """The BOM and the header, then one CSV line (RFC 4180, CRLF) per row; `link` gives an article's view URL."""
    writer = csv.writer(_Echo())
    yield BOM + writer.writerow(COLUMNS)
    for row in rows:
        values = row.to_dict() | {"link": link(row.id)}
        yield writer.writerow([_cell(values[name]) for name in COLUMNS])


def jsonl_lines(rows: Iterator[ArticleRow], link: Callable[[str], str]) -> Iterator[str]:
    """One JSON object per line (Chinese as itself), the columns of the CSV with `authors` as a list."""
    for row in rows:
        yield json.dumps(row.to_dict() | {"link": link(row.id)}, ensure_ascii=False) + "\n"


def download_name(request: SearchRequest, form: str, today: str | None = None) -> str:
    """`网信检索-<query and filters>-<date>.<form>`: what was exported and when, safe as a file name anywhere."""
    asked = [request.q, request.province, request.city, request.date_from, request.date_to, request.source]
    label = _UNSAFE_IN_NAMES.sub("_", "_".join(v.strip() for v in asked if v and v.strip())).strip("_.")
    parts = ["网信检索", label[:NAME_CHARS].rstrip("_."), today or time.strftime("%Y%m%d")]
    return "-".join(p for p in parts if p) + f".{form}"


def content_disposition(name: str, fallback: str) -> str:
    """An attachment named `name` (RFC 6266 / 5987: UTF-8, percent-encoded), `fallback` for ASCII-only clients."""
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def response(export: Export, form: str, request: SearchRequest) -> Response:
    """The export streamed as `form`, with its counts in headers: `X-Total-Count` (matching articles),
    `X-Export-Count` (rows sent) and `X-Export-Truncated` (`true` when SEARCH_MAX_EXPORT cut it)."""

    # The article page's address for each row, as url_for would build it, without calling it per row
    # (a quarter of the export's time at 10,580 rows): the route's prefix, then the id as its converter quotes it.
    prefix = external_url("pages.article_page", article_id="-").removesuffix("-")
    quoted = current_app.url_map.converters["path"](current_app.url_map).to_url

    def link(article_id: str) -> str:
        return prefix + quoted(article_id)

    lines = (csv_lines if form == "csv" else jsonl_lines)(export.rows, link)
    today = time.strftime("%Y%m%d")
    headers = {
        "Content-Disposition": content_disposition(download_name(request, form, today), f"news-search-{today}.{form}"),
        "X-Total-Count": str(export.total),
        "X-Export-Count": str(export.count),
        "X-Export-Truncated": "true" if export.truncated else "false",
    }
    return Response(stream_with_context(lines), headers=headers, content_type=MIMETYPES[form])
