"""Office files that hold a story: a presentation's slides (`.pptx`) and a spreadsheet's rows (`.xlsx`), read with
the standard zipfile and lxml (both files are zipped XML; no office library needed for their text).

A presentation's text is its slides' paragraphs in slide order, a slide a block; the lines every slide repeats (a
deck's running title, its footer), a slide's number alone and a closing slide of thanks (`谢谢观看` over the
presenter's unit) are the deck's, not the story's. A spreadsheet is a
table of fields either way it is laid out: a header row of labels (`标题 | 发布日期 | 来源 | 正文`) over one record
a row, or a label beside its value a row (`标题 | X`, `正文` over the paragraphs in the next rows); its labels are
field_tables' (KNOWN). A row whose text has no writing (`（待补充）`) is no article.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterator

from lxml import etree

from index.ingest.feeds import Item
from index.ingest.field_tables import BODY_LABELS, declared_fields, label

_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
_SLIDE = re.compile(r"^ppt/slides/slide(\d+)\.xml$")
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_CELL_REF = re.compile(r"^([A-Z]+)(\d+)$")
_WRITING = re.compile(r"[\u4e00-\u9fff]")
REPEATED_SHARE = 0.5  # of a deck's slides a line shows on at least to be the deck's, and on three at least (a
LEAST_SLIDES = 3  # title the first text slide repeats is no running title)
_THANKS = re.compile(r"(?:谢谢|感谢)(?:观看|聆听|收看|大家|您的关注)?[!！。.]*|thank\s*you[!.]*|Q\s*&\s*A", re.I)
MIN_WRITING = 20  # Chinese characters a record's text holds at least
MAX_PART_BYTES = 64 * 1024 * 1024  # a zipped part's size inflated, at most (a zip bomb's parts are not read)


def _archive(data: bytes, kind: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as error:
        raise ValueError(f"not a {kind} file: {error}") from None


def _xml(archive: zipfile.ZipFile, name: str):
    try:
        if archive.getinfo(name).file_size > MAX_PART_BYTES:  # a part that inflates past any deck's or sheet's
            return None
        return etree.fromstring(archive.read(name), _PARSER)
    except (KeyError, etree.XMLSyntaxError, zipfile.BadZipFile, ValueError, EOFError, NotImplementedError):
        return None


def pptx_text(data: bytes) -> str:
    """A presentation's text: each slide's paragraphs a line, slides apart by blank lines, without the lines most
    slides repeat or a slide number alone; ValueError when `data` is no presentation."""
    archive = _archive(data, "PowerPoint (.pptx)")
    names = sorted((int(m[1]), name) for name in archive.namelist() if (m := _SLIDE.match(name)))
    slides = []
    for _, name in names:
        root = _xml(archive, name)
        if root is None:
            continue
        paragraphs = ["".join(t.text or "" for t in p.iter(f"{_A}t")).strip() for p in root.iter(f"{_A}p")]
        slides.append([p for p in paragraphs if p])
    if slides and slides[-1] and _THANKS.fullmatch(slides[-1][0]):  # `谢谢观看` and the presenter's unit under it
        slides.pop()
    counts = Counter(line for slide in slides for line in set(slide))
    repeated = {line for line, k in counts.items() if k >= max(LEAST_SLIDES, REPEATED_SHARE * len(slides))}
    blocks = ["\n".join(p for p in slide if p not in repeated and not _is_folio(p)) for slide in slides]
    return "\n\n".join(block for block in blocks if block)


def _is_folio(line: str) -> bool:
    """A slide's number alone (`3`, `第 3 页`, `3 / 12`)."""
    return bool(re.fullmatch(r"(?:第\s*)?\d{1,3}(?:\s*页)?(?:\s*/\s*\d{1,3})?", line))


def _column(ref: str) -> int:
    letters = _CELL_REF.match(ref)[1] if _CELL_REF.match(ref) else "A"
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number - 1


def _rows(data: bytes) -> list[list[str]]:
    """The first sheet's rows as lists of cell texts (shared and inline strings, numbers as written)."""
    archive = _archive(data, "Excel (.xlsx)")
    shared_root = _xml(archive, "xl/sharedStrings.xml")
    shared = []
    if shared_root is not None:
        shared = ["".join(t.text or "" for t in si.iter(f"{_S}t")) for si in shared_root.iter(f"{_S}si")]
    sheets = sorted(name for name in archive.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name))
    root = _xml(archive, sheets[0]) if sheets else None
    if root is None:
        raise ValueError("no worksheet in the Excel (.xlsx) file")
    rows = []
    for row in root.iter(f"{_S}row"):
        cells: list[str] = []
        for cell in row.iter(f"{_S}c"):
            column = _column(cell.get("r", ""))
            value = cell.find(f"{_S}v")
            if cell.get("t") == "inlineStr":
                text = "".join(t.text or "" for t in cell.iter(f"{_S}t"))
            elif cell.get("t") == "s" and value is not None and (value.text or "").strip().isdigit():
                index = int(value.text)
                text = shared[index] if index < len(shared) else ""
            else:
                text = value.text or "" if value is not None else ""
            cells += [""] * (column - len(cells)) if column > len(cells) else []
            cells.append(text.strip())
        rows.append(cells)
    return rows


def _writing(text: str) -> int:
    return len(_WRITING.findall(text))


def xlsx_records(data: bytes) -> Iterator[Item]:
    """The stories a spreadsheet holds as items: a record a row under a header row of field labels, or one record
    of labels beside their values; nothing when its first sheet is no table of fields. ValueError when `data` is
    no spreadsheet."""
    rows = [row for row in _rows(data) if any(row)]
    header = next((k for k, row in enumerate(rows[:5]) if sum(label(cell) is not None for cell in row) >= 3), None)
    if header is not None and any(label(cell) in BODY_LABELS for cell in rows[header]):
        names = [label(cell) or "" for cell in rows[header]]
        for row in rows[header + 1 :]:
            fields = declared_fields(list(zip(names, row, strict=False)))
            text = fields.pop("text", "")
            if _writing(text) >= MIN_WRITING:
                yield Item(text, fields)
        return
    pairs: list[tuple[str, str]] = []
    body: list[str] = []
    in_body = False
    for row in rows:
        name = label(row[0]) if row else None
        values = [cell for cell in row[1:] if cell]
        if name is not None:
            in_body = name in BODY_LABELS
            pairs.append((name, "\n".join(values)))
            body += values if in_body else []
        elif row and row[0]:  # a label of no field (`备注`) closes the text's rows
            in_body = False
        elif in_body:
            body += values
    fields = declared_fields(pairs)
    fields.pop("text", None)
    if _writing("".join(body)) >= MIN_WRITING:
        yield Item("\n".join(body), fields)
