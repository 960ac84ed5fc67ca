"""The made-up story the tests of exports' records wrap (notes, wikis, repost templates, broadcast scripts), and
how they read one: written as a text file and extracted as the build reads it."""

from __future__ import annotations

from pathlib import Path

from index.article import Article
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "江城市启动2020年网络安全宣传周活动"
PARAGRAPHS = [
    "9月14日上午，2020年江城市网络安全宣传周在市民广场启动，现场设置了个人信息保护、防范电信诈骗等展区。",
    "活动期间，各区县将组织网络安全知识进社区、进校园、进企业，并开展网络安全技能竞赛和有奖问答。",
    "市委网信办有关负责同志表示，希望广大市民提高防范意识，共同维护清朗的网络空间。",
]


def text_file(tmp_path: Path, name: str, lines: list[str]) -> Article:
    """`lines` written as the file `name` and extracted as the build reads it."""
    (tmp_path / name).write_text("\n".join(lines), encoding="utf-8")
    return extract(next(iter(read_sources([tmp_path / name], Settings().max_file_bytes))))
