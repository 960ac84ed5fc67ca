"""A press release's number line and closing contact block (index.ingest.press_lines), a link that is a story's
sentence (index.ingest.body) and a board's floor line closing the first post (index.ingest.publication)."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.extract import extract
from index.ingest.html import read_html
from index.ingest.press_lines import contact_block, is_release_number

LAST = "下一步，全省将继续推进重大项目建设，力争全年完成投资850亿元。"
STORY = [
    "记者30日从江城市政府获悉，截至3月30日，全市284个在建重大项目已基本全面复工，总体复工率为98.2%。",
    "江城市重大项目办公室表示，将整合全市物流资源，保障项目物料供应，协助畅通员工返程通道。",
    "市民如有疑问，可拨打联系电话12345咨询，工作人员将在工作日内予以答复。",
]


def test_a_release_number_alone_is_its_number_line() -> None:
    assert is_release_number("新闻稿第123号") and is_release_number("（2019）第45号")
    assert is_release_number("稿号：（2019）第45号")


def test_a_sentence_naming_a_number_is_no_number_line() -> None:
    assert not is_release_number("省政府新闻办今天发布第123号新闻稿，通报全省复工情况。")


def test_a_press_offices_contact_lines_closing_the_text_are_its_block() -> None:
    kept = [LAST, "", "新闻联络人：王先生　联系电话：020-83120001", "电子邮箱：xwb@example.gov.cn"]
    assert contact_block(kept) == {2, 3}


def test_a_storys_hotline_sentence_at_its_end_stays() -> None:
    assert contact_block([LAST, "市民如有疑问，可拨打联系电话12345咨询。", "联系人：李先生"]) == set()


def test_a_police_appeals_contact_without_office_lines_stays() -> None:
    assert contact_block([LAST, "联系人：彭警官", "联系电话：0797-8123456"]) == set()


def test_contact_lines_under_a_release_number_are_its_block() -> None:
    kept = ["稿号：（2019）第45号", "江城重大项目全面复工", LAST, "联系人：李先生", "联系电话：0731-88220001"]
    assert contact_block(kept) == {3, 4}


def test_an_agendas_secretariat_contact_stays() -> None:
    kept = ["会务组联系方式：", "项虹 老师", "电话：022-23508981", "传真：022-23500216"]
    assert contact_block(kept) == set()


def _article(markup: str):
    text, meta = read_html(markup)
    return extract(RawDocument("page", "page.html", text, "0" * 32, "utf-8", meta))


def _page(paragraphs: str, after: str = "") -> str:
    links = "".join(f"<li><a href='/a/{k}.html'>江城新闻第{k}条标题在这里</a></li>" for k in range(12))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>江城重大项目全面复工_江城网</title></head>
<body><div class="nav"><a href="/">首页</a> | <a href="/xw/">新闻</a> | <a href="/bd/">本地</a></div>
<h1>江城重大项目全面复工</h1><div class="info">2020-03-30 10:20　来源：江城日报</div>
<div class="text">{paragraphs}</div>{after}<div class="side"><h3>最新资讯</h3><ul>{links}</ul></div></body></html>"""


def test_a_paragraph_that_links_the_document_it_names_stays() -> None:
    linked = "<p>详见<a href='/wj/1.html'>《江城市关于加快重大项目复工的通知》</a>。</p>"
    paragraphs = f"<p>{STORY[0]}</p><p>{STORY[1]}</p>{linked}<p>{LAST}</p>"
    assert "详见《江城市关于加快重大项目复工的通知》。" in _article(_page(paragraphs)).body.split("\n")


def test_a_boards_floor_and_time_line_ends_the_first_post() -> None:
    reply = "前几天我路过那边，现场确实围了不少人，听说有关部门已经介入了，具体怎么处理还要等正式通报。"
    floors = "".join(
        f"<div class='row'><div class='info'>UID:43000{k} 级别:学徒 威望:0</div><span>#{k}</span> "
        f"<span>2020-03-3{k} 10:1{k}</span><div class='post'>{text}</div></div>"
        for k, text in enumerate(["".join(f"<p>{p}</p>" for p in [*STORY[:2], LAST]), f"<p>{reply}</p>"])
    )
    body = _article(_page("", floors)).body
    assert LAST in body and reply not in body


def test_a_last_paragraph_that_links_its_source_stays() -> None:
    paragraphs = f"<p>{STORY[0]}</p><p>{STORY[1]}</p><p>据<a href='/x'>江城市卫生健康委员会</a>通报。</p>"
    assert "据江城市卫生健康委员会通报。" in _article(_page(paragraphs)).body.split("\n")


def test_a_list_of_linked_titles_under_the_text_stays_out() -> None:
    titles = "".join(f"<p><a href='/a/{k}'>江城新闻第{k}条标题在这里。</a></p>" for k in range(3))
    body = _article(_page(f"<p>{STORY[0]}</p><p>{STORY[1]}</p><p>{LAST}</p>{titles}")).body
    assert "江城新闻第0条标题在这里" not in body
