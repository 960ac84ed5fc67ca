"""Shared fixtures: the bundled seeds, an index built from them once per session, the shared data."""

from __future__ import annotations

import contextlib
import json
import shutil
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import opencc
import pytest

from index.build import build
from index.search.searcher import SearchIndex
from index.settings import Settings
from service.launch import launched

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

SEED_FILES = {
    "000": SEEDS / "000_c729cffc91d33526.txt",
    "001": SEEDS / "001_12268834ad4b7733.txt",
    "002": SEEDS / "002_eec8dd7fda293d79.txt",
    "003": SEEDS / "003_06a59c289477a69b.txt",
    "004": SEEDS / "004_e482cdb6bdf3e6cd.txt",
}


@pytest.fixture(scope="session")
def seed_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the five seed articles, built once and shared read-only by the tests."""
    index_dir = tmp_path_factory.mktemp("seed-index")
    build([SEEDS], Settings(index_dir=str(index_dir), build_procs=1))
    return index_dir


QINGYANG = "000_c729cffc91d33526"
QUANZHOU = "002_eec8dd7fda293d79"
SHANGLUO = "004_e482cdb6bdf3e6cd"
# A weekly bulletin written from one template: the numbers, dates and places are the news.
BULLETIN = (
    "{date},{city}市委网信办通报本周全市网络生态治理情况。\n\n"
    "本周全市共清理各类违法和不良信息{a}条,处置违规账号{b}个,关闭违规网站{c}家,约谈属地网站平台{d}家,"
    "受理网民举报{e}件,办结率{f}%。其中,{county}网信办处置网络谣言{g}条,查处利用短视频平台散布虚假信息案件{h}起。\n\n"
    "下一步,{city}市委网信办将持续开展“清朗”系列专项行动,重点整治网络谣言、网络暴力和未成年人网络环境问题,"
    "压实网站平台主体责任,督促属地网站平台建立健全信息内容审核机制,推动形成良好网络生态。"
    "全市网信系统将坚持每周通报制度,及时回应网民关切,共同营造风清气正的网络空间。"
)


def seed_text(article_id: str) -> str:
    return (SEEDS / f"{article_id}.txt").read_text(encoding="utf-8")


def write(folder: Path, name: str, text: str) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


@pytest.fixture(scope="session")
def reprint_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, copies of three of them made the ways sites copy (retitled in a site's header, in
    Traditional script, trimmed with a by-line) and two bulletins of one template; indexed once."""
    folder = tmp_path_factory.mktemp("reprints-src")
    shutil.copytree(SEEDS, folder, dirs_exist_ok=True)
    title = "泉州网信办:凝聚强劲网动力 助力泉州新发展"
    body = seed_text(QUANZHOU).replace(title, "", 1)
    write(folder, "retitled", f"【关注】{title}\n\n东南网 新闻中心\n2023-12-19 来源:东南网\n{body}")
    write(folder, "traditional", opencc.OpenCC("s2t").convert(seed_text(QINGYANG)))
    paragraphs = seed_text(SHANGLUO).rstrip().split("\n\n")
    write(folder, "trimmed", "\n\n".join([paragraphs[0], "(记者 王小明 通讯员 李华)", *paragraphs[1:-1]]))
    write(
        folder,
        "bulletin-qingyang",
        BULLETIN.format(date="3月6日", city="庆阳", county="西峰区", a=1532, b=87, c=12, d=9, e=264, f=98, g=31, h=2),
    )
    write(
        folder,
        "bulletin-shangluo",
        BULLETIN.format(date="4月17日", city="商洛", county="商州区", a=906, b=45, c=7, d=15, e=133, f=96, g=18, h=4),
    )
    index_dir = tmp_path_factory.mktemp("reprints-index")
    build([folder], Settings(index_dir=str(index_dir), build_procs=1))
    return index_dir


@pytest.fixture(scope="session")
def slips_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the articles of tests/slips.py (slips of pinyin input, aliases, pinyin inside Chinese text)."""
    from slips import write_corpus

    index_dir = tmp_path_factory.mktemp("slips-index")
    build([write_corpus(tmp_path_factory.mktemp("slips-src"))], Settings(index_dir=str(index_dir), build_procs=1))
    return index_dir


@pytest.fixture(scope="session")
def seed_search(seed_index_dir: Path) -> SearchIndex:
    return SearchIndex(seed_index_dir)


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    text: str

    @property
    def json(self) -> Any:
        return json.loads(self.text)


@dataclass
class Server:
    url: str
    logs: Path

    def request(
        self,
        path: str,
        params: dict | list[tuple] | None = None,
        method: str = "GET",
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        json_body: bool = False,
        timeout: float = 10,
    ) -> Reply:
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        headers = (headers or {}) | ({"Content-Type": "application/json"} if json_body else {})
        url = f"{self.url}{urllib.parse.quote(path)}{query}"
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as response:
                return Reply(response.status, dict(response.headers), response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            with error:
                return Reply(error.code, dict(error.headers), error.read().decode("utf-8"))

    def search(self, **params: Any) -> dict:
        reply = self.request("/api/search", params)
        assert reply.status == 200, reply.text
        return reply.json


@contextlib.contextmanager
def gunicorn(index_dir: Path, **settings: str) -> Iterator[Server]:
    """The real service: gunicorn with the shipped config over `index_dir` on a free local port."""
    with launched(index_dir, **settings) as service:
        service.wait_until_healthy(timeout=30)
        yield Server(service.url, service.logs)
