"""Zipped documents and Safari's saved pages are read, not skipped: an OpenDocument text's paragraphs with its
meta.xml's title, day and writer, an EPUB's documents in reading order with its package's title, day and writer,
a `.webarchive`'s page as a saved page is read; a machine account or a placeholder is no writer, and a damaged
file is read as far as it goes and says what was damaged."""

from __future__ import annotations

import io
import plistlib
import zipfile
from pathlib import Path

from index.article import RawDocument, Skipped
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "庆阳市委网信办召开全市网信工作会议"
LEAD = "5月4日，庆阳市委网信办召开全市网信工作会议，总结2022年工作，部署2023年重点任务。"
SECOND = "会议要求，各县区网信部门要坚持正确政治方向，切实做好网络安全和信息化各项工作，持续营造风清气正的网络空间。"
ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def _read(folder: Path) -> list[RawDocument | Skipped]:
    return list(read_sources([folder], Settings().max_file_bytes))


def _zip(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _odt(creator: str = "Administrator", note: str = "") -> bytes:
    content = (
        f"<office:document-content {ODF}><office:body><office:text><text:h>{TITLE}</text:h>"
        f"<text:p><text:s text:c='2'/>{LEAD}{note}</text:p><text:p><text:span>{SECOND}</text:span></text:p>"
        "</office:text></office:body></office:document-content>"
    )
    meta = (
        f"<office:document-meta {ODF}><office:meta><dc:title>{TITLE}</dc:title>"
        f"<meta:initial-creator>{creator}</meta:initial-creator><meta:creation-date>2023-05-04T09:12:00"
        "</meta:creation-date><dc:date>2023-05-09T16:40:00</dc:date></office:meta></office:document-meta>"
    )
    return _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content, "meta.xml": meta})


def test_an_opendocument_text_is_read_with_its_title_creation_day_and_writer(tmp_path: Path) -> None:
    (tmp_path / "release.odt").write_bytes(_odt(creator="王雪"))
    (raw,) = _read(tmp_path)
    assert raw.id == "release" and raw.meta == {"title": TITLE, "date": "2023-05-04 09:12:00", "author": "王雪"}
    article = extract(raw)
    assert (article.title, article.date, article.body) == (TITLE, "2023-05-04", f"{LEAD}\n{SECOND}")


def test_an_opendocuments_machine_account_is_no_writer_and_its_footnote_no_text(tmp_path: Path) -> None:
    note = "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>据庆阳网信整理。</text:p>"
    (tmp_path / "release.odt").write_bytes(_odt(note=note + "</text:note-body></text:note>"))
    (raw,) = _read(tmp_path)
    assert "author" not in raw.meta and "据庆阳网信整理" not in raw.text and LEAD in raw.text


def test_an_opendocument_cut_short_is_read_as_far_as_it_goes_and_says_so(tmp_path: Path) -> None:
    whole = _odt()
    (tmp_path / "release.odt").write_bytes(whole[: whole.index(b"meta.xml", whole.index(b"content.xml") + 20) + 40])
    (raw,) = _read(tmp_path)
    assert LEAD in raw.text and raw.damaged.startswith("the zip archive's directory is lost")


def test_a_file_named_odt_that_is_plain_text_is_read_as_text(tmp_path: Path) -> None:
    (tmp_path / "release.odt").write_text(f"{TITLE}\n{LEAD}", encoding="utf-8")
    (raw,) = _read(tmp_path)
    assert LEAD in raw.text


def test_a_file_named_odt_that_is_no_zip_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "release.odt").write_bytes(b"\x00\x01\x02" * 40)
    (skipped,) = _read(tmp_path)
    assert isinstance(skipped, Skipped) and skipped.reason.endswith("not an OpenDocument (.odt) file: no zip archive")


def _page(title: str, body: str) -> str:
    return f"<html xmlns='http://www.w3.org/1999/xhtml'><head><title>{title}</title></head><body>{body}</body></html>"


def _epub(container: bool = True) -> bytes:
    opf = f"""<package xmlns="http://www.idpf.org/2007/opf" version="2.0">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
<dc:title>{TITLE}</dc:title><dc:creator>Unknown</dc:creator><dc:date opf:event="modification">2023-06-01</dc:date>
<dc:date opf:event="publication">2023-05-04</dc:date></metadata><manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="b" href="text/b.xhtml" media-type="application/xhtml+xml"/>
<item id="a" href="text/a.xhtml" media-type="application/xhtml+xml"/>
<item id="c" href="text/c.xhtml" media-type="application/xhtml+xml"/></manifest>
<spine><itemref idref="nav"/><itemref idref="a"/>
<itemref idref="b"/><itemref idref="c" linear="no"/></spine></package>"""
    parts = {
        "mimetype": "application/epub+zip",
        "OEBPS/content.opf": opf,
        "OEBPS/nav.xhtml": _page("目录", f"<nav><ol><li>{TITLE}</li></ol></nav>"),
        "OEBPS/text/a.xhtml": _page(TITLE, f"<h1>{TITLE}</h1><p>{LEAD}</p>"),
        "OEBPS/text/b.xhtml": _page(TITLE, f"<div><p>{SECOND}</p></div>"),
        "OEBPS/text/c.xhtml": _page("版权", "<p>版权声明：本电子书仅供个人阅读，请勿传播。</p>"),
    }
    if container:
        parts["META-INF/container.xml"] = (
            "<container><rootfiles><rootfile full-path='OEBPS/content.opf'/></rootfiles></container>"
        )
    return _zip(parts)


def test_an_epub_is_read_in_its_reading_order_with_its_publication_day(tmp_path: Path) -> None:
    (tmp_path / "book.epub").write_bytes(_epub())
    (raw,) = _read(tmp_path)
    assert raw.meta == {"title": TITLE, "date": "2023-05-04"}  # `Unknown` is no writer
    assert raw.text == f"{TITLE}\n\n{LEAD}\n\n{SECOND}"  # the navigation and the copyright page out


def test_an_epub_without_its_container_finds_its_package_all_the_same(tmp_path: Path) -> None:
    (tmp_path / "book.epub").write_bytes(_epub(container=False))
    (raw,) = _read(tmp_path)
    assert extract(raw).body == f"{LEAD}\n{SECOND}" and not raw.damaged


def _webarchive(html: bytes, encoding: str) -> bytes:
    main = {
        "WebResourceData": html,
        "WebResourceMIMEType": "text/html",
        "WebResourceTextEncodingName": encoding,
        "WebResourceURL": "http://www.qy.example/2023/0504/1.html",
    }
    part = {"WebResourceData": "body{font-family:'宋体'}".encode(), "WebResourceURL": "http://www.qy.example/a.css"}
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": [part]}, fmt=plistlib.FMT_BINARY)


PAGE = f"""<html><head><meta charset="gbk"><title>{TITLE}_庆阳网信</title></head><body>
<div>首页 | 工作动态 | 政策法规</div><h1>{TITLE}</h1><div>发布时间：2023-05-04 09:30</div>
<p>{LEAD}</p><p>{SECOND}</p><div>版权所有：庆阳市委网信办</div></body></html>"""


def test_a_page_safari_saved_is_read_in_the_encoding_it_names_with_its_address(tmp_path: Path) -> None:
    (tmp_path / "page.webarchive").write_bytes(_webarchive(PAGE.encode("gbk"), "GBK"))
    (raw,) = _read(tmp_path)
    article = extract(raw)
    assert (article.title, article.date, article.url) == (TITLE, "2023-05-04", "http://www.qy.example/2023/0504/1.html")
    assert article.body == f"{LEAD}\n{SECOND}" and "宋体" not in raw.text  # its style sheet is no part of it


def test_a_damaged_webarchive_is_read_from_the_pages_saved_bytes_and_says_so(tmp_path: Path) -> None:
    whole = _webarchive(PAGE.encode("utf-8"), "UTF-8")
    (tmp_path / "page.webarchive").write_bytes(whole[: whole.index("版权所有".encode())])
    (raw,) = _read(tmp_path)
    assert extract(raw).body == f"{LEAD}\n{SECOND}" and raw.damaged.startswith("the property list is damaged")


def test_a_webarchive_with_no_page_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "page.webarchive").write_bytes(plistlib.dumps({"WebSubresources": []}, fmt=plistlib.FMT_BINARY))
    (skipped,) = _read(tmp_path)
    assert skipped.reason == "no HTML page in the Safari web archive file"


def test_an_epubs_lines_parted_by_breaks_are_paragraphs(tmp_path: Path) -> None:
    page = _page(TITLE, f"<div>{LEAD}<br/>{SECOND}</div>")
    opf = "<package><manifest><item id='a' href='a.xhtml' media-type='application/xhtml+xml'/></manifest>"
    opf += "<spine><itemref idref='a'/></spine></package>"
    (tmp_path / "book.epub").write_bytes(_zip({"content.opf": opf, "a.xhtml": page}))
    (raw,) = _read(tmp_path)
    assert raw.text == f"{LEAD}\n\n{SECOND}"
