"""The index's codec reads back every posting as written, through its own reader and through Whoosh's."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh.fields import ID, TEXT
from whoosh.filedb.filestore import FileStorage
from whoosh.system import pack_uint

from index import store
from index.build import build
from index.settings import Settings
from index.store.codec import NPL_EXT, NumpyCodec
from index.store.positions import PackedPositions
from index.store.segment_writer import CODEC
from tests.conftest import SEEDS

_GRAMS = TEXT(phrase=True)
_GRAMS.format = PackedPositions()
_FIELDS = {"grams": _GRAMS, "title": TEXT(phrase=False), "doc_id": ID()}

# term -> document -> its positions; documents and positions wide enough to need every width (1, 2, 4 bytes)
_NUMBERS = st.one_of(st.integers(0, 300), st.integers(0, 70_000), st.integers(0, 2**24))
_POSTINGS = st.dictionaries(
    st.text("网络安全人民abc", min_size=1, max_size=3).map(str.encode),
    st.dictionaries(_NUMBERS, st.lists(_NUMBERS, min_size=1, max_size=4, unique=True).map(sorted), min_size=1),
    min_size=1,
    max_size=12,
)


def _write(folder: str, field: str, postings: dict, whole: bool) -> tuple[NumpyCodec, FileStorage, object]:
    """A segment holding `postings` in `field`, written whole or posting by posting (Whoosh's way)."""
    storage = FileStorage(folder)
    codec = NumpyCodec()
    segment = codec.new_segment(storage, "MAIN")
    writer = codec.field_writer(storage, segment)
    fieldobj = _FIELDS[field]
    terms = sorted(postings)
    if whole:
        rows = [(doc, len(found), found) for term in terms for doc, found in sorted(postings[term].items())]
        flat = np.array([p for _, _, found in rows for p in found], np.int64) if field == "grams" else None
        writer.write_field(
            field,
            fieldobj,
            terms,
            np.array([len(postings[t]) for t in terms]),
            np.array([doc for doc, _, _ in rows], np.int64),
            np.array([count if field != "doc_id" else 1 for _, count, _ in rows], np.int64),
            flat,
        )
    else:
        writer.start_field(field, fieldobj)
        for term in terms:
            writer.start_term(term)
            for doc, found in sorted(postings[term].items()):
                count = 1 if field == "doc_id" else len(found)
                value = fieldobj.format.encode(found) if field == "grams" else pack_uint(count)
                writer.add(doc, float(count), value if field != "doc_id" else b"", 0)
            writer.finish_term()
        writer.finish_field()
    writer.close()
    return codec, storage, segment


@settings(max_examples=60, deadline=None)
@given(postings=_POSTINGS, field=st.sampled_from(sorted(_FIELDS)))
def test_every_posting_reads_back_as_written(postings: dict, field: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        codec, storage, segment = _write(folder, field, postings, whole=True)
        reader = codec.terms_reader(storage, segment)
        for term, docs in postings.items():
            ids, weights, positions, counts = reader.postings(field, term, positions=True)
            assert ids.tolist() == sorted(docs)
            expected = [1 if field == "doc_id" else len(docs[d]) for d in sorted(docs)]
            assert counts.tolist() == expected and weights.tolist() == expected
            if field == "grams":
                assert positions.tolist() == [p for d in sorted(docs) for p in docs[d]]
        assert reader.postings(field, b"\xff absent", positions=True) is None
        reader.close()


@settings(max_examples=30, deadline=None)
@given(postings=_POSTINGS, field=st.sampled_from(sorted(_FIELDS)))
def test_whooshs_posting_by_posting_writing_makes_the_same_file(postings: dict, field: str) -> None:
    files = []
    for whole in (True, False):
        with tempfile.TemporaryDirectory() as folder:
            _, _, segment = _write(folder, field, postings, whole)
            files.append((Path(folder) / segment.make_filename(NPL_EXT)).read_bytes())
    assert files[0] == files[1]


def test_whooshs_matchers_and_term_lookups_read_the_codecs_postings(tmp_path: Path) -> None:
    postings = {"安全".encode(): {3: [0, 7], 70_000: [5]}, "网络".encode(): {3: [6]}}
    codec, storage, segment = _write(str(tmp_path), "grams", postings, whole=True)
    reader = codec.terms_reader(storage, segment)
    matcher = reader.matcher("grams", "安全".encode(), _GRAMS.format)
    found = []
    while matcher.is_active():
        found.append((matcher.id(), matcher.weight(), _GRAMS.format.decode_positions(matcher.value())))
        matcher.next()
    assert found == [(3, 2.0, [0, 7]), (70_000, 1.0, [5])]
    assert reader.doc_frequency("grams", "安全".encode()) == 2 and reader.frequency("grams", "安全".encode()) == 3
    assert ("grams", "网络".encode()) in reader and ("grams", "人民".encode()) not in reader
    assert list(reader.terms_from("grams", "网".encode())) == [("grams", "网络".encode())]
    with pytest.raises(KeyError):
        reader.doc_frequency("grams", "人民".encode())


def test_whooshs_pickled_positions_are_refused(tmp_path: Path) -> None:
    storage = FileStorage(str(tmp_path))
    codec = NumpyCodec()
    writer = codec.field_writer(storage, codec.new_segment(storage, "MAIN"))
    with pytest.raises(ValueError, match="Existence, Frequency and PackedPositions"):
        writer.start_field("body", TEXT(phrase=True))
    writer.close()


def _postings_by_id(ix) -> dict:
    """Every term's live postings, each named by its section's doc_id: (weight, value)."""
    with ix.searcher() as searcher:
        reader = searcher.reader()
        names = {docnum: fields["doc_id"] for docnum, fields in reader.iter_docs()}
        found = {}
        for field, term in reader.all_terms():
            matcher = reader.postings(field, term)
            listed = {}
            while matcher.is_active():
                if matcher.id() in names:
                    listed[names[matcher.id()]] = (matcher.weight(), matcher.value())
                matcher.next()
            if listed:
                found[field, term] = listed
        return found


def test_whooshs_own_merge_of_the_index_segments_keeps_every_posting(tmp_path: Path) -> None:
    """An incremental build's segments (one with a deleted article) merged by Whoosh through the codec."""
    shutil.copytree(SEEDS, tmp_path / "src")
    settings_ = Settings(index_dir=str(tmp_path / "ix"), build_procs=1)
    build([tmp_path / "src"], settings_)
    (tmp_path / "src" / "extra.txt").write_text("标题：兰州召开会议\n\n网络安全会议在兰州召开。", encoding="utf-8")
    next(iter(sorted((tmp_path / "src").glob("0*.txt")))).unlink()
    build([tmp_path / "src"], settings_)
    ix = whoosh_index.open_dir(str(store.current_generation(tmp_path / "ix")))
    assert len(ix._segments()) == 2 and ix.reader().has_deletions()
    before = _postings_by_id(ix)
    ix.writer(codec=CODEC).commit(optimize=True)
    ix = whoosh_index.open_dir(str(store.current_generation(tmp_path / "ix")))
    assert len(ix._segments()) == 1 and not ix.reader().has_deletions()
    assert _postings_by_id(ix) == before
