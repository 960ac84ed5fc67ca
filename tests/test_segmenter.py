"""jieba-rs gives jieba's own tokens: the build's and the queries' segmentation is jieba's, only faster."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jieba import finalseg

from index.text import dictionary
from index.text.analysis import segment, tokenizer_for
from index.text.normalize import normalize_text
from index.text.segmenter import hmm_cut

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news_zh_combined.jsonl"
FIXTURES = [
    "7月18日18:00-21:00，中央路红星爱木联盟的“仲夏夜party”将闪亮登场。",
    "版权所有 1996-2018 新浪网 客服邮箱：vip.sina.com 联系电话：010-62675637",
    "发布时间：18-02-22 来源：www.021shunou.com 作者：张三",
    "新建PVC-C管道2.5g，TP-Link与wi-fi、NB-IoT模块，C++与C#课程，增长3.5%，比分2-5。",
    "泉州网信办:凝聚强劲网动力，推动社会工作 网上网下同频共振",
    "庆阳市积极融入东数西算工程，加快发展数字经济,促进数字经济和实体经济深度融合",
    "a--b c++ -. 你好-. x-光明 contentTuiguang_box margin-top:10px; s.p.a",
    "大庆油田保持青春常在的“秘方”",  # jieba-rs's HMM would cut 常在/的
    "通话时，您的手机会有嘀嘀嘀的提示音，呵呵呵，哈哈哈哈",  # a character three times over: a tie
    "汕头老街小公园-𬒈石风景区，㐀㐁中文，娐犤𥬞𫘞鉣",  # CJK extensions: jieba leaves each alone
]


def both(words: dictionary.Dictionary):
    compiled, reference = tokenizer_for(words), tokenizer_for(words, compiled=False)
    assert compiled.compiled and not reference.compiled
    return compiled, reference


@pytest.mark.parametrize("text", FIXTURES)
def test_the_compiled_segmenter_gives_jiebas_tokens(text: str) -> None:
    compiled, reference = both(dictionary.load())
    assert compiled.tokenize(text) == list(reference.jieba.tokenize(text))
    assert [word for word, _, _ in compiled.tokenize(text)] == reference.jieba.lcut(text)


@pytest.mark.parametrize("text", FIXTURES)
def test_the_compiled_segmenters_words_alone_are_jiebas_words(text: str) -> None:
    compiled, reference = both(dictionary.load())
    assert compiled.words(text) == reference.words(text) == reference.jieba.lcut(text)


@pytest.mark.parametrize("text", FIXTURES)
def test_queries_get_jiebas_words_from_the_compiled_segmenter(text: str) -> None:
    compiled, reference = both(dictionary.load())
    assert segment(text, compiled.tokenize(text)) == segment(text, reference.tokenize(text))


def test_ascii_runs_are_split_as_jiebas_hmm_splits_them() -> None:
    compiled, _ = both(dictionary.load())
    words = [word for word, _, _ in compiled.tokenize("来源：vip.sina.com，日期18-02-22")]
    assert words == ["来源", "：", "vip", ".", "sina", ".", "com", "，", "日期", "18", "-", "02", "-", "22"]


def test_a_near_tie_in_the_hmm_is_broken_as_jiebas_own_hmm_breaks_it() -> None:
    compiled, _ = both(dictionary.load())
    assert [word for word, _, _ in compiled.tokenize("青春常在的")] == ["青春", "常", "在", "的"]


def test_user_words_without_a_frequency_get_jiebas_and_stay_compiled(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("数字甘肃 300 ns\n网信智库\n陇上江南\n", encoding="utf-8")
    compiled, reference = both(dictionary.load(str(path)))
    text = "网信智库发布报告：推进数字甘肃建设，打造陇上江南"
    assert compiled.tokenize(text) == reference.tokenize(text)
    assert "网信智库" in [word for word, _, _ in compiled.tokenize(text)]


def test_a_user_word_jieba_already_knows_falls_back_to_jieba(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("中国 50\n", encoding="utf-8")
    found = tokenizer_for(dictionary.load(str(path)))
    assert not found.compiled
    assert found.tokenize("中国人民") == list(found.jieba.tokenize("中国人民"))


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_file(), reason="the shared corpus is absent")
def test_the_compiled_segmenter_matches_jieba_over_a_corpus_sample() -> None:
    compiled, reference = both(dictionary.load())
    with CORPUS.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in itertools.islice(handle, 0, 6000, 20)]
    for record in records:
        title = normalize_text(record.get("title") or "")
        body = normalize_text(record.get("body") or "")
        expected = reference.tokenize(body)
        assert compiled.tokenize(body) == expected, record["id"]
        assert compiled.words(body) == [word for word, _, _ in expected], record["id"]
        assert segment(title, compiled.tokenize(title)) == segment(title, reference.tokenize(title)), record["id"]


# Characters the HMM knows well, rarely (嘀) or not at all (𬒈, 㐀), ASCII runs it splits its own way, and a tie.
_RUNS = st.text(alphabet=st.sampled_from(list("大庆油田常在的青春泉州网信办嘀呵哈鉣娐㐀𬒈ab.%019-_ ")), max_size=24)


@settings(max_examples=500, deadline=None)
@given(run=_RUNS)
def test_the_hmm_cut_is_jiebas(run: str) -> None:
    assert hmm_cut(run) == list(finalseg.cut(run))


@settings(max_examples=100, deadline=None)
@given(text=_RUNS)
def test_the_compiled_segmenters_words_are_its_tokens_words(text: str) -> None:
    compiled, _ = both(dictionary.load())
    assert compiled.words(text) == [word for word, _, _ in compiled.tokenize(text)]
