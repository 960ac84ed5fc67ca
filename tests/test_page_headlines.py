"""Headlines and days on pages whose obvious candidates name something else: a post's kind before a bar, a
series' number, a blog's name its logo links home with, a gazette's name over a document numbered under its
heading, a BBS header's bare labels, a bulletin's issue day, an e-paper system's record comment."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.extract import extract
from index.ingest.html import read_html
from index.ingest.publication import headline_over_poster, subject
from index.ingest.show_notes import note_lines
from index.ingest.titles import without_controls, without_thread_tag

PARAGRAPHS = [
    "近日，江城县组织林业、应急等部门对全县重点林区开展联合检查，排查火灾隐患十二处，已全部督促整改到位。",
    "检查组要求各乡镇严格落实森林防火责任制，加强野外用火管理，做好扑火队伍和物资的准备工作。",
    "县林业局负责人表示，今冬明春是森林火灾易发期，将加大巡护力度，确保全县不发生重大森林火灾。",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _article(markup: str):
    text, meta = read_html(markup)
    return extract(RawDocument("page", "page.html", text, "0" * 32, "utf-8", meta))


def test_a_posts_kind_before_a_bar_is_no_part_of_the_headline() -> None:
    assert without_thread_tag("原创 | 乡村教师的一天") == "乡村教师的一天"


def test_a_columns_name_before_a_bar_is_the_headlines() -> None:
    assert without_thread_tag("棱镜|数据业大整顿：爬虫与现金贷共生共荣") == "棱镜|数据业大整顿：爬虫与现金贷共生共荣"


def test_a_posts_kind_both_the_heading_and_the_page_title_carry_is_no_part_of_the_headline() -> None:
    page = f"""<html><head><meta charset="utf-8"><title>[原创] 江城老街的早晨 - 江城论坛</title></head><body>
<h1>[原创] 江城老街的早晨</h1><div class="post-head">楼主：老街坊 发表于 2019-09-03 22:41</div>
<div class="post-body">{TEXT}</div></body></html>"""
    assert _article(page).title == "江城老街的早晨"


def test_a_series_number_before_a_headline_is_no_episodes_line() -> None:
    assert note_lines(["Vol.37 ｜ 城市夜读：一座老桥的百年"]) == set()
    assert note_lines(["EP41 · 江城夜话 · 31分钟"]) == {0}


def test_a_blogs_name_its_logo_links_home_is_no_headline() -> None:
    page = f"""<html><head><meta charset="utf-8"><title>小雨随笔</title></head><body>
<div class="header"><h1><a href="/">小雨随笔</a></h1></div>
<h2 class="date-header">2009年8月12日 星期三</h2>
<h2 class="entry-title"><a href="/2009/08/blog-post.html">江城县开展森林防火检查</a></h2>
<div class="entry-body">{TEXT}</div></body></html>"""
    assert _article(page).title == "江城县开展森林防火检查"


def test_a_gazettes_document_over_its_number_is_the_headline_not_the_gazettes_name() -> None:
    page = f"""<html><head><meta charset="utf-8"><title>江城县政府公报</title></head><body>
<h1>江城县政府公报</h1><div>2020年第12期</div>
<div style="text-align:center"><strong>江城县人民政府办公室关于做好冬春季森林防火工作的通知</strong></div>
<div style="text-align:center">江政办发〔2020〕45号</div><div>{TEXT}</div>
<p>江城县人民政府办公室<br>2020年12月1日</p></body></html>"""
    assert _article(page).title == "江城县人民政府办公室关于做好冬春季森林防火工作的通知"


def test_a_bbs_headers_subject_after_a_bare_label_is_the_posts_subject() -> None:
    lines = ["作者traingo (火车迷)", "看板Transport", "标题江城捷运新线明年通车", "时间Thu Nov  4 08:12:45 2021"]
    assert subject([*lines, PARAGRAPHS[0]], 4) == "江城捷运新线明年通车"


def test_a_line_opening_with_the_word_title_alone_is_no_subject() -> None:
    assert subject(["标题党的危害", PARAGRAPHS[0]], 1) is None


def test_a_bulletins_item_is_dated_by_its_issue_when_it_gives_no_day() -> None:
    page = f"""<html><head><meta charset="utf-8"><title>江北区教育简报</title></head><body>
<h1>江北区教育简报</h1><div>第15期　江北区教育局办公室编　2019年9月6日</div>
<h3>我区召开教育系统安全工作会议</h3>{TEXT}<div>报：区委办、区政府办　送：各学校</div></body></html>"""
    assert _article(page).date == "2019-09-06"


def test_an_e_paper_systems_record_comment_dates_the_article() -> None:
    page = f"""<html><head><meta charset="utf-8"><title>江城县开展森林防火检查</title></head><body>
<h2>江城县开展森林防火检查</h2><div id="content">{TEXT}</div>
<!--enpproperty <date>2022-02-13 00:00:00:0</date><author></author><subtitle></subtitle>/enpproperty--></body></html>"""
    assert _article(page).date == "2022-02-13"


def test_counters_a_title_cell_glues_on_are_no_part_of_the_headline() -> None:
    assert without_controls("老街那家牛肉面馆搬家了 回复:12 查看:860") == "老街那家牛肉面馆搬家了"
    assert without_controls("老城区停车难问题有没有好办法 [共8楼]") == "老城区停车难问题有没有好办法"


def test_a_number_in_a_headline_is_no_counter() -> None:
    assert without_controls("江城地铁三号线日均客流突破12万") == "江城地铁三号线日均客流突破12万"


def test_an_old_boards_subject_over_the_posters_cell_is_the_headline() -> None:
    lines = ["江城论坛 » 城市建设 » 浏览帖子", "老城区停车难问题有没有好办法 [共8楼]", "江城老司机", "帖子：85"]
    shown = [*lines, "发表于：2013-05-06 09:41", PARAGRAPHS[0]]
    assert headline_over_poster(shown, 5) == "老城区停车难问题有没有好办法"


def test_a_line_of_spaces_is_read_at_once() -> None:
    line = "江城" + " " * 50_000 + "新闻"
    assert without_controls(line) == line


def test_a_bracket_of_counters_after_the_headline_is_no_part_of_it() -> None:
    assert without_controls("江边老茶馆的最后一个春天  [点击：1234  回复：56]") == "江边老茶馆的最后一个春天"
    assert without_controls("老城区的排水史 (阅读:88/评论:3)") == "老城区的排水史"
    assert without_controls("江城市第二届读书节开幕【浏览 1,024 次】") == "江城市第二届读书节开幕"


def test_a_bracket_of_the_headlines_own_stays() -> None:
    assert without_controls("江城地铁3号线（二期）开工") == "江城地铁3号线（二期）开工"
    assert without_controls("【关注】江城市第二届读书节开幕") == "【关注】江城市第二届读书节开幕"


def test_a_boards_category_before_a_threads_title_is_no_part_of_it() -> None:
    assert without_thread_tag("[情報] 城东新开的夜市值得一逛", thread=True) == "城东新开的夜市值得一逛"


def test_a_columns_label_before_a_news_headline_is_its_own() -> None:
    assert without_thread_tag("【江城观察】老旧小区加装电梯难在哪") == "【江城观察】老旧小区加装电梯难在哪"
