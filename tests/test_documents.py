"""Word documents and PDFs read as their text: a bulletin saved as `.docx` or published as `.pdf` is an article
like its text file; a file that cannot be opened is skipped with its reason, never dropped unsaid."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from index.article import RawDocument, Skipped
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.settings import Settings

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LEAD = "5月4日，庆阳市委网信办召开全市网信工作会议，总结2022年工作，部署2023年重点任务。"
SECOND = "会议要求，各县区网信部门要坚持正确政治方向，切实做好网络安全和信息化各项工作，持续营造风清气正的网络空间。"
PAGE = f"""<html><head><meta charset="utf-8"><style>body {{ font-size: 14pt }}</style></head><body>
<h1>庆阳市委网信办召开全市网信工作会议</h1><p>2023年5月4日 来源：庆阳网信</p><p>{LEAD}{SECOND}</p></body></html>"""


def _read(folder: Path) -> list[RawDocument | Skipped]:
    return list(read_sources([folder], Settings().max_file_bytes))


@pytest.fixture(scope="module")
def printed() -> bytes:
    """The page as Chromium prints it to PDF: its text layer, lines broken at the page's width."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")
    fc_list = shutil.which("fc-list")
    fonts = subprocess.run([fc_list, ":lang=zh"], capture_output=True, text=True, check=False).stdout if fc_list else ""
    if not fonts.strip():  # Chromium then prints Chinese in glyphs without a Unicode map: no text to read
        pytest.skip("no Chinese font for Chromium (apt-get install fonts-wqy-zenhei)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.set_content(PAGE)
        pdf = page.pdf(format="A4")
        browser.close()
    return pdf


def test_a_word_documents_paragraphs_and_field_table_are_its_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("泉州网信办开展网络安全培训", 1)
    document.add_paragraph("发布时间：2023-05-04")
    document.add_paragraph("泉州市委网信办近日组织开展网络安全培训，全市各单位共120人参加。")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "作者", "林晓"
    document.save(tmp_path / "bulletin.docx")
    (raw,) = _read(tmp_path)
    article = extract(raw)
    assert (article.title, article.date, article.authors) == ("泉州网信办开展网络安全培训", "2023-05-04", ["林晓"])
    assert article.body == "泉州市委网信办近日组织开展网络安全培训，全市各单位共120人参加。"


def test_a_printed_pdfs_lines_are_joined_into_its_paragraphs(tmp_path: Path, printed: bytes) -> None:
    (tmp_path / "news.pdf").write_bytes(printed)
    (raw,) = _read(tmp_path)
    article = extract(raw)
    assert (article.title, article.date, article.source) == (
        "庆阳市委网信办召开全市网信工作会议",
        "2023-05-04",
        "庆阳网信",
    )
    assert article.body.replace(" ", "") == LEAD + SECOND  # a space where the font changes (5 月) is the layout's


def test_a_pdf_cut_short_is_skipped_with_its_reason(tmp_path: Path, printed: bytes) -> None:
    (tmp_path / "cut.pdf").write_bytes(printed[: len(printed) // 2])
    (skipped,) = _read(tmp_path)
    assert isinstance(skipped, Skipped) and "not a PDF pypdf can open" in skipped.reason


def test_a_pdf_that_needs_a_password_is_skipped_with_its_reason(tmp_path: Path, printed: bytes) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(printed)))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    with open(tmp_path / "locked.pdf", "wb") as out:
        writer.write(out)
    (skipped,) = _read(tmp_path)
    assert isinstance(skipped, Skipped) and skipped.reason == "an encrypted PDF that needs a password"


def test_a_word_file_that_is_no_document_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "report.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (skipped,) = _read(tmp_path)
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("not a Word document")
