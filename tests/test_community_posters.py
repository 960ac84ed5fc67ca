"""Writers on forum, blog and community pages (issue 22, item 5; writers19): a handle holding `_` kept whole and a
system's id no one (index.ingest.underscore_handles), phpBB's post line and a phone page's `楼主` glued to the day
(index.ingest.bylines), a poster's cell over a subject line or a single counter (index.ingest.shown_posters), a
bare Latin name in the byline's slot (index.ingest.latin_bylines), and a forum's or a blog's repost of a paper's
story credited to its poster (index.ingest.reposts)."""

from __future__ import annotations

from pathlib import Path

from index.ingest import bylines, latin_bylines, reposts, shown_posters, underscore_handles
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.settings import Settings
from tests.writer_pages import PARAGRAPHS, STORY, page, text


def test_a_handle_holding_underscores_after_the_authors_label_is_one_writer() -> None:
    assert text("孩子幼升小要提前准备什么", "作者：蓝天_白云_77　发布于 2022-04-18 07:55", *STORY).authors == [
        "蓝天_白云_77"
    ]


def test_a_chinese_handle_in_two_parts_is_kept_whole() -> None:
    assert underscore_handles.whole_handle("老陈_在路上") == "老陈_在路上"


def test_a_handle_of_a_word_and_digits_is_a_shown_name() -> None:
    assert underscore_handles.whole_handle("user_8842") == "user_8842"


def test_a_user_id_field_is_a_system_id() -> None:
    assert underscore_handles.is_system_id("uid_20931")


def test_digits_alone_are_a_system_id() -> None:
    assert underscore_handles.is_system_id("20931")


def test_a_system_id_after_the_authors_label_names_no_one() -> None:
    assert text("二手房过户需要准备哪些材料", "作者：uid_20931　2017-03-14", *STORY).authors == []


def test_a_persons_name_before_a_staff_code_is_no_handle() -> None:
    assert underscore_handles.whole_handle("王凤枝_NBJ11279") is None


def test_odd_input_is_no_handle() -> None:
    assert [underscore_handles.whole_handle(v) for v in ("", "_", "__", "a_" * 5000, "_老陈")] == [None] * 5


def test_a_phone_pages_first_floor_mark_glued_to_the_day_names_the_poster() -> None:
    assert bylines.poster("蓝天_白云_77 楼主2022-04-18 07:55") == "蓝天_白云_77"


def test_a_replys_floor_before_the_day_names_no_poster() -> None:
    assert bylines.poster("豆豆_妈妈 2楼2022-04-18 08:30") is None


def test_phpbbs_english_post_line_names_the_poster() -> None:
    assert bylines.poster("by river_wang » Tue Mar 05, 2019 4:30 pm") == "river_wang"


def test_phpbbs_chinese_post_line_names_the_poster() -> None:
    assert bylines.poster("由 sky_watcher » 2021年 1月 17日 星期日 15:20") == "sky_watcher"


def test_a_poster_named_by_a_system_id_is_no_one() -> None:
    assert bylines.poster("uid_20931 发表于 2017-3-14 10:22:05") is None


def test_subsilvers_poster_cell_over_the_posts_subject_and_day_is_the_writer() -> None:
    shown = ["自己动手修好了漏水的老水龙头", "作者", "内容", "水管工阿强", "帖子主题: 自己动手修好了漏水的老水龙头"]
    shown += ["发表于: 2017-11-02 21:14", "新手上路", *STORY]
    assert shown_posters.poster_over_header(shown, "自己动手修好了漏水的老水龙头") == "水管工阿强"


def test_a_poster_cell_with_one_counter_a_line_over_the_header_is_the_writer() -> None:
    shown = ["全省今年新建改建农村公路一万公里", "山城老刘", "帖子 2031", "注册 2011-9-3", "发表于 2020-4-2 09:47"]
    assert shown_posters.poster_over_header([*shown, *STORY], "全省今年新建改建农村公路一万公里") == "山城老刘"


def test_a_latin_name_first_in_a_line_of_fields_is_a_bare_name() -> None:
    assert latin_bylines.bare_name("Jenny Zhou / 2020年3月8日 / 本地新闻") == "Jenny Zhou"


def test_an_outlets_latin_name_is_no_bare_name() -> None:
    assert latin_bylines.bare_name("China Daily　2021-09-19") is None


def test_a_mails_english_day_is_no_bare_name() -> None:
    assert latin_bylines.bare_name("Thu Apr  2 08:45:10 CST 2020") is None


def test_an_english_sentence_is_no_bare_name() -> None:
    assert latin_bylines.bare_name("Wang Lei is here") is None


def test_a_latin_name_over_the_day_under_the_headline_is_the_writer() -> None:
    shown = ["伦敦唐人街的老字号面馆", "Tom Zhang", "2022-07-21 18:05", *STORY]
    assert latin_bylines.under_headline(shown, "伦敦唐人街的老字号面馆") == "Tom Zhang"


def test_a_latin_name_under_the_headline_with_no_day_beside_it_is_no_writer() -> None:
    shown = ["伦敦唐人街的老字号面馆", "Tom Zhang", *STORY]
    assert latin_bylines.under_headline(shown, "伦敦唐人街的老字号面馆") is None


def test_odd_input_names_no_latin_writer() -> None:
    assert [latin_bylines.bare_name(v) for v in ("", " ", "A" * 100000, "Ab Cd" * 2000)] == [None] * 4


def test_a_bare_latin_name_beside_the_day_on_an_overseas_page_is_the_writer() -> None:
    article = page(
        "<html><head><title>悉尼房价连续三个月回升-澳华在线</title></head><body><h1>悉尼房价连续三个月回升</h1>"
        '<div class="detail-info">Grace Li　　2023-05-08 11:20　　来源：澳华在线</div>'
        f"{PARAGRAPHS}</body></html>"
    )
    assert article.authors == ["Grace Li"]


def test_a_reporter_credited_by_a_newsroom_is_the_storys() -> None:
    assert reposts.newsroom_credited(["赵强"], ["本报记者　赵强", STORY[0]])


def test_a_name_credited_by_no_newsroom_is_not_the_storys() -> None:
    assert not reposts.newsroom_credited(["赵强"], ["作者：赵强", STORY[0]])


def test_a_threads_poster_wrote_a_paper_story_the_post_reprints_under_its_reporters_line(tmp_path: Path) -> None:
    saved = tmp_path / "thread.html"
    saved.write_text(
        "<html><head><title>全省今年新建改建农村公路一万公里 - 时事新闻 - 山城论坛</title></head><body>"
        "<h1>全省今年新建改建农村公路一万公里</h1><table><tr><td>"
        '<a href="/space/uid/3310">山城老刘</a><p>帖子 2031</p><p>注册 2011-9-3</p></td>'
        "<td><div>发表于 2020-4-2 09:47</div><p>本报记者　赵强</p>"
        f"{PARAGRAPHS}</td></tr></table></body></html>",
        encoding="utf-8",
    )
    (raw,) = read_sources([saved], Settings().max_file_bytes)
    assert extract(raw).authors == ["山城老刘"]


def test_a_handle_holding_an_underscore_linked_beside_the_posts_day_is_one_writer(tmp_path: Path) -> None:
    saved = tmp_path / "post.html"
    saved.write_text(
        "<html><head><title>江边的早市 - 西祠胡同</title></head><body><h1>江边的早市</h1>"
        '<div class="doc_info"><span class="name"><a href="/u/1234">江边_散步的人</a></span>'
        f'<span class="time">2009-10-01 07:12:33</span></div><div class="doc_txt">{PARAGRAPHS}</div></body></html>',
        encoding="utf-8",
    )
    (raw,) = read_sources([saved], Settings().max_file_bytes)
    assert extract(raw).authors == ["江边_散步的人"]


def test_a_blog_owners_handle_holding_underscores_after_the_headline_in_title_is_kept_whole() -> None:
    assert bylines.blog_owner("阳台上的多肉_wx_lan2019_新浪博客", "阳台上的多肉") == "wx_lan2019"


def test_a_blog_owners_plain_handle_after_the_headline_is_read_as_before() -> None:
    assert bylines.blog_owner("古镇保护不能只靠门票_静观其变_新浪博客", "古镇保护不能只靠门票") == "静观其变"


def test_a_blog_owners_chinese_handle_in_two_parts_is_the_posts_writer(tmp_path: Path) -> None:
    saved = tmp_path / "blog.html"
    saved.write_text(
        "<html><head><title>阳台上的多肉_老陈_在路上_新浪博客</title></head><body>"
        '<div class="blogtitle"><h1><a href="/u/2210">老陈_在路上的博客</a></h1></div>'
        '<h2 class="titName">阳台上的多肉</h2><span class="time">(2013-09-27 16:08:41)</span>'
        f"{PARAGRAPHS}</body></html>",
        encoding="utf-8",
    )
    (raw,) = read_sources([saved], Settings().max_file_bytes)
    assert extract(raw).authors == ["老陈_在路上"]
