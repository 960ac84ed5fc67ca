"""Writers and titles a platform gives rather than a byline, and the wrong names beside them: a board's `由 X 發佈於`,
`By X` before a day, a writer's mark among a publication line's fields, an info table's `作者` cell, a follow
button glued to a card's name, a sidebar's `关于我` box, a poster's counters on one line; and
titles: a campaign's tag, a day glued after the headline, a counter line under the headline, an old page's day over
its headline (index.ingest.bylines, field_tables, author_cards, profile_boxes, shown_posters, titles, publication)."""

from __future__ import annotations

import lxml.html
from writer_pages import PARAGRAPHS, STORY, page, text

from index.ingest import author_cards, bylines, field_tables, profile_boxes, publication, shown_posters, titles


def test_a_boards_posted_by_header_names_its_poster() -> None:
    assert bylines.poster("由 林志明 發佈於 2020-04-02 19:45") == "林志明"


def test_a_boards_reply_header_names_no_poster() -> None:
    assert bylines.poster("由 陳阿姨 回覆於 2020-04-03 08:12") is None


def test_an_english_by_before_a_day_names_the_writer() -> None:
    assert bylines.poster("By 梁文静 14/10/2019") == "梁文静"


def test_an_english_by_before_a_dash_names_the_writer() -> None:
    assert bylines.poster("By 李明远 — 2021-01-05") == "李明远"


def test_an_english_sentence_opening_with_by_names_no_one() -> None:
    assert bylines.poster("By the end of 2020, the city had built 12 new parks.") is None


def test_a_writers_mark_among_the_fields_names_the_writer_not_the_photographer() -> None:
    assert bylines.marked_among_fields("发布时间：2019-06-21 文/黄晓蕾 图/宋振宇 点击：[1562]") == ["黄晓蕾"]


def test_a_publication_line_with_a_writers_mark_credits_the_writer() -> None:
    article = text("学院举行2019届毕业典礼", "发布时间：2019-06-21　文/黄晓蕾　图/宋振宇　点击：[1562]", *STORY)
    assert article.authors == ["黄晓蕾"]


def test_an_info_tables_author_cell_is_the_writer() -> None:
    tree = lxml.html.fromstring(
        "<html><body><table><tr><td>作者：</td><td>刘晓东</td><td>来源：</td><td>科研处</td>"
        "<td>发布时间：</td><td>2021-03-18</td></tr></table></body></html>"
    )
    table = field_tables.page_table(tree)
    assert table is not None and table.fields["author"] == "刘晓东"


def test_an_info_tables_cells_without_a_known_writers_label_make_no_table_of_fields() -> None:
    tree = lxml.html.fromstring(
        "<html><body><table><tr><td>撰稿：</td><td>周立</td><td>发布时间：</td><td>2021-01-05</td>"
        "<td>来源：</td><td>后勤处</td></tr></table></body></html>"
    )
    assert field_tables.page_table(tree) is None


def test_a_follow_button_glued_to_a_cards_name_is_cut() -> None:
    assert author_cards.without_follow_button("阿拉蕾的旅行箱关注") == "阿拉蕾的旅行箱"


def test_a_name_that_is_only_a_follow_button_is_kept_as_it_is() -> None:
    assert author_cards.without_follow_button("关注") == "关注"


def test_a_sidebars_about_me_box_names_the_blogs_owner() -> None:
    lines = ["从零开始学做面包", *STORY, "关于我", "麦子", "一个爱做饭的程序员，周末在厨房里打发时间。", "+ 关注"]
    assert profile_boxes.about_owner(lines) == "麦子"


def test_a_blogs_profile_box_with_its_visits_and_no_follow_button_names_the_owner() -> None:
    box = ["南山种豆", "在城郊种地的上班族。", "文章 86 · 评论 412 · 访问 3.2万"]
    lines = ["周末带孩子去认识野菜", *STORY, *STORY, *box]
    assert profile_boxes.box_owner(lines) == "南山种豆"


def test_a_commenters_card_with_no_visits_nor_follow_button_names_no_one() -> None:
    lines = ["周末带孩子去认识野菜", *STORY, *STORY, "小林", "文章 3 · 评论 12", "想起了大学门口的那家。"]
    assert profile_boxes.box_owner(lines) is None


def test_two_about_boxes_naming_different_people_name_no_one() -> None:
    lines = ["关于我", "麦子", *STORY, "关于我", "小鹿"]
    assert profile_boxes.about_owner(lines) is None


def test_a_posters_counters_on_one_line_under_the_name_make_the_posters_cell() -> None:
    shown = ["江城论坛 › 旅游", "行者无疆", "主题 23 帖子 412 积分 1088", "带娃自驾川西七日"]
    shown.append("发表于 2018-8-15 20:31 | 只看该作者")
    assert shown_posters.poster_over_header(shown, "带娃自驾川西七日") == "行者无疆"


def test_a_campaigns_tag_before_the_headline_is_cut() -> None:
    assert titles.without_thread_tag("【暖冬公益】为山区孩子送去过冬棉衣") == "为山区孩子送去过冬棉衣"


def test_a_news_columns_tag_before_the_headline_is_kept() -> None:
    assert titles.without_thread_tag("【地评线】让城市更有温度") == "【地评线】让城市更有温度"


def test_a_day_glued_after_the_headline_is_cut() -> None:
    assert titles.without_glued_day("我院召开党风廉政建设工作会议[2019-04-12]") == "我院召开党风廉政建设工作会议"


def test_a_digests_own_day_after_its_headline_is_kept() -> None:
    assert titles.without_glued_day("每日国际新闻“澎湃之选”（2019/01/27）") == "每日国际新闻“澎湃之选”（2019/01/27）"


def test_a_headline_over_a_view_counter_is_the_headline() -> None:
    lines = ["首页 | 学院新闻 | 通知公告", "我校召开2021年科研工作推进会", "点击数：", "1024", *STORY]
    assert publication.headline_above_publication(lines, 4) == "我校召开2021年科研工作推进会"


def test_an_old_pages_headline_under_its_day_is_the_headline() -> None:
    lines = ["首頁 | 協會簡介 | 最新消息 | 聯絡我們", "2005年3月2日", "本會舉辦長者健康講座", *STORY]
    assert publication.headline_under_day(lines, 3) == "本會舉辦長者健康講座"


def test_a_site_named_title_gives_way_to_the_headline_under_the_day() -> None:
    article = page(
        '<html><head><meta charset="utf-8"><title>东区长者服务协会</title></head><body><table><tr><td>'
        "<a>首页</a> | <a>协会简介</a> | <a>最新消息</a> | <a>联络我们</a></td></tr><tr><td>"
        f'<p align="right">2005年3月2日</p><p align="center"><b>本会举办长者健康讲座</b></p>{PARAGRAPHS}'
        "</td></tr></table></body></html>"
    )
    assert article.title == "本会举办长者健康讲座"


def test_a_thread_post_signed_under_its_header_is_written_by_its_byline_not_its_poster() -> None:
    markup = (
        "<html><head><meta charset='utf-8'><title>江城供暖管网改造完成 - 江城新闻 - 江城论坛</title></head><body>"
        "<div class='crumb'><a>江城论坛</a> › <a>江城新闻</a></div>"
        "<h1><span id='thread_subject'>江城供暖管网改造完成</span></h1>"
        "<table><tr><td class='pls'><div class='authi'><a class='xw1'>老街坊</a></div><p><em>版主</em></p></td>"
        "<td class='plc'><strong>楼主</strong><em>发表于 <span title='2021-12-08 09:12'>3 天前</span></em>"
        "<div class='t_f'><font color='#808080'>来源：江城日报 作者：李敏 通讯员：王晓</font><br /><br />"
        + "<br /><br />".join(STORY)
        + "</div></td></tr></table></body></html>"
    )
    article = page(markup)
    assert (article.date, article.authors) == ("2021-12-08", ["李敏", "王晓"])


def test_a_zh_tw_themes_posted_by_header_with_a_spaced_day_names_its_poster() -> None:
    assert bylines.poster("由 書蟲小凱 發表於 2020 年 2 月 9 日") == "書蟲小凱"


def test_a_themes_author_span_in_its_byline_wrapper_beside_a_spaced_day_names_the_writer() -> None:
    meta = (
        '<div class="entry-meta"><span class="posted-on">2021 年 3 月 5 日</span> · <span class="byline">作者 '
        '<span class="author vcard"><a href="/author/xiaoan/">林小安</a></span></span></div>'
    )
    assert page(f"<html><body><h1>台南老街散步地圖</h1>{meta}{PARAGRAPHS}</body></html>").authors == ["林小安"]


def test_a_publishers_cell_glued_before_the_writers_names_the_writer_not_the_clerk() -> None:
    article = text("区教育局召开秋季开学安全工作会议", "发布人：管理员作者：唐晓峰发布时间：2021-08-27浏览：96", *STORY)
    assert article.authors == ["唐晓峰"]


def test_a_wechat_saves_original_mark_with_a_colon_names_the_person_not_the_account() -> None:
    assert bylines.writers("原创：孙晓雯 江城医保 2022-01-15 18:00") == ["孙晓雯"]


def test_a_themes_next_field_after_a_spaced_separator_is_no_part_of_the_writers_name() -> None:
    assert text("京都賞楓五日遊行程分享", "2018 年 11 月 30 日 ‧ 作者：Vivian ‧ 日本", *STORY).authors == ["Vivian"]


def test_a_latin_pen_name_the_markup_marks_and_the_page_shows_after_its_role_is_the_writer() -> None:
    meta = (
        '<div class="entry-meta"><span class="posted-on">2019 年 5 月 4 日</span>‧<span class="byline"> 作者 '
        '<span class="author vcard"><a class="url fn n" href="/author/amy/">Amy</a></span></span>‧旅行</div>'
    )
    assert page(f"<html><body><h1>花蓮三天兩夜自由行</h1>{meta}{PARAGRAPHS}</body></html>").authors == ["Amy"]


def test_a_latin_name_declared_but_never_shown_after_a_role_is_no_writer() -> None:
    head = '<head><meta name="author" content="Webmaster"></head>'
    assert page(f"<html>{head}<body><h1>城北新建两座社区公园</h1>{PARAGRAPHS}</body></html>").authors == []
