"""Writers, editors and days in the forms more kinds of Chinese sites write them (issue 22, benchmarks/fields.py):
bylines with an outlet's or a photographer's role, spaced names, names after a label that no surname list knows,
posters of blogs and forums, unlabelled editors, and days in Chinese numerals or beside a byline."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.article import Article, RawDocument
from index.ingest import (
    accounts,
    author_cards,
    bylines,
    credits,
    date_bars,
    info_bars,
    page_urls,
    post_credits,
    publication,
    shown_posters,
    titles,
)
from index.ingest.extract import extract, parse_date, read_date
from index.ingest.sources import read_sources
from index.settings import Settings

LEAD = "江城市今年将新建改建城市公园二十座，建成后市民出门五百米就能走进一座公园，城市绿化覆盖率将超过四成。"
MORE = "据介绍，新建的公园将结合周边社区的实际需要，配建健身步道、儿童游乐场和休闲座椅等设施，方便居民使用。"


def _article(*lines: str) -> Article:
    text = "\n".join(["江城今年新建二十座公园", *lines])
    return extract(RawDocument("made-up", "made-up.txt", text, "0" * 32, "utf-8", {}))


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("江城晚报记者 周小川 江城晚报实习生 吴欣然", ["周小川", "吴欣然"]),  # an outlet's intern
        ("江城日报·江城网记者 郑晓 见习记者 孟凡", ["郑晓", "孟凡"]),  # an outlet joined by a dot
        ("江城晚报-云端新闻记者 许诺", ["许诺"]),
        ("记者 | 孔令文", ["孔令文"]),  # a bar after the role
        ("撰文：钱文斌", ["钱文斌"]),
        ("■ 文/施宁", ["施宁"]),  # a mark before the byline
        ("文/图 邵明", ["邵明"]),  # wrote and took the pictures
        ("本报记者 包  伟 通讯员 林  一", ["包伟", "林一"]),  # two-character names spaced out
        ("本报记者 阿依古丽·买买提 、 端木青 和 覃小雨", ["阿依古丽·买买提", "端木青", "覃小雨"]),
        ("江城晚报 记者 邓小禾 2021-05-10 09:12", ["邓小禾"]),  # the day at the end
        ("[2005-01-14]  韦国梁 南宁报道", ["韦国梁"]),  # the day at the start
    ],
)
def test_more_forms_of_a_byline_give_the_writers(line: str, writers: list[str]) -> None:
    assert bylines.writers(line) == writers


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("（通讯员 林立 摄影 段小飞）", ["林立"]),
        ("文/欧阳林，图/司马青", ["欧阳林"]),
        ("江城晚报记者 林立 摄影记者 段小飞", ["林立"]),
    ],
)
def test_a_photographer_named_in_a_byline_is_no_writer(line: str, writers: list[str]) -> None:
    assert bylines.writers(line) == writers


def test_a_bracketed_photo_credit_is_no_byline() -> None:
    assert bylines.writers("（本报记者 段小飞 摄）") == []


def test_a_role_word_glued_to_a_word_that_is_no_name_is_no_byline() -> None:
    assert bylines.writers("图文直播间") == []


def test_a_byline_among_a_publication_lines_fields_gives_the_writer() -> None:
    assert bylines.writers("2005年09月07日 10:12　【江城IT社区】　文/ 卫东") == ["卫东"]


def test_bylines_glued_after_the_last_paragraph_all_give_writers() -> None:
    line = "……他如是说。  本报通讯员 蒋一帆 孙 淼  本报记者 陶冶  （原标题：江城新建公园）"
    assert bylines.writers(line) == ["蒋一帆", "孙淼", "陶冶"]


def test_a_list_of_names_under_the_headline_may_name_a_rare_surname_after_the_first() -> None:
    assert bylines.writers("李卫、禤明", names_only=True) == ["李卫", "禤明"]
    assert bylines.writers("风景、人物", names_only=True) == []


def test_a_wechat_posts_header_names_its_writer_not_its_account() -> None:
    assert bylines.writers("原创 石磊 江城观察 2021-05-12 08:00") == ["石磊"]
    assert bylines.writers("原创 江城观察 江城观察 2021-05-12 08:00") == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("楼主 山间小溪 发表于 2005-7-3 21:01", "山间小溪"),
        ("posted @ 2006-03-01 12:33 老码农 阅读(123) 评论(2) 编辑 收藏", "老码农"),
        ("Posted on March 1, 2006 by 江城过客", "江城过客"),
        ("江城老李 · 2021-05-12 发布于江西", "江城老李"),
    ],
)
def test_more_forms_of_a_posters_line_give_the_poster(line: str, name: str) -> None:
    assert bylines.poster(line) == name


def test_a_replys_floor_before_its_poster_is_no_thread_poster() -> None:
    assert bylines.poster("沙发 老猫 发表于 2006-1-15 12:03") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [("编辑 杨柳", "杨柳"), ("编辑 | 谢文", "谢文"), ("江城新闻编辑 | 文清", "文清"), ("编辑 张帆 校对 刘军", "张帆")],
)
def test_an_unlabelled_editor_line_gives_the_editor(line: str, name: str) -> None:
    assert bylines.editor(line) == name


@pytest.mark.parametrize("line", ["图片编辑：曹明", "编辑部的故事", "记者 罗怡 编辑文莉"])
def test_a_picture_editor_or_a_word_with_editor_in_it_is_no_editor(line: str) -> None:
    assert bylines.editor(line) is None


def test_a_chief_editor_wins_over_a_plain_editor() -> None:
    assert _article(LEAD, MORE, "编辑：王楠 责任编辑：刘亮").editor == "刘亮"


def test_a_reviewer_and_a_proofreader_are_no_editors() -> None:
    article = _article(LEAD, MORE, "撰稿：冷月 审核：何平 校对：宋一")
    assert (article.authors, article.editor) == (["冷月"], None)


def test_after_an_author_label_a_name_need_not_be_surname_led() -> None:
    assert _article("作者： 赵延东  风笑天      日期： 2003-05-29", LEAD, MORE).authors == ["赵延东", "风笑天"]


def test_an_unknown_author_is_no_person() -> None:
    assert _article("作者：佚名 来源：江城晚报", LEAD, MORE).authors == []


def test_a_bracketed_field_ends_at_its_bracket() -> None:
    article = _article("【发布时间：2020-09-11 09:30】【来源：江城市场监管局】【作者：孙丽】【字体：大 中 小】", LEAD)
    assert (article.authors, article.date) == (["孙丽"], "2020-09-11")


def test_a_line_of_fields_ending_in_an_empty_counter_label_is_read() -> None:
    article = _article("时间：2021-03-02 来源：县农业农村局 作者：农业农村局办公室 点击：", LEAD, MORE)
    assert (article.authors, article.date) == (["农业农村局办公室"], "2021-03-02")


def test_a_byline_of_five_names_is_read_though_cleaning_takes_it_for_a_link_row() -> None:
    assert _article("记者 巴特尔 图雅 通讯员 上官云飞", LEAD, MORE).authors == ["巴特尔", "图雅", "上官云飞"]


def test_a_related_storys_author_after_the_article_is_no_writer() -> None:
    article = _article("记者 韩晓", LEAD, MORE, "相关阅读", "江城公园规划获批 作者：刘晓明 2020-03-02")
    assert article.authors == ["韩晓"]


def test_a_reporter_filing_from_a_city_at_the_start_of_the_lead_is_a_writer() -> None:
    assert _article(f"记者林晓燕发自江城 {LEAD}", MORE).authors == ["林晓燕"]


def test_a_bracketed_writer_mark_at_the_start_of_the_lead_is_a_writer() -> None:
    assert _article(f"【文/江城新闻网 王世明】{LEAD}", MORE).authors == ["王世明"]


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("二〇二一年五月十二日", "2021-05-12"),
        ("二○○五年十月三十一日", "2005-10-31"),
        ("二〇二〇年十二月二十日", "2020-12-20"),
    ],
)
def test_a_date_in_chinese_numerals_is_a_date(written: str, day: str) -> None:
    assert parse_date(written) == day


def test_an_american_date_and_a_two_digit_year_are_read_on_a_text_files_publication_line() -> None:
    assert read_date("5/7/2005 9:23:57 PM") == "2005-05-07"
    assert _article("18-03-08 23:16 来源：江城晚报", LEAD, MORE).date == "2018-03-08"


def test_a_byline_with_its_day_gives_the_day() -> None:
    assert _article("江城晚报 记者 邓小禾 2021-05-10 09:12", LEAD, MORE).date == "2021-05-10"


def test_a_bracketed_editor_closing_a_credit_line_after_the_text_is_the_editor() -> None:
    assert _article(LEAD, MORE, "录音丨程一华【编辑:苑晶】").editor == "苑晶"


def test_an_outlets_report_mark_before_a_bracketed_reporter_is_no_writer() -> None:
    assert bylines.lead_credit("【江城网报道 记者 赵建国】据外媒11日报道，江城航天近日取得新进展。") == ["赵建国"]


def test_reporters_opening_a_lead_after_the_outlets_mark_are_writers() -> None:
    lead = "江晚讯 记者陈伟 通讯员城宣 江城市将于下月起在部分街道试行垃圾分类收费，居民按袋缴费。"
    assert bylines.lead_credit(lead) == ["陈伟", "城宣"]


def test_a_lead_that_opens_with_the_word_reporter_names_no_one() -> None:
    assert bylines.lead_credit("记者近日从市教育局获悉，今年全市将新增学位五万个。") == []


def test_an_editor_in_a_byline_line_is_the_editor_and_no_writer() -> None:
    article = _article("江城晚报 记者 李玉 编辑 樊一 校对 刘越", LEAD, MORE)
    assert (article.authors, article.editor) == (["李玉"], "樊一")


def test_a_byline_after_the_source_gives_the_writer() -> None:
    assert _article("2004年06月08日 09:32 来源：江城晨报 记者 张鹏", LEAD, MORE).authors == ["张鹏"]


@pytest.mark.parametrize("source", ["江城发布", "区政府办"])
def test_a_source_longer_than_a_name_is_no_writer(source: str) -> None:
    assert _article(f"来源：{source} 发布时间：2021-05-12", LEAD, MORE).authors == []


def test_a_readers_reply_with_an_author_label_is_no_writer() -> None:
    reply = "作者：路过的 回复日期：2006-5-12 9:05:00"
    assert _article("作者：江城老王 提交日期：2006-5-12 8:30:00", LEAD, MORE, reply).authors == ["江城老王"]


def test_a_forums_post_date_label_ends_the_posters_name() -> None:
    article = _article("作者：江城观察家 发表日期：2008-03-15 09:12:44 点击：2356", LEAD, MORE)
    assert (article.authors, article.date) == (["江城观察家"], "2008-03-15")


def test_a_label_in_brackets_without_a_colon_is_a_label() -> None:
    article = _article("【作者】 陈晓 【时间】 2006-04-03", LEAD, MORE)
    assert (article.authors, article.date) == (["陈晓"], "2006-04-03")


def test_a_portals_clock_is_not_the_articles_day() -> None:
    assert _article("今天是：2021年5月13日 星期四", "发布时间：2021-05-12", LEAD, MORE).date == "2021-05-12"


def test_a_portals_clock_is_no_text() -> None:
    assert "今天是" not in _article("今天是：2021年5月13日 星期四", LEAD, MORE).body


@pytest.mark.parametrize(
    ("line", "name"),
    [("楼主 | 山野行者 | 发表于 2012-5-12 21:03", "山野行者"), ("【楼主】 竹林七贤 2007-06-08 14:22:31", "竹林七贤")],
)
def test_a_first_floors_mark_before_its_poster_between_bars_or_brackets_gives_the_poster(line: str, name: str) -> None:
    assert bylines.poster(line) == name


def test_a_blogs_original_mark_before_its_writer_and_day_gives_the_writer() -> None:
    assert bylines.writers("原创 码农老张 最后发布于2019-09-07 10:23:11 阅读数 1234 收藏") == ["码农老张"]


def test_a_name_whose_rare_character_simplifies_beyond_the_bmp_is_a_name() -> None:
    assert bylines.writers("江城晚报记者 刘晓 周\U0002cc56") == ["刘晓", "周\U0002cc56"]  # 周頔 simplified


def test_an_organisations_unit_before_the_writer_is_no_writer() -> None:
    assert bylines.writers("作者 学生处 李楠") == ["李楠"]


def test_an_editor_credited_in_brackets_without_a_colon_is_the_editor() -> None:
    assert bylines.editor("(编辑 王家乐)") == "王家乐"


def test_a_blogs_footer_stamp_closes_its_post_and_opens_none() -> None:
    assert not bylines.opens_a_post("posted @ 2020-04-01 10:26 江城码农 阅读(128) 评论(3)")
    assert bylines.opens_a_post("江边的鱼 发表于 2020-04-02 21:15")


def test_a_publication_line_shown_twice_is_read_once_and_kept_out_of_the_text() -> None:
    stamp = "发表于 2021-5-12 10:26:31 | 只看该作者"
    article = _article(stamp, "", LEAD, "", stamp, MORE)
    assert article.date == "2021-05-12" and "只看该作者" not in article.body


def test_a_byline_among_a_publication_lines_fields_between_bars_gives_its_writer() -> None:
    assert bylines.writers("发表于2021-05-12 21:30| 326次阅读| 来源江城网| 0 条评论| 作者韩雪") == ["韩雪"]


def _page(*lines: str) -> Article:
    return extract(RawDocument("made-up", "made-up.txt", "\n".join(lines), "0" * 32, "utf-8", {}))


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("〔记者周文澜／高雄报导〕", ["周文澜"]),  # as Taiwan's papers write it, read as simplified
        ("2022-03-04 09:12 联合报／ 记者许家豪／即时报导", ["许家豪"]),
        ("经济日报 记者邱安琪／台中即时报导", ["邱安琪"]),
    ],
)
def test_a_reporter_before_a_slash_and_where_they_report_from_is_a_writer(line: str, writers: list[str]) -> None:
    assert bylines.writers(line) == writers


def test_a_wire_dateline_glued_to_the_reporters_name_leaves_the_name() -> None:
    assert bylines.lead_credit("（中央社记者林书涵台南5日电）台南今天气温回升，民众纷纷出游。") == ["林书涵"]


def test_an_outlets_reporter_with_the_name_glued_on_is_a_writer() -> None:
    assert bylines.writers("自由亚洲电台记者吴明哲") == ["吴明哲"]


def test_an_outlets_short_name_between_the_writers_mark_and_the_names_is_no_writer() -> None:
    assert bylines.writers("文｜澎湃 何欣然 张亮") == ["何欣然", "张亮"]


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("以下文章来源于山城夜话 ，作者阿九", ["阿九"]),
        ("本文来自微信公众号：江城数据（ID：jcdata），作者：秦远，头图来自：网络", ["秦远"]),
    ],
)
def test_a_reprinted_posts_credit_names_its_writer_not_its_account(line: str, writers: list[str]) -> None:
    assert bylines.writers(line) == writers


def test_the_account_after_a_self_media_platforms_name_is_the_writer() -> None:
    assert bylines.writers("2021-09-02 10:15 · 头条号 · 乡村小厨娘") == ["乡村小厨娘"]


def test_a_wechat_header_without_its_day_still_names_its_writer() -> None:
    assert bylines.writers("原创 苏晴 江城生活") == ["苏晴"]


def test_a_desk_labelled_as_editor_is_no_editor() -> None:
    assert _article(LEAD, MORE, "编辑：综合科").editor is None
    assert bylines.editor("编辑 宣传科") is None


def test_the_outlet_that_names_its_reporter_names_its_editor() -> None:
    assert bylines.editor("江报记者 吴涛 江报编辑 钱红") == "钱红"


def test_reviewers_after_the_writers_in_a_credit_are_no_writers() -> None:
    assert bylines.writers("（文/赵晴 图/校团委 初审/孙立 复审/何平 终审/高峰）") == ["赵晴"]


def test_a_european_date_is_read_day_first() -> None:
    assert read_date("日期 03.11.2020") == "2020-11-03"


def test_a_poster_in_a_line_of_labelled_fields_is_the_writer() -> None:
    article = _article("楼主：江边钓翁  时间：2006-02-11 09:20", LEAD, MORE)
    assert (article.authors, article.date) == (["江边钓翁"], "2006-02-11")


def test_a_replys_labelled_author_after_its_floor_is_no_writer() -> None:
    article = _article(
        "作者：江边钓翁 发表于：2006-02-11", LEAD, MORE, "3楼 作者：路人乙 发表于：2006-02-11 10:00", "顶"
    )
    assert article.authors == ["江边钓翁"]


def test_the_next_posts_header_under_the_first_posts_text_names_no_writer() -> None:
    article = _article(
        "江边钓翁 楼主 发表于 2012-03-08 21:14", LEAD, MORE, "路人乙 2楼 发表于 2012-03-08 22:00", "同意"
    )
    assert article.authors == ["江边钓翁"]


def test_a_name_in_its_own_cell_above_a_post_header_naming_no_one_is_the_poster() -> None:
    article = _article("老城巷口", "发表于 2013-04-02 19:20", LEAD, MORE)
    assert (article.authors, article.date) == (["老城巷口"], "2013-04-02")


def test_what_a_poster_does_under_the_name_is_no_name() -> None:
    assert not bylines.is_handle("资深摄影爱好者")


def test_a_publication_regions_poster_cell_is_labelled_as_the_writer() -> None:
    lines = ["江城今年新建二十座公园", "老城巷口", "发表于 2013-04-02 19:20", LEAD]
    assert ("老城巷口", "作者：老城巷口") in publication.head_lines(lines, 0, 3)


def test_a_traditional_byline_in_the_publication_region_is_read() -> None:
    lines = ["江城今年新建二十座公園", "記者王曉明／台北報導", LEAD]
    assert publication.head_lines(lines, 0, 2) == [("記者王曉明／台北報導", "作者：王晓明")]


def test_a_breadcrumb_above_the_headline_of_a_text_file_is_no_title() -> None:
    assert _page("江城网 > 新闻 > 社会", "江城今年新建二十座公园", LEAD, MORE).title == "江城今年新建二十座公园"


def test_a_blogs_name_above_the_post_gives_its_owner_and_no_title() -> None:
    article = _page("程远的博客", "春日登山记", "(2006-04-02 10:20:11)", LEAD, MORE)
    assert (article.title, article.authors, article.date) == ("春日登山记", ["程远"], "2006-04-02")


def test_an_account_named_under_the_headline_and_as_the_source_wrote_the_post() -> None:
    assert _article("山野美食记", "2021-03-02 10:30 · 来源：山野美食记", LEAD, MORE).authors == ["山野美食记"]


def test_a_labelled_day_before_an_empty_counter_label_is_read() -> None:
    assert _article("发布时间：2021-05-12  浏览次数：", LEAD, MORE).date == "2021-05-12"


def test_a_lead_opening_with_its_bracketed_credit_is_no_publication_line() -> None:
    assert bylines.writers("〔记者周文澜／高雄报导〕【港都观察】高雄夜市今晚起恢复营业摊商忙着准备") == []


def test_an_editor_in_brackets_after_the_text_is_the_editor_and_no_writer() -> None:
    article = _article(LEAD, MORE, "(江城台记者周洋)", "(编辑吴倩)")
    assert (article.authors, article.editor) == (["周洋"], "吴倩")


def test_a_reporter_and_a_correspondent_written_together_are_both_writers() -> None:
    assert bylines.lead_credit("江城晚报讯(记者韩笑通讯员林一鸣)昨天上午，江城大桥完成荷载试验。") == ["韩笑", "林一鸣"]


def test_a_unit_given_as_the_poster_is_no_poster() -> None:
    assert bylines.poster("发布者：党委宣传部  发布时间：2022-05-20") is None


def test_a_group_posts_from_line_names_its_poster() -> None:
    assert bylines.poster("来自: 江边看云的人 2016-04-08 10:23:45") == "江边看云的人"


def test_an_outlet_with_a_plus_sign_before_its_reporter_is_no_writer() -> None:
    assert bylines.writers("作者 江城+记者 邓雨 通讯员 江交宣") == ["邓雨", "江交宣"]


def test_a_reprint_credit_without_a_comma_before_the_writer_names_the_writer() -> None:
    assert bylines.writers("本文来自网易号作者：数码老周") == ["数码老周"]


def test_a_name_above_a_writing_platforms_day_and_counters_is_the_writer() -> None:
    article = _article("夏至未至", "2019.05.12 10:23:45 字数 1,234 阅读 567", LEAD, MORE)
    assert (article.authors, article.date) == (["夏至未至"], "2019-05-12")


def test_words_and_report_labels_name_writers_and_a_picture_label_none() -> None:
    article = _article(LEAD, MORE, "文字：陈晓 图片：网络 编辑：李佳")
    assert (article.authors, article.editor) == (["陈晓"], "李佳")
    assert _article(LEAD, MORE, "报导：黄志强").authors == ["黄志强"]


def test_an_original_mark_as_the_source_is_no_person() -> None:
    article = _article("作者：柳絮飞  来源：原创  发布时间：2009-04-18", LEAD, MORE)
    assert article.authors == ["柳絮飞"]


def test_a_replys_author_and_time_under_a_post_whose_header_named_its_writer_is_no_writer() -> None:
    article = _article("作者：侠客行  时间：2004-7-16 8:19", LEAD, MORE, "作者：书虫 时间：2004-7-16 9:02", "同意")
    assert article.authors == ["侠客行"]


def test_a_title_under_a_blogs_name_is_no_poster_of_the_counters_line_under_it() -> None:
    article = _page("张晓雨的日志", "实习第一周", "2010-07-12 21:15 阅读(58) 评论(4)", LEAD, MORE)
    assert (article.title, article.authors) == ("实习第一周", ["张晓雨"])


def test_a_first_line_with_its_publication_line_under_it_is_the_headline_not_a_kicker() -> None:
    question = "最近邻居们都在讨论这件事，有人赞成有人反对，大家怎么看？"
    text = "邻居们讨论了很久，赞成的人说方便，反对的人担心安全，大家怎么看的都有。"
    article = _page("小区该不该装充电桩？", "发贴人：江南布衣  发贴时间：2005-03-07 14:02:00", question, text, LEAD)
    assert article.title == "小区该不该装充电桩？"


def test_an_outlets_longer_name_after_a_writers_mark_is_no_writer() -> None:
    assert bylines.writers("文｜鲸鱼财经 周小雅") == ["周小雅"]


def test_an_outlet_in_title_marks_before_its_reporter_is_no_writer() -> None:
    assert bylines.writers("文｜《江城周刊》记者 钟岚") == ["钟岚"]


def test_a_lead_writers_role_names_a_writer() -> None:
    assert bylines.writers("主笔 | 吴越") == ["吴越"]


def test_a_platforms_channel_in_a_source_or_alone_names_no_account() -> None:
    assert bylines.writers("2021-05-12 10:15 来源：江城新闻·澎湃号·政务") == []
    assert bylines.writers("澎湃号·政务") == []


def test_a_personal_blogs_name_gives_its_owner() -> None:
    assert bylines.blog_name("周明远的个人博客") == "周明远"


def test_a_special_correspondent_is_a_writer() -> None:
    assert bylines.writers("江南日报特派员 邝嘉怡") == ["邝嘉怡"]


def test_reviewers_and_producers_after_the_writer_are_no_writers() -> None:
    assert bylines.writers("撰稿：邱林 摄影：杜宇 一审：钱峰 二审：孔亮 三审：白雪") == ["邱林"]
    assert bylines.writers("文字：何苗 图片：罗健 监制：吴涛") == ["何苗"]


def test_a_name_after_the_first_floor_and_before_the_day_is_the_poster() -> None:
    assert bylines.poster("楼主 秋天的落叶 2013-09-02 20:15:33 只看楼主") == "秋天的落叶"
    assert bylines.poster("楼主 发表于 2013-09-02 20:15") is None


def test_a_name_of_a_names_shape_after_the_sources_name_is_the_writer() -> None:
    article = _article("来源：江城市纪委监委网站　邱宁  发布时间：2021-05-12 07:30", LEAD, MORE)
    assert article.authors == ["邱宁"]


def test_a_word_with_only_a_surname_after_the_sources_name_is_no_writer() -> None:
    assert _article("来源：江城日报 海外版  2021-05-12", LEAD, MORE).authors == []


def test_an_agency_given_as_the_source_is_no_writer() -> None:
    article = _article("2021-05-12 14:20  来源：商讯", LEAD, MORE)
    assert (article.authors, article.source) == ([], "商讯")


def test_a_given_names_characters_tell_a_name_from_a_word_with_a_surname() -> None:
    assert bylines.looks_like_name("尹娟") and not bylines.looks_like_name("商讯")


def test_an_editor_after_a_slash_in_the_source_line_is_the_editor() -> None:
    article = _article("2021-05-20 15:30:12", "来源：新华社 / 记者 韩露 / 编辑 任远", LEAD, MORE)
    assert (article.authors, article.editor) == (["韩露"], "任远")


def test_a_library_that_posts_is_no_poster() -> None:
    assert bylines.poster("发布者：图书馆  发布时间：2021-04-23 16:20") is None


def test_an_outlets_other_name_in_brackets_and_where_it_files_from_credit_a_four_character_name() -> None:
    assert bylines.writers("东洋经济新闻（中文版：东洋中文网）石田美香 大阪报道") == ["石田美香"]


@pytest.mark.parametrize(
    ("line", "day"),
    [("發布日期：110-12-05", "2021-12-05"), ("中華民國110年12月5日", "2021-12-05"), ("民国94年3月1日", "2005-03-01")],
)
def test_a_day_of_the_republic_of_china_calendar_is_read(line: str, day: str) -> None:
    assert read_date(line) == day


def test_a_publication_line_with_an_address_before_its_day_gives_the_day() -> None:
    article = _article("http://news.jiangcheng.example.com  2005-09-07 10:12 来源：江城晨报", LEAD, MORE)
    assert (article.date, article.source) == ("2005-09-07", "江城晨报")


def test_a_first_line_that_is_the_pages_title_over_the_headline_is_no_title() -> None:
    text = "\n".join(["我的读书笔记 - 书虫小站", "我的读书笔记", "作者 书虫", "2021 年 05 月 12 日", LEAD, MORE])
    article = extract(RawDocument("made-up", "made-up.txt", text, "0" * 32, "utf-8", {}))
    assert article.title == "我的读书笔记"


def test_a_bbs_posts_padded_title_label_is_no_part_of_the_title() -> None:
    raw = RawDocument(
        "made-up", "made-up.html", f"{LEAD}\n{MORE}", "0" * 32, "utf-8", {"title": "标  题: 考研经验分享"}
    )
    assert extract(raw).title == "考研经验分享"


def test_an_outlets_reporter_before_a_colon_is_a_role() -> None:
    assert bylines.writers("江城周刊记者：孟晓雯") == ["孟晓雯"]


def test_a_names_romanisation_after_it_is_no_part_of_the_name() -> None:
    assert bylines.writers("苏晓彤 Xiaotong Su", names_only=True) == ["苏晓彤"]


def test_a_channels_editor_is_the_editor_and_a_picture_editor_is_none() -> None:
    assert bylines.editor("江城体育编辑：葛亮") == "葛亮"
    assert bylines.editor("图片编辑：葛亮") is None


def test_a_blogs_name_above_the_posts_heading_gives_its_owner_as_the_writer(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>周末去看海</title></head><body>'
        "<div>阿青的空间</div><h1>周末去看海</h1><div>2006年5月12日 星期五</div>"
        f"<div><p>{LEAD}</p><p>{MORE}</p></div></body></html>"
    )
    path = tmp_path / "post.html"
    path.write_text(page, encoding="utf-8")
    (raw,) = read_sources([path], Settings().max_file_bytes)
    assert extract(raw).authors == ["阿青"]


def test_a_name_led_by_a_surname_after_an_editors_label_keeps_that_surname() -> None:
    assert _article("作者：周慧 编辑：文姝琪", LEAD, MORE).editor == "文姝琪"


def test_a_pen_name_of_given_names_characters_after_an_editors_label_is_the_editor() -> None:
    assert _article(LEAD, MORE, "编辑：丹丹").editor == "丹丹"


def test_a_desk_after_an_editors_label_without_a_units_ending_is_no_editor() -> None:
    assert _article(LEAD, MORE, "编辑：法治时间").editor is None


def test_an_outlet_joined_to_its_app_by_a_dot_before_the_reporter_is_no_writer() -> None:
    assert bylines.writers("江城晚报·江城壹点 记者 韩笑 通讯员 林一鸣") == ["韩笑", "林一鸣"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("留言人：江城老住户  留言时间：2021-05-12 20:15", "江城老住户"),  # a message board's writer
        ("UP主 爱画画的小林", "爱画画的小林"),  # a video site's column
        ("作者 sunny2021 (晴天) 看板 Travel", "sunny2021"),  # a bulletin board's user id and nickname
    ],
)
def test_more_posters_lines_name_the_poster(line: str, name: str) -> None:
    assert bylines.poster(line) == name


def test_a_name_over_a_microblogs_day_and_client_is_the_writer() -> None:
    article = _article("江城青年观察", "2021-5-12 10:15 来自 微博 weibo.com", LEAD, MORE)
    assert (article.authors, article.date) == (["江城青年观察"], "2021-05-12")


def test_a_kicker_shown_above_the_headline_is_no_byline_under_it() -> None:
    article = _page("江城吧", "江城哪里的早点最好吃", "楼主 早起的鸟儿 2015-05-12 06:15", LEAD, MORE)
    assert article.authors == ["早起的鸟儿"]


def test_a_magazines_month_in_the_source_gives_way_to_the_lines_day() -> None:
    assert _article("来源：《江城论坛》2021/10  作者：孔德明  2021-05-16 08:00:00", LEAD, MORE).date == "2021-05-16"


def test_a_board_that_signs_a_companys_notice_is_its_writer() -> None:
    article = _article(LEAD, MORE, "特此公告。", "江城电力股份有限公司董事会", "2021年5月12日")
    assert (article.authors, article.date) == (["江城电力股份有限公司董事会"], "2021-05-12")


def test_a_reporters_outlets_joined_by_a_dot_in_a_leads_bracket_are_no_writer() -> None:
    lead = "江城晚报客户端讯（江晚·江城网记者 罗一鸣 通讯员 钱多多）江城大桥昨天完成了荷载试验。"
    assert bylines.lead_credit(lead) == ["罗一鸣", "钱多多"]


def test_a_headline_that_opens_with_its_day_is_the_title_not_the_date() -> None:
    article = _page("2021年5月12日江城市政府召开新闻发布会", "2021-05-13 19:30", LEAD, MORE)
    assert (article.title, article.date) == ("2021年5月12日江城市政府召开新闻发布会", "2021-05-13")


def test_a_row_of_labelled_fields_above_the_headline_is_no_title() -> None:
    article = _page(
        "证券代码：600123  证券简称：江城电力  公告编号：2021-008", "江城电力关于召开股东大会的通知", LEAD, MORE
    )
    assert article.title == "江城电力关于召开股东大会的通知"


def test_a_day_before_a_bar_and_a_post_is_the_posts_day_not_a_headline() -> None:
    text = "\n".join(["2021年12月2日丨我是小江，今天和大家聊聊安全驾驶", LEAD, MORE])
    raw = RawDocument("made-up", "made-up.jsonl", text, "0" * 32, "utf-8", {"title": "车主们注意这些细节"})
    assert extract(raw).date == "2021-12-02"


def test_a_finance_outlet_before_a_name_and_where_it_files_from_is_no_writer() -> None:
    assert bylines.writers("江城财经 邱远航 发自上海") == ["邱远航"]
    assert bylines.writers("江城财经 发自上海") == []


def _html(tmp_path: Path, page: str) -> Article:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (raw,) = read_sources([path], Settings().max_file_bytes)
    return extract(raw)


def test_a_team_that_signs_a_wechat_post_is_no_writer() -> None:
    assert bylines.writers("原创 深度报道组 城事观察 2022-03-04 22:15") == []
    assert bylines.writers("原创 宋晓岚 城事观察 2022-03-04 22:15") == ["宋晓岚"]


def test_the_first_floor_numbered_before_its_mark_names_the_threads_poster() -> None:
    assert bylines.poster("#0 楼主 巴山夜雨客 2021-03-04 10:20") == "巴山夜雨客"


@pytest.mark.parametrize(
    "line",
    [
        "巴山夜雨客 2021-03-04 10:20 阅读 1234 评论 56",
        "巴山夜雨客 · 2021-03-04 10:20:33 +08:00 · 1234 次点击",
        "巴山夜雨客 · 2021-03-04",
    ],
)
def test_a_handle_before_its_posts_day_and_counters_is_the_poster(line: str) -> None:
    assert bylines.poster(line) == "巴山夜雨客"


def test_a_readers_comment_with_a_day_but_no_counters_names_no_poster() -> None:
    assert bylines.poster("过路的老张 2021-03-04 10:35 来自 手机客户端") is None


@pytest.mark.parametrize("account", ["江城发布", "江城网信", "江城检察", "平安江城"])
def test_an_organisations_account_over_its_post_is_no_writer(account: str) -> None:
    assert _article(f"{account} 2021-03-04 10:20 阅读 1234", LEAD, MORE).authors == []


def test_a_reported_by_label_names_the_writer() -> None:
    assert bylines.writers("报道：林美玲") == ["林美玲"]


def test_a_span_of_months_in_a_headline_is_no_day() -> None:
    assert read_date("2021年1-2月全市工业经济运行情况") is None


def test_a_day_first_date_with_a_twelve_hour_clock_is_read_day_first() -> None:
    assert read_date("20/03/2021 03:20 PM") == "2021-03-20"


def test_an_e_editions_page_line_above_the_headline_is_no_title() -> None:
    # (a headline whose words the text does not repeat, as a kicker's would be)
    article = _page("江城日报 2021年03月04日 星期四", "第05版：要闻", "春耕时节农机忙", "本报记者 汪晴", LEAD, MORE)
    assert (article.title, article.date, article.authors) == ("春耕时节农机忙", "2021-03-04", ["汪晴"])


def test_an_e_editions_banner_with_its_weekday_dates_the_page(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>江城新建二十座城市公园</title></head><body>'
        "<div>江城日报 2021年03月04日 星期四</div><div>第05版：要闻</div><h1>江城新建二十座城市公园</h1>"
        f"<div>本报记者 汪晴</div><div><p>{LEAD}</p><p>{MORE}</p></div></body></html>"
    )
    assert _html(tmp_path, page).date == "2021-03-04"


WRAPPED = ("江城市生态环境局关于开展2021年世界环境日", "主题宣传活动的通知")


def test_a_documents_title_wrapped_over_two_lines_is_one_headline() -> None:
    article = _page(*WRAPPED, "各区县生态环境分局：", LEAD, MORE)
    assert article.title == "".join(WRAPPED) and not article.body.startswith("主题")


def test_a_pdfs_page_gives_its_wrapped_title_not_its_file_name(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>W020210604512345.pdf</title></head><body>'
        + "".join(f"<p>{line}</p>" for line in (*WRAPPED, "各区县生态环境分局：", LEAD, MORE))
        + "</body></html>"
    )
    assert _html(tmp_path, page).title == "".join(WRAPPED)


def test_a_headline_under_a_breadcrumb_with_its_poster_line_under_it_is_the_title() -> None:
    question = "早盘冲高之后一路回落，成交量明显放大，大家觉得这是出货还是洗盘呢？"
    article = _page("股吧 > 江城港吧", "这走势怎么看", "老股民阿强 2021-03-04 10:20 阅读 1234", question, LEAD)
    assert (article.title, article.authors) == ("这走势怎么看", ["老股民阿强"])


def test_a_name_before_where_it_files_from_is_a_reporter_even_a_pen_name() -> None:
    assert bylines.writers("晓风 发自 江城") == ["晓风"]


def test_a_line_with_several_days_gives_the_one_labelled_as_published() -> None:
    assert read_date("发文日期：2021-03-02 | 发布日期：2021-03-04") == "2021-03-04"


def test_an_editors_line_under_the_headline_of_a_page_is_read(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>江城今年新建二十座公园</title></head><body>'
        "<h1>江城今年新建二十座公园</h1><div>2021-03-04</div><div>责编 | 邹明</div>"
        f"<div><p>{LEAD}</p><p>{MORE}</p></div></body></html>"
    )
    assert _html(tmp_path, page).editor == "邹明"


def test_a_latin_name_after_a_writers_label_is_the_writer() -> None:
    assert _article("撰文：Laura Mitchell", LEAD, MORE).authors == ["Laura Mitchell"]


def test_an_organisations_name_in_latin_letters_is_no_writer() -> None:
    assert _article("作者：Global Times", LEAD, MORE).authors == []


def test_a_latin_pen_name_after_an_editors_label_is_the_editor() -> None:
    assert _article("2021-03-04 10:20 [编辑：lily]", LEAD, MORE).editor == "lily"


def test_a_systems_account_after_an_editors_label_is_no_editor() -> None:
    assert _article("2021-03-04 10:20 编辑：admin", LEAD, MORE).editor is None


def test_a_familiar_name_after_an_editors_label_is_the_editor() -> None:
    assert _article("2021-03-04 10:20 编辑：小鹿", LEAD, MORE).editor == "小鹿"


@pytest.mark.parametrize(
    ("value", "writers"), [("周建平 副主任医师 江城市中医院", ["周建平"]), ("郑文 教授", ["郑文"])]
)
def test_a_title_after_the_writers_name_is_no_writer(value: str, writers: list[str]) -> None:
    assert _article(f"作者：{value}  发表时间：2021-03-04", LEAD, MORE).authors == writers


def test_an_official_title_after_an_editors_label_is_no_editor() -> None:
    assert _article("2021-03-04 10:20", LEAD, MORE, "编辑：局长").editor is None


def test_an_outlets_name_before_a_name_written_as_names_are_gives_the_writer() -> None:
    assert bylines.writers("江城财经 王晓明 2021-03-04 10:20") == ["王晓明"]


def test_an_english_day_before_its_month_is_read() -> None:
    assert _page("江城大学迎来国际学生", "Thu 4 Mar 2021 at 10:20am", LEAD, MORE).date == "2021-03-04"


def test_an_organisations_account_written_with_its_at_sign_is_no_writer() -> None:
    assert _page("春季防火提醒", "@江城消防", "2021-3-4 10:20 来自 微博 weibo.com", LEAD, MORE).authors == []


def test_a_degree_between_the_writers_name_and_the_posts_day_is_no_writer() -> None:
    article = _page(
        "老房子为什么越来越少？", "林海", "法学博士", "发布于 2021-03-04 10:20 · 编辑于 2021-03-06 09:00", LEAD
    )
    assert (article.authors, article.date) == (["林海"], "2021-03-04")


def test_the_posts_time_after_a_writers_label_is_no_name() -> None:
    assert _article("作者：江南布衣 发表于 05-3-4 10:20", LEAD, MORE).authors == ["江南布衣"]


def test_a_posters_label_names_the_poster() -> None:
    assert bylines.poster("发表人：小河流水 | 发表时间：2005-3-4 10:20") == "小河流水"


def test_a_manuscripts_label_names_the_writer() -> None:
    assert bylines.writers("文稿：王晓丽") == ["王晓丽"]


def test_a_manuscripts_source_is_no_writer() -> None:
    assert bylines.writers("文稿来源丨市执法监督处本文编辑丨谢芳") == []


def test_interviewers_credited_apart_from_the_writers_are_no_writers() -> None:
    assert bylines.writers("采访 | 帅小灵、陈诺") == []


def test_an_outlets_wechat_header_dates_the_post_and_names_no_writer() -> None:
    header = "原创 江城晚报 2018-05-14作者 江城晚报记者原视频地址：https://mp.weixin.qq.com/s/abcdefg"
    article = _page("春季招聘会今天举行", header, LEAD, MORE)
    assert (article.date, article.authors) == ("2018-05-14", [])


def test_a_follow_button_is_no_writer() -> None:
    assert _page("江城老街改造完工", "关注", "2021-03-04 10:20", LEAD, MORE).authors == []


def test_an_account_over_a_follow_button_under_the_headline_is_the_writer() -> None:
    article = _page("江城老街改造完工", "城南老李说事", "+关注", "2021-03-04 10:20", LEAD, MORE)
    assert article.authors == ["城南老李说事"]


def test_an_account_over_a_badge_under_the_headline_is_the_writer() -> None:
    lines = ["江城老街改造完工", "竹林听风", "江城师范学院 历史学硕士", LEAD]
    assert author_cards.card_writer(lines, 1, 3) == "竹林听风"


def test_a_word_under_the_headline_with_no_button_nor_badge_is_no_writer() -> None:
    assert author_cards.card_writer(["江城老街改造完工", "城市更新", "2021-03-04 10:20", LEAD], 1, 3) is None


def test_a_named_writer_comes_before_the_account_a_source_follows() -> None:
    article = _page("江城老街改造完工", "2021-03-04 10:20　来源：城南观察室 订阅", LEAD, MORE, "作者：许文静")
    assert article.authors == ["许文静"]


def test_the_account_a_source_label_follows_is_the_writer_when_no_one_is_named() -> None:
    article = _page("江城老街改造完工", "2021-03-04 10:20　来源：城南老李说事 订阅", LEAD, MORE)
    assert article.authors == ["城南老李说事"]


def test_an_original_posts_header_shown_without_spaces_names_its_account() -> None:
    assert bylines.writers("原创城南老李说事2021-03-04 10:20·江苏") == ["城南老李说事"]


def test_names_in_brackets_after_a_flash_mark_are_the_writers() -> None:
    assert bylines.lead_credit("本报讯(钱文博)昨天上午，江城县举行春季植树活动，两千多名干部群众参加。") == ["钱文博"]


def test_names_in_brackets_after_a_wires_dateline_are_the_writers() -> None:
    lead = "江城网临江5月6日电(钱文博 孙丽)临江市6日启动老旧小区改造，首批涉及居民三千余户。"
    assert bylines.lead_credit(lead) == ["钱文博", "孙丽"]


def test_names_run_together_after_a_wires_dateline_are_split() -> None:
    lead = "江南社临江5月6日电(钱文博孙丽华)临江市6日发布春耕生产情况，全市已播种水稻十万亩。"
    assert bylines.lead_credit(lead) == ["钱文博", "孙丽华"]


def test_a_wires_dateline_with_a_note_in_brackets_names_no_writer() -> None:
    assert bylines.lead_credit("江城网5月6日电(综合报道)临江市6日发布春耕生产情况，全市播种顺利。") == []


def test_a_reporters_credit_closing_the_story_before_a_sites_words_names_the_writers() -> None:
    story = "江城大桥荷载试验昨天顺利完成，大桥将于下月通车。(记者 韩笑 通讯员 林一鸣)更多精彩 请关注江城网"
    assert bylines.closing_credit(story) == ["韩笑", "林一鸣"]


def test_a_reporters_credit_with_a_sentence_after_it_is_no_closing_credit() -> None:
    story = "江城大桥荷载试验昨天顺利完成。(记者 韩笑)另据了解，江城二桥也将于年底开工建设。"
    assert bylines.closing_credit(story) == []


def test_a_stations_reporter_filing_a_report_is_the_writer() -> None:
    assert bylines.lead_credit("江城台记者韩笑报道：昨天上午，江城大桥完成荷载试验。") == ["韩笑"]


def test_a_reporters_report_mark_after_a_summary_sentence_names_the_writer() -> None:
    lead = "江城物流中心昨天启动。本台记者林一鸣报道：江城物流中心由两家公司合作建设，占地三百亩。"
    assert bylines.lead_credit(lead) == ["林一鸣"]


def test_a_flash_marked_credit_after_a_teaser_run_into_the_lead_names_the_writers() -> None:
    lead = (
        "老街坊搬进了新楼房，家家户户窗明几净，楼下还建起了小花园和健身广场，居民们都说日子越过越舒心了。"
        "这是江城棚户区改造的一个缩影。"
        "江城晚报讯（记者 韩笑 实习生 林一鸣）“以前住的房子又小又暗，现在可算住上新房了。”"
    )
    assert bylines.lead_credit(lead) == ["韩笑", "林一鸣"]


def test_a_page_stitched_of_several_flash_marked_stories_names_no_writer_from_them() -> None:
    page = (
        "今日要闻速览：江城今年将新建改建道路五十条，新增停车位两万个，老旧小区改造惠及居民三万户，"
        "更多内容请点击进入专题页面查看详情，欢迎各位读者朋友关注转发和留言。"
        "江城晚报讯（记者 韩笑）江城大桥昨天完成荷载试验。临江日报讯（记者 林一鸣）临江新区今年再添三所学校。"
    )
    assert bylines.lead_credit(page) == []


def test_names_run_together_after_a_reporters_role_are_split() -> None:
    assert bylines.writers("(记者韩笑林一鸣)") == ["韩笑", "林一鸣"]


def test_names_run_together_after_a_correspondents_role_beside_a_reporter_are_split() -> None:
    lead = "江城晚报讯(记者钱文博通讯员孙丽华周建国)昨天上午，江城大桥完成荷载试验。"
    assert bylines.lead_credit(lead) == ["钱文博", "孙丽华", "周建国"]


def test_a_photographers_names_run_together_stay_out_of_the_writers() -> None:
    assert bylines.writers("记者 钱文博 摄影 孙丽华周建国") == ["钱文博"]


def test_a_text_and_picture_credit_after_a_name_is_no_name() -> None:
    assert bylines.writers("（记者 郑晓梅 文/图）") == ["郑晓梅"]


def test_a_reporters_name_glued_to_where_it_was_filed_from_is_the_writer() -> None:
    assert bylines.lead_credit("本报记者钟子谦伦敦报道：英国多家连锁超市近日宣布上调员工时薪。") == ["钟子谦"]


def test_a_surname_and_a_trade_after_a_writers_mark_is_a_pen_name() -> None:
    assert bylines.writers("文｜赵医生") == ["赵医生"]


def test_a_writers_affiliation_after_a_comma_is_no_name() -> None:
    assert _article(LEAD, MORE, "（作者：方晓燕，单位：江城市社会科学院）").authors == ["方晓燕"]


def test_a_label_glued_to_the_day_before_it_is_read() -> None:
    article = _page("江城老街改造完工", "发布时间：2021-03-04作者：钱小雨 孙立摄影：赵强浏览次数：326", LEAD, MORE)
    assert (article.date, article.authors) == ("2021-03-04", ["钱小雨", "孙立"])


@pytest.mark.parametrize(
    "title", ["[原创]江城老街的早晨", "【转帖】江城老街的早晨", "[求助] 江城老街的早晨", "[轉載] 江城老街的早晨"]
)
def test_a_threads_type_before_its_subject_is_no_part_of_the_title(title: str) -> None:
    assert titles.without_thread_tag(title) == "江城老街的早晨"


def test_a_bracketed_word_before_a_news_headline_stays_in_the_title() -> None:
    assert titles.without_thread_tag("【地方观察】江城老街的早晨") == "【地方观察】江城老街的早晨"


def test_an_e_papers_issue_banner_dates_its_articles() -> None:
    lines = ["2021年03月04日 星期四 第05版：城事", "第01版：要闻", "第05版：城事", "江城老街改造完工", LEAD]
    assert publication.publication_date(lines, 3, 4) == "2021-03-04"


def test_two_issue_banners_of_different_days_date_nothing() -> None:
    assert publication.issue_day(["2021年03月04日 第05版", "2021年03月05日 第05版"]) is None


def test_an_outlets_reporter_in_brackets_after_a_flash_mark_is_the_writer() -> None:
    assert bylines.lead_credit("本报讯（江城晚报·江城网记者邹凯）昨天，江城地铁三号线开始试运行。") == ["邹凯"]


def test_a_traditional_lead_after_a_flash_mark_names_its_reporter() -> None:
    assert bylines.lead_credit("【江城報訊】記者梁嘉慧報道：江城多個屋苑近日完成外牆維修工程。") == ["梁嘉慧"]


def test_a_posters_counters_between_the_name_and_the_posts_header_leave_the_poster() -> None:
    header = ["山野闲人", "主题 8 帖子 120 积分 356", "发表于 2020-4-3 09:12"]
    article = _page("江城周边自驾游路线推荐", *header, LEAD, MORE)
    assert article.authors == ["山野闲人"]


def test_any_bracketed_word_before_a_threads_subject_is_no_part_of_the_title() -> None:
    assert titles.without_thread_tag("[游记] 江城老街的早晨", thread=True) == "江城老街的早晨"
    assert titles.without_thread_tag("[游记] 江城老街的早晨") == "[游记] 江城老街的早晨"


def test_a_day_glued_to_the_writers_name_is_no_part_of_it() -> None:
    article = _page("江城老街改造完工", "来源：江城晚报 | 作者：韦丽2021-03-04 07:10", LEAD, MORE)
    assert (article.authors, article.date) == (["韦丽"], "2021-03-04")


def test_a_forum_members_level_under_the_name_is_a_badge() -> None:
    lines = ["江城老街改造完工", "老街坊阿福", "江城吧 9 级", LEAD]
    assert author_cards.card_writer(lines, 1, 3) == "老街坊阿福"


def test_a_writers_credit_under_a_posts_text_is_read_where_the_body_kept_a_later_credit(tmp_path: Path) -> None:
    page = f"""<html><head><meta charset="utf-8"><title>江城老街改造完工</title></head><body>
<h1 class="rich_media_title">江城老街改造完工</h1><em id="publish_time">2021-03-04 18:30</em>
<div id="js_content"><p>{LEAD}</p><p>{MORE}</p><p>文字 | 潘晓雯</p><p>图片 | 罗强</p><p>编辑 | 韩宇</p></div>
</body></html>"""
    article = _html(tmp_path, page)
    assert (article.authors, article.editor) == (["潘晓雯"], "韩宇")


def test_an_info_bars_glued_cells_give_every_writer_and_the_editor(tmp_path: Path) -> None:
    bar = "<span>发布时间：2020-04-01 20:45</span><span>来源：江城新闻网</span><span>作者：韦丽娟 黄志强 蒙小燕</span>"
    page = f"""<html><head><meta charset="utf-8"><title>江城新闻网 - 每日江城</title></head><body>
<h1>江城地铁三号线全线贯通</h1><div class="info">{bar}<span>编辑：陆文</span></div>
<div class="content"><p>{LEAD}</p><p>{MORE}</p></div></body></html>"""
    article = _html(tmp_path, page)
    assert (article.authors, article.editor, article.source) == (["韦丽娟", "黄志强", "蒙小燕"], "陆文", "江城新闻网")


def test_a_label_that_ends_a_role_of_two_words_stays_whole() -> None:
    assert info_bars.cells("摄影：张涛图片编辑：李四") == "摄影：张涛图片编辑：李四"
    assert info_bars.cells("日期：2020-04-01来源：江城网作者：王五") == "日期：2020-04-01来源：江城网 作者：王五"


@pytest.mark.parametrize("credit", ["黄婷责编", "黄婷 责编", "（黄婷 责任编辑）"])
def test_an_editors_role_after_the_name_makes_an_editor_not_a_writer(credit: str) -> None:
    article = _article("2021-03-04 来源：江城日报", "记者 周雨桐", LEAD, MORE, credit)
    assert (article.authors, article.editor) == (["周雨桐"], "黄婷")


def test_roles_written_after_the_names_credit_the_writers_only() -> None:
    assert bylines.writers("江城日报记者 孙明 李娜 撰文 王刚 摄影") == ["孙明", "李娜"]
    assert bylines.writers("2018-09-30 08:12 | 欧华网 | 刘思远 撰稿 | 张一鸣 责编") == ["刘思远"]


def test_a_blogs_footer_posted_on_names_its_poster() -> None:
    assert bylines.poster("posted on 2009-08-21 14:05 lonelyfish 阅读(1312) 评论(3) 编辑 收藏") == "lonelyfish"


def test_a_name_beside_the_first_floors_mark_is_the_poster_never_the_mark() -> None:
    assert bylines.poster("赣江渔夫 [楼主]") == "赣江渔夫"
    assert bylines.poster("[楼主]") is None


def test_the_day_a_poster_joined_is_never_the_posts_day() -> None:
    article = _page("小区门口的早餐车该不该管", "赣江渔夫", "等级：论坛游民 文章：321 注册：2003-5-17", LEAD, MORE)
    assert article.date is None
    article = _page("求推荐入门相机", "光影追梦人", "注册时间 2008-07-09 帖子 56", "发表于 2012-03-18 22:10", LEAD)
    assert (article.date, article.authors) == ("2012-03-18", ["光影追梦人"])


def test_a_poster_above_a_panel_of_labels_over_values_is_the_writer(tmp_path: Path) -> None:
    panel = "<dl><dt>帖子</dt><dd>456</dd><dt>积分</dt><dd>1203</dd><dt>注册时间</dt><dd>2008-7-9</dd></dl>"
    page = f"""<html><head><meta charset="utf-8"><title>周末去湿地看候鸟 - 江城论坛</title></head><body>
<h1>周末去湿地看候鸟 [打印] [收藏]</h1><table><tr><td><cite><a>汉江边的风</a></cite><p>中级会员</p>{panel}</td>
<td><div>楼主 发表于 2010-10-6 19:32</div><div class="msg">{LEAD}<br>{MORE}</div></td></tr></table></body></html>"""
    article = _html(tmp_path, page)
    assert (article.title, article.authors, article.date) == ("周末去湿地看候鸟", ["汉江边的风"], "2010-10-06")


def test_a_shared_space_is_a_blogs_name_that_names_its_owner() -> None:
    assert bylines.blog_name("老农说天的共享空间") == "老农说天"


def test_a_headings_buttons_are_no_part_of_the_title() -> None:
    assert titles.without_controls("周末去湿地看候鸟 [打印] [收藏] [推荐]") == "周末去湿地看候鸟"
    assert titles.without_controls("【地评线】江城的春天") == "【地评线】江城的春天"


def test_a_channel_after_an_underscore_is_no_part_of_the_title() -> None:
    assert titles.strip_site_suffix("国产大飞机完成高寒试飞_环球科技") == "国产大飞机完成高寒试飞"


def test_a_sites_name_and_slogan_over_the_headline_is_no_title() -> None:
    banner, headline = "江城资讯网 - 两岸新闻第一站", "两岸青年创业交流会在厦门举行"
    article = _page(banner, headline, "2019-01-01 来源：江城资讯网", LEAD, MORE)
    assert article.title == "两岸青年创业交流会在厦门举行"


def test_a_mastheads_calendar_of_today_is_not_the_articles_day() -> None:
    article = _page("2018年12月15日 星期六 农历十一月初九", "市区新增十条公交线路", "[2018-12-12]", LEAD, MORE)
    assert article.date == "2018-12-12"


def test_an_account_card_shown_glued_to_its_platforms_badge_names_the_writer() -> None:
    lines = ["城市夜经济如何更有烟火气", "城市观察员老周一点号 · 社会领域创作者", "2021-06-03 09:12", LEAD]
    assert author_cards.card_writer(lines, 1, 3) == "城市观察员老周"


def test_a_wechat_meta_line_of_writer_account_and_day_names_the_writer() -> None:
    assert bylines.writers("王晓军 平安江城 2019-01-08") == ["王晓军"]
    assert bylines.writers("王晓军 平安江城") == ["王晓军"]


def test_a_channel_beside_the_day_writes_a_self_media_post_only() -> None:
    statement = "本文来自大风号，仅代表大风号自媒体观点。"
    assert _article("2019年12月19日 15:40 合肥城事", LEAD, MORE, statement).authors == ["合肥城事"]
    assert _article("2019年12月19日 15:40 合肥城事", LEAD, MORE).authors == []


def test_writers_a_scraper_ran_together_are_read_apart_where_they_split_one_way() -> None:
    assert bylines.glued_names("陆增安赵慧玲吴承霖") == ["陆增安", "赵慧玲", "吴承霖"]
    assert bylines.glued_names("林间晚风") == []


def test_a_title_that_is_the_sites_name_over_its_menu_gives_way_to_the_headline_over_the_publication_line(
    tmp_path: Path,
) -> None:
    page = f"""<html><head><meta charset="utf-8"><title>江城县农业机械管理局</title></head><body>
<div class="head">江城县农业机械管理局</div><div class="menu"><a>首页</a> <a>机构设置</a> <a>政务公开</a></div>
<table><tr><td class="t">县农机局举办安全生产培训班</td></tr><tr><td>发布日期：2018-05-18 来源：县农机局</td></tr>
<tr><td><p>{LEAD}</p><p>{MORE}</p></td></tr></table></body></html>"""
    assert _html(tmp_path, page).title == "县农机局举办安全生产培训班"


def test_an_e_papers_dated_banner_beside_its_page_line_dates_the_article() -> None:
    lines = ["江城日报 2018年03月29日 星期四 往期回顾", "第03版：要闻 上一版 下一版", "春耕备耕有序推进"]
    assert publication.issue_day(lines) == "2018-03-29"


@pytest.mark.parametrize("rank", ["新手上路", "论坛游民", "业余侠客", "圣骑士", "金牌会员"])
def test_a_forum_softwares_rank_is_a_line_of_the_posters_panel(rank: str) -> None:
    assert bylines.is_member_panel(rank)


def test_a_drafters_label_names_the_writer() -> None:
    assert _article("发布时间：2019-03-12 17:30　撰稿人：孙立平", LEAD, MORE).authors == ["孙立平"]


def test_a_poster_over_counters_one_a_line_under_a_breadcrumb_ending_in_the_title_is_the_writer(
    tmp_path: Path,
) -> None:
    title = "小区门口乱停车太闹心了！"
    page = f"""<html><head><meta charset="utf-8"><title>{title}|江城论坛</title></head><body>
<div class="crumbs"><a>江城论坛</a> &gt; <a>投诉维权</a> &gt; {title}</div><h1>{title}</h1>
<table><tr><td><div><a>城南老陈</a></div><div>新手上路</div><ul><li>发帖 12</li><li>威望 0</li>
<li>注册时间 2017-12-30</li></ul></td><td><div>楼主 发表于: 2018-02-26 09:41 只看楼主</div>
<div class="content">{LEAD}<br>{MORE}</div></td></tr></table></body></html>"""
    article = _html(tmp_path, page)
    assert (article.authors, article.date) == (["城南老陈"], "2018-02-26")


@pytest.mark.parametrize(
    ("title", "owner"),
    [("江城春钓记_forokay_新浪博客", "forokay"), ("江城春钓记 - 老农说天 - 网易博客", "老农说天")],
)
def test_the_name_before_a_blog_platforms_name_in_the_title_is_the_blogs_owner(title: str, owner: str) -> None:
    assert bylines.blog_owner(title) == owner


def test_a_channel_before_a_blog_platforms_name_is_no_owner() -> None:
    assert bylines.blog_owner("江城春钓记 - 科技频道 - 和讯博客") is None


def test_a_poster_over_values_set_above_their_labels_and_a_header_above_the_subject_is_the_writer(
    tmp_path: Path,
) -> None:
    cell = "<div><a>城南老陈</a></div><table><tr><th><p>12</p>主题</th><th><p>456</p>帖子</th></tr></table>"
    page = f"""<html><head><meta charset="utf-8"><title>小区门口乱停车 - 江城论坛</title></head><body>
<table><tr><td>{cell}<p>中级会员</p></td><td><strong>楼主</strong><div>发表于 2012-5-6 20:11 | 只看该作者</div>
<h1>[江城杂谈] 小区门口乱停车</h1><div>{LEAD}<br>{MORE}</div></td></tr></table></body></html>"""
    article = _html(tmp_path, page)
    assert (article.title, article.authors, article.date) == ("小区门口乱停车", ["城南老陈"], "2012-05-06")


def test_an_outlet_glued_to_a_writers_mark_is_no_writer() -> None:
    article = _article("江城大桥今天通车", "江城大桥今天上午正式通车，全长三公里。", "（江城网文/林晓雯）")
    assert article.authors == ["林晓雯"]


def test_a_radio_datelines_reporter_in_brackets_is_the_writer() -> None:
    lead = "江城大桥通车江城台6月15日消息（城市之声记者林晓雯）江城大桥今天上午正式通车，全长三公里。"
    assert bylines.lead_credit(lead) == ["林晓雯"]


def test_a_reporter_glued_to_the_day_and_place_filed_from_is_the_writer() -> None:
    lead = "江城队换帅迎来新赛季记者林晓雯3月2日江城报道新赛季开始前，江城队迎来了新主帅。"
    assert bylines.lead_credit(lead) == ["林晓雯"]


def test_a_photographers_credit_under_a_picture_names_no_writer() -> None:
    article = _article("江城大桥的夜景。（林晓雯 摄）", "江城大桥今天上午正式通车，全长三公里。", MORE)
    assert article.authors == []


def test_a_writers_field_between_wide_gaps_after_a_run_on_headline_is_the_writer() -> None:
    lead = "江城新款相机降价至两千元\xa0\xa0\xa0\xa0作者：林晓雯\xa0\xa0\xa0\xa0这款相机配备了一枚大尺寸传感器。"
    assert bylines.lead_credit(lead) == ["林晓雯"]


def test_a_closing_credit_of_an_outlet_a_name_and_where_it_is_filed_from_is_the_writer() -> None:
    closing = "江城队赛后在更衣室庆祝了这场胜利。(江城体育 林晓雯 发自伦敦)"
    assert bylines.closing_credit(closing) == ["林晓雯"]


def test_a_label_glued_to_the_last_name_ends_the_byline() -> None:
    assert bylines.writers("记者：林晓雯 周小川编辑：吴欣然") == ["林晓雯", "周小川"]


def test_a_byline_run_on_after_the_last_sentence_with_the_editors_label_glued_on_is_the_writer() -> None:
    closing = "江城大桥今天上午正式通车，全长三公里。记者：林晓雯编辑：周小川"
    assert bylines.closing_credit(closing) == ["林晓雯"]


def test_where_the_writer_works_before_the_name_is_no_writer() -> None:
    assert bylines.writers("（文/江城市第一人民医院　林晓雯）") == ["林晓雯"]


def test_a_reporters_name_glued_to_a_correspondents_label_is_a_writer_not_an_outlet() -> None:
    assert bylines.writers("记者：林晓雯通讯员：周小川") == ["林晓雯", "周小川"]


def test_a_bylines_names_run_until_the_links_after_them() -> None:
    assert bylines.writers("作者：卢国强　我要评论　打印　关闭") == ["卢国强"]


def test_a_bylines_names_run_until_the_day_after_them() -> None:
    assert bylines.writers("记者 吕思远 江宁 2022-01-12 08:45 来源：北站新闻") == ["吕思远", "江宁"]


def test_a_byline_before_a_lines_labels_gives_its_writers() -> None:
    article = _article("记者 吕思远 江宁 2022-01-12 08:45 来源：北站新闻", LEAD, MORE)
    assert (article.authors, article.source) == (["吕思远", "江宁"], "北站新闻")


def test_a_section_word_before_a_name_is_no_writer() -> None:
    assert bylines.writers("国际 董明哲 2019-08-02 16:40", names_only=True) == ["董明哲"]


def test_a_weekday_beside_the_day_is_no_name() -> None:
    assert bylines.writers("2021年12月5日 周日 上午08:32", names_only=True) == []


def test_an_outlets_role_after_a_photographers_mark_keeps_its_names_photographers() -> None:
    assert bylines.writers("文/本报记者 章雨桐 何一凡 图/本报记者 陆川") == ["章雨桐", "何一凡"]


def test_a_day_glued_before_a_reporters_role_is_not_part_of_the_byline() -> None:
    assert bylines.writers("2016/02/13 12:39记者秦方丹／台北报导") == ["秦方丹"]


def test_an_original_posts_account_is_the_writer_where_no_byline_names_one() -> None:
    assert _article("原创 文明申城 2020-06-18 17:05 来自：上海", LEAD, MORE).authors == ["文明申城"]


def test_an_original_posts_account_beside_a_byline_is_no_writer() -> None:
    article = _article("原创 城市观察 2021-11-02 07:30", "作者｜邱帆 沈一波", LEAD, MORE)
    assert article.authors == ["邱帆", "沈一波"]


def test_a_platform_cards_account_before_the_day_is_the_posts_account() -> None:
    assert bylines.posting_account("西山市场监管2019-09-19 22:04澎湃号·政务") == "西山市场监管"


def test_a_platforms_channel_after_its_name_is_no_writer() -> None:
    assert bylines.writers("2019-09-19 22:04 澎湃号·政务") == []


def test_a_bodys_account_card_beside_a_follow_button_names_the_writer() -> None:
    lines = ["江城老街改造完工", "清河区委宣传部", "2022-09-12 07:28", "+关注", LEAD]
    assert author_cards.card_writer(lines, 1, 4) == "清河区委宣传部"


def test_a_post_header_with_an_english_day_names_no_poster() -> None:
    assert bylines.names_no_poster("发表于: Tue Aug 21, 2007 2:17 am　帖子主题: 周末去爬山")


def test_a_writers_label_opening_the_lead_before_two_spaces_names_the_writer() -> None:
    lead = "作者：尚文远　　近日，有读者反映小区门口的共享单车越来越多，占用了人行道。"
    assert bylines.lead_credit(lead) == ["尚文远"]


def test_a_two_character_name_ending_as_a_unit_does_is_a_name() -> None:
    assert not bylines.is_unit("刘科") and bylines.is_unit("宣传科")


def test_a_byline_is_not_cut_inside_the_editors_longer_label() -> None:
    assert bylines.writers("作者：韩立 欧阳雪 孟凡 责任编辑：白杨 发布日期：2022-04-16") == ["韩立", "欧阳雪", "孟凡"]


def test_a_post_header_with_an_english_day_gives_the_day() -> None:
    assert _article("发表于: Sat Apr 08, 2006 9:15 pm　帖子主题: 周末去爬山", LEAD, MORE).date == "2006-04-08"


def test_an_account_over_its_platforms_line_is_the_writer_where_no_byline_names_one() -> None:
    assert _article("青溪县融媒体中心 2021-09-23 10:12", "澎湃号·政务", LEAD, MORE).authors == ["青溪县融媒体中心"]


def test_an_outlets_name_of_four_characters_after_a_writers_mark_is_no_writer() -> None:
    assert bylines.writers("文｜南方周末 王晓峰 赵一鸣") == ["王晓峰", "赵一鸣"]


def test_a_byline_after_an_e_papers_edition_in_brackets_gives_the_writers() -> None:
    assert bylines.writers("《北江日报》（2020年05月18日 第 06 版） 本报记者 王晓峰 赵一鸣") == ["王晓峰", "赵一鸣"]


def test_a_field_label_glued_after_a_threads_poster_is_not_part_of_the_name() -> None:
    assert bylines.poster("楼主：城南旧事时间：2012-05-12 10:15:20点击：1234") == "城南旧事"


def test_a_bodys_account_glued_to_the_day_on_a_platforms_page_is_the_writer() -> None:
    note = "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点。"
    assert _article("东山县融媒体中心2021-10-12 09:30", LEAD, MORE, note).authors == ["东山县融媒体中心"]


def test_a_bodys_name_beside_the_day_on_another_page_is_no_writer() -> None:
    assert _article("东山县融媒体中心2021-10-12 09:30", LEAD, MORE).authors == []


def test_a_name_from_another_language_after_a_reporters_role_is_a_writer() -> None:
    assert bylines.writers("通讯员 曲木达尔 陈坤") == ["曲木达尔", "陈坤"]


def test_an_outlets_prefix_glued_to_the_editors_label_is_no_writer() -> None:
    assert bylines.writers("每经记者：苏晓雯　每经编辑：陈梦妤") == ["苏晓雯"]


def test_the_papers_own_prefix_to_the_editors_label_is_no_writer() -> None:
    assert bylines.writers("本报记者 尹海波 本报编辑：覃思") == ["尹海波"]


def test_a_profile_link_beside_the_writers_name_is_no_writer() -> None:
    assert bylines.writers("作者：宁致远 【作者简介】") == ["宁致远"]


def test_a_source_label_without_its_colon_ends_the_writers_names() -> None:
    assert bylines.writers("作者 庞晓丽 来源 北疆日报 2020-10-08 07:45") == ["庞晓丽"]


def test_a_group_posters_signature_in_brackets_is_not_part_of_the_name() -> None:
    assert bylines.poster("来自: 阿拉蕾(每天都开心)  2015-04-01 10:20:11") == "阿拉蕾"


def test_a_traditional_leads_reporter_before_a_combined_report_is_the_writer() -> None:
    lead = "本報記者何嘉明綜合報導：特區政府昨日公布舊樓活化計劃，首批共有十二幢大廈納入試點，預計明年完成。"
    assert bylines.lead_credit(lead) == ["何嘉明"]


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("http://epaper.jcrb.cn/html/2021-05/12/content_52311.htm", "2021-05-12"),  # an e-paper's page
        ("http://news.jc.cn/content/2007-04/12/content_880123.htm", "2007-04-12"),
        ("http://www.jc.com/news/20190618/8812.html", "2019-06-18"),
        ("http://www.jc.com/gn/2020/03-30/9142537.shtml", "2020-03-30"),
        ("http://www.jc.gov.cn/art/t20190618_123.html", "2019-06-18"),  # a government page's file name
    ],
)
def test_a_pages_own_address_carries_its_day(url: str, day: str) -> None:
    assert page_urls.address_day(url) == day


def test_an_address_without_a_valid_day_gives_none() -> None:
    assert page_urls.address_day("http://www.jc.com/2019/13/45/1124637.html") is None


def test_a_this_page_address_line_dates_a_page_that_shows_no_day() -> None:
    article = _page("社区食堂开到家门口", LEAD, MORE, "本文网址：http://www.jc.cn/news/20190618/8812.html")
    assert article.date == "2019-06-18"


def test_the_publication_line_wins_over_the_pages_address() -> None:
    line = "本文网址：http://www.jc.cn/news/20190618/8812.html"
    assert _page("社区食堂开到家门口", "2019-06-20 09:30 来源：江城晚报", LEAD, MORE, line).date == "2019-06-20"


def test_another_articles_address_dates_nothing() -> None:
    assert page_urls.own_day(None, ["相关阅读：http://www.jc.cn/news/20190617/8811.html"]) is None


def test_an_old_portals_top_date_bar_dates_a_story_without_a_date_line() -> None:
    bar = "2005年11月17日 星期四 | 注册 | 登录 | 设为首页 | 加入收藏"
    assert (
        date_bars.bar_day([bar, "首页 新闻 体育 财经", "江城今年新建二十座公园", LEAD], "江城今年新建二十座公园")
        == "2005-11-17"
    )


def test_an_e_papers_page_bar_dates_its_story() -> None:
    assert date_bars.bar_day(["2019年06月18日 第A2版：综合新闻", "江城新建二十座公园"], None) == "2019-06-18"


def test_a_dated_sentence_is_no_date_bar() -> None:
    assert date_bars.bar_day(["2019年06月18日星期二，市政府召开会议，研究部署防汛工作。"], None) is None


def test_a_portals_clock_does_not_win_over_the_storys_date_line() -> None:
    text = ["今天是：2026年12月06日 星期日", "江城今年新建二十座公园", "2021-03-04 10:22 来源：沙洲日报", LEAD, MORE]
    assert _page(*text).date == "2021-03-04"


def test_a_declared_account_the_page_shows_as_its_card_is_the_writer() -> None:
    lines = ["云图商业观察2021-07-08 09:15", LEAD]
    assert accounts.declared_account("云图商业观察", None, lines) == "云图商业观察"


def test_a_declared_account_named_in_the_closing_note_is_the_writer() -> None:
    note = "本文系作者 深蓝时代科技评论 授权鲸媒社发表，并经鲸媒社编辑，转载请注明出处"
    assert accounts.declared_account("深蓝时代科技评论", None, [LEAD, note]) == "深蓝时代科技评论"


def test_a_declared_account_the_page_does_not_show_is_no_writer() -> None:
    assert accounts.declared_account("云图商业观察", None, [LEAD, MORE]) is None


def test_the_source_field_before_an_unlabelled_writers_role_is_no_name() -> None:
    assert bylines.writers("2004年7月16日08:19 中原热线 作者 马国强") == ["马国强"]


def test_a_script_variables_day_written_as_eight_figures_dates_the_page(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>江城今年新建二十座公园</title>'
        '<script>var pubDate = "20051117";</script></head><body><h1>江城今年新建二十座公园</h1>'
        f"<p>{LEAD}</p><p>{MORE}</p></body></html>"
    )
    assert _html(tmp_path, page).date == "2005-11-17"


def test_a_phpwind_posters_name_over_the_panels_counters_is_the_writer(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>老房子翻新经验分享|汉江论坛</title></head><body>'
        '<table><tr><td><div class="readName"><a href="u.php?uid=72">装修小白兔</a></div><div>级别: 论坛版主</div>'
        "<div>发帖: 2351</div><div>威望: 120 点</div></td><td><h1>老房子翻新经验分享</h1>"
        f"<div>楼主 发表于: 2011-09-03 21:40</div><div>{LEAD}<br>{MORE}</div></td></tr></table></body></html>"
    )
    assert _html(tmp_path, page).authors == ["装修小白兔"]


def test_a_correspondents_name_before_the_reporters_role_stays_a_writer() -> None:
    assert bylines.writers("（周立新 记者 韩雪梅）") == ["周立新", "韩雪梅"]


def test_the_text_and_pictures_mark_after_the_last_name_is_no_writer() -> None:
    assert bylines.writers("江城晚报 记者 李玮 赵京亚/文图") == ["李玮", "赵京亚"]


def test_a_papers_short_name_before_the_reporter_closing_the_story_is_no_name() -> None:
    assert credits.closing("这一做法让商户和居民都得到了实惠。”商报记者 贺小雨") == ["贺小雨"]


def test_two_outlets_joined_by_a_dot_before_the_closing_reporter_are_no_names() -> None:
    assert credits.closing("相关部门正在做进一步处理。江城晚报·江城壹点 记者 邓雨桐") == ["邓雨桐"]


def test_an_e_papers_exclaiming_headline_under_a_framed_label_wins_over_a_title_of_the_papers_name(
    tmp_path: Path,
) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>今日江城</title></head><body><table><tr><td>'
        '<a href="/">首页</a> <a href="/a">往期回顾</a></td></tr><tr><td>2019年06月18日 第A2版：综合新闻</td></tr>'
        '<tr><td align="center"><font size="3">—— 本报专题 ——</font></td></tr>'
        '<tr><td align="center"><font size="5"><b>老街坊开起了共享菜园，邻居们都惊呆了!</b></font></td></tr>'
        f"<tr><td>本报讯（记者 周晓东）{LEAD}<br>{MORE}<br>{LEAD}</td></tr></table></body></html>"
    )
    assert _html(tmp_path, page).title == "老街坊开起了共享菜园，邻居们都惊呆了!"


def test_a_declared_account_named_as_an_office_is_the_writer_where_the_page_shows_it() -> None:
    assert accounts.declared_account("城南观察室", None, ["城南观察室", "文章 832 总阅读 41万", LEAD]) == "城南观察室"


def test_a_flash_mark_inside_the_brackets_before_a_slash_credits_the_names_after_it() -> None:
    assert bylines.lead_credit(f"（江城大小事讯/冯卫芳）{LEAD}") == ["冯卫芳"]


def test_a_reporter_opening_the_lead_before_a_quote_is_the_writer() -> None:
    assert bylines.lead_credit("本报记者　程黎莉“公园门口的步道又被占了！”日前，家住江城的市民告诉记者。") == ["程黎莉"]


def test_an_account_the_closing_note_names_and_the_page_shows_as_a_line_is_the_writer() -> None:
    note = "本文系作者 深蓝时代科技评论 授权鲸媒社发表，转载请注明出处"
    assert accounts.declared_account(None, None, ["深蓝时代科技评论", LEAD, note]) == "深蓝时代科技评论"


def test_an_account_only_the_closing_note_names_is_no_writer() -> None:
    note = "本文系作者 深蓝时代科技评论 授权鲸媒社发表，转载请注明出处"
    assert accounts.declared_account(None, None, [LEAD, note]) is None


def test_a_taiwan_byline_run_into_the_lead_names_the_reporter() -> None:
    lead = "記者王小明／台北報導台北市政府今天宣布，將在今年底前完成全市公車站牌的更新。"
    assert bylines.lead_credit(lead) == ["王小明"]


def test_bloggers_footer_names_the_poster_and_closes_the_post_above_it() -> None:
    assert bylines.poster("发表者 林间小路 于 下午3:21 0 评论") == "林间小路"
    assert not bylines.opens_a_post("发表者 林间小路 于 下午3:21 0 评论")


def test_an_account_named_for_its_writer_beside_the_day_names_the_writer() -> None:
    assert bylines.writers("老K 老K的杂货铺 2020-07-21 10:00") == ["老K"]


def test_a_forum_rank_with_a_mark_after_it_is_the_posters_panel() -> None:
    assert bylines.is_member_panel("等级：中级车友 认证车主")


def test_an_accounts_card_with_the_posts_time_beside_its_name_names_the_account() -> None:
    lines = ["县城奶茶店的生意经", "城南小陈说生活  2021-06-08 09:12", "+ 关注", LEAD]
    assert author_cards.card_writer(lines, 1, 3) == "城南小陈说生活"


def test_an_outlet_shaped_account_beside_a_follow_button_is_the_writer() -> None:
    assert author_cards.card_writer(["县城奶茶店的生意经", "江湖老刀说财经", "+ 关注", LEAD], 1, 3) == "江湖老刀说财经"


def test_an_answers_card_is_marked_by_its_count_of_agreeing_readers() -> None:
    lines = ["刚工作一年，应该先存钱还是先提升自己？", "程序员小北", "互联网从业者", "2,341 人赞同了该回答", LEAD]
    assert author_cards.card_writer(lines, 1, 4) == "程序员小北"


def test_a_papers_name_as_title_and_largest_heading_gives_way_to_the_headline(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>江城日报</title></head><body><h1>江城日报</h1>'
        "<div>2019年4月12日 星期五 第A03版：要闻</div><h2>全市春耕备耕工作全面展开</h2>"
        f"<div>本报记者 刘建国</div><p>{LEAD}</p><p>{MORE}</p></body></html>"
    )
    article = _html(tmp_path, page)
    assert (article.title, article.date, article.authors) == ("全市春耕备耕工作全面展开", "2019-04-12", ["刘建国"])


def test_fields_in_classed_spans_side_by_side_are_read_apart(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>我在小区开了家旧书店</title></head><body>'
        '<h1>我在小区开了家旧书店</h1><div class="info"><span class="author">老K</span>'
        '<span class="account">老K的杂货铺</span><span class="time">2020-07-21 10:00</span></div>'
        f"<p>{LEAD}</p><p>{MORE}</p></body></html>"
    )
    assert _html(tmp_path, page).authors == ["老K"]


def test_names_in_spans_side_by_side_after_a_label_are_two_writers(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>高校毕业生就业去向调查</title></head><body>'
        "<h1>高校毕业生就业去向调查</h1><div><span>2021-05-27 09:30</span> <span>来源：中青在线</span> "
        f"<span>作者：</span><span>张伟</span><span>李娜</span></div><p>{LEAD}</p><p>{MORE}</p></body></html>"
    )
    assert _html(tmp_path, page).authors == ["张伟", "李娜"]


def test_styled_runs_of_one_subheading_stay_one_text(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>江城今年新建二十座公园</title></head><body>'
        f"<h1>江城今年新建二十座公园</h1><p>{LEAD}</p><p><strong>他改变的</strong><strong>不只是这座城市</strong></p>"
        f"<p>{MORE}</p></body></html>"
    )
    assert "他改变的不只是这座城市" in _html(tmp_path, page).body


def test_an_old_portals_unlabelled_info_line_names_the_writer_after_the_site() -> None:
    assert bylines.writers("2004年07月16日08:19  江淮热线  孟庆华") == ["孟庆华"]


def test_a_videos_play_count_beside_its_day_is_no_poster() -> None:
    assert bylines.poster("8.6万次播放 · 2021-03-03") is None


def test_a_name_under_a_count_of_agreeing_readers_is_an_answers_text_not_its_writer() -> None:
    lines = ["醉驾被判缓刑对子女有影响吗", "0人赞同了该回答", "未来的事谁也说不清楚", "0人赞同了该回答", LEAD]
    assert author_cards.card_writer(lines, 2, 4) is None


def test_a_writer_after_the_source_keeps_clear_of_the_font_size_controls() -> None:
    article = _article("2005年03月08日 09:15:33  来源：东方资讯网  陈晓峰  【字号 大 中 小】", LEAD, MORE)
    assert article.authors == ["陈晓峰"]


def test_an_author_link_in_the_publication_line_is_the_writer_whatever_fields_follow(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>城市更新中的老厂房新生</title></head><body>'
        '<h1>城市更新中的老厂房新生</h1><div class="meta"><a class="author" href="/u/1">李明远</a>\n'
        '<time datetime="2019-04-12T08:00">2019-04-12 08:00</time> <span>来源：澎湃观察</span></div>'
        f'<p>{LEAD}</p><p>{MORE}</p><div class="comments"><a class="author">周一鸣</a> 2019-04-13</div></body></html>'
    )
    assert _html(tmp_path, page).authors == ["李明远"]


def test_a_commenters_author_link_is_no_writer(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>城市更新中的老厂房新生</title></head><body>'
        f"<h1>城市更新中的老厂房新生</h1><p>{LEAD}</p><p>{MORE}</p>"
        '<div class="comment-list"><div><a class="author">周一鸣</a> 2019-04-13 说得好</div></div></body></html>'
    )
    assert _html(tmp_path, page).authors == []


def test_the_pages_own_address_dates_it_over_a_readers_comment_under_the_text(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>夜市经济激活城市烟火气</title>'
        '<meta property="og:url" content="https://www.jcnews.cn/news/20190412/123456.html"></head><body>'
        f"<h1>夜市经济激活城市烟火气</h1><p>{LEAD}</p><p>{MORE}</p>"
        '<div class="cmt"><p>江城网友 2019-04-15 20:11 说得好</p></div></body></html>'
    )
    assert _html(tmp_path, page).date == "2019-04-12"


def test_a_papers_name_over_its_issue_bar_in_a_text_copy_is_no_headline() -> None:
    text = "\n".join(["江城日报", "2019年4月12日 星期五 第03版：要闻", "全市春耕备耕工作全面展开", LEAD, MORE])
    article = extract(RawDocument("made-up", "made-up.txt", text, "0" * 32, "utf-8", {}))
    assert (article.title, article.date) == ("全市春耕备耕工作全面展开", "2019-04-12")


def test_a_day_only_under_the_text_yields_to_the_pages_own_address() -> None:
    article = _article(LEAD, MORE, "本文网址：http://www.lhxw.cn/news/20190618/8812.html", "江城网友 2019-06-20 20:11")
    assert article.date == "2019-06-18"


def test_a_day_above_the_text_stands_against_the_pages_own_address() -> None:
    article = _article(
        "2019-06-17 08:30 来源：江城新闻网", LEAD, MORE, "本文网址：http://www.lhxw.cn/news/20190618/8812.html"
    )
    assert article.date == "2019-06-17"


def test_an_account_named_by_its_class_beside_the_time_is_the_writer(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>种了三十年果树的老人</title></head><body>'
        '<h1>种了三十年果树的老人</h1><div class="meta"><span class="name">三农小张</span>'
        f'<span class="time">2022-05-06 17:20</span></div><p>{LEAD}</p><p>{MORE}</p></body></html>'
    )
    assert _html(tmp_path, page).authors == ["三农小张"]


def test_a_column_classed_as_a_name_beside_the_time_is_no_writer(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>种了三十年果树的老人</title></head><body>'
        '<h1>种了三十年果树的老人</h1><div class="meta"><span class="name">江城晚报</span>'
        f'<span class="time">2022-05-06 17:20</span></div><p>{LEAD}</p><p>{MORE}</p></body></html>'
    )
    assert _html(tmp_path, page).authors == []


def test_four_characters_a_dateline_runs_together_stay_one_writer_as_written() -> None:
    assert bylines.lead_credit("本报讯（记者崔琳丁思）今年以来，全市老旧小区加装电梯工作明显提速。") == ["崔琳丁思"]


def test_a_four_character_name_with_a_compound_surname_stays_one_writer() -> None:
    assert bylines.writers("记者欧阳开宇") == ["欧阳开宇"]


def test_the_outlets_flash_mark_after_a_correspondent_is_no_name() -> None:
    assert bylines.writers("通讯员胡一帆 本报讯") == ["胡一帆"]


def test_the_opening_floors_stamp_above_a_threads_subject_dates_it(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="gbk"><title>秋天的郊野公园 - 摄影天地</title></head><body>'
        '<div class="readName"><a class="userName">听雨轩主</a></div><div>发帖：2331</div>'
        "<div>楼主&nbsp;发表于: 2011-10-12 只看该作者</div><h1>秋天的郊野公园</h1>"
        f"<div class='tpc_content'><p>{LEAD}</p><p>{MORE}</p></div></body></html>"
    )
    assert _html(tmp_path, page).date == "2011-10-12"


def test_an_e_papers_headline_over_its_writers_mark_is_the_title(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>江城晚报</title></head><body>'
        '<table><tr><td>2019年8月16日 星期五　第A08版：副刊</td></tr><tr><td class="font01">小巷深处的修表匠</td></tr>'
        f'<tr><td class="font02">文/李静 图/王卫</td></tr><tr><td><p>{LEAD}</p><p>{MORE}</p></td></tr></table>'
        "</body></html>"
    )
    article = _html(tmp_path, page)
    assert (article.title, article.authors) == ("小巷深处的修表匠", ["李静"])


def _blog(inner: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>古镇保护不能只靠门票_静观其变_新浪博客</title></head><body>'
        '<div class="blogtitle"><h1><a href="/u/2210">静观其变</a></h1></div>'
        '<h2 class="titName">古镇保护不能只靠门票</h2><span class="time">(2013-09-27 16:08:41)</span>'
        f'{inner}<p>记者 王晓东</p><p>{LEAD}</p><p>{MORE}</p><div class="info_nm">静观其变</div>'
        "<p>博客等级：8</p></body></html>"
    )


def test_a_bloggers_repost_is_written_by_the_blogger_not_the_storys_reporter(tmp_path: Path) -> None:
    assert _html(tmp_path, _blog('<div class="tag">转载▼ 标签： 古镇 旅游</div>')).authors == ["静观其变"]


def test_a_reporters_byline_on_a_blog_post_marking_no_repost_is_the_storys_not_the_bloggers(tmp_path: Path) -> None:
    assert _html(tmp_path, _blog('<div class="tag">标签： 古镇 旅游</div>')).authors == ["静观其变"]


def test_a_static_blogs_author_line_beside_the_posts_link_names_the_writer(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>用树莓派搭一个家庭相册 | 木子的笔记本</title></head><body>'
        '<h1>用树莓派搭一个家庭相册</h1><div class="post-meta">发表于 2019-08-15</div>'
        f'<div class="post-body"><p>{LEAD}</p><p>{MORE}</p></div><ul class="post-copyright">'
        "<li><strong>本文作者： </strong>木子李</li><li><strong>本文链接：</strong>https://muzi.example.io/p/1/</li>"
        "<li><strong>版权声明： </strong>本博客所有文章除特别声明外，均采用 BY-NC-SA 许可协议。</li></ul></body></html>"
    )
    assert _html(tmp_path, page).authors == ["木子李"]


def test_an_author_line_without_the_posts_link_beside_it_names_no_one() -> None:
    assert post_credits.author(["最新文章", "作者：木子李", "文章 86 分类 9 标签 40"]) is None


def test_a_label_word_in_the_writers_slot_is_no_writer(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>全市新增公共充电桩两千个</title></head><body>'
        '<h1>全市新增公共充电桩两千个</h1><div class="info"><span class="author">来源：</span>'
        f'<a class="source">江城日报</a> <span class="time">2022-02-18 10:30</span></div><p>{LEAD}</p><p>{MORE}</p>'
        "</body></html>"
    )
    assert _html(tmp_path, page).authors == []


def test_a_blogs_stamp_names_the_poster_glued_to_the_comment_link_after_the_name() -> None:
    assert bylines.poster("2010-05-03 21:14　林小溪评论(12)　阅读(340)　收藏") == "林小溪"


def test_a_name_before_its_counters_and_the_day_is_the_poster() -> None:
    assert bylines.poster("梅子黄时 阅读(340) 评论(5) 2009-07-12 16:40") == "梅子黄时"


def test_a_short_headline_over_its_writer_and_day_is_no_posters_cell() -> None:
    text = "\n".join(["写给十年后的自己", "作者：青石", "日期：2020-03-12", LEAD, MORE])
    article = extract(RawDocument("made-up", "made-up.txt", text, "0" * 32, "utf-8", {}))
    assert (article.title, article.authors, article.date) == ("写给十年后的自己", ["青石"], "2020-03-12")


def test_a_text_blogs_footer_names_the_poster_without_the_counter_glued_to_the_name() -> None:
    assert bylines.poster("posted @ 2011-02-08 23:10 北窗阅读(918) 评论(7) 编辑 收藏") == "北窗"


def test_a_byline_inside_a_threads_post_is_the_reposted_storys_not_a_second_writer(tmp_path: Path) -> None:
    replies = "".join(
        f"<div class='reply'><a>{name}</a> 发表于 2019-06-18 1{k}:02 <p>说得好，支持。</p></div>"
        for k, name in enumerate(["东门小吃", "西门大饼", "南门老王"])
    )
    page = (
        '<html><head><meta charset="utf-8"><title>城区三条道路完成提升改造 - 江城论坛</title></head><body>'
        "<h1>城区三条道路完成提升改造</h1><div>楼主：老街坊 发表于 2019-06-18 09:20</div>"
        f"<div class='post'><p>记者 朱建国 通讯员 钱琳</p><p>{LEAD}</p><p>{MORE}</p></div>{replies}</body></html>"
    )
    assert _html(tmp_path, page).authors == ["老街坊"]


def test_an_english_themes_author_label_under_a_short_headline_names_the_writer() -> None:
    text = "\n".join(["写给十年后的自己", "Author: 青石", "Date: 2020-03-12", LEAD, MORE])
    article = extract(RawDocument("made-up", "made-up.txt", text, "0" * 32, "utf-8", {}))
    assert (article.title, article.authors, article.date) == ("写给十年后的自己", ["青石"], "2020-03-12")


def _text(*lines: str) -> Article:
    return extract(RawDocument("made-up", "made-up.txt", "\n".join(lines), "0" * 32, "utf-8", {}))


def test_a_posts_edit_stamp_and_the_posters_last_login_give_no_day() -> None:
    article = _text(
        "春天去哪儿踏青",
        "山间小路",
        "积分 330 帖子 56 注册时间 2012-5-6",
        "最后登录 2018-4-1",
        "本帖最后由 山间小路 于 2018-3-22 09:40 编辑",
        "发表于 2018-3-20 10:02",
        LEAD,
        MORE,
    )
    assert (article.date, article.authors) == ("2018-03-20", ["山间小路"])


def test_a_boards_tag_leaves_a_threads_subject_when_only_its_edit_stamp_says_it_is_a_thread() -> None:
    article = _text("[江城杂谈] 游人井喷，景区五一欢乐火爆", "本帖最后由 江城老歪 于 2019-3-12 09:15 编辑", LEAD, MORE)
    assert article.title == "游人井喷，景区五一欢乐火爆"
    assert _text("[江城杂谈] 游人井喷，景区五一欢乐火爆", LEAD, MORE).title == "[江城杂谈] 游人井喷，景区五一欢乐火爆"


def test_an_edit_stamp_is_told_from_a_posts_own_edit_day() -> None:
    assert bylines.is_edit_stamp("本帖最后由 海棠依旧 于 2009-5-4 12:01 编辑")
    assert bylines.is_edit_stamp("此帖由 老王 在 2006-3-1 10:00 编辑过")
    assert not bylines.is_edit_stamp("编辑于 2021-05-20 22:13")  # a Q&A answer's only day


def test_an_old_boards_post_row_under_the_post_gives_its_day_not_the_replys(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="gbk"><title>村里修路的事--某论坛</title></head><body>'
        "<table><tr><td>某论坛 → 村务 → 浏览：村里修路的事</td></tr></table><table><tr><td><b>田埂上</b><br>等级：新手"
        f"<br>文章：30<br>注册：2004-2-1</td><td><b>村里修路的事</b><br><p>{LEAD}</p><p>{MORE}</p></td></tr>"
        "<tr><td>信息</td><td>发帖时间：2006-9-18 20:11:09</td></tr><tr><td><b>张家坳</b><br>注册：2005-1-2</td>"
        "<td>支持。</td></tr><tr><td>信息</td><td>发帖时间：2006-9-19 08:00:00</td></tr></table></body></html>"
    )
    assert (article := _html(tmp_path, page)).date == "2006-09-18" and article.authors == ["田埂上"]


def test_a_label_after_the_posters_name_ends_the_name() -> None:
    line = "作者：河边柳  发帖时间：2006-1-2 19:45:10"
    assert _text("我们村的自来水终于通了", line, LEAD, MORE).authors == ["河边柳"]
    assert _text("县医院开通远程会诊", "时间：2018-12-03 作者：李滨字号：大中小", LEAD, MORE).authors == ["李滨"]
    assert _text("新建公园对外开放", "时间：2019-01-02 作者：王芳点击：123", LEAD, MORE).authors == ["王芳"]


def test_a_credit_after_the_source_ends_at_the_counter_after_it() -> None:
    line = "发布时间：2020-05-06 16:20:11 来源：江城中院 文/图 刘洋 浏览次数：886"
    assert _text("巡回法庭走进田间地头", line, LEAD, MORE).authors == ["刘洋"]


def test_a_cards_label_is_never_a_posters_name() -> None:
    assert not bylines.is_handle("积分") and not bylines.is_handle("注册时间")


def test_a_themes_entry_meta_names_its_writer_without_a_colon() -> None:
    assert bylines.writers("作者 林间鹿 · 2019年3月9日 · 读书") == ["林间鹿"]
    assert bylines.poster("By 林远 · March 2, 2018 · 3 Comments") == "林远"
    assert bylines.poster("By the end of 2020, prices rose") is None


def test_a_special_commentator_is_a_writer_and_the_papers_pen_is_none() -> None:
    assert bylines.writers("特约评论员 胡正平") == ["胡正平"]
    assert bylines.writers("本报评论员") == []


def test_a_papers_closing_report_credit_names_the_writer() -> None:
    assert credits.closing(f"{MORE}（星洲日报／报道：周明）") == ["周明"]


def test_a_dash_led_subtitle_in_the_title_is_not_the_headline() -> None:
    shown = ["扎根山乡三十年", "——记乡村医生李秀兰", "2021-03-05 来源：江城日报"]
    assert titles.choose_title(None, shown[:2], "——记乡村医生李秀兰_江城日报", shown, None, "_江城日报") is None


def test_a_column_named_by_the_menu_or_the_breadcrumb_is_no_headline() -> None:
    lines = ["首页 | 机构概况 | 工作动态 | 政策法规", "当前位置：首页 >> 工作动态", "全县秋粮收购工作有序推进"]
    assert publication.names_column(lines, "工作动态")
    assert not publication.names_column(lines, "全县秋粮收购工作有序推进")


def test_a_headline_over_a_row_of_controls_is_found_when_the_title_names_only_the_site() -> None:
    lines = ["您现在的位置：首页 > 政务公开", "区政务服务中心延时服务的通知", "【字体：大 中 小】 打印 关闭", LEAD]
    assert publication.headline_above_controls(lines, 3) == "区政务服务中心延时服务的通知"
    assert publication.headline_above_controls(lines[1:2] + lines[3:], 1) is None


def test_a_pictures_and_words_credit_in_an_info_cell_names_the_writer() -> None:
    line = "发布日期：2020-10-01　信息来源：东湖街道　图文：何静　【字体：大 中 小】"
    assert _text("社区举办邻里节", line, LEAD, MORE).authors == ["何静"]


def test_a_post_that_shows_only_its_edit_stamp_is_dated_by_it() -> None:
    article = _text("泰州靓号出售", "本帖最后由 jks888 于 2015-6-28 20:10 编辑", LEAD, MORE)
    assert article.date == "2015-06-28"


def test_a_posts_edit_stamp_leaves_the_text() -> None:
    article = _text(
        "春天去哪儿踏青", "发表于 2018-3-20 10:02", LEAD, "[ 此帖被山间小路在2018-03-22 09:40重新编辑 ]", MORE
    )
    assert article.date == "2018-03-20"
    assert "重新编辑" not in article.body


def test_the_word_glued_before_a_commentators_role_is_its_outlet_not_a_name() -> None:
    assert credits.closing(f"{MORE}（作者：王石川，系媒体评论员）") == ["王石川"]
    assert credits.closing(f"{MORE}（海外网评论员孟庆川）") == ["孟庆川"]
    assert credits.closing(f"{MORE}（本报评论员何翠云）") == ["何翠云"]


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("記者林怡君／攝影陳建宏／台北報導", ["林怡君"]),  # a Taiwan paper's photographer glued to the name
        ("陳嘉欣 / 攝影 黃志強 報導", ["陈嘉欣"]),  # a Hong Kong broadcaster's reporter, then the camera
        ("（新山12日讯）报道：林美玲", ["林美玲"]),  # a Malaysian paper's dateline before its credit
    ],
)
def test_a_reporters_credit_beside_the_photographers_names_the_reporter_only(line: str, writers: list[str]) -> None:
    assert _text("屯门新建公共图书馆下月启用", "2021-03-05 18:32", line, LEAD, MORE).authors == writers


def test_a_threads_controls_beside_its_poster_are_no_part_of_the_name() -> None:
    article = _text("家门口的小公园建好了", "楼主 风吹麦浪 电梯直达", "发表于 2016-8-3 09:12", LEAD, MORE)
    assert article.authors == ["风吹麦浪"]


def test_a_bracket_around_a_post_line_is_no_part_of_the_posters_name() -> None:
    assert _text("家门口的小公园建好了", "[风吹麦浪 发表于 2016-8-3 09:12]", LEAD, MORE).authors == ["风吹麦浪"]


def test_a_reposted_storys_reporter_is_no_writer_of_a_page_that_names_its_own() -> None:
    lead = f"本报讯（记者 王强）{LEAD}"
    article = _text("外卖骑手的一天", "作者：老周说事 2015-02-10 21:32", "转载自江城晚报", lead, MORE)
    assert article.authors == ["老周说事"]


def test_an_outlets_flash_mark_before_its_reporters_is_no_name() -> None:
    article = _text("广州地铁新线开通首日客流平稳", "2022-12-28 08:10", "南都讯 记者 刘一鸣 通讯员 陈佳", LEAD, MORE)
    assert article.authors == ["刘一鸣", "陈佳"]


def test_an_answers_publication_day_beats_its_edit_day_on_one_line() -> None:
    assert read_date("编辑于 2021-04-12 18:03 · 发布于 2021-04-10 10:23") == "2021-04-10"


def test_a_themes_posted_on_day_by_line_names_the_writer_not_by() -> None:
    assert _text("阳台上的番茄熟了", "Posted on 2019-07-14 by 阿木", LEAD, MORE).authors == ["阿木"]


def test_an_author_link_beside_its_follow_button_names_the_writer(tmp_path: Path) -> None:
    page = f"""<html><head><meta charset="utf-8"><title>在县城开一家咖啡馆</title></head><body>
<h1>在县城开一家咖啡馆</h1><div class="author"><div class="info"><span class="name"><a>山间听雨</a></span>
<a class="btn follow">关注</a><div class="meta"><span>2020.06.18 21:05:30</span> <span>字数 3012</span></div>
</div></div>
<div class="show-content"><p>{LEAD}</p><p>{MORE}</p></div></body></html>"""
    assert _html(tmp_path, page).authors == ["山间听雨"]


@pytest.mark.parametrize(
    ("cell", "header"),
    [
        ("[夕阳红]", "发表于 2017-02-14 10:05 【只看该作者】"),  # a bracketed name over its header
        ("夕阳红楼主", "2017-02-14 10:05 只看楼主 电梯直达"),  # the floor glued on, the day among the controls
    ],
)
def test_the_name_the_page_shows_over_the_first_posts_header_is_its_poster(cell: str, header: str) -> None:
    lines = ["首页 论坛 登录", "求推荐适合老人用的手机", cell, header, LEAD]
    assert shown_posters.poster_over_header(lines, "求推荐适合老人用的手机") == "夕阳红"


def test_a_posters_cell_over_the_subject_names_the_poster_when_the_header_is_under_it() -> None:
    cell = ["候鸟观察员", "帖子：312", "注册：2012-4-1"]
    lines = ["江城论坛 > 户外天地", *cell, "周末带孩子去湿地公园看候鸟", "发表于 2020-12-05 19:42", LEAD]
    assert shown_posters.poster_over_header(lines, "周末带孩子去湿地公园看候鸟") == "候鸟观察员"


def test_a_posters_name_glued_to_the_posts_time_is_the_poster() -> None:
    assert bylines.poster("风吹麦浪发表于 2016-8-3 09:12 | 只看该作者") == "风吹麦浪"
