"""A crawler's CSV or TSV export read as its articles, a row each (index/ingest/crawl_tables.py)."""

from __future__ import annotations

from pathlib import Path

from index.article import RawDocument, Skipped
from index.ingest.crawl_tables import crawl_records
from index.ingest.extract import extract
from index.ingest.mailboxes import Damaged
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "东莞在建重大项目基本全面复工"
LEAD = "记者30日从广东东莞市政府获悉，截至3月30日，东莞284个在建重大项目已基本全面复工。"
SECOND = "总体复工率为98.2%，已复工项目工人返岗率达92.6%。"
OTHER = "江城市开展网络安全宣传周活动"
HEADER = "标题,标题链接,发布时间,来源,作者,正文,当前时间,页面网址"


def _row(title: str, html: str) -> str:
    return (
        f'{title},https://www.example.cn/a/1.html,2020-03-30 10:05,中国新闻网,记者 李晗,"{html}",'
        "2024-05-01 02:11:09,https://www.example.cn/list_2.html"
    )


EXPORT = "\r\n".join(
    [HEADER, _row(OTHER, f"<p>{SECOND}</p>\n<p>{LEAD}</p>"), _row(TITLE, f"<p>{LEAD}</p>\n<p>{SECOND}</p>")]
)


def test_each_row_is_an_article_with_its_fields_from_the_columns_the_header_names() -> None:
    _, item = crawl_records(EXPORT)
    assert item.fields == {
        "title": TITLE,
        "date": "2020-03-30 10:05",
        "source": "中国新闻网",
        "author": "记者 李晗",
        "url": "https://www.example.cn/a/1.html",
    }


def test_a_quoted_cell_keeps_its_line_breaks_and_doubled_quotes() -> None:
    text = f'title,content\n{TITLE},"{LEAD}\n他说：""复工复产有序推进。""{SECOND}"\n'
    (item,) = crawl_records(text)
    assert item.text == f'{LEAD}\n他说："复工复产有序推进。"{SECOND}'


def test_the_crawl_time_column_is_never_the_articles_day() -> None:
    text = f"title\tcontent\tcrawl_time\n{TITLE}\t{LEAD}{SECOND}\t2024-05-01 02:11:09\n"
    (item,) = crawl_records(text)
    assert "date" not in item.fields


def test_an_article_link_is_the_address_before_the_page_the_crawler_walked() -> None:
    text = f"页面网址,标题,原文链接,内容\nhttps://x.cn/list.html,{TITLE},https://x.cn/a/9.html,{LEAD}\n"
    (item,) = crawl_records(text)
    assert item.fields["url"] == "https://x.cn/a/9.html"


def test_an_unnamed_column_of_sentences_is_the_text_where_no_header_names_one() -> None:
    text = f"标题,日期,摘要,col4\n{TITLE},2020-03-30,复工,{LEAD}{SECOND}{LEAD}\n"
    (item,) = crawl_records(text)
    assert item.text == f"{LEAD}{SECOND}{LEAD}"


def test_a_table_of_figures_is_no_table_of_articles() -> None:
    assert crawl_records("地区,增速,备注\n北京,5.3,一季度\n上海,4.8,\n") is None


def test_a_cell_past_the_csv_limit_costs_the_rows_from_it_not_those_before() -> None:
    text = f'title,content\n{TITLE},{LEAD}\n{OTHER},"{"复" * 200_000}"\n'
    first, damaged = crawl_records(text)
    assert first.fields["title"] == TITLE and isinstance(damaged, Damaged)


def test_empty_and_odd_input_is_no_table() -> None:
    assert [crawl_records(text) for text in ("", "\ufeff", '"', "标题,正文")] == [None, None, None, []]


def test_a_gbk_export_in_a_folder_is_read_a_row_an_article(tmp_path: Path) -> None:
    (tmp_path / "crawl.csv").write_bytes(("\ufeff" + EXPORT).encode("utf-8"))
    (tmp_path / "gbk.tsv").write_bytes(f"文章标题\t文章内容\n{OTHER}\t{LEAD}{SECOND}\n".encode("gbk"))
    found = list(read_sources([tmp_path], Settings().max_file_bytes))
    articles = [extract(doc) for doc in found if isinstance(doc, RawDocument)]
    assert [(a.title, a.date) for a in articles] == [(OTHER, "2020-03-30"), (TITLE, "2020-03-30"), (OTHER, None)]
    assert articles[1].authors == ["李晗"] and articles[1].body == f"{LEAD}\n{SECOND}"


def test_a_table_of_no_articles_is_skipped_in_a_folder_and_read_as_text_when_named(tmp_path: Path) -> None:
    table = tmp_path / "figures.csv"
    table.write_text("地区,增速,备注\n北京,5.3,一季度\n", encoding="utf-8")
    (skipped,) = read_sources([tmp_path], Settings().max_file_bytes)
    (named,) = read_sources([table], Settings().max_file_bytes)
    assert isinstance(skipped, Skipped) and "no table of articles" in skipped.reason
    assert isinstance(named, RawDocument) and named.text.startswith("地区,增速")


def test_the_header_may_come_under_a_line_naming_the_task() -> None:
    (item,) = crawl_records(f"江城新闻采集任务\nheadline,body,published_at\n{TITLE},{LEAD}{SECOND},2020-03-30\n")
    assert (item.fields, item.text) == ({"title": TITLE, "date": "2020-03-30"}, f"{LEAD}{SECOND}")


def test_an_invalid_byte_is_reported_with_each_row_and_the_rows_still_read(tmp_path: Path) -> None:
    data = f"标题,正文\n{TITLE},{LEAD}{SECOND}\n{OTHER},{LEAD}\n".encode("gbk")
    broken = data.replace(LEAD[:2].encode("gbk"), b"\xff\x30", 1)
    (tmp_path / "crawl.csv").write_bytes(broken)
    found = list(read_sources([tmp_path], Settings().max_file_bytes))
    assert [doc.meta["title"] for doc in found] == [TITLE, OTHER] and "invalid byte" in found[0].damaged
