"""schema.org JSON-LD saved alone is read an article an `…Article` or `…Posting` object: its headline, its day in
China, its writers (never its editor or publisher) and its `articleBody` or `text`."""

from __future__ import annotations

import json
from pathlib import Path

from index.ingest.extract import extract
from index.ingest.schema_articles import articles
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "江城市出台个人信息保护工作方案"
BODY = "近日，江城市出台个人信息保护工作方案，明确了十二项重点任务。\n方案要求，各部门要加强APP违规收集信息的治理。"
ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": TITLE,
    "datePublished": "2021-03-29T20:30:00Z",
    "dateModified": "2021-05-01T10:00:00+08:00",
    "author": {"@type": "Person", "name": "李明"},
    "editor": {"@type": "Person", "name": "周强"},
    "publisher": {"@type": "Organization", "name": "江城日报社"},
    "copyrightHolder": {"@type": "Organization", "name": "江城日报社"},
    "articleBody": BODY,
}


def test_a_news_article_saved_alone_is_an_article(tmp_path: Path) -> None:
    (tmp_path / "ld.json").write_text(json.dumps(ARTICLE, ensure_ascii=False), encoding="utf-8")
    (raw,) = read_sources([tmp_path], Settings().max_file_bytes)
    article = extract(raw)
    assert (article.title, article.date, article.authors) == (TITLE, "2021-03-30", ["李明"])
    assert article.body == BODY


def test_the_published_day_is_the_day_in_china_never_the_modified_one() -> None:
    (item,) = articles(ARTICLE)
    assert item.fields["date"] == "2021-03-30"


def test_editor_publisher_and_copyright_holder_are_no_writers() -> None:
    (item,) = articles(ARTICLE | {"author": "江城日报记者 王芳"})
    assert (item.fields["author"], item.fields["site"]) == ("江城日报记者 王芳", "江城日报社")


def test_a_list_of_authors_gives_each_writer() -> None:
    (item,) = articles(ARTICLE | {"author": [{"@type": "Person", "name": "李明"}, {"name": "赵倩"}]})
    assert item.fields["author"] == "李明、赵倩"


def test_a_graphs_author_reference_is_resolved_and_its_other_nodes_are_no_articles() -> None:
    graph = [
        {"@type": "WebPage", "@id": "https://e.cn/1/", "name": f"{TITLE} - 江城观察"},
        {"@type": "Person", "@id": "#p1", "name": "陈静"},
        {"@type": "BlogPosting", "headline": TITLE, "author": {"@id": "#p1"}, "text": f"<p>{BODY}</p>"},
    ]
    (item,) = articles({"@graph": graph})
    assert (item.fields["title"], item.fields["author"]) == (TITLE, "陈静")


def test_an_article_without_two_sentences_of_text_is_none() -> None:
    assert articles(ARTICLE | {"articleBody": "详见附件"}) == []


def test_odd_values_give_nothing() -> None:
    assert [articles(value) for value in (None, 3, "x", [], {"@type": 5}, [[[]]])] == [[]] * 6
