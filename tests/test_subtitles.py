"""A video's subtitles read as the script they were cut from (index/ingest/subtitles.py)."""

from __future__ import annotations

from pathlib import Path

from index.article import Skipped
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.ingest.subtitles import cues_text
from index.settings import Settings

TITLE = "江城市开展网络安全宣传周活动"
LEAD = "9月13日上午，江城市网络安全宣传周活动在市民广场启动。"
SECOND = "活动期间，全市各级网信部门将组织网络安全知识进社区。"


def _srt(*cues: tuple[float, str]) -> str:
    blocks = []
    for number, (start, words) in enumerate(cues, start=1):
        end = start + 2
        blocks.append(f"{number}\r\n00:00:{int(start):02d},000 --> 00:00:{int(end):02d},500\r\n{words}\r\n")
    return "\r\n".join(blocks)


def test_cues_run_on_into_sentences_and_a_pause_after_a_sentence_starts_a_paragraph() -> None:
    cues = [(1, LEAD[:12]), (3.6, LEAD[12:]), (10, SECOND[:14]), (12.6, SECOND[14:])]
    (item,) = cues_text(_srt(*((start, words) for start, words in cues)))
    assert item.text == f"{LEAD}\n{SECOND}"


def test_timing_lines_ids_styling_and_bracketed_sounds_are_never_text() -> None:
    vtt = (
        f"WEBVTT\n\ncue-1\n00:00:01.000 --> 00:00:03.000 line:85%\n<v 主持人>{LEAD}\n\n"
        "00:00:04.000 --> 00:00:05.000\n（音乐）\n"
    )
    (item,) = cues_text(vtt)
    assert item.text == LEAD


def test_a_bracketed_cue_running_on_without_a_pause_is_the_scripts_own() -> None:
    (item,) = cues_text(_srt((1, LEAD), (3.6, "(完)"), (9, "（音乐）")))
    assert item.text == f"{LEAD}(完)"


def test_a_note_block_gives_the_headline_and_the_day() -> None:
    vtt = f"WEBVTT\n\nNOTE\n标题：{TITLE}\n日期：2021-09-13\n\n00:00:01.000 --> 00:00:03.000\n{LEAD}\n"
    (item,) = cues_text(vtt)
    assert (item.fields["title"], item.fields["date"]) == (TITLE, "2021-09-13")


def test_the_header_names_the_headline_else_the_file_name_with_chinese_in_it() -> None:
    (header,) = cues_text(f"WEBVTT - {TITLE}\nKind: captions\n\n00:00:01.000 --> 00:00:03.000\n{LEAD}\n")
    (named,) = cues_text(_srt((1, LEAD)), TITLE)
    (slug,) = cues_text(_srt((1, LEAD)), "video-0913")
    assert (header.fields["title"], named.fields["title"], slug.fields) == (TITLE, TITLE, {})


def test_a_subtitle_file_is_an_article_and_one_without_a_cue_reported(tmp_path: Path) -> None:
    (tmp_path / f"{TITLE}.srt").write_bytes(_srt((1, LEAD), (3.6, SECOND)).encode("gbk"))
    (tmp_path / "empty.vtt").write_bytes(b"WEBVTT\n\nNOTE nothing yet\n")
    found = list(read_sources([tmp_path], Settings().max_file_bytes))
    skipped = [item for item in found if isinstance(item, Skipped)]
    assert len(skipped) == 1 and "cue" in skipped[0].reason
    article = extract(next(item for item in found if not isinstance(item, Skipped)))
    assert (article.title, article.body) == (TITLE, LEAD + SECOND)


def test_odd_subtitles_never_raise() -> None:
    for text in ("", "WEBVTT", "-->", "1\n99:99:99,999 --> 00:00:00,000\n", "\n\n" * 1000, "NOTE\n" * 300):
        assert isinstance(list(cues_text(text)), list)


def test_a_first_cue_placed_at_the_top_then_a_pause_is_a_headline_card_its_dated_line_the_day() -> None:
    card = f"1\n00:00:00,500 --> 00:00:04,500\n{{\\an8}}{TITLE}\n江城新闻　2021年9月13日\n\n"
    (item,) = cues_text(card + "2\n00:00:06,000 --> 00:00:08,000\n" + LEAD + "\n")
    assert (item.fields, item.text) == ({"title": TITLE, "date": "2021年9月13日"}, LEAD)


def test_a_webvtt_cue_placed_near_the_top_by_its_line_setting_is_a_card() -> None:
    card = f"00:00:00.000 --> 00:00:05.000 line:5% align:center\n{TITLE}\n\n"
    vtt = f"WEBVTT\n\n{card}00:00:06.500 --> 00:00:08.000\n{LEAD}\n"
    (item,) = cues_text(vtt)
    assert (item.fields["title"], item.text) == (TITLE, LEAD)


def test_a_top_cue_the_words_run_on_from_without_a_pause_is_the_scripts_own() -> None:
    vtt = f"WEBVTT\n\n00:00:01.000 --> 00:00:03.000 line:0\n{LEAD[:12]}\n\n00:00:03.050 --> 00:00:05.000\n{LEAD[12:]}\n"
    (item,) = cues_text(vtt)
    assert item.text == LEAD and "title" not in item.fields


def test_with_no_card_header_note_or_name_the_first_spoken_line_is_never_the_headline(tmp_path: Path) -> None:
    (tmp_path / "clip-0913.srt").write_bytes(_srt((1, "各位观众晚上好！"), (6, LEAD), (8.6, SECOND)).encode("utf-8"))
    (document,) = read_sources([tmp_path], Settings().max_file_bytes)
    article = extract(document)
    assert (article.title, article.body.split("\n")[0]) == (None, "各位观众晚上好！")


def test_subtitles_all_set_at_the_top_have_no_card() -> None:
    cues = [f"00:00:0{k}.000 --> 00:00:0{k}.900\n{{\\an8}}{words}\n" for k, words in ((1, "各位观众晚上好"), (4, LEAD))]
    (item,) = cues_text("\n".join(cues))
    assert "title" not in item.fields and item.text.startswith("各位观众晚上好")
