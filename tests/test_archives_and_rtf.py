"""Rich Text files and web archives read as articles: a story pasted into WordPad or Word and saved as `.rtf` is
an article like its text file; every page a crawler captured into a `.warc` (or `.warc.gz`) is one, dated by the
page, never by the capture; a damaged file is read as far as it goes and the report says so."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from index.article import RawDocument, Skipped
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "庆阳市委网信办召开全市网信工作会议"
LEAD = "5月4日，庆阳市委网信办召开全市网信工作会议，总结2022年工作，部署2023年重点任务。"
SECOND = "会议要求，各县区网信部门要坚持正确政治方向，切实做好网络安全和信息化各项工作，持续营造风清气正的网络空间。"


def _read(folder: Path) -> list[RawDocument | Skipped]:
    return list(read_sources([folder], Settings().max_file_bytes))


def _escaped(text: str, encoding: str) -> str:
    """`text` as RTF writes it outside ASCII: each byte of the code page as `\\'xx`."""
    return "".join(c if ord(c) < 128 else "".join(f"\\'{b:02x}" for b in c.encode(encoding)) for c in text)


PARAGRAPHS = [TITLE, "2023年5月4日 来源：庆阳网信", LEAD, SECOND]


def _rtf(header: str, code_page: str, charset: str, encoding: str, paragraphs: list[str] = PARAGRAPHS) -> bytes:
    body = "".join(f"\\pard\\f0\\fs24 {_escaped(p, encoding)}\\par\n" for p in paragraphs)
    return (
        f"{{\\rtf1\\ansi\\ansicpg{code_page}\\deff0{{\\fonttbl{{\\f0\\fnil\\fcharset{charset} "
        f"{_escaped('宋体', encoding)};}}}}\n{{\\header \\pard {_escaped(header, encoding)}\\par}}\n{body}}}"
    ).encode("ascii")


def test_a_chinese_words_rtf_is_read_in_its_declared_code_page(tmp_path: Path) -> None:
    (tmp_path / "news.rtf").write_bytes(_rtf("庆阳日报社 内部资料", "936", "134", "gbk"))
    (raw,) = _read(tmp_path)
    article = extract(raw)
    assert (article.title, article.date, article.source) == (TITLE, "2023-05-04", "庆阳网信")
    assert article.body == f"{LEAD}\n{SECOND}" and "内部资料" not in raw.text  # the page header is no text


def test_an_rtf_declaring_a_western_code_page_is_read_by_its_fonts_chinese_character_set(tmp_path: Path) -> None:
    (tmp_path / "news.rtf").write_bytes(_rtf("", "1252", "134", "gbk"))
    (raw,) = _read(tmp_path)
    assert extract(raw).title == TITLE and not raw.damaged


def test_a_big5_rtf_is_read_and_folded_to_simplified(tmp_path: Path) -> None:
    traditional = [
        "慶陽市委網信辦召開全市網信工作會議",
        "2023年5月4日 來源：慶陽網信",
        "5月4日，慶陽市委網信辦召開全市網信工作會議。",
    ]
    (tmp_path / "news.rtf").write_bytes(_rtf("", "950", "136", "big5", traditional))
    (raw,) = _read(tmp_path)
    assert (extract(raw).title, extract(raw).date) == (TITLE, "2023-05-04")


def test_a_file_named_rtf_that_is_plain_text_is_read_as_text(tmp_path: Path) -> None:
    (tmp_path / "news.rtf").write_text(f"{TITLE}\n{LEAD}", encoding="utf-8")
    (raw,) = _read(tmp_path)
    assert extract(raw).title == TITLE


def test_a_file_named_rtf_that_is_no_kind_read_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "news.rtf").write_bytes(b"\x00\x01\x02" * 40)
    (skipped,) = _read(tmp_path)
    assert isinstance(skipped, Skipped) and "not an RTF file" in skipped.reason


def test_an_rtf_cut_before_its_text_is_skipped_as_holding_none(tmp_path: Path) -> None:
    (tmp_path / "news.rtf").write_bytes(b"{\\rtf1\\ansi\\ansicpg936 {\\fonttbl")
    (skipped,) = _read(tmp_path)
    assert isinstance(skipped, Skipped) and skipped.reason == "no text in the RTF file"


def _page(title: str, day: str, text: str) -> bytes:
    return (
        f'<html><head><meta charset="gbk"><title>{title}_庆阳新闻网</title></head><body>'
        f'<div class="nav">首页 | 时政 | 网信</div><h1>{title}</h1><p class="info">{day} 来源：庆阳网信</p>'
        f"<div class='content'><p>{text}</p><p>{SECOND}</p></div><div class='foot'>版权所有 庆阳新闻网</div>"
        "</body></html>"
    ).encode("gbk")


def _warc(pages: list[tuple[str, bytes]], compress: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)

    def write(record) -> None:
        writer.write_record(record)
        record.raw_stream.close()  # warcio spools each record's block to a temporary file it leaves open

    write(writer.create_warcinfo_record("crawl.warc", {"software": "Wget/1.21"}))
    for url, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=gbk")], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
        record.rec_headers.replace_header("WARC-Date", "2026-11-30T08:00:00Z")  # the crawl, years later
        write(record)
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    write(
        writer.create_warc_record(
            "http://qy.example/logo.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=image
        )
    )
    return out.getvalue()


PAGES = [
    ("http://qy.example/2023/0504/1.html", _page(TITLE, "2023-05-04 09:30", LEAD)),
    (
        "http://qy.example/2023/0506/2.html",
        _page("庆阳开展网络安全宣传周活动", "2023-05-06 10:00", "5月6日，庆阳启动网络安全宣传周。"),
    ),
]


def test_each_page_a_web_archive_captured_is_an_article_dated_by_the_page(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc.gz").write_bytes(_warc(PAGES, compress=True))
    first, second = _read(tmp_path)
    assert (first.id, second.id) == ("crawl/1", "crawl/2")
    articles = [extract(first), extract(second)]
    assert [(a.title, a.date) for a in articles] == [
        (TITLE, "2023-05-04"),
        ("庆阳开展网络安全宣传周活动", "2023-05-06"),
    ]
    assert articles[0].url == PAGES[0][0] and articles[0].body.startswith(LEAD)
    assert "版权所有" not in articles[0].body and "首页" not in articles[0].body


def test_an_uncompressed_warc_is_read_the_same(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc").write_bytes(_warc(PAGES, compress=False))
    assert [extract(raw).title for raw in _read(tmp_path)] == [TITLE, "庆阳开展网络安全宣传周活动"]


def test_a_web_archive_damaged_after_a_page_keeps_that_page_and_says_it_is_damaged(tmp_path: Path) -> None:
    whole = _warc(PAGES, compress=False)
    cut = whole[: whole.index(b"WARC/1.0", whole.index(b"WARC-Target-URI: http://qy.example/2023/0504"))]
    (tmp_path / "crawl.warc").write_bytes(cut + b"garbled bytes where the second record began\r\n\r\n")
    (raw,) = _read(tmp_path)
    assert extract(raw).title == TITLE and raw.damaged == "the archive is damaged after this page"


def test_a_web_archive_cut_inside_a_page_keeps_what_it_has_of_it_and_says_so(tmp_path: Path) -> None:
    whole = _warc(PAGES, compress=False)
    (tmp_path / "crawl.warc").write_bytes(whole[: whole.index("网络安全宣传周。".encode("gbk"))])
    first, second = _read(tmp_path)
    assert not first.damaged and second.damaged == "the archive is cut short inside this page"
    assert extract(second).title == "庆阳开展网络安全宣传周活动"


def test_a_warc_with_no_html_page_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "images.warc").write_bytes(_warc([], compress=False))
    (skipped,) = _read(tmp_path)
    assert isinstance(skipped, Skipped) and skipped.reason == "no HTML page captured in the web archive"


def test_a_file_named_warc_that_is_no_archive_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc.gz").write_bytes(gzip.compress(b"<html><body>not an archive</body></html>"))
    (skipped,) = _read(tmp_path)
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("not a WARC file")
