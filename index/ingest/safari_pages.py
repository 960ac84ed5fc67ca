"""A page saved by Safari (`.webarchive`: a binary property list) read with the standard plistlib: read as a page
saved with its parts, as `.mht` is.

The archive's `WebMainResource` holds the page: its bytes (`WebResourceData`), the name of their encoding
(`WebResourceTextEncodingName`: `UTF-8`, `GBK`…) and its address (`WebResourceURL`). Its subresources (style
sheets, scripts, pictures, frames) are no article and are not read. The bytes are decoded with the encoding the
archive names (GBK and GB2312 as GB18030, their superset) and passed on as UTF-8; when that fails, the build's
own detection decodes them. A property list that cannot be read (a file cut short) still holds the page's bytes
as they were saved: the page is read from them as far as they go, and the damage is said.
"""

from __future__ import annotations

import codecs
import plistlib
import re

from index.ingest.mhtml import SavedPage

_PAGE = re.compile(rb"<!doctype html|<html", re.IGNORECASE)
_PAGE_END = re.compile(rb"</html\s*>", re.IGNORECASE)
_GB = {"gbk", "gb2312", "x-gbk", "gb_2312-80", "cp936"}


def _utf8(html: bytes, encoding: object) -> bytes:
    """`html` as UTF-8 when it decodes strictly in the encoding the archive names; as saved otherwise."""
    if not isinstance(encoding, str) or not encoding.strip():
        return html
    name = "gb18030" if encoding.strip().lower() in _GB else encoding.strip()
    try:
        return html.decode(codecs.lookup(name).name).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return html


def _raw_page(data: bytes) -> bytes | None:
    """The page's bytes found in a damaged archive: from its doctype or `<html` to `</html>` or the end."""
    start = _PAGE.search(data)
    if start is None:
        return None
    end = _PAGE_END.search(data, start.end())
    return data[start.start() : end.end() if end else len(data)]


def webarchive_page(data: bytes) -> tuple[SavedPage | None, str | None]:
    """The page a `.webarchive` holds (None when it holds none) and what was damaged (None when nothing was)."""
    try:
        archive = plistlib.loads(data)
    except (
        Exception
    ):  # a damaged property list raises what plistlib meets first (InvalidFileException, struct.error, …)
        html = _raw_page(data)
        damage = "the property list is damaged: the page read from its saved bytes as far as they go"
        return (SavedPage(html, None), damage) if html else (None, None)
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    html = main.get("WebResourceData") if isinstance(main, dict) else None
    if not isinstance(html, bytes) or not html.strip():
        return None, None
    address = main.get("WebResourceURL")
    return SavedPage(
        _utf8(html, main.get("WebResourceTextEncodingName")), address if isinstance(address, str) else None
    ), None
