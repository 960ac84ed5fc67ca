"""A PDF's text layer (`.pdf`, a bulletin or a paper's page as published) read with pypdf (BSD, pure Python),
its pages apart by form feeds, as pdftotext gives them: the text path then takes out running heads, feet and page
numbers and joins the lines a page broke (index/ingest/printed.py, scanned_columns.py).

Where a line switches fonts (digits and Latin set in another face than the Chinese around them) pypdf writes a
space (`5 月 4 日`), as the page's layout spaces them; it stays, as a writer's own spaces do: words and phrases are
found across it all the same (the character fields skip spaces).

A page pypdf cannot read is left out and named in the build report as damage; the rest is read. A PDF of scanned
pictures has no text layer: it is skipped as having no text (no OCR here). An encrypted PDF that opens without a
password (most published ones: printing allowed, copying not) is read; one that needs a password is skipped."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader

# pypdf logs each oddity of a damaged file as a warning: the build's report says what was damaged instead.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def pdf_text(data: bytes) -> tuple[str, str | None]:
    """(the text of the pages, pages apart by form feeds; the damage, or None); ValueError when `data` is no
    PDF pypdf can open."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        locked = reader.is_encrypted and not _opens(reader)
        pages = [] if locked else list(reader.pages)
    except Exception as error:  # a damaged file raises whatever its parser meets first (PdfReadError, KeyError, …)
        raise ValueError(f"not a PDF pypdf can open ({type(error).__name__})") from None
    if locked:
        raise ValueError("an encrypted PDF that needs a password")
    texts: list[str] = []
    lost: list[int] = []
    for number, page in enumerate(pages, start=1):
        try:
            texts.append(page.extract_text() or "")
        except Exception:  # one damaged page, whatever it raises: the others are still read
            lost.append(number)
    text = "\f".join(texts)
    # A glyph of a font embedded without its Unicode map comes out as NUL (Chromium prints Chinese so when the
    # machine has no CJK font): dropped and reported, so the rest of the text is still read.
    unmapped = text.count("\x00")
    damages = []
    if lost:
        damages.append(f"{len(lost)} of {len(pages)} pages could not be read (pages {', '.join(map(str, lost[:10]))})")
    if unmapped:
        damages.append(f"{unmapped} characters without a Unicode mapping dropped")
    return text.replace("\x00", ""), "; ".join(damages) or None


def _opens(reader: PdfReader) -> bool:
    """Whether an encrypted PDF opens with the empty password (published files allow reading without one)."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # pypdf's DependencyError for AES without a cipher library, PdfReadError for odd handlers
        return False
