"""A Word document (`.docx`, what Word, WPS and LibreOffice save) read as text, with python-docx (MIT): its
paragraphs and tables in reading order, so a bulletin or a report saved as Word is read as its text file would be.

A table's row becomes one line of its distinct cells joined by ` | `, as an exported table of fields reads
(index/ingest/field_tables.py); a cell merged over several columns is written once. The document's properties
(author, created) name whoever made the file, often `Administrator` or a template's owner, never the article's
writer or day: they are not read. The old binary `.doc` is not read (the build reports it as a kind not read)."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table


def docx_text(data: bytes) -> str:
    """The document's text, a paragraph or a table row a line, blocks apart by blank lines; ValueError when
    `data` is no Word document."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ValueError(f"not a Word document (.docx): {error}") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines += [row for row in map(_row, block.rows) if row]
        elif text := block.text.strip():
            lines.append(text)
    return "\n\n".join(lines)


def _row(row) -> str:
    cells: list[str] = []
    for cell in row.cells:
        text = " ".join(cell.text.split())
        if text and (not cells or cells[-1] != text):  # a merged cell repeats in each column it spans
            cells.append(text)
    return " | ".join(cells)
