"""OpenDocument text (`.odt`: LibreOffice's, WPS's or an office system's export) read with zipfile and lxml: a zip
of XML files, no office library needed.

`content.xml` holds the text: its headings (`<text:h>`) and paragraphs (`<text:p>`, in lists, sections, tables and
text frames too) in order, each a line; a paragraph's spans and links are its text, `<text:s text:c="4"/>` its
spaces, `<text:tab/>` a tab, `<text:line-break/>` a break; a footnote's or an annotation's body and the deleted
text a change-tracking document keeps are not its text. `meta.xml` gives the title (`dc:title`), the day
(`meta:creation-date`, else `dc:date`, the day it was last saved) and the writer (`meta:initial-creator`, else
`dc:creator`), never a machine account (`Administrator`: xml_records.person).
"""

from __future__ import annotations

from lxml import etree

from index.ingest.feeds import Item
from index.ingest.xml_records import person, when
from index.ingest.zip_parts import zip_parts

_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
_DC = "http://purl.org/dc/elements/1.1/"
_BLOCKS = {f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"}
_NOT_TEXT = {f"{{{_TEXT}}}{name}" for name in ("note", "tracked-changes", "bookmark-ref", "reference-mark")}
_NOT_TEXT |= {f"{{{_OFFICE}}}annotation", f"{{{_OFFICE}}}annotation-end"}


def _xml(part: bytes | None):
    if not part:
        return None
    try:
        return etree.fromstring(part, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _inline(element) -> str:
    """A paragraph's text: its spans and links, spaces, tabs and breaks; notes and annotations left out."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag == f"{{{_TEXT}}}s":
            pieces.append(" " * min(int(c) if (c := child.get(f"{{{_TEXT}}}c", "1")).isdigit() else 1, 100))
        elif child.tag == f"{{{_TEXT}}}tab":
            pieces.append("\t")
        elif child.tag == f"{{{_TEXT}}}line-break":
            pieces.append("\n")
        elif isinstance(child.tag, str) and child.tag not in _NOT_TEXT:
            pieces.append(_inline(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _blocks(element) -> list[str]:
    found = []
    for child in element:
        if child.tag in _BLOCKS:
            if text := _inline(child).strip():
                found.append(text)
        elif isinstance(child.tag, str) and child.tag not in _NOT_TEXT:
            found += _blocks(child)
    return found


def _meta(root, name: str) -> str:
    found = root.find(f".//{name}") if root is not None else None
    return " ".join("".join(found.itertext()).split()) if found is not None else ""


def odt_document(data: bytes) -> tuple[Item, str | None]:
    """The document's text (a paragraph a line) with its title, day and writer, and what was damaged; ValueError
    when `data` is no OpenDocument file or its text cannot be found."""
    parts, damage = zip_parts(data)
    if not parts:
        raise ValueError("not an OpenDocument (.odt) file: no zip archive")
    content = _xml(parts.get("content.xml"))
    if content is None:
        raise ValueError("no text in the OpenDocument (.odt) file: content.xml missing or unreadable")
    body = content.find(f".//{{{_OFFICE}}}text")
    text = "\n\n".join(_blocks(body if body is not None else content))
    meta = _xml(parts.get("meta.xml"))
    fields = {}
    if title := _meta(meta, f"{{{_DC}}}title"):
        fields["title"] = title
    for name in (f"{{{_META}}}creation-date", f"{{{_DC}}}date"):
        if day := when(_meta(meta, name)):
            fields["date"] = day
            break
    for name in (f"{{{_META}}}initial-creator", f"{{{_DC}}}creator"):
        if writer := person(_meta(meta, name)):
            fields["author"] = writer
            break
    return Item(text, fields), "; ".join(damage) or None
