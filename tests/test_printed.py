"""A text printed in pages, as a PDF converter gives it (index.ingest.printed)."""

from __future__ import annotations

from index.ingest.extract import extract
from index.ingest.printed import is_printed, unprinted
from index.ingest.sources import read_sources
from index.settings import Settings

HEAD = "青溪县人民政府公报　　　　　　　　　　　　　　2022年第3期"
PAGE_ONE = [
    HEAD,
    "",
    "　　　　青溪县召开农村饮水安全工作推进",
    "　　　　会暨汛期供水保障部署会",
    "",
    "　　3月8日，县政府召开农村饮水安全工作推进会，总结去年",
    "全县农村供水工程建设情况，部署今年汛期供水保障工作。",
    "会议通报了十二个乡镇水质抽检结果，对三处水源地的整改提出",
    "明确时限，要求各乡镇在五月底前完成管网改造。",
    "　　会议指出，农村饮水安全关系群众切身利益，各乡镇要把",
    "",
    "— 7 —",
]
PAGE_TWO = [
    HEAD,
    "",
    "供水保障摆在突出位置，落实水源巡查、水质检测和应急抢修",
    "三项制度，确保汛期群众喝上放心水。",
    "",
    "— 8 —",
]
TEXT = "\n".join(PAGE_ONE) + "\f" + "\n".join(PAGE_TWO) + "\f"


def test_a_text_with_form_feeds_between_pages_is_printed() -> None:
    assert is_printed(TEXT)


def test_a_text_without_pages_is_not_printed_and_stays_as_written() -> None:
    text = "青溪县召开农村饮水安全工作推进会\n　　3月8日，县政府召开农村饮水安全工作推进会。"
    assert not is_printed(text) and unprinted(text) == text


def test_the_running_head_and_the_page_numbers_are_taken_out() -> None:
    out = unprinted(TEXT)
    assert "公报" not in out and "— 7 —" not in out and "— 8 —" not in out


def test_a_paragraph_cut_by_a_page_break_is_one_paragraph_again() -> None:
    lines = unprinted(TEXT).split("\n")
    assert (
        "会议指出，农村饮水安全关系群众切身利益，各乡镇要把供水保障摆在突出位置，落实水源巡查、水质检测和应急抢修三项制度，确保汛期群众喝上放心水。"
        in lines
    )


def test_a_line_ending_a_sentence_at_the_pages_width_continues_when_the_next_is_not_indented() -> None:
    lines = unprinted(TEXT).split("\n")
    assert any(line.startswith("3月8日，") and line.endswith("要求各乡镇在五月底前完成管网改造。") for line in lines)


def test_a_headline_set_over_two_centred_lines_is_one_line() -> None:
    assert "青溪县召开农村饮水安全工作推进会暨汛期供水保障部署会" in unprinted(TEXT).split("\n")


def test_a_single_pages_head_is_known_by_its_two_parts_one_an_issue() -> None:
    out = unprinted("\n".join(PAGE_ONE))
    assert "公报" not in out and "3月8日" in out


def test_a_printed_text_file_is_read_without_its_heads_and_feet(tmp_path) -> None:
    (tmp_path / "gazette.txt").write_text(TEXT, encoding="utf-8")
    raw = next(iter(read_sources([tmp_path], Settings().max_file_bytes)))
    article = extract(raw)
    assert article.title == "青溪县召开农村饮水安全工作推进会暨汛期供水保障部署会"
    assert "公报" not in article.body and "— 8 —" not in article.body
