"""A broadcast newsroom's script: its cues, head and running order leave, its title line is the headline."""

from __future__ import annotations

from pathlib import Path

from exported_story import PARAGRAPHS, TITLE, text_file

from index.ingest.broadcast_scripts import read_script


def test_a_radio_scripts_head_cues_and_running_order_leave(tmp_path: Path) -> None:
    lines = ["江城人民广播电台　新闻稿", "栏目：《江城新闻》　播出：2020年9月14日　时长：2分10秒", f"标题：{TITLE}"]
    lines += ["【主持人口播】", PARAGRAPHS[0], "【录音报道】", *PARAGRAPHS[1:], "【同期声】（现场录音 15秒）", ""]
    lines += ["本期节目单：", "1. 江城地铁5号线今日试运行（1分20秒）", "2. 天气预报（1分00秒）"]
    article = text_file(tmp_path, "script.txt", lines)
    assert (article.title, article.date) == (TITLE, "2020-09-14")
    assert article.body == "\n".join(PARAGRAPHS)


def test_a_cue_before_its_words_leaves_the_words() -> None:
    found = read_script([f"片名：{TITLE}", f"导语：{PARAGRAPHS[0]}", "（配音）", *PARAGRAPHS[1:]])
    assert found is not None and found.title == TITLE
    assert found.spoken == {1: PARAGRAPHS[0]} and found.lines == {0, 2}


def test_a_story_quoting_one_sound_bite_is_no_script() -> None:
    assert read_script([TITLE, PARAGRAPHS[0], "（同期声）", *PARAGRAPHS[1:]]) is None
