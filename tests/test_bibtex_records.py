"""A reference manager's BibTeX export read as its entries' texts (index/ingest/bibtex_records.py)."""

from __future__ import annotations

from pathlib import Path

from index.article import RawDocument, Skipped
from index.ingest.bibtex_records import bibtex_references
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "江城市开展网络安全宣传周活动"
LEAD = "9月13日上午，江城市2021年国家网络安全宣传周活动在市民广场启动。现场设置了二十余个展位。"
SECOND = "活动期间，全市各级网信部门将组织网络安全知识进社区，参与率达95\\%。"


def _entry(*fields: str, kind: str = "article") -> str:
    return f"@{kind}{{clip01,\n" + ",\n".join(f"  {field}" for field in fields) + "\n}\n"


def test_the_note_is_the_text_read_as_latex_its_blank_lines_paragraphs() -> None:
    (item,) = bibtex_references(_entry(f"title = {{{TITLE}}}", f"note = {{{LEAD}\n\n{SECOND}}}"))
    assert (item.fields["title"], item.text) == (TITLE, f"{LEAD}\n{SECOND.replace(chr(92), '')}")


def test_writers_apart_by_and_family_name_first_read_as_chinese_names() -> None:
    (item,) = bibtex_references(_entry('author = "王, 晓明 and 陈静"', f"abstract = {{{LEAD}}}"))
    assert item.fields["author"] == "王晓明、陈静"


def test_year_month_and_day_together_are_the_day_and_the_day_looked_up_never() -> None:
    dated = _entry("year = 2021", "month = sep", "day = {13}", "urldate = {2022-05-01}", f"note = {{{LEAD}}}")
    undated = _entry("year = {2021}", "urldate = {2022-05-01}", f"note = {{{LEAD}}}")
    assert [item.fields.get("date") for item in bibtex_references(dated + undated)] == ["2021-09-13", None]


def test_a_short_line_of_the_note_gives_the_day_no_field_gives() -> None:
    (item,) = bibtex_references(
        _entry("urldate = {2022-05-01}", f"note = {{《江城日报》 2021年9月13日 第04版\n\n{LEAD}}}")
    )
    assert item.fields["date"] == "2021-09-13"


def test_strings_comments_and_entries_without_prose_are_no_articles() -> None:
    text = '@string{jc = "江城日报"}\n@comment{jabref-meta: x}\n' + _entry("title = {网络安全概论}", kind="book")
    assert list(bibtex_references(text)) == []


def test_unclosed_and_odd_input_never_raises() -> None:
    for text in ("", "@", "@article{", "@article{k, note = {" + LEAD * 3, "@article{k, title = }", "{" * 10000):
        assert isinstance(list(bibtex_references(text)), list)


def test_a_bib_file_is_an_article_an_entry_and_one_without_is_reported(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_bytes(
        _entry(f"title = {{{TITLE}}}", "date = {2021-09-13}", f"note = {{{LEAD}}}").encode()
    )
    (tmp_path / "books.bib").write_text(_entry("title = {网络安全概论}", kind="book"), encoding="utf-8")
    skipped, document = read_sources([tmp_path], Settings().max_file_bytes)
    assert isinstance(skipped, Skipped) and "no record with a text" in skipped.reason
    assert isinstance(document, RawDocument) and (extract(document).title, extract(document).date) == (
        TITLE,
        "2021-09-13",
    )
