"""A web clip saved as a Markdown note keeps the article and its declared fields, not its clipper's notes: the
callouts and a short note under a closing rule leave the text, writers linked as notes (`[[张三]]`) are read as
their names, the clipped address is the article's url, and the article's `published:` day wins over the clip's
`created:`."""

from __future__ import annotations

from pathlib import Path

from index.ingest.clip_notes import without_callouts, without_closing_note
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "江城市召开网络安全工作会议"
LEAD = "3月30日上午，江城市召开网络安全工作会议，部署今年全市网络安全重点工作，要求压实各方责任。"
SECOND = "会议强调，要加强关键信息基础设施安全保护，健全网络安全事件应急处置机制，确保全市网络安全形势平稳。"


def _clip(front: str, text: str) -> str:
    return f"---\n{front}\n---\n\n{text}"


def _read(tmp_path: Path, note: str):
    (tmp_path / "clip.md").write_text(note, encoding="utf-8")
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    return raw, extract(raw)


def test_a_callout_leaves_the_text_with_its_quoted_lines() -> None:
    text = f"> [!note] 剪藏备注\n> 这篇值得再读一遍，回头整理到周报里。\n\n{LEAD}\n\n{SECOND}\n"
    assert without_callouts(text).split() == [LEAD, SECOND]


def test_a_quotation_that_is_no_callout_stays() -> None:
    text = f"{LEAD}\n\n> 网络安全为人民，网络安全靠人民。\n\n{SECOND}\n"
    assert without_callouts(text) == text


def test_a_short_note_under_a_closing_rule_leaves_a_clip() -> None:
    text = f"{LEAD}\n\n{SECOND}\n\n---\n我的想法：和上周那篇放在一起看。\n"
    assert without_closing_note(text).split() == [LEAD, SECOND]


def test_text_under_a_rule_as_long_as_the_article_stays() -> None:
    text = f"{LEAD}\n\n---\n\n{SECOND}\n"
    assert without_closing_note(text) == text


def test_a_clips_wiki_linked_writers_address_and_published_day_are_its_fields(tmp_path: Path) -> None:
    front = (
        f'title: "{TITLE}"\nsource: "https://www.example.cn/news/20200330/1.shtml"\n'
        'author:\n  - "[[林晓燕]]"\npublished: 2020-03-30\ncreated: 2020-06-28\ntags:\n  - "clippings"'
    )
    raw, article = _read(tmp_path, _clip(front, f"> [!tip] 我的笔记\n> 可作为例会素材。\n\n{LEAD}\n\n{SECOND}\n"))
    assert (raw.meta["url"], "source" not in raw.meta) == ("https://www.example.cn/news/20200330/1.shtml", True)
    assert (article.title, article.date, article.authors) == (TITLE, "2020-03-30", ["林晓燕"])
    assert article.body.split("\n") == [LEAD, SECOND]


def test_a_list_of_linked_writers_with_shown_names_gives_the_names(tmp_path: Path) -> None:
    front = f'title: {TITLE}\nauthors: ["[[人物/王海燕|王海燕]]", "[[刘建国]]"]\ncreated: 2020-06-28T21:14'
    raw, _ = _read(tmp_path, _clip(front, f"{LEAD}\n\n{SECOND}\n"))
    assert raw.meta["author"] == "王海燕 刘建国"


def test_a_note_without_a_clipped_address_keeps_what_follows_its_rule(tmp_path: Path) -> None:
    front = f"title: {TITLE}\ndate: 2020-03-30"
    _, article = _read(tmp_path, _clip(front, f"{LEAD}\n\n---\n{SECOND}\n"))
    assert article.body.split("\n") == [LEAD, SECOND]
