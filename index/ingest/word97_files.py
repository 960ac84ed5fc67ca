"""A Word 97–2003 document (`.doc`: the attachment of many a government notice, 附件.doc) read as its text.

A `.doc` is an OLE compound file (opened with olefile, BSD): its `WordDocument` stream begins with the File
Information Block, which says which table stream (`0Table` or `1Table`) holds the piece table and how many
characters the main text has (`ccpText`; footnotes, headers and comments follow it and are left out, as a running
head is no story). The piece table (the `Clx`'s `PlcPcd`, [MS-DOC] 2.9.38) lists where each run of the text
lives: a piece is UTF-16LE, or "compressed" as one cp1252 byte a character (Word writes Chinese text as UTF-16 and
a Latin run as cp1252). No maintained permissive library reads `.doc` text (antiword and catdoc are GPL tools,
textract runs them), and the format's text is only this table, so it is read here, as [MS-DOC] 2.4.1 describes.

In the text, `\\r` ends a paragraph, `\\x07` a table cell (a row's cells are joined by ` | `, as `.docx` rows
are), `\\x0b` breaks a line; a field (`\\x13` code `\\x14` result `\\x15`: a page number, a hyperlink) keeps its
result and drops its code; pictures and other object marks leave no character. An encrypted document is skipped.
"""

from __future__ import annotations

import io
import re
import struct

import olefile

_WORD_MAGIC = 0xA5EC
_FIELD = re.compile(r"\x13[^\x13\x14\x15]*(?:\x14([^\x13\x14\x15]*))?\x15")
_MARKS = re.compile(r"[\x00-\x06\x08\x0e-\x12\x16-\x1f]")  # pictures, notes' anchors, objects: no text


def doc_text(data: bytes) -> str:
    """The main text of a Word 97–2003 document, paragraphs apart by blank lines; ValueError when `data` is no
    document this can read."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            document = ole.openstream("WordDocument").read()
            flags = struct.unpack_from("<H", document, 0x0A)[0] if len(document) > 0x0C else 0
            table_name = "1Table" if flags & 0x0200 else "0Table"
            table = ole.openstream(table_name).read() if ole.exists(table_name) else b""
    except (OSError, ValueError, struct.error) as error:  # olefile raises OSError for a file that is no OLE file
        raise ValueError(f"not a Word 97–2003 document olefile can open ({type(error).__name__})") from None
    if len(document) < 0x1AA or struct.unpack_from("<H", document, 0)[0] != _WORD_MAGIC:
        raise ValueError("not a Word 97–2003 document (no Word header in the file)")
    if struct.unpack_from("<H", document, 2)[0] < 0x00C0:  # nFib: Word 6 and 95 (0x0065, 0x0068) have no pieces
        raise ValueError("a Word 6/95 document (only Word 97–2003 documents are read)")
    if flags & 0x0100:
        raise ValueError("an encrypted Word document")
    characters = struct.unpack_from("<i", document, 0x4C)[0]  # ccpText: the main text's length
    clx_at, clx_size = struct.unpack_from("<II", document, 0x1A2)
    text = _pieces(document, table[clx_at : clx_at + clx_size])[:characters]
    return _paragraphs(text)


def _pieces(document: bytes, clx: bytes) -> str:
    """The document's characters in order, from the piece table; ValueError when it cannot be read."""
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: formatting for pieces, skipped
        at += 3 + struct.unpack_from("<h", clx, at + 1)[0]
    if at + 5 > len(clx) or clx[at] != 0x02:
        raise ValueError("a Word document without a piece table (it may be damaged)")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    table = clx[at + 5 : at + 5 + size]
    count = (len(table) - 4) // 12
    positions = struct.unpack_from(f"<{count + 1}i", table, 0)
    parts: list[str] = []
    for number in range(count):
        fc = struct.unpack_from("<I", table, 4 * (count + 1) + 8 * number + 2)[0]
        length = positions[number + 1] - positions[number]
        if fc & 0x40000000:  # compressed: a byte a character, cp1252
            start = (fc & 0x3FFFFFFF) // 2
            parts.append(document[start : start + length].decode("cp1252", errors="replace"))
        else:
            start = fc & 0x3FFFFFFF
            parts.append(document[start : start + 2 * length].decode("utf-16-le", errors="replace"))
    return "".join(parts)


def _paragraphs(text: str) -> str:
    text = _FIELD.sub(lambda m: m.group(1) or "", text)
    text = _MARKS.sub("", text).replace("\x0b", "\n").replace("\x0c", "\r")
    text = text.replace("\x07\x07", "\x07\r")  # a row's end mark follows its last cell's: rows apart
    lines: list[str] = []
    for paragraph in text.split("\r"):
        if "\x07" in paragraph:  # a table row: its cells
            cells = [" ".join(cell.split()) for cell in paragraph.split("\x07")]
            paragraph = " | ".join(cell for cell in cells if cell)
        if paragraph.strip():
            lines.append(paragraph.strip())
    return "\n\n".join(lines)
