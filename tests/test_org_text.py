"""An org-roam capture is read as the article it holds: its keyword lines under the file's drawer declared, its
capture stamp only the day it was filed, its description list read as labelled lines, the reader's own section out."""

from __future__ import annotations

from pathlib import Path

from index.ingest.extract import extract
from index.ingest.org_text import org_as_text, org_head
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "江城市开展网络直播营销专项整治"
FIRST = "4月12日，江城市网信办联合市场监管部门召开会议，部署网络直播营销领域专项整治工作。"
SECOND = "会议要求，各直播平台要落实主体责任，严格审核主播资质，及时处置虚假宣传等违法违规行为。"
CAPTURE = f""":PROPERTIES:
:ID:       5f1c0001-8a2b-4c1e-9d0f-2b7e6a1c0001
:END:
#+title: {TITLE}
#+author: 青溪看客
#+date: [2022-02-07 Mon 21:31]
#+filetags: :网信:素材:

* 原文信息
- 作者 :: 记者何川
- 发布时间 :: 2021-04-12 10:05
- 来源 :: 江城日报
* 正文
{FIRST}

{SECOND}
* 笔记
- 这篇可以用在季度材料里。
** 待办
- TODO 和去年同期对比
"""


def test_a_capture_gives_its_title_the_articles_day_and_writer(tmp_path: Path) -> None:
    (tmp_path / "roam.org").write_text(CAPTURE, encoding="utf-8")
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    article = extract(raw)
    assert (article.title, article.date, article.authors) == (TITLE, "2021-04-12", ["何川"])


def test_the_readers_section_and_the_fields_caption_are_no_text() -> None:
    text = org_as_text(org_head(CAPTURE)[1])
    assert not any(words in text for words in ("笔记", "季度材料", "同期对比", "原文信息"))


def test_a_description_item_is_read_as_its_labelled_line() -> None:
    assert org_as_text("- 发布时间 :: 2021-04-12 10:05\n- 链接 :: [[https://e.cn/1.html][原文链接]]") == (
        "发布时间：2021-04-12 10:05\n链接：https://e.cn/1.html"
    )


def test_an_inactive_date_stamp_is_the_day_the_note_was_filed() -> None:
    meta, _ = org_head(CAPTURE)
    assert (meta.get("date"), meta["filed"], "author" in meta) == (None, "2022-02-07 Mon 21:31", False)


def test_a_file_without_keyword_lines_declares_nothing() -> None:
    assert [org_head(text)[0] for text in ("", ":PROPERTIES:\n:END:\n", "* 标题\n正文", "#+title:")] == [{}] * 4
