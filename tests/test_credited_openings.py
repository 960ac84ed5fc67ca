"""Writers and titles real pages give outside a byline line (issue 22, fields15): a lead opening on its credits
(index.ingest.opening_credits), a unit and a job title before the name (titled_names), a columnist's box above the
headline (columnist_boxes), names run together in a bracket, a board's rank under its poster, a follow button glued
to a name (author_cards) and a column's bracketed name over the headline (column_names)."""

from __future__ import annotations

import lxml.html

from index.ingest import (
    author_cards,
    columnist_boxes,
    credits,
    epaper_titles,
    opening_credits,
    shown_posters,
    titled_names,
)
from tests.writer_pages import STORY, text


def test_an_outlet_a_name_and_the_days_flash_mark_open_the_lead_with_its_writer() -> None:
    lead = "蓝鲸财经 周嘉怡 7月26日消息，暑期以来，多地文旅市场迎来消费高峰，热门景区门票预订量明显增长。"
    assert opening_credits.opening_writers(lead) == ["周嘉怡"]


def test_a_place_and_a_word_before_the_flash_mark_name_no_writer() -> None:
    assert opening_credits.opening_writers("北京 今天 6月3日消息，多地文旅市场迎来消费高峰。") == []


def test_reporters_roles_up_to_a_bare_report_mark_credit_their_names() -> None:
    lead = "晨报特派记者 李想 实习记者 陈晨 报道 距离冬奥会开幕不足50天，张家口赛区各场馆已进入最后的调试阶段。"
    assert opening_credits.opening_writers(lead) == ["李想", "陈晨"]


def test_a_lead_opening_on_its_credits_gives_the_articles_writer() -> None:
    article = text(
        "江城老旧小区供暖管网改造完成",
        "2021-12-06 09:30 来源：楚天财讯",
        "楚天财讯 刘畅 12月6日讯，" + STORY[0],
        *STORY[1:],
    )
    assert article.authors == ["刘畅"]


def test_the_name_after_a_unit_and_a_job_title_is_the_writer() -> None:
    assert titled_names.titled_writer("中国社会科学院农村发展研究所副研究员李静") == "李静"


def test_a_spaced_name_after_a_professors_title_is_the_writer() -> None:
    assert titled_names.titled_writer("江城大学经济学院教授 陈立新") == "陈立新"


def test_a_title_with_no_name_after_it_names_no_one() -> None:
    assert titled_names.titled_writer("北京大学法学院博士生导师") is None


def test_an_author_field_with_a_title_before_the_name_gives_the_name() -> None:
    article = text(
        "江城老旧小区供暖管网改造完成", "作者：江城市委党校公共管理教研部副教授郭晓东", "2021-12-06 09:30", *STORY
    )
    assert article.authors == ["郭晓东"]


def test_a_columnists_name_and_trade_above_the_headline_name_the_writer() -> None:
    shown = ["何平专栏", "苏禾", "心理咨询师，家庭教育指导师", "慢下来，才看得见孩子", "发布时间：2020-05-09", *STORY]
    assert columnist_boxes.columnist(shown, "慢下来，才看得见孩子") == "苏禾"


def test_a_name_over_a_slogan_above_the_headline_is_no_columnist() -> None:
    shown = ["江城晚报", "做有温度的新闻", "慢下来，才看得见孩子", "发布时间：2020-05-09", *STORY]
    assert columnist_boxes.columnist(shown, "慢下来，才看得见孩子") is None


def test_three_names_run_together_in_a_closing_bracket_are_cut_where_surnames_begin() -> None:
    article = text("江城老旧小区供暖管网改造完成", "2021-12-06 09:30", *STORY, "（孙彩萍许家伟姜萍）")
    assert article.authors == ["孙彩萍", "许家伟", "姜萍"]


def test_a_closing_bracket_no_cut_makes_names_of_names_no_one() -> None:
    article = text("江城老旧小区供暖管网改造完成", "2021-12-06 09:30", *STORY, "（江城发布综合）")
    assert article.authors == []


def test_a_boards_rank_under_the_posters_name_is_not_the_poster() -> None:
    shown = ["江边钓叟", "举人", "帖子 1824　积分 3560", "老房子装修的几点教训", "发表于 2015-3-21 22:41 | 只看该作者"]
    assert shown_posters.poster_over_header([*shown, *STORY], "老房子装修的几点教训") == "江边钓叟"


def test_an_english_follow_button_glued_to_a_name_marks_a_writers_card() -> None:
    assert author_cards.card_writer(["林小满Follow", "2020.02.11 21:06 字数 2380"], 0, 2) == "林小满"


def test_a_call_to_follow_is_no_writers_card() -> None:
    assert author_cards.card_writer(["欢迎关注", "2020.02.11 21:06 字数 2380"], 0, 2) is None


def test_a_bracketed_column_name_over_the_headline_is_not_the_title() -> None:
    article = text("【民生观察】", "江城老旧小区供暖管网改造完成", "2021-12-06 09:30 来源：江城晚报", *STORY)
    assert article.title == "江城老旧小区供暖管网改造完成"
    assert "民生观察" not in article.body


def test_a_bracketed_headline_over_the_publication_line_stays_the_title() -> None:
    article = text("【江城老旧小区供暖管网改造完成】", "2021-12-06 09:30 来源：江城晚报", *STORY)
    assert article.title == "江城老旧小区供暖管网改造完成"


def test_names_run_together_in_a_bracket_after_the_last_sentence_are_the_writers() -> None:
    article = text("江城老旧小区供暖管网改造完成", "2021-12-06 09:30", *STORY[:-1], STORY[-1] + "（刘洋张晓红）")
    assert article.authors == ["刘洋", "张晓红"]


def test_an_epapers_marked_main_title_is_the_headline_over_a_subtitle_in_its_h1() -> None:
    tree = lxml.html.fromstring(
        '<html><head><title>江城日报数字报</title></head><body><p class="yt">跨江通道再添一条</p>'
        '<p class="zt">江城大桥今日通车</p><h1 class="ft">市民出行时间缩短一半</h1></body></html>'
    )
    assert epaper_titles.marked_headline(tree) == "江城大桥今日通车"


def test_a_main_title_mark_without_a_kicker_or_subtitle_marks_no_headline() -> None:
    tree = lxml.html.fromstring('<html><body><div class="zt">江城大桥今日通车</div><h1>江城日报</h1></body></html>')
    assert epaper_titles.marked_headline(tree) is None


def test_an_outlet_in_brackets_before_the_name_and_flash_mark_opens_the_lead_with_its_writer() -> None:
    lead = "【乐居财经】王敏 4月3日消息，多家上市房企近日公布一季度销售数据，销售额同比降幅明显收窄。"
    assert opening_credits.opening_writers(lead) == ["王敏"]


def test_a_resident_reporters_post_glued_to_the_name_before_it_is_no_part_of_that_name() -> None:
    assert credits.run("记者张华驻京记者李强") == ["张华", "李强"]


def test_a_station_glued_to_the_name_before_its_reporter_is_no_part_of_that_name() -> None:
    assert credits.run("记者刘洋宜昌站记者周敏") == ["刘洋", "周敏"]


def test_the_name_after_a_list_of_titles_ending_in_a_supervisors_is_the_writer() -> None:
    assert titled_names.titled_writer("中国人民大学教授、博士生导师 王立新") == "王立新"
