"""Boilerplate learned from the corpus: lines recurring across a source's files, kept with the index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.layouts import DEFAULT_DATA as CORPUS
from index import store
from index.article import RawDocument
from index.build import build
from index.ingest import furniture
from index.ingest.extract import extract
from index.ingest.furniture import Fingerprints, learn
from index.ingest.sources import read_sources
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


@pytest.mark.parametrize("day", ["二〇二〇年七月十五日", "2020年7月15日"])
def test_a_day_many_files_of_a_folder_share_leaves_the_text_only_once_its_day_is_read(day: str) -> None:
    assert furniture.carries_fields(day)


def test_the_paragraphs_of_reprints_of_one_story_are_not_furniture() -> None:
    story = STORIES[0][1]
    reprints = [_prints("folder", HEADER, story, chars=len(HEADER) + len(story)) for _ in range(3)]
    others = [_prints("folder", HEADER, STORIES[n][1]) for n in range(1, 5)]
    assert learn(reprints + others) == {"folder": frozenset([furniture.line_key(HEADER)])}


def test_a_written_line_that_carries_a_date_is_never_furniture() -> None:
    assert furniture.line_key("2023年1月10日，庆阳市召开网信工作会议，部署全年网信重点任务。") is None


def test_field_lines_are_fingerprinted_as_lines_that_carry_fields() -> None:
    for line in ("来源：新甘肃", "责任编辑：陈楚培", "2023年1月10日 星期二"):
        assert furniture.line_key(line) is not None and furniture.carries_fields(line)


CITIES = "庆阳 泉州 商洛 兰州 银川 西宁 天水 汉中 安康 延安 榆林 宝鸡 咸阳 渭南 铜川 平凉 武威 张掖 酒泉 定西".split()
TOPICS = ["网信工作", "安全生产", "森林防火", "春运保障", "河湖治理", "营商环境"]


def _articles(count: int) -> list[str]:
    """`count` different short news texts, each a paragraph of its own city and topic."""
    texts = []
    for n in range(count):
        city, topic = CITIES[n % len(CITIES)], TOPICS[n % len(TOPICS)]
        texts.append(
            f"{city}市召开{topic}推进会\n\n{n + 3}日，{city}市召开{topic}推进会，部署{n + 5}项重点任务，"
            f"要求各县区压实责任、细化措施。\n\n会议指出，{city}市{topic}要坚持问题导向，确保取得实效。"
        )
    return texts


NOTICE = "本文来自清风号，仅代表清风号自媒体观点。"  # a platform's notice no rule knows
GLUED = "返回清风，查看更多 责任编辑："  # a footer glued to the last sentence, its label empty


def test_a_line_in_ten_files_of_a_large_source_is_furniture_whatever_its_share() -> None:
    texts = [text + (f"\n\n{NOTICE}" if n < 10 else "") for n, text in enumerate(_articles(40))]
    learned = learn(furniture.fingerprint("export", text) for text in texts)
    assert furniture.line_key(NOTICE) in learned["export"]


def test_a_line_in_fewer_than_ten_files_of_a_large_source_is_not_furniture() -> None:
    texts = [text + (f"\n\n{NOTICE}" if n < 9 else "") for n, text in enumerate(_articles(40))]
    assert furniture.line_key(NOTICE) not in learn(furniture.fingerprint("export", text) for text in texts).get(
        "export", frozenset()
    )


def test_a_line_with_few_words_is_not_furniture_by_its_count_alone() -> None:
    texts = _articles(40)  # `（2）` in 11 files: above ten files, under 30% of the source
    texts = [text.replace("\n\n会议指出", "\n\n（2）\n\n会议指出") for text in texts[:11]] + texts[11:]
    assert furniture.line_key("（2）") not in learn(furniture.fingerprint("export", t) for t in texts).get(
        "export", frozenset()
    )


def test_an_ending_glued_to_the_last_sentence_of_many_files_is_cut_after_the_sentence() -> None:
    texts = [text + (GLUED if n < 12 else "") for n, text in enumerate(_articles(40))]
    learned = learn(furniture.fingerprint("export", text) for text in texts)
    raw = RawDocument("0", "export.jsonl:1", texts[0], "h0", "utf-8", {}, "export")
    article = extract(raw, learned["export"])
    assert article.body.endswith("会议指出，庆阳市网信工作要坚持问题导向，确保取得实效。")


def test_a_sentence_ending_many_files_share_is_not_furniture() -> None:
    verdicts = [f"法院审理认为，被告人{n + 2}次盗窃他人财物，数额较大，依法作出上述判决。" for n in range(12)]
    texts = [f"{text}\n\n{verdicts[n]}" if n < 12 else text for n, text in enumerate(_articles(40))]
    learned = learn(furniture.fingerprint("export", text) for text in texts)
    raw = RawDocument("0", "export.jsonl:1", texts[0], "h0", "utf-8", {}, "export")
    assert extract(raw, learned.get("export", frozenset())).body.endswith("依法作出上述判决。")


def test_a_scraped_export_with_escaped_lines_loses_its_glued_footer_in_the_index(tmp_path: Path) -> None:
    records = [
        {"id": f"a{n}", "title": text.split("\n")[0], "body": text.replace("\n\n", "\\n") + GLUED}
        for n, text in enumerate(_articles(12))
    ]
    records.append({"id": "bare", "title": "每天不用我干活啦", "body": f"原标题：每天不用我干活啦\\n{GLUED}"})
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    build([path], Settings(index_dir=str(tmp_path / "ix"), build_procs=1))
    index = SearchIndex(tmp_path / "ix")
    assert index.search(SearchRequest(q="返回清风 查看更多")).total == 0
    assert index.search(SearchRequest(q="压实责任")).total == 12


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_file(), reason="shared corpus not found")
def test_the_sohu_footer_of_the_shared_corpus_is_learned_away() -> None:
    raws = [raw for raw in read_sources([CORPUS], Settings().max_file_bytes) if isinstance(raw, RawDocument)]
    learned = learn(furniture.fingerprint_document(raw) for raw in raws)
    carriers = [raw for raw in raws if "返回搜狐" in raw.text]
    kept = []
    for raw in carriers:
        article = extract(raw, learned.get(raw.origin, frozenset()))
        if "返回搜狐" in f"{article.title}\n{article.body}":
            kept.append(raw.id)
    assert len(carriers) >= 400 and len(kept) <= len(carriers) // 100


def _export(titles: list[str], tmp_path: Path) -> list[RawDocument]:
    records = [
        {"id": f"a{n}", "title": title, "body": text.split("\n", 1)[1].replace("\n\n", "\\n")}
        for n, (title, text) in enumerate(zip(titles, _articles(len(titles)), strict=True))
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return [raw for raw in read_sources([path], Settings().max_file_bytes) if isinstance(raw, RawDocument)]


def test_a_title_tail_the_sources_titles_share_is_its_site_suffix(tmp_path: Path) -> None:
    raws = _export([f"{text.split(chr(10))[0]}_清风手机报" for text in _articles(12)], tmp_path)
    learned = learn(furniture.fingerprint_document(raw) for raw in raws)
    titles = {extract(raw, learned.get(raw.origin, frozenset())).title for raw in raws}
    assert all(not title.endswith("清风手机报") for title in titles) and len(titles) == 12


def test_a_title_tail_only_a_few_titles_share_stays(tmp_path: Path) -> None:
    heads = [text.split("\n")[0] for text in _articles(12)]
    raws = _export([f"{head}-压实责任" if n < 2 else head for n, head in enumerate(heads)], tmp_path)
    learned = learn(furniture.fingerprint_document(raw) for raw in raws)
    assert extract(raws[0], learned.get(raws[0].origin, frozenset())).title.endswith("压实责任")


def test_a_scrapers_title_loses_the_site_name_it_ends_with(tmp_path: Path) -> None:
    raw = _export(["北京大兴区超标食品销毁 - 农村网"], tmp_path)[0]
    assert extract(raw).title == "北京大兴区超标食品销毁"


def test_a_line_every_page_of_a_site_shows_is_furniture_where_one_pages_extraction_kept_it() -> None:
    card = "江城观察员 经济学话题下的优秀答主"
    raws = [
        RawDocument(f"p{n}", f"p{n}.html", f"{title}\n{text}", "0" * 32, "utf-8", {}, "site:example.cn")
        for n, (title, text) in enumerate(STORIES)
    ]
    raws[0] = RawDocument(
        "p0", "p0.html", f"{STORIES[0][0]}\n{card}\n{STORIES[0][1]}", "0" * 32, "utf-8", {}, "site:example.cn"
    )
    raws = [
        RawDocument(
            raw.id,
            raw.path,
            raw.text,
            raw.content_hash,
            raw.encoding,
            raw.meta,
            raw.origin,
            shown=("首页 网信动态 专题", "江城观察员", "经济学话题下的优秀答主", raw.text.split("\n")[0]),
        )
        for raw in raws
    ]
    learned = learn(furniture.fingerprint_document(raw) for raw in raws)
    assert card not in extract(raws[0], learned["site:example.cn"]).body


def test_a_sites_own_line_ending_in_a_topic_is_still_learned_once_its_topic_is_cut(tmp_path: Path) -> None:
    note = "和上周整理的那条可以对照着看 #待整理"  # a notes app's every page carries it: the topic leaves the line
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(f"{STORIES[n][0]}\n\n{note}\n\n{STORIES[n][1]}\n", encoding="utf-8")
    raws = list(read_sources([tmp_path], Settings().max_file_bytes))
    learned = learn(furniture.fingerprint_document(raw) for raw in raws)
    article = extract(raws[0], learned[raws[0].origin])
    assert "对照着看" not in article.body
