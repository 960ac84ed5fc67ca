"""What a file is by its bytes, whatever its name says (issue 22: saved files read as articles).

A CMS's "下载" or "导出Word" button sends the article's HTML (Word's `xmlns:w` namespaces, an `<!--[if gte mso 9]>`
block, `mso-` styles) with a `.doc` name, Word's "single file web page" is MHTML, a "Word" file may be RTF, and a
`.docx` may be an old `.doc`: a held-out set of saved files (24 of its 60 lost or misread) lost such files as "not a
Word 97–2003 document olefile can open". A document's kind is read from its first bytes (an OLE compound file's
signature, a zip's, `%PDF-`, `{\\rtf`, a MIME header over a `multipart/related` body, markup opening with `<html`,
`<!DOCTYPE`, or XML), and a document suffix whose bytes are another kind is read as that kind (Word 2003's XML under
a `.doc` name by the XML readers); a saved page's two forms given each other's name (a plain page as `.mht`, an
MHTML file as `.html`) are read as what they are. A `.txt` that is a whole page (markup from its first byte) is read
as a page; one quoting markup after its first line is still text.
"""

from __future__ import annotations

import re

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: Word 97–2003, Excel 97–2003, PowerPoint 97–2003
_HEAD = 4096  # bytes looked at
_MIME = re.compile(rb"(?im)^(?:mime-version|content-type)\s*:\s*")
_RELATED = re.compile(rb"(?i)multipart/related")
_HTML = re.compile(
    rb"(?i)^(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html\b|head\b|body\b|meta\b|title\b)", re.S
)
_XML = re.compile(rb"^\s*<(?:\?xml|[A-Za-z_][\w:.-]*[\s>/])")

# each kind as the suffix whose reader reads it (an OLE file or a zip only in place of Word's other format: a
# spreadsheet's or a slide show's package is no Word document)
_WORD = {".doc", ".docx"}
_READER = {"pdf": ".pdf", "rtf": ".rtf", "mhtml": ".mht", "html": ".html", "xml": ".xml", "text": ".txt"}
KIND_NAMES = {
    "ole": "an OLE compound file",
    "zip": "a zip package",
    "pdf": "a PDF",
    "rtf": "Rich Text",
    "mhtml": "an MHTML web archive",
    "html": "an HTML page",
    "xml": "XML",
    "text": "plain text",
    "binary": "binary data of another kind",
}
# what each document suffix should hold
_EXPECTED = {".doc": "ole", ".docx": "zip", ".pptx": "zip", ".xlsx": "zip", ".odt": "zip", ".epub": "zip"}
_EXPECTED |= {".pdf": "pdf", ".rtf": "rtf"}
# a saved page's two forms, each given the other's name: a page saved as `.mht` that is plain HTML, an MHTML file
# named `.html` (a single-part MHTML file is mail headers over the page, and stays with its reader)
_PAGES = {".mht": "mhtml", ".mhtml": "mhtml"} | dict.fromkeys((".html", ".htm"), "html")


def sniff(data: bytes) -> str:
    """The kind `data` is: "ole", "zip", "pdf", "rtf", "mhtml", "html", "xml", "text", or "binary"
    (NUL bytes, none of those)."""
    head = data[:_HEAD]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(OLE):
        return "ole"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if b"%PDF-" in head[:1024]:  # (a reader finds the header anywhere in the first kilobyte)
        return "pdf"
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    if _MIME.search(head[:1024]) and _RELATED.search(head):
        return "mhtml"
    if _HTML.match(stripped):
        return "html"
    if _XML.match(stripped) and b"<html" in head.lower():
        return "html"
    if _XML.match(stripped):
        return "xml"
    return "binary" if b"\x00" in head else "text"


def read_as(suffix: str, data: bytes) -> tuple[str, str]:
    """The suffix whose reader reads `data` (its own, unless it is a document suffix and the bytes are a kind of
    another reader), and what the bytes were found to be when they are not what the suffix says ("" else)."""
    expected = _EXPECTED.get(suffix)
    if suffix == ".txt":  # a whole page saved under a text name (its markup from the first byte)
        found = sniff(data)
        if found in ("html", "mhtml"):
            return _READER[found], f"{KIND_NAMES[found]} under a .txt name"
        return suffix, ""
    if suffix in _PAGES:
        found = sniff(data)
        other = {"mhtml": "html", "html": "mhtml"}[_PAGES[suffix]]
        return (_READER[other], f"{KIND_NAMES[other]} under a {suffix} name") if found == other else (suffix, "")
    if expected is None:
        return suffix, ""
    found = sniff(data)
    if found == expected:
        return suffix, ""
    said = f"{KIND_NAMES[found]} under a {suffix} name"
    if found in ("ole", "zip"):
        return {"ole": ".doc", "zip": ".docx"}[found] if suffix in _WORD else suffix, said
    return _READER.get(found, suffix), said
