"""A reStructuredText post is read as its words: its title and its field list's date and writers declared, its
directives, comments and targets out, its inline markup reduced to its words."""

from __future__ import annotations

from pathlib import Path

from index.ingest.extract import extract
from index.ingest.rst_text import rst_fields
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "江城市启动数据安全专项检查"
FIRST = "4月8日，江城市启动数据安全专项检查，对全市重点行业单位开展为期两个月的检查。"
SECOND = "检查组将重点核查数据分类分级、重要数据备份和个人信息保护等制度的落实情况。"
POST = f"""{TITLE}
##############################

:date: 2021-04-08 09:30
:modified: 2021-05-02 18:00
:author: 林晓
:tags: 网信, 数据安全
:slug: data-check
:summary: 江城市启动检查

**4月8日**，{FIRST[5:]}

.. image:: /images/check.jpg
   :alt: 检查现场
   :width: 600px

{SECOND}
"""


def test_a_pelican_post_gives_its_title_day_writer_and_text(tmp_path: Path) -> None:
    (tmp_path / "post.rst").write_text(POST, encoding="utf-8")
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    article = extract(raw)
    assert (article.title, article.date, article.authors) == (TITLE, "2021-04-08", ["林晓"])
    assert article.body == f"{FIRST}\n{SECOND}"


def test_the_site_fields_and_a_directives_block_leave_the_text() -> None:
    _, text = rst_fields(POST)
    assert not any(word in text for word in ("data-check", "网信, 数据安全", "检查现场", "600px", "image::"))


def test_an_over_and_underlined_title_and_docinfo_authors_are_declared() -> None:
    page = f"==========\n  {TITLE}\n==========\n\n:Authors: 林晓; 王芳\n:Date: 2021-04-08\n\n{FIRST}\n"
    meta, text = rst_fields(page)
    assert meta == {"title": TITLE, "author": "林晓、王芳", "date": "2021-04-08"} and text == f"{FIRST}\n"


def test_an_admonition_and_a_substitutions_definition_are_no_text() -> None:
    page = f"{FIRST}\n\n.. note::\n\n   本页内容整理自公开报道。\n\n{SECOND}\n\n.. |today| date:: %Y-%m-%d\n"
    assert rst_fields(page)[1].split() == [FIRST, SECOND]


def test_a_link_keeps_its_words() -> None:
    assert (
        rst_fields("据 `江城日报 <https://e.cn/1.html>`_ 报道，``12377`` 热线开通。")[1]
        == "据 江城日报 报道，12377 热线开通。\n"
    )


def test_empty_and_odd_input_never_raise() -> None:
    assert [rst_fields(text)[0] for text in ("", "====", ":x:", ".. ", "`", "a\n---")] == [
        {},
        {},
        {},
        {},
        {},
        {"title": "a"},
    ]
