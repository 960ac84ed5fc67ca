"""A reference manager's RIS export read as its records' texts (index/ingest/reference_records.py)."""

from __future__ import annotations

from pathlib import Path

from index.article import RawDocument, Skipped
from index.ingest.extract import extract
from index.ingest.reference_records import references
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "江城市开展网络安全宣传周活动"
LEAD = "9月13日上午，江城市2021年国家网络安全宣传周活动在市民广场启动。现场设置了二十余个展位。"
SECOND = "活动期间，全市各级网信部门将组织网络安全知识进社区、进校园、进企业。"


def _record(*lines: str) -> str:
    return "TY  - NEWS\r\n" + "".join(f"{line}\r\n" for line in lines) + "ER  - \r\n\r\n"


def _read(tmp_path: Path, data: bytes) -> list[RawDocument | Skipped]:
    (tmp_path / "refs.ris").write_bytes(data)
    return list(read_sources([tmp_path], Settings().max_file_bytes))


def test_the_notes_are_the_text_their_untagged_lines_its_paragraphs() -> None:
    (item,) = references(_record(f"TI  - {TITLE}", f"N1  - {LEAD}", SECOND))
    assert (item.fields["title"], item.text) == (TITLE, f"{LEAD}\n{SECOND}")


def test_writers_written_family_name_first_read_as_chinese_names() -> None:
    (item,) = references(_record(f"TI  - {TITLE}", "AU  - 王, 晓明", "AU  - 陈, 静", f"AB  - {LEAD}"))
    assert item.fields["author"] == "王晓明、陈静"


def test_the_day_looked_up_is_never_the_articles_day() -> None:
    (item,) = references(_record(f"TI  - {TITLE}", "Y2  - 2022/05/01/", "DA  - 2021/09/13/", f"N1  - {LEAD}"))
    assert item.fields["date"] == "2021-09-13"
    (undated,) = references(_record(f"TI  - {TITLE}", "PY  - 2021", "Y2  - 2022/05/01/", f"N1  - {LEAD}"))
    assert "date" not in undated.fields


def test_a_record_without_two_sentences_of_text_is_no_article() -> None:
    assert list(references(_record("TY  - BOOK", "TI  - 网络安全概论", "AB  - 一本教材。"))) == []


def test_an_export_is_read_as_articles_and_one_without_a_text_reported(tmp_path: Path) -> None:
    article = extract(_read(tmp_path, _record(f"TI  - {TITLE}", f"N1  - {LEAD}", SECOND).encode("utf-8"))[0])
    assert (article.title, article.body.split("\n")) == (TITLE, [LEAD, SECOND])
    (skipped,) = _read(tmp_path, _record("TI  - 网络安全概论").encode("utf-8"))
    assert isinstance(skipped, Skipped) and "RIS" in skipped.reason


def test_odd_exports_never_raise() -> None:
    for text in ("", "ER  -", "TY  -", "N1  - 。。\n" * 1000, "\ufeffTY  - NEWS\nAU  - ,\nN1  - 甲。乙。"):
        assert isinstance(list(references(text)), list)


def test_a_short_line_of_the_notes_gives_the_day_no_tag_gives_and_a_sentence_never() -> None:
    noted = _record(f"TI  - {TITLE}", "Y2  - 2022/05/01/", "N1  - 《江城日报》 2021年9月13日 第04版", f"AB  - {LEAD}")
    told = _record(f"TI  - {TITLE}", "N1  - 2021年9月13日，江城市网络安全宣传周活动启动。", SECOND)
    assert [item.fields.get("date") for item in references(noted + told)] == ["2021-09-13", None]
