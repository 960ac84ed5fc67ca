"""Reprint detection at build time: copies of one story are grouped, other stories are not, and
incremental builds keep the groups right."""

from __future__ import annotations

import shutil
from pathlib import Path

import opencc
import pytest

from index import store
from index.build import build
from index.reprints import read_groups

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
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


def groups(index_dir: Path) -> list[set[str]]:
    return [{copy["id"] for copy in group} for group in read_groups(store.current_generation(index_dir))]


def group_of(index_dir: Path, article_id: str) -> set[str]:
    return next((g for g in groups(index_dir) if article_id in g), {article_id})


@pytest.fixture(scope="module")
def reprinted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, copies of three of them made the ways sites copy, two bulletins of one template and a
    report of its own; indexed once."""
    folder = tmp_path_factory.mktemp("reprints-src")
    shutil.copytree(SEEDS, folder, dirs_exist_ok=True)
    quanzhou = seed_text(QUANZHOU).lstrip().split("\n", 1)
    write(folder, "retitled", f"【关注】{quanzhou[0]}\n\n东南网首页 > 新闻中心 > 正文\n{quanzhou[1]}")
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
    build([folder], index_dir, procs=1)
    return index_dir


def test_a_retitled_copy_in_a_site_header_is_grouped_with_its_original(reprinted: Path) -> None:
    assert group_of(reprinted, QUANZHOU) == {QUANZHOU, "retitled"}


def test_a_traditional_script_copy_is_grouped_with_its_original(reprinted: Path) -> None:
    assert group_of(reprinted, QINGYANG) == {QINGYANG, "traditional"}


def test_a_copy_trimmed_by_a_paragraph_with_a_by_line_added_is_grouped_with_its_original(reprinted: Path) -> None:
    assert group_of(reprinted, SHANGLUO) == {SHANGLUO, "trimmed"}


def test_two_bulletins_of_one_template_with_other_numbers_and_places_are_not_reprints(reprinted: Path) -> None:
    assert group_of(reprinted, "bulletin-qingyang") == {"bulletin-qingyang"}
    assert group_of(reprinted, "bulletin-shangluo") == {"bulletin-shangluo"}


def test_different_reports_on_one_subject_are_not_grouped(reprinted: Path) -> None:
    assert len(groups(reprinted)) == 3  # the seeds are five reports on cyberspace work in five places


def test_groups_list_the_earliest_copy_first_and_undated_ones_last(reprinted: Path) -> None:
    group = next(g for g in read_groups(store.current_generation(reprinted)) if g[0]["id"] == QINGYANG)
    assert [copy["date"] for copy in group] == ["2023-01-10", "2023-01-10"]
    assert group[0]["title"] == "庆阳:擎旗奋进汇聚正能量" and group[0]["source"] == "新甘肃"


# ---------------------------------------------------------------- incremental builds


@pytest.fixture
def originals(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    for article_id in (QINGYANG, QUANZHOU):
        shutil.copy(SEEDS / f"{article_id}.txt", folder)
    write(folder, "copy-a", f"【转载】{seed_text(QINGYANG)}")
    return folder


def test_an_incremental_build_adds_a_new_copy_to_its_group(originals: Path, tmp_path: Path) -> None:
    build([originals], tmp_path / "ix", procs=1)
    write(originals, "copy-b", seed_text(QINGYANG).replace("2022年", "去年") + "\n\n(来源:新甘肃)")
    report = build([originals], tmp_path / "ix", procs=1)
    assert report.added == 1
    assert groups(tmp_path / "ix") == [{QINGYANG, "copy-a", "copy-b"}]


def test_deleting_the_original_leaves_its_copies_grouped(originals: Path, tmp_path: Path) -> None:
    write(originals, "copy-b", opencc.OpenCC("s2t").convert(seed_text(QINGYANG)))
    build([originals], tmp_path / "ix", procs=1)
    (originals / f"{QINGYANG}.txt").unlink()
    report = build([originals], tmp_path / "ix", procs=1)
    assert report.removed == 1
    assert groups(tmp_path / "ix") == [{"copy-a", "copy-b"}]


def test_an_edited_copy_that_is_no_longer_a_copy_leaves_its_group(originals: Path, tmp_path: Path) -> None:
    build([originals], tmp_path / "ix", procs=1)
    write(originals, "copy-a", seed_text(QUANZHOU))
    build([originals], tmp_path / "ix", procs=1)
    assert groups(tmp_path / "ix") == [{QUANZHOU, "copy-a"}]


def test_a_build_without_detection_is_caught_up_by_the_next_build(originals: Path, tmp_path: Path) -> None:
    build([originals], tmp_path / "ix", procs=1, detect_reprints=False)
    assert groups(tmp_path / "ix") == []
    write(
        originals,
        "unrelated",
        BULLETIN.format(date="3月6日", city="庆阳", county="西峰区", **dict.fromkeys("abcdefgh", 1)),
    )
    build([originals], tmp_path / "ix", procs=1)
    assert groups(tmp_path / "ix") == [{QINGYANG, "copy-a"}]
