"""Days in regional orders and in exports (index.ingest.days): a day between slashes in its page's order, a
two-digit year after a publication's label, a mail archive's stamp, a chat export's divider, a code host's commit
day, and the article's own day over each; a WAP stamp without its year, a copy's day, a forward's day, a caption's
day and a live page's start."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from index.article import Article
from index.ingest.days import is_date_alone, read_date
from index.ingest.days.commits import commit_day
from index.ingest.days.regional import declared_locale, in_page_order
from index.ingest.extract import extract
from index.ingest.sources import read_sources
from index.settings import Settings

TEXT = "<p>槟城渡轮服务将于下月恢复，交通部表示，新渡轮已完成测试，每天往返二十个班次，方便两岸居民通勤。</p>" * 3


def _html(tmp_path: Path, page: str) -> Article:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (raw,) = read_sources([path], Settings().max_file_bytes)
    return extract(raw)


def test_a_day_between_slashes_without_am_pm_is_read_day_first() -> None:
    assert read_date("发布: 01/04/2020 10:12") == "2020-04-01"


def test_a_pm_day_is_put_day_first_where_the_pages_other_days_are() -> None:
    page = ["林志强 01/04/2020 9:23 PM", "阿明 03/04/2020 10:05 AM", "Kelvin 15/04/2020 8:12 PM"]
    assert in_page_order("2020-01-04", page, None) == "2020-04-01"


def test_a_day_is_put_month_first_where_the_pages_other_days_are() -> None:
    page = ["Posted on 6/3/2021 by 硅谷小王", "小李 6/15/2021 说：写得很详细"]
    assert in_page_order("2021-03-06", page, None) == "2021-06-03"


def test_an_american_locale_puts_a_slash_day_month_first() -> None:
    assert in_page_order("2020-01-04", ["侨声周报 · 4/1/2020"], "zh-Hans-US") == "2020-04-01"


def test_a_malaysian_locale_puts_a_pm_day_day_first() -> None:
    assert in_page_order("2021-05-03", ["发布: 05/03/2021 10:41 PM"], "zh-Hans-MY") == "2021-03-05"


def test_a_mainland_locale_leaves_an_am_pm_day_month_first() -> None:
    assert in_page_order("2005-05-07", ["5/7/2005 9:23:57 PM"], "zh-CN") == "2005-05-07"


def test_a_day_whose_figures_allow_one_order_is_never_moved() -> None:
    assert in_page_order("2021-03-20", ["20/03/2021 03:20 PM", "6/15/2021"], "en-US") == "2021-03-20"


def test_a_page_declares_its_locale_in_its_html_element() -> None:
    root = lxml.html.fromstring('<html lang="zh-Hans-MY"><head></head><body><p>槟城</p></body></html>')
    assert declared_locale(root) == "zh-Hans-MY"


def test_a_labelled_two_digit_year_is_read_year_first() -> None:
    assert read_date("发布时间：19-04-12  来源：县融媒体中心") == "2019-04-12"
    assert read_date("發佈日期：20/04/04") == "2020-04-04"


def test_an_unlabelled_two_digit_year_without_a_time_is_no_day() -> None:
    assert read_date("文号 18-03-08") is None


def test_a_mail_archives_stamp_with_its_zone_is_a_day_alone() -> None:
    assert read_date("Wed Apr  1 10:12:33 CST 2020") == "2020-04-01"
    assert is_date_alone("Wed Apr  1 10:12:33 CST 2020")


def test_a_chat_exports_divider_is_a_day_alone() -> None:
    assert is_date_alone("——————  April 1, 2020  ——————")


def test_a_code_hosts_commit_line_gives_the_files_day() -> None:
    assert commit_day(None, ["liming docs: 更新接口说明 committed on Apr 1, 2020 3f2a9c1"]) == "2020-04-01"


def test_a_relative_times_datetime_gives_the_commits_day() -> None:
    stamp = '<relative-time datetime="2020-04-01T02:12:33Z">3年前</relative-time>'
    root = lxml.html.fromstring(f"<div>zhangq {stamp}</div>")
    assert commit_day(root, ["zhangq 3年前"]) == "2020-04-01"


def test_readers_comments_set_the_order_but_never_the_day(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>槟城渡轮服务下月恢复</title></head><body>'
        '<h1>槟城渡轮服务下月恢复</h1><div class="meta">01/04/2020 9:23 PM</div>'
        f'<div class="body">{TEXT}</div><div class="comments"><h3>读者留言</h3>'
        "<p>阿明 03/04/2020 10:05 AM</p><p>终于等到了。</p><p>Kelvin 15/04/2020 8:12 PM</p><p>还没有动工。</p></div>"
        "</body></html>"
    )
    assert _html(tmp_path, page).date == "2020-04-01"


def test_the_articles_own_day_wins_over_the_commits(tmp_path: Path) -> None:
    page = (
        '<html lang="en"><head><meta charset="utf-8"><title>policy/README.md at master · jcgov/policy</title></head>'
        '<body><div class="commit">wanghy add 管理办法 <relative-time datetime="2020-04-06T08:00:00Z">Apr 6, 2020'
        '</relative-time></div><article class="markdown-body"><h1>江城市政务新媒体管理办法（试行）</h1>'
        f"<p>发布时间：2020年3月30日　来源：江城市人民政府办公室</p>{TEXT}</article></body></html>"
    )
    assert _html(tmp_path, page).date == "2020-03-30"


def test_an_update_stamp_under_the_publication_line_is_no_day_and_no_text(tmp_path: Path) -> None:
    article = _html(
        tmp_path,
        "<html><body><h1>槟城渡轮服务下月恢复</h1><div>文 / 陈佩琪</div><div>发布 / 30/03/2020 21:40</div>"
        f"<div>更新 / 31/03/2020 08:12</div><div>{TEXT}</div></body></html>",
    )
    assert article.date == "2020-03-30" and "更新" not in article.body


def test_an_update_stamp_alone_is_the_last_evidence_of_the_day(tmp_path: Path) -> None:
    article = _html(
        tmp_path,
        f"<html><body><h1>槟城渡轮服务下月恢复</h1><div>更新 / 31/03/2020 08:12</div><div>{TEXT}</div></body></html>",
    )
    assert article.date == "2020-03-31" and "更新" not in article.body


def _txt(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "post.txt"
    path.write_text(text, encoding="utf-8")
    (raw,) = read_sources([path], Settings().max_file_bytes)
    return extract(raw)


POST = "周末组织大家去香山爬山，早上八点在东门集合，请自带午饭和饮用水，路线适合新手，全程大约四个小时。\n" * 3


def test_a_cms_day_with_the_months_chinese_name_is_read_day_first() -> None:
    assert read_date("發佈於 02 四月 2020") == "2020-04-02"
    assert read_date("星期四, 02 四月 2020 10:12") == "2020-04-02"


def test_a_document_issued_beside_its_signing_day_is_dated_when_issued() -> None:
    assert read_date("成文日期：2020-02-26　印发日期：2020-02-28　来源：江城市教育局") == "2020-02-28"


def test_a_bulletin_boards_station_line_dates_the_post_not_its_replies(tmp_path: Path) -> None:
    article = _txt(
        tmp_path,
        "求推荐适合新手的相机\n发信人: photonewbie (小白), 信区: Photo\n标  题: 求推荐适合新手的相机\n"
        "发信站: 北大未名站 (Tue Mar  5 20:14:51 2019), 站内信件\n"
        + POST
        + "发信人: lens_guy (镜头控), 信区: Photo\n"
        + "发信站: 北大未名站 (Wed Mar  6 09:30:02 2019), 站内信件\n预算多少？\n",
    )
    assert article.date == "2019-03-05"


def test_a_blog_footer_sentence_dates_a_post_that_shows_no_other_day(tmp_path: Path) -> None:
    article = _txt(
        tmp_path,
        "读《活着》的几点感受\n"
        + POST
        + "本条目发布于2019年6月2日。属于读书分类，被贴了 余华 标签。\n青禾 说：2019年6月5日 下午8:10\n写得很好。\n",
    )
    assert article.date == "2019-06-02"


def test_a_headline_dated_in_brackets_gives_its_day_and_keeps_its_words(tmp_path: Path) -> None:
    article = _txt(tmp_path, "区政协召开十届二次会议（2020-01-08）\n" + POST + "区政府召开全体会议（2020-01-03）\n")
    assert (article.title, article.date) == ("区政协召开十届二次会议", "2020-01-08")


def test_a_relative_day_is_read_from_its_elements_title(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>城西菜市场改造完成重新开业</title></head><body>'
        "<h1>城西菜市场改造完成重新开业</h1>"
        '<div><span>江城生活圈</span> <span title="2019-04-12 10:12">3 天前</span></div>'
        + TEXT
        + '<div class="comment"><span title="2019-04-14 08:30">1 天前</span><p>终于不用踩泥了。</p></div></body></html>'
    )
    assert _html(tmp_path, page).date == "2019-04-12"


def test_a_filing_tables_publication_day_wins_over_its_signing_day(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>关于公布第一批建设用地批复情况的公告</title></head><body><table>'
        "<tr><td>索引号：</td><td>11420100MB1234567Y/2020-00088</td><td>发布机构：</td><td>江城市自然资源局</td></tr>"
        "<tr><td>成文日期：</td><td>2020-05-15</td><td>发布日期：</td><td>2020-05-20</td></tr>"
        "<tr><td>标题：</td><td>关于公布第一批建设用地批复情况的公告</td></tr></table>"
        "<h1>关于公布第一批建设用地批复情况的公告</h1>" + TEXT + "</body></html>"
    )
    assert _html(tmp_path, page).date == "2020-05-20"


STORY = "<p>江城地铁五号线南延段今天上午正式开通，新增车站六座，沿线居民到市中心的时间缩短了二十分钟左右。</p>" * 3


def _wap(head: str, stamp: str, footer: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>江城地铁五号线南延段今日开通</title>{head}</head><body>'
        f'<h1>江城地铁五号线南延段今日开通</h1><div class="meta"><span>江城晚报</span> <span>{stamp}</span></div>'
        + STORY
        + f"<footer>{footer}</footer></body></html>"
    )


def test_a_wap_stamp_without_its_year_takes_the_footers_copyright_year(tmp_path: Path) -> None:
    assert _html(tmp_path, _wap("", "02-12 11:38", "© 2019 江城网 手机版")).date == "2019-02-12"


def test_a_wap_stamp_takes_its_own_addresss_year_over_a_later_copyright(tmp_path: Path) -> None:
    canonical = '<link rel="canonical" href="https://m.jcw.cn/local/2019/0212/88213.html">'
    page = _wap(canonical, "2月12日 11:38", "Copyright © 2003-2024 江城网")
    assert _html(tmp_path, page).date == "2019-02-12"


def test_a_wap_stamp_whose_year_the_page_gives_nowhere_dates_nothing(tmp_path: Path) -> None:
    assert _html(tmp_path, _wap("", "02-12 11:38", "江城网 手机版")).date is None


def test_a_year_less_edit_stamp_never_outdates_the_articles_own_day(tmp_path: Path) -> None:
    head = (
        '<div class="info"><span>张敏</span><span>最近修改：02月14日 11:38</span></div><p>原文发布：2019年2月12日</p>'
    )
    assert _html(tmp_path, _wap("", "", "© 2019 江城网").replace("<div class=", head + "<div class=", 1)).date == (
        "2019-02-12"
    )


def test_a_print_views_stamp_beside_the_posts_day_gives_the_posts() -> None:
    assert read_date("打印时间：2019-04-15 09:30 | 发帖时间：2019-04-12 10:12") == "2019-04-12"


def test_a_day_the_page_was_saved_dates_nothing_even_alone(tmp_path: Path) -> None:
    article = _txt(tmp_path, "城北污水处理厂提标改造完成\n保存时间：2023-02-14 09:12\n" + POST)
    assert article.date is None


def test_a_forwarded_mails_day_yields_to_the_day_its_story_gives(tmp_path: Path) -> None:
    article = _txt(
        tmp_path,
        "---------- Forwarded message ---------\n发件人： 王磊 <wanglei@jcw.cn>\nDate: 2020年3月5日周四 上午10:12\n"
        "Subject: 转：江城地铁三号线开通\nTo: <news@jcw.cn>\n\n江城地铁三号线开通\n2020-03-02 08:00　来源：江城日报\n"
        + POST,
    )
    assert (article.title, article.date) == ("江城地铁三号线开通", "2020-03-02")


def test_a_photo_captions_day_dates_a_gallery_that_gives_no_other(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>组图：江城樱花进入盛花期</title></head><body>'
        "<h1>组图：江城樱花进入盛花期</h1>"
        '<figure><img src="/p/1.jpg"><figcaption>2021年3月20日，游客在江城公园赏樱。</figcaption></figure>'
        + STORY
        + '<div class="more"><p><a href="/p/2.html">油菜花海迎客来</a> 2021-03-25</p>'
        + '<p><a href="/p/3.html">春雨中的古镇</a> 2021-03-28</p></div></body></html>'
    )
    assert _html(tmp_path, page).date == "2021-03-20"


def test_a_live_page_is_dated_by_its_first_entry_not_its_newest(tmp_path: Path) -> None:
    article = _txt(
        tmp_path,
        "滚动直播：江城迎战今年首场寒潮\n（持续更新中）\n"
        "2021-01-08 07:40 全市中小学今日推迟一小时到校，公交加密班次。\n"
        "2021-01-07 21:15 气象台发布寒潮橙色预警，最低气温将降至零下八度。\n"
        "2021-01-07 16:00 市防指召开会议部署防寒保供工作。\n" + POST,
    )
    assert article.date == "2021-01-07"


def test_a_pages_dated_entries_do_not_date_it_where_it_is_no_live(tmp_path: Path) -> None:
    article = _txt(
        tmp_path,
        "江城一周要闻回顾\n"
        "2021-01-08 07:40 全市中小学今日推迟一小时到校，公交加密班次。\n"
        "2021-01-07 21:15 气象台发布寒潮橙色预警，最低气温将降至零下八度。\n" + POST,
    )
    assert article.date is None


NOTE = (
    "* 江城老街改造记\n:PROPERTIES:\n{drawer}:END:\n[2021-03-02 Tue 10:12]\n\n"
    "江城老街改造工程近日完工，沿街三百多户居民的房屋外立面全部翻新，青石板路恢复了原来的样子，吸引了不少游客。\n"
)


def _org(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "note.org"
    path.write_text(text, encoding="utf-8")
    (raw,) = read_sources([path], Settings().max_file_bytes)
    return extract(raw)


def test_an_org_notes_pubdate_property_dates_it_over_its_capture_stamp(tmp_path: Path) -> None:
    assert _org(tmp_path, NOTE.format(drawer=":PUBDATE: 2021-02-28\n")).date == "2021-02-28"


def test_an_org_notes_capture_stamp_alone_dates_nothing(tmp_path: Path) -> None:
    assert _org(tmp_path, NOTE.format(drawer=":ID: 5f2c\n")).date is None


def _thread(stamp: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>周末去哪儿：城郊三条徒步线路推荐</title></head><body>'
        "<h1>周末去哪儿：城郊三条徒步线路推荐</h1>"
        f'<div class="authi"><a class="xw1">赣江渔夫</a> {stamp}</div>'
        + TEXT
        + '<div class="authi"><a>山里人</a> <em title="2019-4-14 20:11">发表于 昨天 20:11</em></div><p>风景不错。</p>'
        + "</body></html>"
    )


def test_a_relative_day_after_a_posts_label_is_read_from_its_elements_title(tmp_path: Path) -> None:
    page = _thread('<em id="authorposton1" title="2019-4-12 10:12">发表于 3 天前</em>')
    assert _html(tmp_path, page).date == "2019-04-12"


def test_a_relative_day_is_read_from_its_elements_unix_time(tmp_path: Path) -> None:
    assert _html(tmp_path, _thread('<span class="time" data-time="1555035120">5天前</span>')).date == "2019-04-12"


def test_an_update_stamp_without_a_colon_never_wins_over_the_publication_line(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>城南片区学位调整方案公布</title></head><body>'
        "<h1>城南片区学位调整方案公布</h1><div>最后更新 2019-05-12 17:20</div>"
        "<div>2019-05-10 08:00　来源：江城日报</div>" + STORY + "</body></html>"
    )
    assert _html(tmp_path, page).date == "2019-05-10"
