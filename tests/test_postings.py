"""Whole posting lists read as arrays, and query trees evaluated over them, agree with Whoosh's own matchers."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh import query as wq

from index.build import build
from index.search.matching import Evaluator
from index.settings import Settings
from index.store.postings import PostingSource

ARTICLES = {
    "a": "标题：网络安全宣传周在兰州开幕\n\n网络安全为人民，网络安全靠人民。兰州市网信办组织开展宣传活动。",
    "b": "标题：数字经济发展报告\n\n数字经济是网络强国建设的重要内容，网络安全是发展的前提。",
    "c": "标题：庆阳市召开网信工作会议\n\n会议强调，要压实网络意识形态工作责任制，做好网络安全工作。",
}


def _write(folder: Path, articles: dict[str, str]) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("postings")
    _write(root / "src", ARTICLES)
    build([root / "src"], Settings(index_dir=str(root / "index"), build_procs=1))
    return root / "index"


def _whoosh_postings(searcher, field: str, term: str) -> tuple[list[int], list[float], list[bytes]]:
    matcher = searcher.reader().postings(field, term)
    ids, weights, values = [], [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        values.append(matcher.value())
        matcher.next()
    return ids, weights, values


def _open(index_dir: Path):
    return whoosh_index.open_dir(str(index_dir / "current")).searcher()


@pytest.fixture
def searcher(small_index: Path):
    with _open(small_index) as opened:
        yield opened


def test_every_posting_list_reads_as_whoosh_reads_it(searcher) -> None:
    source = PostingSource(searcher, cache_mb=0)
    for field in ("title", "body", "grams"):
        fmt = searcher.schema[field].format
        for term in searcher.reader().field_terms(field):
            ours = source.read(field, term, positions=True)
            ids, weights, values = _whoosh_postings(searcher, field, term)
            assert ours.ids.tolist() == ids
            assert ours.freqs.tolist() == pytest.approx(weights)
            if ours.positions is not None:
                assert [ours.positions_of(i) for i in range(len(ours))] == [fmt.decode_positions(v) for v in values]


def test_field_lengths_are_whooshs(searcher) -> None:
    lengths = PostingSource(searcher, Settings().postings_cache_mb).lengths("body")
    reader = searcher.reader()
    assert lengths.tolist() == [reader.doc_field_length(d, "body") for d in range(reader.doc_count_all())]


def test_deleted_sections_are_left_out(tmp_path: Path) -> None:
    _write(tmp_path / "src", ARTICLES)
    build([tmp_path / "src"], Settings(index_dir=str(tmp_path / "index"), build_procs=1))
    (tmp_path / "src" / "a.txt").write_text("标题：兰州召开会议\n\n会议讨论了数字经济。", encoding="utf-8")
    build([tmp_path / "src"], Settings(index_dir=str(tmp_path / "index"), build_procs=1))
    with _open(tmp_path / "index") as searcher:
        assert searcher.reader().has_deletions()
        ours = PostingSource(searcher, Settings().postings_cache_mb).read("grams", "网络")
        assert ours.ids.tolist() == _whoosh_postings(searcher, "grams", "网络")[0]
    assert len(ours) == 2


def test_scores_match_whooshs_bm25f_for_terms_and_sums(searcher) -> None:
    evaluator = Evaluator(PostingSource(searcher, Settings().postings_cache_mb))
    query = wq.Or([wq.Term("body", "网络安全", boost=1.0), wq.Term("title", "网络安全", boost=2.0)])
    found = evaluator.matches(query)
    expected = {hit.docnum: hit.score for hit in searcher.search(query, limit=None)}
    assert dict(zip(found.ids.tolist(), found.scores.tolist(), strict=True)) == pytest.approx(expected)


def test_any_of_several_forms_scores_a_document_by_its_best_form_as_whoosh_does(searcher) -> None:
    # article a holds all three: it is scored by the best of them, not by their sum (an alias's forms count once)
    evaluator = Evaluator(PostingSource(searcher, Settings().postings_cache_mb))
    forms = [wq.Term("body", "网络安全"), wq.Term("grams", "网络"), wq.Term("body", "网信办")]
    found = evaluator.matches(wq.DisjunctionMax(forms))
    expected = {hit.docnum: hit.score for hit in searcher.search(wq.DisjunctionMax(forms), limit=None)}
    assert dict(zip(found.ids.tolist(), found.scores.tolist(), strict=True)) == pytest.approx(expected)
    held = [m.scores[m.ids.tolist().index(0)] for m in map(evaluator.matches, forms) if 0 in m.ids.tolist()]
    assert len(held) == 3 and found.scores[0] == max(held) < sum(held)


def test_a_tie_breaker_adds_that_share_of_the_other_forms_as_lucenes_dis_max_does(searcher) -> None:
    # Whoosh's DisjunctionMax keeps the tie-breaker but scores the best part alone; Lucene's adds the share
    evaluator = Evaluator(PostingSource(searcher, Settings().postings_cache_mb))
    forms = [wq.Term("body", "网络安全"), wq.Term("grams", "网络"), wq.Term("body", "网信办")]
    found = evaluator.matches(wq.DisjunctionMax(forms, tiebreak=0.5))
    held = [m.scores[m.ids.tolist().index(0)] for m in map(evaluator.matches, forms)]
    assert found.scores[0] == pytest.approx(max(held) + 0.5 * (sum(held) - max(held)))


def test_phrase_needs_its_words_next_to_each_other(searcher) -> None:
    evaluator = Evaluator(PostingSource(searcher, Settings().postings_cache_mb))
    assert evaluator.ids(wq.Phrase("grams", ["网络", "络安", "安全"])).tolist() == [0, 1, 2]
    assert evaluator.ids(wq.Phrase("body", ["网络安全", "人民"])).tolist() == []  # 网络安全为人民


def test_a_phrase_counts_every_place_it_starts_in_a_document(searcher) -> None:
    # In article a every 网络 starts 网络安全 (twice in its body), so the phrase is scored as often as the word;
    # in b and c 网络 also starts 网络强国 and 网络意识形态, so the phrase is found fewer times than the word.
    evaluator = Evaluator(PostingSource(searcher, Settings().postings_cache_mb))
    phrase = evaluator.matches(wq.Phrase("grams", ["网络", "络安", "安全"]))
    word = evaluator.matches(wq.Term("grams", "网络"))
    assert phrase.ids.tolist() == word.ids.tolist() == [0, 1, 2]
    assert phrase.scores[0] == word.scores[0]
    assert (phrase.scores[1:] < word.scores[1:]).all()


def test_sloppy_phrase_allows_words_between_as_whoosh_does(searcher) -> None:
    query = wq.Phrase("body", ["网络安全", "人民"], slop=2)
    assert Evaluator(PostingSource(searcher, Settings().postings_cache_mb)).ids(query).tolist() == [0]
    assert [hit.docnum for hit in searcher.search(query)] == [0]


def test_and_not_removes_what_is_excluded(searcher) -> None:
    evaluator = Evaluator(PostingSource(searcher, Settings().postings_cache_mb))
    query = wq.AndNot(wq.Term("grams", "网络"), wq.Term("grams", "兰州"))
    assert len(evaluator.ids(query)) == 2


def test_postings_cache_stays_within_its_budget(searcher) -> None:
    source = PostingSource(searcher, cache_mb=0.001)
    terms = list(searcher.reader().field_terms("grams"))
    first = [source.read("grams", t).ids.tolist() for t in terms]
    assert 0 < source.cached_bytes <= 0.001 * 1024 * 1024
    assert [source.read("grams", t).ids.tolist() for t in terms] == first


@pytest.mark.parametrize("positions", [False, True], ids=["postings", "with positions"])
def test_the_postings_cache_counts_what_the_process_holds(seed_index_dir: Path, positions: bool) -> None:
    """Mostly short lists (one or two sections each): their arrays are the smaller part of what they cost."""
    with _open(seed_index_dir) as searcher:
        source = PostingSource(searcher, cache_mb=1024)
        terms = list(searcher.reader().field_terms("grams"))
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            held = [source.read("grams", t, positions=positions) for t in terms]
            grown = tracemalloc.get_traced_memory()[0] - before
        finally:
            tracemalloc.stop()
        assert len(held) > 2000
        assert 0.8 < source.cached_bytes / grown < 1.25
