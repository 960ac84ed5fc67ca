"""A LaTeX source read as the text it typesets, its title, writers and day from their commands
(index/ingest/latex_files.py)."""

from __future__ import annotations

from pathlib import Path

from index.article import RawDocument, Skipped
from index.ingest.extract import extract
from index.ingest.latex_files import latex_document
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "江城市开展网络安全宣传周活动"
LEAD = "9月13日上午，江城市网络安全宣传周活动在市民广场启动。"
SECOND = "活动期间，全市各级网信部门将组织网络安全知识进社区。"


def _source(body: str, preamble: str = "") -> str:
    return (
        "% !TEX program = xelatex\n\\documentclass[12pt]{ctexart}\n\\usepackage{geometry} % 版心\n"
        f"{preamble}\\title{{{TITLE}}}\n\\author{{本报记者\\quad 李晗}}\n\\date{{2021年9月13日}}\n"
        f"\\begin{{document}}\n\\maketitle\n{body}\n\\end{{document}}\n"
    )


def test_the_title_writers_and_day_come_from_their_commands() -> None:
    _, fields = latex_document(_source(LEAD))
    assert fields == {"title": TITLE, "author": "本报记者 李晗", "date": "2021年9月13日"}


def test_the_preamble_and_comments_are_no_text_and_an_escaped_percent_is() -> None:
    text, _ = latex_document(_source(f"{LEAD}% 已核对\n增长5.3\\%。"))
    assert text == f"{LEAD}增长5.3%。"


def test_a_command_that_sets_text_keeps_its_words_and_one_of_layout_goes_with_its_arguments() -> None:
    body = "\\textbf{9月13日}上午\\footnote{据江城日报。}\\vspace{2em}\n\n\\noindent\\rule{\\textwidth}{0.4pt}\\\\"
    text, _ = latex_document(_source(body))
    assert text == "9月13日上午"


def test_blank_lines_part_paragraphs_and_a_heading_is_its_own_line() -> None:
    text, _ = latex_document(_source(f"\\section*{{一、活动启动}}\n{LEAD[:10]}\n{LEAD[10:]}\n\n{SECOND}"))
    assert text.split("\n") == ["一、活动启动", LEAD, SECOND]


def test_a_figure_goes_whole_and_tex_quotes_and_dashes_read_as_printed() -> None:
    body = "``网络安全''---人人有责。\n\\begin{figure}[h]\\includegraphics{a.png}\\caption{现场}\\end{figure}"
    text, _ = latex_document(_source(body))
    assert text == "“网络安全”—人人有责。"


def test_writers_apart_by_and_are_a_list() -> None:
    _, fields = latex_document("\\author{通讯员 王芳 \\and 记者 李晗}\\begin{document}x\\end{document}")
    assert fields["author"] == "通讯员 王芳 、 记者 李晗"


def test_unclosed_deep_and_empty_input_never_raises() -> None:
    for text in (
        "",
        "\\",
        "{" * 100_000,
        "\\textbf{" * 5000 + "字",
        "\\emph{" * 5000 + "}" * 5000,
        "\\item[" * 50_000,
        "\\begin{figure}没有结束",
        "%",
    ):
        assert isinstance(latex_document(text)[0], str)


def test_a_tex_file_is_an_article_and_one_of_commands_alone_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "story.tex").write_bytes(_source(f"{LEAD}\n\n{SECOND}").encode("gbk"))
    (tmp_path / "empty.tex").write_text(_source("\\tableofcontents"), encoding="utf-8")
    skipped, document = read_sources([tmp_path], Settings().max_file_bytes)
    article = extract(document)
    assert isinstance(skipped, Skipped) and isinstance(document, RawDocument)
    assert (article.title, article.date, article.authors, article.body) == (
        TITLE,
        "2021-09-13",
        ["李晗"],
        f"{LEAD}\n{SECOND}",
    )


def test_font_commands_and_spacing_dimensions_leave_no_words() -> None:
    text, _ = latex_document(_source(f"\\zihao{{-4}}\\CJKfamily{{zhkai}}\\vskip 1.5em {LEAD}\\kern-2pt"))
    assert text == LEAD
