"""An EPUB (`.epub`: an article sent to an e-reader, a newsletter or a report as a book) read with zipfile and
lxml: a zip of XHTML documents and a package file that orders them.

`META-INF/container.xml` names the package (`.opf`); its metadata gives the title (`dc:title`), the writer
(`dc:creator`, never a placeholder such as `Unknown`: xml_records.person) and the day (`dc:date`, the
publication's where the package says which, never a modification's); its spine gives the reading order. The
text is the spine's documents in that order, each block with text (a paragraph, a heading, a list item) a line
and each line a `<br>` parts one, leaving out what is no reading (`linear="no"`: a copyright page), the
navigation document (`properties="nav"`) and navigation inside a document. A package that cannot be read
leaves the XHTML documents in the order they are stored, and the damage is said.
"""

from __future__ import annotations

import posixpath
from urllib.parse import unquote

import lxml.html
from lxml import etree

from index.ingest.feeds import Item
from index.ingest.xml_records import person, when
from index.ingest.zip_parts import zip_parts

_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
_HIDDEN = {"head", "nav", "script", "style", "template"}
_PAGE_TYPES = ("application/xhtml+xml", "text/html")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _xml(part: bytes | None):
    if not part:
        return None
    try:
        return etree.fromstring(part, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _page(part: bytes):
    """An XHTML document's root, read as HTML when it is not well-formed XML."""
    root = _xml(part)
    if root is None:
        try:
            root = lxml.html.fromstring(part)
        except (etree.ParserError, ValueError):
            return None
    return root


def _own_text(element) -> bool:
    return bool((element.text or "").strip()) or any((child.tail or "").strip() for child in element)


def _broken(element) -> str:
    """An element's text with a line break for each `<br>` inside it."""
    pieces = [element.text or ""]
    for child in element:
        if _local(child.tag) == "br":
            pieces.append("\n")
        elif isinstance(child.tag, str) and _local(child.tag) not in _HIDDEN:
            pieces.append(_broken(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _blocks(element) -> list[str]:
    """The document's blocks in order: each element with text of its own one line (its whole text)."""
    found = []
    for child in element:
        if not isinstance(child.tag, str) or _local(child.tag) in _HIDDEN:
            continue
        if _own_text(child):  # its lines, a `<br>` parting them
            found += [text for line in _broken(child).split("\n") if (text := " ".join(line.split()))]
        else:
            found += _blocks(child)
    return found


def _package(parts: dict[str, bytes]) -> tuple[str, object]:
    """The package's path and root: the one container.xml names, else the first `.opf` stored."""
    container = _xml(parts.get("META-INF/container.xml"))
    names = (
        [e.get("full-path") for e in container.iter() if _local(e.tag) == "rootfile"] if container is not None else []
    )
    names += [name for name in parts if name.lower().endswith(".opf")]
    for name in names:
        if name and (root := _xml(parts.get(name))) is not None:
            return name, root
    return "", None


def _event(element) -> str:
    """What a `dc:date` is the day of (EPUB 2's `opf:event`: publication, creation, modification), or ''."""
    return next((value for key, value in element.attrib.items() if _local(key) == "event"), "").lower()


def _metadata(package) -> dict[str, str]:
    fields: dict[str, str] = {}
    found = {name: [e for e in package.iter() if _local(e.tag) == name] for name in ("title", "creator", "date")}
    if found["title"] and (title := " ".join("".join(found["title"][0].itertext()).split())):
        fields["title"] = title
    dates = sorted(found["date"], key=lambda element: _event(element) != "publication")
    for element in dates:
        if _event(element) in ("", "publication") and (day := when("".join(element.itertext()))):
            fields["date"] = day
            break
    for element in found["creator"]:
        if writer := person("".join(element.itertext())):
            fields["author"] = writer
            break
    return fields


def _reading_order(path: str, package, parts: dict[str, bytes]) -> list[str]:
    """The spine's documents that are read, by their names in the archive."""
    folder = posixpath.dirname(path)
    manifest = {}
    for item in package.iter():
        if _local(item.tag) == "item" and item.get("id") and item.get("href"):
            if "nav" in (item.get("properties") or "").split() or item.get("media-type") not in _PAGE_TYPES:
                continue
            manifest[item.get("id")] = posixpath.normpath(posixpath.join(folder, unquote(item.get("href"))))
    spine = [e for e in package.iter() if _local(e.tag) == "itemref" and e.get("linear", "yes") != "no"]
    return [manifest[e.get("idref")] for e in spine if manifest.get(e.get("idref")) in parts]


def epub_document(data: bytes) -> tuple[Item, str | None]:
    """The book's text (its reading order's blocks, a line each) with its title, day and writer, and what was
    damaged; ValueError when `data` is no zip archive."""
    parts, damage = zip_parts(data)
    if not parts:
        raise ValueError("not an EPUB (.epub) file: no zip archive")
    path, package = _package(parts)
    order = _reading_order(path, package, parts) if package is not None else []
    fields = _metadata(package) if package is not None else {}
    if not order:
        order = [name for name in parts if name.lower().endswith((".xhtml", ".html", ".htm"))]
        damage.append("no reading order in the package: its documents read in the order they are stored")
    blocks = []
    for name in order:
        root = _page(parts[name])
        body = next((e for e in root.iter() if _local(e.tag) == "body"), root) if root is not None else None
        blocks += _blocks(body) if body is not None else []
    return Item("\n\n".join(blocks), fields), "; ".join(damage) or None
