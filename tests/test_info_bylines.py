"""Writers real pages show where the reader gave up (issue 22, fields16): a byline among an info line's outlet,
stamp and buttons (index.ingest.info_bylines), a blogger declared by the page on a site named after them
(site_owners), a poster's cell shown as one line over the first floor's header (shown_posters), a platform's
display name beside its @handle (handle_lines), a theme's post meta line (post_meta_lines), a reprint's footer note
(reprint_credits), a poster's verb glued to the name, a desk in the author's field, and names run together closing
the text beside the byline under the headline (names written apart join it)."""

from __future__ import annotations

from index.ingest import (
    bylines,
    handle_lines,
    info_bylines,
    post_meta_lines,
    reprint_credits,
    shown_posters,
    site_owners,
)
from tests.writer_pages import STORY, text


def test_a_reporter_among_the_outlet_the_stamp_and_a_tip_button_is_the_writer() -> None:
    assert info_bylines.writers("江城晚报 2023-05-16 09:05 记者 吴思娟 我要报料") == ["吴思娟"]


def test_a_name_filed_as_a_roundup_between_bars_and_the_stamp_is_the_writer() -> None:
    assert info_bylines.writers("新头壳 | 陈佳琪 综合报导 发布 2020.11.03 | 14:25") == ["陈佳琪"]


def test_a_line_without_a_stamp_is_left_to_the_byline_reader() -> None:
    assert info_bylines.writers("江城晚报 记者 吴思娟") == []


def test_two_byline_fields_naming_different_people_name_no_one() -> None:
    assert info_bylines.writers("记者 王磊 2022-03-01 10:00 记者 陈晨") == []


def test_an_info_line_with_its_byline_after_the_stamp_gives_the_articles_writer() -> None:
    article = text("江城老旧小区供暖管网改造完成", "江城晚报 2021-12-06 09:30 记者 许晴 我要报料", *STORY)
    assert article.authors == ["许晴"]


def test_a_declared_handle_opening_the_sites_name_is_its_blogger() -> None:
    assert site_owners.named_owner("水月", ["水月小筑", "首页 归档 关于"]) == "水月"


def test_a_declared_handle_held_by_a_copyright_line_is_its_blogger() -> None:
    assert site_owners.named_owner("小白", ["© 2021 小白看球 · Powered by Hugo"]) == "小白"


def test_a_declared_name_equal_to_the_sites_names_no_one() -> None:
    assert site_owners.named_owner("骑行江城", ["骑行江城", "© 2021 骑行江城 版权所有"]) is None


def test_a_place_declared_on_an_outlet_named_after_it_names_no_one() -> None:
    assert site_owners.named_owner("江城", ["江城新闻网"]) is None


def test_a_posters_cell_with_its_rank_and_counter_glued_on_gives_the_name_over_the_first_floor() -> None:
    shown = ["分享几张今年拍的油菜花", "小鹿版主帖子 3021", "1楼 · 2021-03-27 18:22", STORY[0]]
    assert shown_posters.poster_over_header(shown, "分享几张今年拍的油菜花") == "小鹿"


def test_a_desk_in_the_authors_field_is_no_writer() -> None:
    article = text("多国央行释放降息信号", "2019-07-25 07:30　来源：江城财经　作者：国际中心", *STORY)
    assert article.authors == []


def test_names_run_together_closing_the_text_add_no_one_to_the_byline_under_the_headline() -> None:
    article = text(
        "沿江湿地公园二期工程完工",
        "2021-04-29 07:40　来源：江滨日报　记者 黄海涛 通讯员 孙晓燕",
        *STORY[:-1],
        STORY[-1] + "（张杰张兆勇）",
    )
    assert article.authors == ["黄海涛", "孙晓燕"]


def test_a_closing_bracket_naming_another_writer_apart_joins_the_byline_under_the_headline() -> None:
    article = text(
        "沿江湿地公园二期工程完工",
        "2021-04-29 07:40　来源：江滨日报　记者 黄海涛 通讯员 孙晓燕",
        *STORY[:-1],
        STORY[-1] + "（王怀仁）",
    )
    assert article.authors == ["黄海涛", "孙晓燕", "王怀仁"]


def test_a_display_name_beside_its_handle_under_the_headline_is_the_writer() -> None:
    shown = ["一个县城青年的返乡创业账本", "周小舟 @zhouxiaozhou", "2021年8月15日", STORY[0]]
    assert handle_lines.account_over_handle(shown, "一个县城青年的返乡创业账本") == "周小舟"


def test_a_readers_handle_far_under_the_headline_names_no_writer() -> None:
    shown = ["一个县城青年的返乡创业账本", "2021年8月15日", *STORY, "夏天的风 @summerwind"]
    assert handle_lines.account_over_handle(shown, "一个县城青年的返乡创业账本") is None


def test_an_organisations_account_beside_its_handle_names_no_writer() -> None:
    shown = ["江城今年将新建改建学校40所", "江城发布 @jiangchengfabu", STORY[0]]
    assert handle_lines.account_over_handle(shown, "江城今年将新建改建学校40所") is None


def test_a_reprints_note_credits_the_papers_reporter() -> None:
    note = "本文来源于农民日报，作者：农民日报特约记者 宋志刚，不代表本站立场，转载请注明出处。"
    assert reprint_credits.credited_writers([*STORY, note]) == ["宋志刚"]


def test_a_reprints_note_without_an_authors_field_credits_no_one() -> None:
    note = "本文来源于农民日报，不代表本站立场，转载请注明出处。"
    assert reprint_credits.credited_writers([*STORY, note]) == []


def test_a_reporter_linked_after_the_stamp_and_an_outlet_filing_a_roundup_is_the_writer() -> None:
    assert info_bylines.writers("2021/09/14 14:25 新头壳 林怡君/综合报导") == ["林怡君"]


def test_the_name_closing_a_themes_meta_line_of_day_and_reading_time_is_the_writer() -> None:
    shown = ["第一次带父母去海边", "March 18, 2019 · 5 min · 阿青", STORY[0]]
    assert post_meta_lines.writer(shown, "第一次带父母去海边") == "阿青"


def test_a_meta_line_of_day_and_counters_names_no_writer() -> None:
    shown = ["第一次带父母去海边", "2019-03-18 · 阅读 35 · 阿青", STORY[0]]
    assert post_meta_lines.writer(shown, "第一次带父母去海边") is None


def test_a_posting_verb_glued_to_the_posters_name_is_no_part_of_it() -> None:
    assert bylines.poster("楼主：江边钓叟发表于 2018-05-20 21:08") == "江边钓叟"


def test_the_tails_credit_lines_all_name_writers_where_the_head_names_none() -> None:
    article = text("无证帮人开车 被查后谎话连篇", "2020-01-03 09:12", *STORY, "通讯员 郎伟超 李焱", "记者 姚均祥")
    assert article.authors == ["郎伟超", "李焱", "姚均祥"]


def test_a_reprints_note_crediting_an_anonymous_writer_names_no_one() -> None:
    note = "本文来源：中国共产党新闻网，作者: 佚名。文章版权归作者所有，如有侵权请联系删除。"
    assert reprint_credits.credited_writers([note, *STORY]) == []
