"""Building and updating an index: incremental, atomic, safe against bad files and concurrent builds."""

from __future__ import annotations

import gc
import json
import os
import shutil
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from index import store
from index.article import RawDocument
from index.build import build
from index.ingest import furniture
from index.ingest.extract import extract_counting
from index.search.request import SearchRequest
from index.search.searcher import SearchIndex
from index.settings import Settings
from index.shards import PARALLEL_MIN_INPUTS, WORKER_GC, fingerprints, forked_pool
from index.store.generations import BuildLocked, IndexVersionMismatch
from index.text.normalize import normalize_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A writable copy of the seeds."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def _ids(index_dir: Path) -> set[str]:
    generation = store.current_generation(index_dir)
    return set(store.read_json(generation / store.MANIFEST))


def test_first_build_adds_every_article_and_reports_counts(corpus: Path, tmp_path: Path) -> None:
    report = build([corpus], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    assert (report.added, report.updated, report.removed, report.skipped) == (5, 0, 0, [])
    assert report.articles == 5 and report.sections > 5


def test_rebuild_without_changes_writes_nothing(corpus: Path, tmp_path: Path) -> None:
    build([corpus], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    first = store.current_generation(tmp_path / "ix")
    report = build([corpus], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    assert (report.added, report.updated, report.unchanged) == (0, 0, 5)
    assert store.current_generation(tmp_path / "ix") == first


def test_rebuild_reindexes_a_changed_file_and_removes_a_deleted_one(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    build([corpus], Settings(index_dir=str(index_dir), build_procs=1))
    changed = corpus / "000_c729cffc91d33526.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\n庆阳市新增鲲鹏算力中心。\n", encoding="utf-8")
    (corpus / "002_eec8dd7fda293d79.txt").unlink()

    report = build([corpus], Settings(index_dir=str(index_dir), build_procs=1))

    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 1, 1, 3)
    assert _ids(index_dir) == {
        "000_c729cffc91d33526",
        "001_12268834ad4b7733",
        "003_06a59c289477a69b",
        "004_e482cdb6bdf3e6cd",
    }
    search = SearchIndex(index_dir)
    found = search.search(SearchRequest(q="鲲鹏算力中心")).hits
    assert [h.id for h in found if h.matched == "all"] == ["000_c729cffc91d33526"]
    assert search.search(SearchRequest(q="泉州")).total == 0


def test_updated_article_is_not_indexed_twice(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    build([corpus], Settings(index_dir=str(index_dir), build_procs=1))
    changed = corpus / "000_c729cffc91d33526.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("东数西算", "东数西算枢纽"), encoding="utf-8")
    build([corpus], Settings(index_dir=str(index_dir), build_procs=1))
    result = SearchIndex(index_dir).search(SearchRequest(q="东数西算枢纽"))
    assert [h.id for h in result.hits if h.matched == "all"] == ["000_c729cffc91d33526"]


def test_bad_files_are_skipped_with_a_reason_and_the_build_goes_on(corpus: Path, tmp_path: Path) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (corpus / "garbage.txt").write_bytes(b"\xff\xfe\xfa\xfb" * 100)
    report = build([corpus], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    reasons = {Path(path).name: reason for path, reason in report.skipped}
    assert set(reasons) == {"empty.txt", "binary.txt", "garbage.txt"}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert report.added == 5
    assert any("skipped" in line and "empty.txt" in line for line in report.lines())


def test_a_failed_build_leaves_the_previous_index_serving(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "ix"
    build([corpus], Settings(index_dir=str(index_dir), build_procs=1))
    before = store.current_generation(index_dir)
    (corpus / "new.txt").write_text("新的文章\n\n内容是关于网信工作的。", encoding="utf-8")

    def explode(raw, furniture=(), text=None):
        raise RuntimeError("extraction failed")

    monkeypatch.setattr("index.shards.extract_counting", explode)
    with pytest.raises(RuntimeError):
        build([corpus], Settings(index_dir=str(index_dir), build_procs=1))

    assert store.current_generation(index_dir) == before
    assert not list(index_dir.glob(".tmp-*"))
    assert SearchIndex(index_dir).search(SearchRequest(q="东数西算")).total == 1


def test_leftover_workspace_from_a_killed_build_is_removed_and_reported(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    build([corpus], Settings(index_dir=str(index_dir), build_procs=1))
    (index_dir / ".tmp-99999-deadbeef").mkdir()
    (corpus / "new.txt").write_text("新的文章\n\n内容是关于网信工作的。", encoding="utf-8")
    report = build([corpus], Settings(index_dir=str(index_dir), build_procs=1))
    assert report.cleaned == [".tmp-99999-deadbeef"]
    assert not (index_dir / ".tmp-99999-deadbeef").exists()


def test_a_second_build_refuses_while_one_holds_the_lock(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    with store.build_lock(index_dir), pytest.raises(BuildLocked, match="another build is running"):
        build([corpus], Settings(index_dir=str(index_dir), build_procs=1))


def test_readers_keep_their_generation_and_follow_the_swap(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    build([corpus], Settings(index_dir=str(index_dir), build_procs=1))
    search = SearchIndex(index_dir)
    assert search.search(SearchRequest(q="鲲鹏")).total == 0
    (corpus / "new.txt").write_text("鲲鹏计算产业\n\n鲲鹏计算产业在甘肃庆阳落地。", encoding="utf-8")
    build([corpus], Settings(index_dir=str(index_dir), build_procs=1))
    assert search.search(SearchRequest(q="鲲鹏")).total == 1


def test_previous_generation_is_kept_for_open_readers_and_older_ones_pruned(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    for n in range(3):
        (corpus / f"extra{n}.txt").write_text(f"第{n}篇\n\n关于网信工作的第{n}篇报道。", encoding="utf-8")
        build([corpus], Settings(index_dir=str(index_dir), build_procs=1))
    assert len(list(index_dir.glob("gen-*"))) == 2


def test_an_index_of_another_format_version_is_refused_clearly(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    build([corpus], Settings(index_dir=str(index_dir), build_procs=1))
    meta_path = store.current_generation(index_dir) / store.META
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta_path.write_text(json.dumps(dict(meta, format_version=0)), encoding="utf-8")
    with pytest.raises(IndexVersionMismatch, match="format version 0"):
        SearchIndex(index_dir).search(SearchRequest(q="网络"))


def test_a_build_over_an_index_of_another_version_rebuilds_it(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "ix"
    build([corpus], Settings(index_dir=str(index_dir), build_procs=1))
    meta_path = store.current_generation(index_dir) / store.META
    meta_path.write_text(json.dumps({"format_version": 0}), encoding="utf-8")
    report = build([corpus], Settings(index_dir=str(index_dir), build_procs=1))
    assert report.added == 5
    assert SearchIndex(index_dir).health().articles == 5


def test_parallel_build_gives_the_same_index_as_a_serial_one(tmp_path: Path) -> None:
    corpus = tmp_path / "many"
    corpus.mkdir()
    for n, seed in enumerate(sorted(SEEDS.iterdir()) * 8):
        shutil.copy(seed, corpus / f"{n:02d}_{seed.name}")
    serial = build([corpus], Settings(index_dir=str(tmp_path / "serial"), build_procs=1))
    parallel = build([corpus], Settings(index_dir=str(tmp_path / "parallel"), build_procs=2))
    assert (serial.articles, serial.sections) == (parallel.articles, parallel.sections) == (40, serial.sections)
    query = SearchRequest(q="网络安全", per_page=50)
    ours = SearchIndex(tmp_path / "parallel").search(query)
    theirs = SearchIndex(tmp_path / "serial").search(query)
    assert ours.total == theirs.total and ours.facets == theirs.facets


def test_a_build_that_outgrows_its_memory_budget_writes_more_segments_and_loses_nothing(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = SearchIndex(_built(corpus, tmp_path / "whole")).search(SearchRequest(q="网络安全", per_page=50))
    monkeypatch.setattr("index.shards.TOKEN_BYTES", 10**9)  # every article fills the buffer
    index_dir = _built(corpus, tmp_path / "split")
    assert len(whoosh_index.open_dir(str(store.current_generation(index_dir)))._segments()) == 5
    split = SearchIndex(index_dir).search(SearchRequest(q="网络安全", per_page=50))
    assert [h.id for h in split.hits] == [h.id for h in whole.hits]
    assert split.facets == whole.facets


def test_a_shard_that_finishes_first_leaves_the_others_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "uneven"
    corpus.mkdir()
    long_text = (SEEDS / "001_12268834ad4b7733.txt").read_text(encoding="utf-8")
    (corpus / "long.txt").write_text("标题：长文\n\n" + long_text * 40, encoding="utf-8")  # a shard of its own
    for n in range(40):
        (corpus / f"short{n:02d}.txt").write_text(f"标题：短讯{n}\n\n兰州网信办召开第{n}次会议。", encoding="utf-8")
    monkeypatch.setattr("index.shards.TOKEN_BYTES", 10**9)  # every article closes a segment
    report = build([corpus], Settings(index_dir=str(tmp_path / "ix"), build_procs=2))
    assert report.articles == 41
    assert SearchIndex(tmp_path / "ix").search(SearchRequest(q="网信办")).total >= 40


def _built(corpus: Path, index_dir: Path) -> Path:
    build([corpus], Settings(index_dir=str(index_dir), build_procs=1))
    return index_dir


def test_index_folder_can_be_copied_as_a_backup(corpus: Path, tmp_path: Path) -> None:
    build([corpus], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    shutil.copytree(tmp_path / "ix", tmp_path / "backup", symlinks=True)
    os.rename(tmp_path / "ix", tmp_path / "gone")
    assert SearchIndex(tmp_path / "backup").search(SearchRequest(q="东数西算")).total == 1


def test_forked_workers_leave_what_the_parent_made_to_the_parent_and_it_collects_as_before() -> None:
    before, threshold = gc.get_freeze_count(), gc.get_threshold()
    with forked_pool(1) as pool:
        assert pool.apply(gc.get_freeze_count) > before  # inherited objects: never scanned in the worker
        assert pool.apply(gc.get_threshold) == WORKER_GC
        assert gc.get_freeze_count() == before and gc.get_threshold() == threshold


def test_a_build_in_a_process_holding_frozen_tables_leaves_them_frozen() -> None:
    # an open SearchIndex freezes its lifelong tables (index/search/searcher.py); a build's pool must not thaw them
    before = gc.get_freeze_count()
    gc.freeze()
    frozen = gc.get_freeze_count()
    try:
        with forked_pool(1) as pool:
            assert pool.apply(gc.get_freeze_count) >= frozen
        assert gc.get_freeze_count() == frozen
    finally:
        if not before:
            gc.unfreeze()


def _inputs(count: int) -> list[RawDocument]:
    """Inputs whose texts normalize to other texts (Traditional script, full-width digits), each its own."""
    texts = [f"網絡安全宣傳週第{i}期\n\n蘭州市開展網絡安全宣傳活動，參與者ＡＢＣ{i}人。" for i in range(count)]
    return [RawDocument(f"a{i}", f"a{i}.txt", text, "h", "utf-8") for i, text in enumerate(texts)]


def test_the_fingerprint_workers_hand_each_input_its_own_normalized_text() -> None:
    raws = _inputs(PARALLEL_MIN_INPUTS + 8)  # enough for two workers
    found = fingerprints(raws, 2)
    assert found.texts == {raw.id: normalize_text(raw.text) for raw in raws}
    assert found.prints == {raw.id: furniture.fingerprint_document(raw) for raw in raws}


def test_an_input_extracted_from_its_normalized_text_is_extracted_as_from_its_own() -> None:
    raw = _inputs(1)[0]
    assert extract_counting(raw, text=normalize_text(raw.text)) == extract_counting(raw)
