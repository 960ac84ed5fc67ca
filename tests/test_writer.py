"""The build's own segment writer makes the same index as Whoosh's writer, only faster."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index

from index.article import RawDocument
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.settings import Settings
from index.store.documents import ANALYSERS, documents
from index.store.schema import build_schema
from index.store.segment_writer import AnalysedSegmentWriter
from index.text.analysis import Units
from index.text.normalize import normalize_text
from tests.conftest import SEEDS


def _index(folder: Path, docs: list[dict], ours: bool):
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), build_schema())
    units = Units()  # the build's bigram and character terms, as codes
    writer = AnalysedSegmentWriter(ix, dict(ANALYSERS, grams=units.grams, chars=units.chars)) if ours else ix.writer()
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()
    return ix


def _contents(ix) -> dict:
    """Every term's postings, every document's field lengths and stored fields."""
    with ix.searcher() as searcher:
        reader = searcher.reader()
        postings = {}
        for field, term in reader.all_terms():
            matcher = reader.postings(field, term)
            listed = []
            while matcher.is_active():
                listed.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            postings[field, term] = listed
        names = [name for name in ix.schema.names() if ix.schema[name].scorable]
        lengths = {(d, n): reader.doc_field_length(d, n) for d in range(reader.doc_count_all()) for n in names}
        stored = [reader.stored_fields(d) for d in range(reader.doc_count_all())]
        return {"postings": postings, "lengths": lengths, "stored": stored, "fields": reader.field_length("grams")}


def test_the_seed_index_is_the_same_as_whooshs_writer_makes(tmp_path: Path) -> None:
    raws = [item for item in read_sources([SEEDS], Settings().max_file_bytes) if isinstance(item, RawDocument)]
    docs = [doc for raw in raws for doc in documents(extract(raw))]
    ours = _contents(_index(tmp_path / "ours", docs, ours=True))
    theirs = _contents(_index(tmp_path / "whoosh", docs, ours=False))
    assert ours["postings"].keys() == theirs["postings"].keys()
    assert ours == theirs


def test_analysers_make_the_schemas_analyzer_terms_from_the_normalized_text() -> None:
    schema = build_schema()
    text = "網絡安全宣傳周\n在兰州 ５Ｇ开幕，ABC数字经济"
    for name, analyse in ANALYSERS.items():
        tokens = [(t.text, t.pos) for t in schema[name].analyzer(text, positions=True)]
        assert analyse(normalize_text(text)) == tokens


def test_the_schemas_analyzers_give_traditional_text_the_terms_of_its_simplified_form() -> None:
    schema = build_schema()
    for name in ("body", "grams"):
        analyzer = schema[name].analyzer
        traditional = [t.text for t in analyzer("對(duì)網(wǎng)絡安全宣傳週")]
        assert traditional == [t.text for t in analyzer("对网络安全宣传周")], name


_TEXTS = st.text(alphabet=st.sampled_from(list("网络安全宣传周在兰州数字经济aBZz059 \n，。-．㑇𬒈")), max_size=40)


@settings(max_examples=200, deadline=None)
@given(text=_TEXTS)
def test_the_builds_bigram_and_character_terms_are_the_analyzers(text: str) -> None:
    schema = build_schema()
    units = Units()
    for name, coded in (("grams", units.grams), ("chars", units.chars)):
        tokens = [(t.text, t.pos) for t in schema[name].analyzer(text, positions=True)]
        assert ANALYSERS[name](normalize_text(text)) == tokens, name
        assert coded(normalize_text(text)).pairs() == tokens, name


@settings(max_examples=200, deadline=None)
@given(text=_TEXTS)
def test_the_builds_word_terms_are_the_analyzers(text: str) -> None:
    """One pass with remembered tokens gives the schema analyzer's terms and positions, line breaks included."""
    schema = build_schema()
    tokens = [(t.text, t.pos) for t in schema["body"].analyzer(text, positions=True)]
    assert ANALYSERS["body"](normalize_text(text)) == tokens
    assert ANALYSERS["body"](normalize_text(text)) == tokens  # its tokens remembered the second time


def test_the_writers_code_factorization_is_numpys_unique() -> None:
    """The writer numbers a coded field's distinct terms by tables of their halves, not by sorting every code:
    the same distinct codes, in the same order, and the same number for each token as `np.unique`."""
    import numpy as np

    from index.store.segment_writer import factorized

    units = Units()
    texts = [
        "国家网信办部署2024年“清朗”系列专项行动\n整治ipv6、5G和App违规收集个人信息",
        "𠀋字在扩展B区，Ａ股与a股；单字\n行\n",
        "abc def 123 abc\n網絡安全宣傳周在重慶開幕",
    ]
    for make in (units.grams, units.chars):
        codes = np.concatenate([make(normalize_text(text)).codes for text in texts])
        expected, numbers = np.unique(codes, return_inverse=True)
        found, found_numbers = factorized(codes)
        assert found.tolist() == expected.tolist() and found_numbers.tolist() == numbers.tolist()


def test_the_stored_article_is_every_field_of_the_article_with_its_sections_as_dicts() -> None:
    text = "标题：兰州网信办召开会议\n\n作者：张三\n\n会议部署网络安全工作。\n\n一、总体要求\n\n压实责任。"
    raw = RawDocument("a/1", "a/1.txt", text, "h", "utf-8")
    article = extract(raw)
    stored = json.loads(documents(article)[0]["article"])
    assert stored == json.loads(json.dumps(dataclasses.asdict(article), ensure_ascii=False))
    assert list(stored) == [f.name for f in dataclasses.fields(article)] and stored["sections"]


def test_values_the_writer_remembers_are_indexed_as_whooshs_writer_indexes_them(tmp_path: Path) -> None:
    """The writer analyses a field's value once and reuses it: the same value in another field, or another value
    in the same field, is still indexed as itself."""
    base = {"title": "兰州网信办召开会议", "body": "会议部署网络安全工作。", "grams": "兰州", "chars": "兰州"}
    docs = [
        dict(base, doc_id="a#0", article_id="a", section_no=0, province="甘肃", city="兰州", source="兰州", year="23"),
        dict(base, doc_id="a#1", article_id="a", section_no=1, province="甘肃", city="兰州", source="甘肃", year="23"),
        dict(base, doc_id="b#0", article_id="b", section_no=0, province="甘肃", city="庆阳", source="兰州", year="24"),
        dict(base, doc_id="c#0", article_id="c", section_no=0, province="", city="", source="", authors="张三,李四"),
    ]
    ours = _contents(_index(tmp_path / "ours", docs, ours=True))
    assert ours == _contents(_index(tmp_path / "whoosh", docs, ours=False))
    assert [doc for doc, _, _ in ours["postings"]["city", "庆阳".encode()]] == [2]
