"""A broadcast newsroom's script: its cues, head and running order leave, its title line is the headline."""

from __future__ import annotations

from pathlib import Path

from index.ingest.broadcast_scripts import read_script
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "江城市启动2020年网络安全宣传周活动"
PARAGRAPHS = [
    "9月14日上午，2020年江城市网络安全宣传周在市民广场启动，现场设置了个人信息保护、防范电信诈骗等展区。",
    "活动期间，各区县将组织网络安全知识进社区、进校园、进企业，并开展网络安全技能竞赛和有奖问答。",
    "市委网信办有关负责同志表示，希望广大市民提高防范意识，共同维护清朗的网络空间。",
]


def _text_file(tmp_path: Path, name: str, lines: list[str]):
    (tmp_path / name).write_text("\n".join(lines), encoding="utf-8")
    return extract(next(iter(read_sources([tmp_path / name], Settings().max_file_bytes))))


def test_a_radio_scripts_head_cues_and_running_order_leave(tmp_path: Path) -> None:
    lines = ["江城人民广播电台　新闻稿", "栏目：《江城新闻》　播出：2020年9月14日　时长：2分10秒", f"标题：{TITLE}"]
    lines += ["【主持人口播】", PARAGRAPHS[0], "【录音报道】", *PARAGRAPHS[1:], "【同期声】（现场录音 15秒）", ""]
    lines += ["本期节目单：", "1. 江城地铁5号线今日试运行（1分20秒）", "2. 天气预报（1分00秒）"]
    article = _text_file(tmp_path, "script.txt", lines)
    assert (article.title, article.date) == (TITLE, "2020-09-14")
    assert article.body == "\n".join(PARAGRAPHS)


def test_a_cue_before_its_words_leaves_the_words() -> None:
    found = read_script([f"片名：{TITLE}", f"导语：{PARAGRAPHS[0]}", "（配音）", *PARAGRAPHS[1:]])
    assert found is not None and found.title == TITLE
    assert found.spoken == {1: PARAGRAPHS[0]} and found.lines == {0, 2}


def test_a_story_quoting_one_sound_bite_is_no_script() -> None:
    assert read_script([TITLE, PARAGRAPHS[0], "（同期声）", *PARAGRAPHS[1:]]) is None
