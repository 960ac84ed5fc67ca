"""Reprint detection at build time: copies of one story are grouped, other stories are not, and
incremental builds keep the groups right."""

from __future__ import annotations

import shutil
from pathlib import Path

import opencc
import pytest
from conftest import BULLETIN, QINGYANG, QUANZHOU, SHANGLUO, seed_text, write

from index import store
from index.build import build
from index.settings import Settings
from index.store.reprints import read_groups

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def groups(index_dir: Path) -> list[set[str]]:
    return [{copy["id"] for copy in group} for group in read_groups(store.current_generation(index_dir))]


def group_of(index_dir: Path, article_id: str) -> set[str]:
    return next((g for g in groups(index_dir) if article_id in g), {article_id})


def test_a_retitled_copy_in_a_site_header_is_grouped_with_its_original(reprint_index_dir: Path) -> None:
    assert group_of(reprint_index_dir, QUANZHOU) == {QUANZHOU, "retitled"}


def test_a_traditional_script_copy_is_grouped_with_its_original(reprint_index_dir: Path) -> None:
    assert group_of(reprint_index_dir, QINGYANG) == {QINGYANG, "traditional"}


def test_a_copy_trimmed_by_a_paragraph_with_a_by_line_is_grouped_with_its_original(reprint_index_dir: Path) -> None:
    assert group_of(reprint_index_dir, SHANGLUO) == {SHANGLUO, "trimmed"}


def test_two_bulletins_of_one_template_with_other_numbers_and_places_are_not_reprints(reprint_index_dir: Path) -> None:
    assert group_of(reprint_index_dir, "bulletin-qingyang") == {"bulletin-qingyang"}
    assert group_of(reprint_index_dir, "bulletin-shangluo") == {"bulletin-shangluo"}


def test_different_reports_on_one_subject_are_not_grouped(reprint_index_dir: Path) -> None:
    assert len(groups(reprint_index_dir)) == 3  # the seeds are five reports on cyberspace work in five places


def test_groups_list_the_earliest_copy_first_and_undated_ones_last(reprint_index_dir: Path) -> None:
    group = next(g for g in read_groups(store.current_generation(reprint_index_dir)) if g[0]["id"] == QINGYANG)
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
    build([originals], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    write(originals, "copy-b", seed_text(QINGYANG).replace("2022年", "去年") + "\n\n(来源:新甘肃)")
    report = build([originals], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    assert report.added == 1
    assert groups(tmp_path / "ix") == [{QINGYANG, "copy-a", "copy-b"}]


def test_deleting_the_original_leaves_its_copies_grouped(originals: Path, tmp_path: Path) -> None:
    write(originals, "copy-b", opencc.OpenCC("s2t").convert(seed_text(QINGYANG)))
    build([originals], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    (originals / f"{QINGYANG}.txt").unlink()
    report = build([originals], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    assert report.removed == 1
    assert groups(tmp_path / "ix") == [{"copy-a", "copy-b"}]


def test_an_edited_copy_that_is_no_longer_a_copy_leaves_its_group(originals: Path, tmp_path: Path) -> None:
    build([originals], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    write(originals, "copy-a", seed_text(QUANZHOU))
    build([originals], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    assert groups(tmp_path / "ix") == [{QUANZHOU, "copy-a"}]


def test_a_build_without_detection_is_caught_up_by_the_next_build(originals: Path, tmp_path: Path) -> None:
    build([originals], Settings(index_dir=str(tmp_path / "ix"), build_procs=1), detect_reprints=False)
    assert groups(tmp_path / "ix") == []
    write(
        originals,
        "unrelated",
        BULLETIN.format(date="3月6日", city="庆阳", county="西峰区", **dict.fromkeys("abcdefgh", 1)),
    )
    build([originals], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    assert groups(tmp_path / "ix") == [{QINGYANG, "copy-a"}]


# ---------------------------------------------------------------- signatures


def test_a_signature_is_the_one_datasketch_makes_for_the_same_shingles() -> None:
    """Signatures stored by one build are compared by the next, so the numpy MinHash must give datasketch's."""
    import datasketch
    import numpy as np

    from index.store.reprints import NUM_PERM, SEED, comparable, permutations, shingle_hashes, signature

    drawn = datasketch.MinHash(num_perm=NUM_PERM, seed=SEED).permutations
    assert permutations().dtype == drawn.dtype and permutations().tolist() == drawn.tolist()
    for text in (
        "国家网信办近日部署开展清朗系列专项行动，重点整治网络谣言和违法违规信息。" * 3,
        seed_text(QUANZHOU),
        "短文",
    ):
        hashes = shingle_hashes(comparable(text))
        expected = datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, permutations=drawn, scheme="affine32")
        expected.update_batch(np.unique(hashes).tolist())
        assert signature(hashes).tolist() == expected.hashvalues.tolist()


def test_lsh_candidates_are_the_pairs_datasketchs_lsh_proposes() -> None:
    """The banding is done with numpy: the same bands as datasketch's MinHashLSH for the threshold, and the same
    candidate pairs, so the same texts are compared and the same groups stored."""
    import datasketch
    import numpy as np

    from index.store.reprints import LSH_BANDS, LSH_ROWS, LSH_THRESHOLD, NUM_PERM, candidates, lean_minhash

    lsh = datasketch.MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (LSH_BANDS, LSH_ROWS)
    rng = np.random.default_rng(7)
    matrix = rng.integers(0, 2**32, size=(300, NUM_PERM), dtype=np.uint32)
    for row in range(0, 300, 3):  # rows sharing one band, several bands, or everything with another row
        matrix[row + 1, :LSH_ROWS] = matrix[row, :LSH_ROWS]
        matrix[row + 2, row % NUM_PERM :] = matrix[(row * 7) % 300, row % NUM_PERM :]
    matrix[10, 4:8] = 1  # one value of a band equal is no candidate
    matrix[11, 4:7] = 1
    for row, values in enumerate(matrix):
        lsh.insert(row, lean_minhash(values))
    expected = {(min(i, j), max(i, j)) for i in range(300) for j in lsh.query(lean_minhash(matrix[i])) if i != j}
    found = candidates(matrix)
    assert found == sorted(expected) and len(found) > 150
