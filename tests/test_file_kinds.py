"""A file is read as what its bytes are, whatever its name says: a CMS's "导出Word" page saved as `.doc` is read as
a page, Word's single-file web page as MHTML; a document of no kind read says what it was found to be."""

from __future__ import annotations

from pathlib import Path

from index.article import RawDocument, Skipped
from index.ingest.extract import extract
from index.ingest.file_kinds import read_as, sniff
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "江城市开展网络安全宣传周活动"
FIRST = "9月13日上午，江城市网络安全宣传周活动在市民中心广场启动，现场设置了二十多个展位。"
SECOND = "活动期间，各相关部门将围绕个人信息保护、防范电信网络诈骗等主题开展宣传，引导市民提升防护意识。"
WORD_PAGE = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document><title>{TITLE}</title><!--[if gte mso 9]><xml><w:WordDocument>
<w:View>Print</w:View></w:WordDocument></xml><![endif]--><style>p.MsoNormal {{mso-style-parent:"";}}</style></head>
<body lang=ZH-CN><div class=Section1><p class=MsoNormal align=center><b>{TITLE}</b></p>
<p class=MsoNormal align=center>发布时间：2021-09-13　来源：江城市网信办</p>
<p class=MsoNormal style='text-indent:2em'>{FIRST}</p><p class=MsoNormal style='text-indent:2em'>{SECOND}</p>
</div></body></html>"""


def _read(path: Path) -> list[RawDocument | Skipped]:
    return list(read_sources([path], Settings().max_file_bytes))


def test_an_html_page_saved_as_doc_is_read_as_a_page(tmp_path: Path) -> None:
    (tmp_path / "export.doc").write_bytes(WORD_PAGE.encode("gb2312"))
    (raw,) = _read(tmp_path / "export.doc")
    article = extract(raw)
    assert (article.title, article.date, article.body) == (TITLE, "2021-09-13", f"{FIRST}\n{SECOND}")


def test_a_stray_byte_in_a_page_saved_as_doc_costs_that_byte_and_is_reported(tmp_path: Path) -> None:
    data = WORD_PAGE.encode("gb2312")
    at = data.find(b"</p>", data.find(b"text-indent"))
    (tmp_path / "export.doc").write_bytes(data[:at] + b"\xff" + data[at:])
    (raw,) = _read(tmp_path / "export.doc")
    assert isinstance(raw, RawDocument) and raw.damaged.startswith("1 invalid byte")


def test_a_word_web_page_under_a_doc_name_is_read_as_mhtml() -> None:
    data = b'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="----=_NextPart_01"\n\n'
    assert read_as(".doc", data) == (".mht", "an MHTML web archive under a .doc name")


def test_each_kind_is_known_by_its_first_bytes() -> None:
    kinds = [b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", b"PK\x03\x04", b"%PDF-1.4", b"{\\rtf1\\ansi", b"<?xml ?><a/>"]
    kinds += [b"\xef\xbb\xbf<!DOCTYPE html><p>", "江城市网信办通知".encode(), b"\x00\x01\x02"]
    assert [sniff(data) for data in kinds] == ["ole", "zip", "pdf", "rtf", "xml", "html", "text", "binary"]


def test_a_document_of_its_own_kind_keeps_its_suffix() -> None:
    assert read_as(".docx", b"PK\x03\x04rest") == (".docx", "")


def test_a_text_file_quoting_markup_stays_text() -> None:
    assert read_as(".txt", "网页代码如下：\n<html><body>x</body></html>".encode()) == (".txt", "")


def test_a_whole_page_under_a_text_name_is_read_as_a_page() -> None:
    assert read_as(".txt", b"<!DOCTYPE html><html><body>x</body></html>")[0] == ".html"


def test_a_doc_of_no_kind_read_says_what_it_was_found_to_be(tmp_path: Path) -> None:
    (tmp_path / "broken.doc").write_bytes(b"\x00\x01garbage" * 50)
    (skipped,) = _read(tmp_path / "broken.doc")
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("binary data of another kind under a .doc name")


def test_empty_and_odd_bytes_never_raise() -> None:
    assert [sniff(b""), sniff(b"   "), sniff(b"<")] == ["text", "text", "text"]


def test_a_plain_page_saved_as_mht_and_an_mhtml_file_named_html_are_read_as_what_they_are() -> None:
    mhtml = b'From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related; type="text/html"\n\n'
    assert [read_as(".mht", b"<!DOCTYPE html><html>")[0], read_as(".html", mhtml)[0]] == [".html", ".mht"]


def test_xml_under_a_doc_name_goes_to_the_xml_readers() -> None:
    word_xml = b'<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument/>'
    assert read_as(".doc", word_xml)[0] == ".xml"


def test_a_pdf_with_bytes_before_its_header_is_a_pdf() -> None:
    assert read_as(".pdf", b"\r\n\x1bjunk\r\n%PDF-1.7\n") == (".pdf", "")
