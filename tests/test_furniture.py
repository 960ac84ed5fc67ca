"""Boilerplate learned from the corpus: lines recurring across a source's files, kept with the index."""

from __future__ import annotations

from pathlib import Path

from index import store
from index.build import build
from index.ingest import furniture
from index.ingest.furniture import Fingerprints, learn
from index.search.request import SearchRequest
from index.search.searcher import SearchIndex
from index.settings import Settings

STORIES = [
    ["庆阳召开网信工作会议", "庆阳市网信办召开全市网信工作会议，总结去年工作，部署今年重点任务。"],
    ["泉州举办网络安全宣传周", "泉州市网络安全宣传周开幕，各县区同步开展网络安全知识进社区活动。"],
    ["商洛推进数字经济发展", "商洛市加快推进数字经济与实体经济融合，建成5G基站一千二百余个。"],
    ["兰州开展清朗网络行动", "兰州市网信办开展清朗系列专项行动，集中整治网络谣言和不良信息。"],
    ["银川建设智慧城市平台", "银川市智慧城市平台上线运行，群众办事可以一网通办、就近能办。"],
    ["西宁表彰优秀网络评论", "西宁市网络评论大赛评选出优秀作品五十篇，主题围绕高质量发展。"],
]
HEADER = "清朗陇原网 · 网信动态"  # no rule knows these two lines: only their recurrence says they are furniture
FOOTER = "本栏目由网信动态编辑部维护更新"


def _page(title: str, text: str) -> str:
    return f"{HEADER}\n\n{title}\n\n{text}\n\n{FOOTER}\n"


def _write(folder: Path, numbers: range) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (folder / f"{n}.txt").write_text(_page(*STORIES[n]), encoding="utf-8")


def _hits(index_dir: Path, q: str) -> int:
    """How many articles hold the exact phrase `q`."""
    hits = SearchIndex(index_dir).search(SearchRequest(q=f'"{q}"', per_page=50)).hits
    return sum(hit.matched == "all" for hit in hits)


def test_lines_recurring_in_a_folder_are_dropped_and_counted(tmp_path: Path) -> None:
    _write(tmp_path / "site", range(5))
    report = build([tmp_path / "site"], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    assert (report.furniture_lines, report.furniture_sources) == (10, 1)
    assert any("learned boilerplate: 10 lines dropped" in line for line in report.lines())
    assert _hits(tmp_path / "ix", "网信动态") == 0
    assert _hits(tmp_path / "ix", "清朗系列专项行动") == 1


def test_the_counts_are_kept_with_the_generation(tmp_path: Path) -> None:
    _write(tmp_path / "site", range(4))
    build([tmp_path / "site"], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    kept = furniture.read(store.current_generation(tmp_path / "ix"))
    assert sorted(kept) == ["0", "1", "2", "3"]
    assert learn(kept.values()) == {
        str((tmp_path / "site").resolve()): frozenset([furniture.line_key(HEADER), furniture.line_key(FOOTER)])
    }


def test_an_incremental_build_of_one_new_file_still_knows_the_furniture(tmp_path: Path) -> None:
    _write(tmp_path / "site", range(4))
    build([tmp_path / "site"], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    _write(tmp_path / "site", range(4, 5))
    report = build([tmp_path / "site"], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    assert (report.added, report.unchanged, report.relearned, report.furniture_lines) == (1, 4, 0, 2)
    assert _hits(tmp_path / "ix", "网信动态") == 0


def test_articles_indexed_before_their_furniture_was_learned_are_extracted_again(tmp_path: Path) -> None:
    _write(tmp_path / "site", range(2))  # two files: too few to learn from
    build([tmp_path / "site"], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    assert _hits(tmp_path / "ix", "网信动态") == 2
    _write(tmp_path / "site", range(2, 3))
    report = build([tmp_path / "site"], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    assert (report.added, report.relearned, report.furniture_lines) == (1, 2, 6)
    assert _hits(tmp_path / "ix", "网信动态") == 0


def test_a_line_shared_by_files_of_different_folders_is_not_furniture(tmp_path: Path) -> None:
    for n in range(4):
        _write(tmp_path / f"folder{n}", range(n, n + 1))
    report = build([tmp_path], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    assert report.furniture_lines == 0
    assert _hits(tmp_path / "ix", "网信动态") == 4


def _prints(origin: str, *lines: str, chars: int = 400) -> Fingerprints:
    return Fingerprints(origin, chars, tuple((furniture.line_key(line), len(line)) for line in lines))


def test_a_line_in_three_files_and_30_percent_of_the_source_is_furniture() -> None:
    pages = [_prints("site", HEADER, STORIES[n][1]) for n in range(3)] + [_prints("site", s[1]) for s in STORIES[3:]]
    assert learn(pages) == {"site": frozenset([furniture.line_key(HEADER)])}


def test_a_line_in_fewer_than_30_percent_of_the_source_is_not_furniture() -> None:
    others = [_prints("site", f"{story[1]}（第{copy}版）") for story in STORIES for copy in (1, 2)]
    assert learn([_prints("site", HEADER) for _ in range(3)] + others) == {}


def test_the_paragraphs_of_reprints_of_one_story_are_not_furniture() -> None:
    story = STORIES[0][1]
    reprints = [_prints("folder", HEADER, story, chars=len(HEADER) + len(story)) for _ in range(3)]
    others = [_prints("folder", HEADER, STORIES[n][1]) for n in range(1, 5)]
    assert learn(reprints + others) == {"folder": frozenset([furniture.line_key(HEADER)])}


def test_lines_that_carry_an_articles_fields_are_never_furniture() -> None:
    for line in ("来源：新甘肃", "责任编辑：陈楚培", "2023年1月10日 星期二"):
        assert furniture.line_key(line) is None
