"""Page boilerplate as data (index.ingest.boilerplate), read through cleaning: the lines one file shows that are
the site's whatever the article, and the headings that open a list of other articles."""

from __future__ import annotations

from index.ingest.cleaning import is_boilerplate, is_list_marker


def test_a_newsrooms_tip_line_is_boilerplate() -> None:
    assert is_boilerplate("新闻热线：0736-84123456")


def test_a_helpline_a_notice_gives_is_not_boilerplate() -> None:
    assert not is_boilerplate("咨询电话：0736-84123456")


def test_the_pages_own_address_is_boilerplate() -> None:
    assert is_boilerplate("本文链接：http://www.qingxi.gov.cn/art/2023/5/8/art_12_3456.html")


def test_an_accounts_handle_alone_is_boilerplate() -> None:
    assert is_boilerplate("微信号：qxfb2023")


def test_an_editors_pick_heading_opens_a_list() -> None:
    assert is_list_marker("编辑推荐")


def test_a_most_read_heading_opens_a_list() -> None:
    assert is_list_marker("点击排行")


def test_a_column_of_the_days_stock_picks_is_no_list_heading() -> None:
    assert not is_list_marker("今日推荐：青溪电力，介入价8.08附近，最高8.59")


def test_a_ranking_a_story_reports_is_no_list_heading() -> None:
    assert not is_list_marker("人气排行")


def test_an_accounts_business_contact_is_boilerplate() -> None:
    assert is_boilerplate("商务合作：13800001111")


def test_a_posts_end_mark_in_english_is_boilerplate() -> None:
    assert is_boilerplate("- THE END -")


def test_the_other_stories_of_the_page_in_an_edition_open_a_list() -> None:
    assert is_list_marker("本版其他新闻")


def test_a_rule_with_its_label_inside_is_boilerplate() -> None:
    assert is_boilerplate("------分隔线----------------------------")


def test_a_prompt_to_press_and_scan_is_boilerplate() -> None:
    assert is_boilerplate("长按扫一扫")


def test_a_business_contact_asking_to_add_a_handle_is_boilerplate() -> None:
    assert is_boilerplate("商务合作请添加微信：xishan_2023")


def test_a_dash_inside_a_sentence_is_not_a_labelled_rule() -> None:
    assert not is_boilerplate("——这是老周第三次来到青溪县，他说这里变化太大了。")


def test_a_call_for_submissions_is_boilerplate() -> None:
    assert is_boilerplate("投稿须知：来稿请注明作者姓名及联系方式，一经采用即付稿酬。")


def test_a_players_fallback_text_is_boilerplate() -> None:
    assert is_boilerplate("您的浏览器不支持视频播放，请升级浏览器或安装Flash插件")


def test_a_story_about_a_browser_update_is_not_boilerplate() -> None:
    assert not is_boilerplate("这家公司宣布，新版浏览器将于下月上线，支持离线阅读。")


def test_a_trail_opening_with_your_current_place_is_boilerplate() -> None:
    assert is_boilerplate("您当前的位置：首页 - 农业新闻 - 国内")


def test_a_place_given_in_a_notice_is_not_a_trail() -> None:
    assert not is_boilerplate("位置：青溪县城南路12号")


def test_a_forums_page_statistics_and_clock_are_boilerplate() -> None:
    assert is_boilerplate("GMT+8, 2009-5-12 10:21, Processed in 0.031 second(s), 8 queries.")
    assert is_boilerplate("Total 0.031(s) query 8, Gzip enabled")
    assert is_boilerplate("页面执行时间 0.031 秒")


def test_a_forum_softwares_footer_row_is_boilerplate() -> None:
    assert is_boilerplate("Archiver|手机版|小黑屋|江城社区")


def test_a_story_about_a_systems_queries_is_not_boilerplate() -> None:
    assert not is_boilerplate("据统计，该系统每天处理数据库查询超过8000万次，页面平均响应时间0.3秒。")
