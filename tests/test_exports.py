"""Pages that are not a CMS's article pages: exports, office notices, channel posts, e-book chapters, video pages."""

from __future__ import annotations

from pathlib import Path

from index.article import RawDocument
from index.ingest.cleaning import is_boilerplate
from index.ingest.extract import extract
from index.ingest.field_tables import text_fields
from index.ingest.footnotes import without_closing_notes
from index.ingest.html import read_html
from index.ingest.sources import read_sources
from index.settings import Settings

TITLE = "江城市召开网络安全宣传周工作部署会"
PARAGRAPHS = [
    "3月30日上午，江城市召开2020年网络安全宣传周工作部署会，市委网信办主要负责同志出席会议并讲话。",
    "会议要求，各区县、各部门要坚持以人民为中心，围绕个人信息保护、电信网络诈骗防范等群众关心的问题开展宣传。",
    "会议强调，要创新宣传方式，用好新媒体平台，推动网络安全知识进社区、进校园、进企业，营造良好氛围。",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _article(markup: str):
    text, meta = read_html(markup)
    return extract(RawDocument("page", "page.html", text, "0" * 32, "utf-8", meta))


def _text_file(tmp_path: Path, name: str, text: str):
    (tmp_path / name).write_text(text, encoding="utf-8")
    raw = next(iter(read_sources([tmp_path / name], Settings().max_file_bytes)))
    return extract(raw)


OA_FORM = f"""<html><head><meta charset="utf-8"><title>通知公告 - 江城学院协同办公平台</title></head><body>
<ul><li><a>我的桌面</a></li><li><a>通知公告</a></li></ul><table class="form">
<tr><td>标题</td><td colspan="3">{TITLE}</td></tr>
<tr><td>发布人</td><td>王海燕</td><td>发布部门</td><td>党政办公室</td></tr>
<tr><td>发布时间</td><td>2020/3/30</td><td>发布范围</td><td>全体教职工</td></tr></table>
<div class="body">{TEXT}</div><div>已读 128 人　未读 36 人 <button>确认收到</button></div></body></html>"""


def test_an_office_forms_row_labelled_as_the_title_is_the_title() -> None:
    assert _article(OA_FORM).title == TITLE


def test_an_office_forms_publication_day_written_with_slashes_is_the_day() -> None:
    assert _article(OA_FORM).date == "2020-03-30"


def test_an_office_forms_other_rows_and_its_read_receipts_are_no_text() -> None:
    body = _article(OA_FORM).body
    assert "党政办公室" not in body and "全体教职工" not in body and "已读" not in body


PROPERTIES = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><article>
<h1>{TITLE}</h1><table class="properties">
<tr><th>来源</th><td>中国新闻网</td></tr><tr><th>标签</th><td>网信 · 转载</td></tr>
<tr><th>创建时间</th><td>2020年4月21日 10:05</td></tr><tr><th>更新时间</th><td>2020年5月11日 16:07</td></tr></table>
<figure class="callout"><div>💡</div><div>摘录自网络，仅供内部学习，请勿外传</div></figure>
<p>来源：中国新闻网　2020年3月30日</p>{TEXT}</article></body></html>"""


def test_an_exports_source_line_gives_the_day_not_its_properties_creation_day() -> None:
    assert _article(PROPERTIES).date == "2020-03-30"


def test_an_exports_properties_and_callout_are_no_text() -> None:
    body = _article(PROPERTIES).body
    assert "网信 · 转载" not in body and "摘录自网络" not in body and PARAGRAPHS[0] in body


PUBLICATION_CELLS = f"""<html><head><meta charset="utf-8"><title>{TITLE}_江城法院网</title></head><body>
<h1>{TITLE}</h1><table class="info"><tr><td>作者：李建宁 张海波</td><td>发布时间：2018-03-20 09:41:28</td>
<td>来源：江城日报</td></tr></table>{TEXT}</body></html>"""


def test_a_publication_line_set_in_table_cells_keeps_its_writers() -> None:
    article = _article(PUBLICATION_CELLS)
    assert article.authors == ["李建宁", "张海波"] and article.date == "2018-03-20"


FILING = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><table class="xxgk">
<tr><th>索引号</th><td>11610800016040432K/2018-00217</td><th>主题分类</th><td>政策解读</td></tr>
<tr><th>发布机构</th><td>江城市发展和改革委员会</td><th>文号</th><td>无</td></tr>
<tr><th>生成日期</th><td>2018-03-28</td><th>发布日期</th><td>2018-05-18</td></tr></table>
<h1>{TITLE}</h1>{TEXT}</body></html>"""


def test_a_filing_table_is_no_form_of_the_articles_fields() -> None:
    from lxml import html

    from index.ingest.field_tables import page_table

    assert page_table(html.fromstring(FILING)) is None


def test_a_table_of_figures_declares_no_title() -> None:
    figures = (
        "<table><tr><td>名称</td><td>增速</td></tr><tr><td>江城</td><td>5.2%</td></tr>"
        "<tr><td>临江</td><td>4.8%</td></tr></table>"
    )
    markup = f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{TEXT}{figures}</body></html>"
    assert _article(markup).title == TITLE


def test_a_spreadsheet_row_saved_as_tab_separated_text_gives_title_day_and_text(tmp_path: Path) -> None:
    quoted = "\n".join(PARAGRAPHS).replace("宣传方式", '"宣传方式"').replace('"', '""')
    article = _text_file(
        tmp_path, "row.txt", f'标题\t日期\t来源\t正文\r\n{TITLE}\t2020/3/30\t中国新闻网\t"{quoted}"\r\n'
    )
    assert (article.title, article.date, article.body.split("\n")[0]) == (TITLE, "2020-03-30", PARAGRAPHS[0])


def test_a_spreadsheet_of_several_rows_is_read_as_text() -> None:
    text = f"标题\t日期\t正文\n{TITLE}\t2020/3/30\t正文一\n另一篇\t2020/3/31\t正文二\n"
    assert text_fields(text) == ({}, text)


def test_a_markdown_table_of_fields_gives_the_title_and_leaves_the_text_with_the_heading_above_it() -> None:
    rows = f"| 属性 | 内容 |\n| --- | --- |\n| 标题 | {TITLE} |\n| 来源 | 中国新闻网 |\n| 更新于 | 2020-05-01 |\n"
    table = f"# 网信资料库\n\n{rows}"
    fields, text = text_fields(table + "\n" + "\n\n".join(PARAGRAPHS))
    assert fields == {"title": TITLE, "source": "中国新闻网"} and text.strip().startswith(PARAGRAPHS[0])


CHAPTER = f"""<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"
xmlns:epub="http://www.idpf.org/2007/ops"><head><title>江城纪事</title></head><body>
<p class="head">江城纪事 · 第5章</p><h1>{TITLE}</h1><p>来源：中国新闻网　2020年3月30日</p>
<p>{PARAGRAPHS[0]}<sup><a epub:type="noteref" href="#n1">[1]</a></sup></p><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}</p>
<aside epub:type="footnote" id="n1"><p>[1] 本书编者注：收入本书时有删改。</p></aside></body></html>"""


def test_an_e_book_chapters_running_head_is_no_text() -> None:
    assert "第5章" not in _article(CHAPTER).body


def test_an_e_book_chapters_notes_and_their_marks_are_no_text() -> None:
    article = _article(CHAPTER)
    assert "编者注" not in article.body and PARAGRAPHS[0] in article.body.split("\n")


def test_a_closing_block_under_a_notes_heading_leaves_the_text() -> None:
    notes = ["注释：", "① 编者按：本篇收录时个别文字有改动。", "② 相关数据截至原文发表之日。"]
    assert without_closing_notes([*PARAGRAPHS, *notes]) == PARAGRAPHS


def test_a_closing_numbered_list_without_a_notes_heading_stays() -> None:
    listed = [*PARAGRAPHS[:2], "会议提出三点要求：", "①提高政治站位；", "②压实工作责任。"]
    assert without_closing_notes(listed) == listed


def test_a_platforms_lines_are_furniture() -> None:
    lines = ["阅读时间：5-7 分钟", "未经作者授权，禁止转载", "简介：本期视频带你了解最新资讯", "00:12", "▶ 01:05"]
    lines += [
        "发布人：王海燕　发布部门：党政办公室",
        "发布范围：全局",
        "已阅（12）　未阅（3）",
        "附件：（无）",
        "在应用中查看 分享",
        "[上一篇] [下一篇] [同主題閱讀] [回文章]",
    ]
    assert all(is_boilerplate(line) for line in lines)


def test_a_sentence_about_reprints_or_reading_is_no_platform_line() -> None:
    lines = [
        "未经许可禁止转载他人作品的行为，将依法承担相应责任。",
        "市民阅读时间平均每天达到45分钟，比去年增加了5分钟。",
        "小雨→中雨→大雨→暴雨",  # a scale in a weather story, drawn with arrows as a crumb is
    ]
    assert not any(is_boilerplate(line) for line in lines)


def test_a_forms_cell_that_holds_its_label_and_value_gives_the_title() -> None:
    form = (
        f"<table><tr><td>题目：{TITLE}</td></tr><tr><td>发布部门：党政办公室</td><td>发布日期：2020/3/30</td></tr>"
        "<tr><td>发布范围：全体教职工</td></tr></table>"
    )
    markup = f"<html><head><title>通知公告</title></head><body>{form}{TEXT}</body></html>"
    assert (_article(markup).title, _article(markup).date) == (TITLE, "2020-03-30")


ARCHIVE_CARD = f"""<html><head><meta charset="utf-8"><title>{TITLE} | 江城剪报本</title></head><body><article>
<h1>{TITLE}</h1><div class="meta">2020-03-30 · 新闻存档</div><aside><table class="record">
<tr><th>原文链接</th><td>http://www.chinanews.com/gn/2020/03/30/9001.shtml</td></tr>
<tr><th>存档时间</th><td>2021-05-02 21:01</td></tr><tr><th>来源</th><td>中国新闻网</td></tr>
<tr><th>分类</th><td>网信 · 时政</td></tr></table></aside><div class="entry">{TEXT}</div></article></body></html>"""


def test_an_archived_copys_record_card_beside_the_text_is_neither_its_headline_nor_its_text() -> None:
    article = _article(ARCHIVE_CARD)
    assert (article.title, article.date) == (TITLE, "2020-03-30")
    assert "存档时间" not in article.body and "网信 · 时政" not in article.body


def test_an_editor_pages_title_cell_is_the_headline_and_its_toolbar_and_user_bar_no_text() -> None:
    rows = f"<tr><td>稿件标题</td><td><div contenteditable>{TITLE}</div></td></tr><tr><td>来源</td><td>江城日报</td>"
    rows += "</tr><tr><td>发布时间</td><td>2020-09-14 09:30</td></tr><tr><td>正文</td><td><div contenteditable>"
    markup = (
        '<html><head><meta charset="utf-8"><title>稿件编辑 - 内容管理系统</title></head><body>'
        "<div>内容管理系统 · 稿件编辑　当前用户：王海燕　退出</div>"
        "<div>撤销 重做 | 标题 正文 引用 | 加粗 斜体 | 插入图片</div>"
        f"<table>{rows}{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div></td></tr></table></body></html>"
    )
    article = _article(markup)
    assert (article.title, article.date) == (TITLE, "2020-09-14")
    assert "当前用户" not in article.body and "撤销" not in article.body
