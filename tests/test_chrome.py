"""A page's chrome read from that page alone (index.ingest.chrome): interface lines by their shape, and the
blocks of replies that close a page, with no other file of the site to learn them from."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.chrome import (
    bare_counts_above,
    chrome_lines,
    is_call_to_action,
    is_chrome_line,
    is_control_row,
    is_empty_label_row,
    list_headings,
    mastheads,
    shown_top_and_bottom,
    unshown_by_others,
)
from index.ingest.extract import extract

STORY = [
    "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。",
    "县交通局负责人介绍，新路采用沥青路面，并在急弯处加装了防护栏和反光标志。",
    "村民老周说：“以前拉一车橘子进城要走大半天，现在两个小时就到了。”",
    "下一步，全县还将改造危桥十八座，力争年底前实现村村通客车。",
]


def _article(*extra_before: str, after: tuple[str, ...] = ()) -> str:
    lines = ["青溪县新建乡村公路一百二十公里", "2023年5月8日 来源：青溪日报", "", *extra_before, *STORY, "", *after]
    return extract(RawDocument("made-up", "made-up.txt", "\n".join(lines), "0" * 32, "utf-8", {})).body


def test_a_row_of_buttons_with_counters_is_chrome() -> None:
    assert is_control_row("分享 12 收藏 3 点赞 1.2万")


def test_a_fold_button_alone_is_chrome() -> None:
    assert is_control_row("展开全文")


def test_a_pager_is_a_control_row() -> None:
    assert is_control_row("第B02版 上一版 下一版")


def test_numbers_alone_are_not_a_control_row() -> None:
    assert not is_control_row("2023 120 18")


def test_a_short_line_asking_to_install_an_app_is_a_call_to_action() -> None:
    assert is_call_to_action("想看更多本地新闻，快来下载青溪发布客户端")


def test_a_request_to_like_and_share_is_a_call_to_action() -> None:
    assert is_call_to_action("觉得有用，欢迎转发给身边的朋友")


def test_a_request_to_follow_a_story_is_not_a_call_to_action() -> None:
    assert not is_call_to_action("请关注工程后续进展")


def test_a_sentence_that_mentions_an_app_is_not_a_call_to_action() -> None:
    assert not is_call_to_action("县里开发了公众号，方便扫码查询。")


def test_a_login_bar_is_a_control_row() -> None:
    assert is_control_row("登录 | 注册 | 找回密码")


def test_a_top_bar_of_greeting_and_trail_is_chrome() -> None:
    assert is_chrome_line("| 游客 欢迎你！ | 首页 > 青溪社区 > 乡村杂谈 |")


def test_a_welcome_in_the_story_is_not_chrome() -> None:
    assert not is_chrome_line("村民们夹道欢迎第一辆客车驶入青溪村。")


def test_a_sub_heading_of_welcome_is_not_a_greeting() -> None:
    assert not is_chrome_line("欢迎回家")


def test_a_media_placeholder_is_chrome() -> None:
    assert is_chrome_line("视频加载中，请稍候...")


def test_a_time_told_from_now_alone_is_chrome() -> None:
    assert is_chrome_line("15分钟前")


def test_a_members_counter_is_chrome() -> None:
    assert is_chrome_line("博客积分:1286")


def test_a_labelled_figure_of_the_story_is_not_a_counter() -> None:
    assert not is_chrome_line("受益人数：3200")


def test_a_caption_naming_only_its_kind_is_chrome() -> None:
    assert is_chrome_line("（现场图）")


def test_a_caption_with_its_content_is_not_chrome() -> None:
    assert not is_chrome_line("青溪大桥通车现场（视频截图）")


def test_a_share_price_ticker_is_chrome() -> None:
    assert is_chrome_line("青溪交投 8.16 -0.37%")


def test_a_breadcrumb_trail_without_a_label_is_chrome() -> None:
    assert is_chrome_line("青溪论坛 > 乡村振兴 > 交通建设")


def test_a_breadcrumb_ending_in_the_pages_headline_is_chrome() -> None:
    assert is_chrome_line("青溪论坛 » 时事讨论 » 青溪县新建乡村公路，六个乡镇运输时间缩短一半")


def test_a_sentence_comparing_with_a_greater_than_sign_is_not_a_breadcrumb() -> None:
    assert not is_chrome_line("今年一季度全县客运量 > 去年全年的一半，这是修路带来的变化。")


def test_a_procedure_written_with_arrows_is_not_a_breadcrumb() -> None:
    assert not is_chrome_line("申请 → 审核 → 发证")


def test_a_trail_of_arrows_from_a_home_page_is_a_breadcrumb() -> None:
    assert is_chrome_line("论坛首页 → 江南社区 → 百姓话题")


def test_a_short_quote_in_the_story_is_not_chrome() -> None:
    assert not is_chrome_line("“路通了，日子就好了。”")


def test_a_sub_heading_is_not_chrome() -> None:
    assert not is_chrome_line("危桥改造提速")


def test_chrome_lines_leave_the_body() -> None:
    body = _article("青溪发布 > 本地新闻 > 交通", after=("打开青溪新闻APP，阅读更多精彩", "转发 36 评论 8 赞 210"))
    assert "青溪发布" not in body and "APP" not in body and "转发" not in body and STORY[-1] in body


def test_readers_comments_under_their_heading_leave_the_body() -> None:
    comments = ("读者评论（2）", "山里人：修得好，点赞！", "2023-05-09 10:12", "小溪：期待通客车", "2023-05-09 11:40")
    body = _article(after=comments)
    assert "读者评论" not in body and "修得好" not in body and "期待通客车" not in body and STORY[-1] in body


def test_a_comments_heading_at_the_top_of_the_page_cuts_nothing() -> None:
    body = _article("网友评论（5）")
    assert all(paragraph in body for paragraph in STORY)


def test_a_bare_reply_label_is_not_a_comments_heading() -> None:
    lines = [*STORY, "回复：", "感谢您的关注，县交通局将于六月底前完成验收。"]
    assert chrome_lines(lines, lines) == set()


def test_a_reply_under_its_floor_and_stamp_leaves_the_body() -> None:
    body = _article(after=("板凳", "发表于 2023-5-9 08:30:12", "路修到家门口了，太方便了"))
    assert "板凳" not in body and "太方便了" not in body and STORY[-1] in body


def test_a_signature_after_the_delimiter_leaves_the_body() -> None:
    body = _article(after=("--", "※ 来自山城站", "推 阿明: 好消息"))
    assert "阿明" not in body and STORY[-1] in body


def test_an_outlet_name_above_the_headline_is_a_masthead() -> None:
    kept = ["青溪日报电子版", "青溪县新建乡村公路一百二十公里", *STORY]
    assert mastheads(kept) == {0}


def test_an_outlet_name_cut_from_a_page_title_is_a_masthead() -> None:
    assert mastheads(["青溪新闻网 -", *STORY]) == {0}


def test_a_kicker_above_the_headline_is_not_a_masthead() -> None:
    kept = ["山路变通途", "青溪县新建乡村公路一百二十公里", *STORY]
    assert mastheads(kept) == set()


def test_an_outlet_name_over_a_publication_line_is_not_a_masthead() -> None:
    kept = ["青溪日报社", "2023年5月8日 来源：青溪日报", *STORY]
    assert mastheads(kept) == set()


def test_the_heading_of_a_list_cleaning_took_out_goes_with_it() -> None:
    lines = ["本周热读", "·青溪橘子丰收", "·青溪举办龙舟赛", "·青溪新建图书馆", "青溪县新建乡村公路", *STORY]
    kept = ["本周热读", "", "", "", *lines[4:]]
    assert list_headings(lines, kept) == {0}


def test_a_sub_heading_over_written_text_is_no_list_heading() -> None:
    lines = ["危桥改造提速", *STORY]
    assert list_headings(lines, lines) == set()


def test_a_sub_heading_ending_in_a_report_word_is_not_a_masthead() -> None:
    kept = ["县交通局通报", "青溪县新建乡村公路一百二十公里", *STORY]
    assert mastheads(kept) == set()


def test_a_line_shown_above_and_below_the_text_is_chrome() -> None:
    kept = ["青溪县新建乡村公路一百二十公里", "青溪在线 首页", *STORY, "青溪在线 首页"]
    assert shown_top_and_bottom(kept) == {1, len(kept) - 1}


def test_a_headline_repeated_under_the_text_stays() -> None:
    kept = ["青溪县新建乡村公路一百二十公里", *STORY, "青溪县新建乡村公路一百二十公里"]
    assert shown_top_and_bottom(kept) == set()


def test_replies_with_a_machines_stamps_leave_the_body_without_a_heading() -> None:
    replies = ("山里人：修得好，点赞！", "2023-05-09 10:12", "小溪：期待通客车", "2023-05-09 11:40")
    body = _article(after=replies)
    assert "修得好" not in body and "期待通客车" not in body and STORY[-1] in body


def test_a_timeline_written_in_the_story_stays() -> None:
    timeline = ("2023年5月9日10时，第一辆客车驶入青溪村", "2023年5月9日11时，通车仪式结束")
    body = _article(after=timeline)
    assert all(line in body for line in timeline)


def test_a_short_line_no_other_candidate_shows_between_lines_they_show_goes() -> None:
    chosen = [STORY[0], "视频加载中，请稍候", STORY[1]]
    assert unshown_by_others(chosen, [[STORY[0], STORY[1]], [STORY[0], STORY[1], STORY[2]]]) == [STORY[0], STORY[1]]


def test_a_short_line_another_candidate_shows_stays() -> None:
    chosen = [STORY[0], "危桥改造提速", STORY[1]]
    assert unshown_by_others(chosen, [[STORY[0], STORY[1]], chosen]) == chosen


def test_a_short_line_where_the_others_stop_short_stays() -> None:
    chosen = [STORY[0], STORY[1], "危桥改造提速", STORY[2]]
    assert unshown_by_others(chosen, [[STORY[0]]]) == chosen


def test_a_line_giving_the_source_stays_whatever_the_others_show() -> None:
    chosen = [STORY[0], "来源：青溪日报", STORY[1]]
    assert unshown_by_others(chosen, [[STORY[0], STORY[1]]]) == chosen


def test_controls_a_page_ran_together_are_a_control_row() -> None:
    assert is_control_row("点赞 31收藏分享")


def test_a_word_glued_from_a_control_and_other_characters_is_no_control_row() -> None:
    assert not is_control_row("收藏家协会")


def test_a_prompt_to_open_an_app_named_by_its_name_is_a_call_to_action() -> None:
    assert is_call_to_action("打开青溪新闻，查看更多高清图片")


def test_a_sentence_telling_readers_to_open_their_bank_app_stays() -> None:
    assert not is_call_to_action("打开手机银行，查看更多优惠信息。")


def test_a_gallerys_picture_counter_is_chrome() -> None:
    assert is_chrome_line("1/5")


def test_a_players_elapsed_and_total_time_is_chrome() -> None:
    assert is_chrome_line("0:00 / 3:25")


def test_a_sites_visitor_counter_is_chrome() -> None:
    assert is_chrome_line("您是第123456位访客")


def test_a_prompt_to_read_the_original_post_is_a_call_to_action() -> None:
    assert is_call_to_action("↓点击阅读原文")


def test_a_step_of_a_story_written_a_phrase_a_line_is_no_call_to_action() -> None:
    assert not is_call_to_action("点击进入付款页面后")


def test_a_row_of_production_credits_is_chrome() -> None:
    assert is_chrome_line("监制：王五 统筹：李四")


def test_an_outlets_production_mark_with_its_credits_is_chrome() -> None:
    assert is_chrome_line("青溪融媒出品 记者：王晓东 编辑：李娜")


def test_a_sentence_about_what_an_outlet_produced_stays() -> None:
    assert not is_chrome_line("这部纪录片由青溪融媒出品，讲述了山区公路的变化。")


def test_an_editors_credit_is_left_to_the_fields() -> None:
    assert not is_chrome_line("编辑：张三")


def test_a_follow_button_with_its_plus_is_a_control_row() -> None:
    assert is_control_row("+ 关注")


def test_a_pager_with_its_page_count_is_a_control_row() -> None:
    assert is_control_row("共3页: 上一页 1 2 3 下一页")


def test_an_advertisements_slot_with_its_label_is_chrome() -> None:
    assert is_chrome_line("广告 青溪温泉两日游 限时特惠")


def test_a_story_about_billboards_is_no_advertisements_slot() -> None:
    assert not is_chrome_line("广告牌被大风吹倒")


def test_a_count_of_readers_comments_is_chrome() -> None:
    assert is_chrome_line("36 条评论")


def test_a_welcome_to_scan_and_follow_is_a_call_to_action() -> None:
    assert is_call_to_action("欢迎扫码关注")


def test_a_picked_comments_heading_opens_the_closing_block() -> None:
    lines = [*STORY, "精选留言", "说得好，青溪的路越来越好走了"]
    assert chrome_lines(lines, lines) >= {4, 5}


def test_how_long_the_text_takes_to_read_is_chrome() -> None:
    assert is_chrome_line("本文共1234字，阅读约需3分钟")


def test_where_a_poster_wrote_from_is_chrome() -> None:
    assert is_chrome_line("IP属地：湖南")


def test_a_forums_post_tools_are_a_control_row() -> None:
    assert is_control_row("只看该作者 使用道具 举报")


def test_a_films_rating_in_a_review_is_no_control_row() -> None:
    assert not is_control_row("豆瓣评分7.9")


def test_a_prompt_to_add_an_account_as_a_friend_is_a_call_to_action() -> None:
    assert is_call_to_action("加入LINE好友")


def test_a_pager_alone_on_its_line_is_chrome() -> None:
    assert is_chrome_line("第2/5页")


def test_a_mobile_portals_name_above_the_headline_is_a_masthead() -> None:
    kept = ["青溪3G门户", "青溪县新建乡村公路一百二十公里", *STORY]
    assert mastheads(kept) == {0}


def test_a_headline_naming_a_year_without_a_day_still_stands_under_a_masthead() -> None:
    kept = ["青溪日报电子版", "2023年青溪县新建乡村公路一百二十公里", *STORY]
    assert mastheads(kept) == {0}


def test_a_forums_header_over_a_quoted_post_is_chrome() -> None:
    assert chrome_lines(["原帖由 山城夜话 于 2009-5-8 10:23 发表"], ["原帖由 山城夜话 于 2009-5-8 10:23 发表"]) == {0}


def test_a_story_line_that_quotes_someone_with_a_day_is_not_a_quote_header() -> None:
    line = "引用该局2023-05-08发布的数据显示，全县公路通车里程已达两千公里。"
    assert chrome_lines([line], [line]) == set()


def test_an_owners_footer_run_together_under_the_text_is_chrome() -> None:
    footer = "青溪县交通局 版权所有 地址：青溪县滨江路8号 邮编：311800 技术支持：青溪数码"
    kept = [*STORY, footer]
    assert chrome_lines(kept, kept) == {len(STORY)}


def test_a_credit_line_above_the_last_sentence_is_the_storys() -> None:
    credit = "活动主办：青溪县交通局 技术支持：青溪数码"
    kept = [STORY[0], credit, *STORY[1:]]
    assert 1 not in chrome_lines(kept, kept)


def test_a_closing_sentence_about_copyright_stays() -> None:
    closing = "该视频版权所有，未经许可不得转载，违者将被追究责任。"
    kept = [*STORY, closing]
    assert len(STORY) not in chrome_lines(kept, kept)


def test_a_posters_signature_under_a_rule_is_chrome() -> None:
    body = _article(after=("----------", "天天开心，好好学习。我的博客：blog.qingxi.net/laozhou"))
    assert STORY[-1] in body and "好好学习" not in body


def test_a_storys_background_under_a_rule_stays() -> None:
    background = "据了解，青溪县位于浙江西部，全县面积一千八百平方公里，近年来大力推进“四好农村路”建设。"
    body = _article(after=("----------", background))
    assert background in body


def test_a_source_line_under_a_rule_is_no_signature() -> None:
    kept = [*STORY, "", "来源：青溪日报"]
    assert chrome_lines(kept, kept, rules={len(STORY)}) == set()


def test_two_bracketed_counters_make_a_control_row_whatever_their_labels() -> None:
    assert is_control_row("去过(123) 想去(456) 收藏")
    assert not is_control_row("去过(123)")


def test_a_replys_poster_cell_with_its_counters_goes_with_the_reply() -> None:
    reply = [
        "小叶子",
        "会员",
        "注册时间: 2004-03-11",
        "文章: 121",
        "发表于: 2023-05-08 13:18",
        "谢谢分享，很有参考价值。",
    ]
    kept = [*STORY, *reply]
    assert chrome_lines(kept, kept) == set(range(len(STORY), len(kept)))


def test_a_reply_dated_after_its_posters_name_opens_the_replies() -> None:
    reply = ["【回复】【举报】", "作者：老树昏鸦　回复日期：2023-05-08 16:02:11", "顶起来，关注事态发展。"]
    kept = [*STORY, *reply]
    assert chrome_lines(kept, kept) == set(range(len(STORY), len(kept)))


def test_a_scan_prompt_with_a_space_and_the_phone_named_is_chrome() -> None:
    assert is_chrome_line("扫一扫 手机看新闻")
    assert not is_chrome_line("扫码支付时请核对金额。")


def test_short_lines_under_a_follow_prompt_at_the_end_are_chrome() -> None:
    kept = [*STORY, "扫描上方二维码，关注青溪发布微信公众号", "获取更多本地资讯"]
    assert chrome_lines(kept, kept) >= {len(STORY), len(STORY) + 1}


def test_short_lines_after_a_prompt_inside_the_story_stay() -> None:
    kept = [*STORY[:2], "扫码关注青溪发布公众号", "此外", "全县还将新建充电桩", "村民们都说：“这下出门更方便了。”"]
    assert not {3, 4} & chrome_lines(kept, kept)


def test_a_replys_stamp_with_its_floor_run_into_it_opens_the_replies() -> None:
    kept = [*STORY, "积分", "301", "沙发发表于 2023-05-08 20:18"]
    assert chrome_lines(kept, kept) == {len(STORY), len(STORY) + 1, len(STORY) + 2}


def test_a_call_to_follow_an_account_for_more_news_is_chrome_though_it_exclaims() -> None:
    assert is_call_to_action("关注溪山观察更多资讯！")


def test_a_story_line_asking_for_attention_with_a_full_stop_is_no_call() -> None:
    assert not is_call_to_action("请继续关注后续报道。")


def test_a_self_media_accounts_card_line_is_chrome() -> None:
    assert is_chrome_line("溪山观察百家号 · 财经领域创作者")


def test_a_story_line_naming_a_creator_with_a_full_stop_is_not_chrome() -> None:
    assert not is_chrome_line("他是当地小有名气的美食博主。")


def test_a_count_left_alone_above_the_story_is_chrome() -> None:
    body = _article("积分", "12034")
    assert "12034" not in body and STORY[0] in body


def test_a_follow_block_under_a_short_post_goes_with_its_slogan() -> None:
    block = ("长按扫一扫", "关注溪山观察更多资讯！", "溪山观察 | 陪你看见县城的变化", "商务合作请添加微信：xishan_2023")
    body = _article(after=block)
    assert STORY[-1] in body and not any(line in body for line in block)


def test_counts_stay_on_a_page_with_no_written_line_to_stand_above() -> None:
    assert bare_counts_above(["热线电话", "12345", "监督电话", "96150"]) == set()


def test_a_reply_on_its_floors_line_is_chrome() -> None:
    assert is_chrome_line("2楼 顶！楼主说得在理。")


def test_a_story_line_about_a_buildings_second_floor_is_not_chrome() -> None:
    assert not is_chrome_line("2楼会议室里坐满了前来咨询的村民。")


def test_a_breadcrumb_of_two_channel_names_is_chrome() -> None:
    assert is_chrome_line("溪山科技 > 互联网")


def test_a_quoted_step_of_an_apps_menu_is_not_a_breadcrumb() -> None:
    assert not is_chrome_line("点击“我的” > “设置”")


def test_a_replys_header_closing_the_text_goes_though_its_reply_was_left_out() -> None:
    body = _article(after=("作者：山野闲人 回复日期：2023-05-08 21:12:45",))
    assert STORY[-1] in body and "回复日期" not in body


def test_a_press_releases_note_about_its_issuer_leaves_the_text() -> None:
    note = ("关于溪山科技", "溪山科技成立于2010年，是一家专注于乡村物流信息平台的高新技术企业，服务客户两千余家。")
    body = _article(after=note)
    assert STORY[-1] in body and not any(line in body for line in note)


def test_a_sub_heading_opening_with_about_keeps_the_paragraph_under_it() -> None:
    section = ("关于下一步工作", "县交通局表示，将继续推进农村公路养护，确保道路安全畅通。")
    body = _article(after=section)
    assert section[1] in body


def test_a_prompt_to_press_the_code_above_and_follow_is_a_call() -> None:
    assert is_call_to_action("↑长按上方二维码关注")


def test_a_request_to_follow_a_named_account_though_it_exclaims_is_a_call() -> None:
    assert is_call_to_action("更多精彩，请关注溪山发布！")


def test_a_reply_on_its_floors_line_after_a_colon_is_chrome() -> None:
    assert is_chrome_line("3楼：说得好，支持家乡建设！")


def test_a_story_line_opening_with_a_sofa_factory_is_not_a_reply() -> None:
    assert not is_chrome_line("沙发厂今年订单增长三成。")


def test_an_information_tables_label_without_its_value_is_chrome() -> None:
    assert is_empty_label_row("生成日期：")


def test_a_row_of_field_names_without_values_is_chrome() -> None:
    assert is_empty_label_row("发布日期 信息来源")


def test_a_spaced_label_of_an_information_table_is_chrome() -> None:
    assert is_empty_label_row("文  号：  主 题 词：")


def test_a_label_with_its_value_is_not_an_empty_row() -> None:
    assert not is_empty_label_row("发布日期：2023-05-08")


def test_a_speaker_before_a_quote_is_not_an_empty_label() -> None:
    assert not is_empty_label_row("村民老周说：")


def test_a_question_over_a_row_of_counted_moods_leaves_the_text() -> None:
    body = _article(after=("看完这篇文章，你的心情是：", "高兴(12) 感动(3) 无聊(5) 愤怒(1)"))
    assert body.split("\n")[-1] == STORY[-1]


def test_a_link_back_to_the_blogs_list_is_chrome() -> None:
    assert is_chrome_line("返回日志列表")


def test_a_story_line_about_returning_home_is_not_a_back_link() -> None:
    assert not is_chrome_line("返回家乡创业的青年越来越多。")


def test_a_long_ticker_of_indexes_is_chrome() -> None:
    ticker = "沪指 3059.95 +2.38% 深成指 10828.20 +1.57% 创业板 2072.70 +2.41% 恒指 20528.20 -1.37%"
    assert is_chrome_line(ticker)


def test_a_players_controls_are_a_control_row() -> None:
    assert is_control_row("播放 暂停 全屏 音量")


def test_a_welcome_to_the_site_by_name_is_chrome() -> None:
    assert is_chrome_line("欢迎访问青溪县茶叶协会官方网站！")


def test_a_moods_question_and_counted_moods_on_one_line_are_chrome() -> None:
    assert is_chrome_line("看完这篇文章，你的心情是： 高兴(12) 惊讶(3) 无聊(5) 愤怒(1)")


def test_moods_set_one_cell_a_line_with_their_counts_leave_the_text() -> None:
    body = _article(after=("看完这篇文章，你的心情是：", "高兴", "(12)", "惊讶", "(3)", "无聊", "(5)"))
    assert body.split("\n")[-1] == STORY[-1]


def test_a_list_of_names_under_a_colon_stays() -> None:
    body = _article(after=("获奖名单：", "张三", "李四", "王五"))
    assert body.split("\n")[-3:] == ["张三", "李四", "王五"]


def test_a_statement_run_into_a_row_of_buttons_leaves_the_text() -> None:
    body = _article(after=("【打印】【收藏】【关闭】本文版权归原作者所有，转载请注明出处。",))
    assert body.split("\n")[-1] == STORY[-1]


def test_a_posts_question_before_its_contact_is_not_a_row_of_controls() -> None:
    assert not is_chrome_line("哪个村有养殖场地出租吗？联系电话：13800001111 微信：9981215")


def test_a_closing_sentence_reporting_a_statement_stays() -> None:
    closing = "青溪交通公司当天发表声明，称将依法维护自身权益，不保证停运线路年内恢复。"
    assert _article(after=(closing,)).split("\n")[-1] == closing


def test_a_closing_sentence_about_copyright_work_stays() -> None:
    closing = "县版权局表示，将继续开展打击侵权盗版专项行动，欢迎群众举报。"
    assert _article(after=(closing,)).split("\n")[-1] == closing


def test_a_bracketed_prompt_to_enlarge_a_picture_is_chrome() -> None:
    assert is_chrome_line("（点击图片查看大图）")


def test_a_prompt_to_read_more_of_the_site_is_chrome() -> None:
    assert is_chrome_line("点我看更多江城新闻")


def test_a_picture_credit_run_into_a_prompt_leaves_the_text() -> None:
    body = _article("警方供图 点击查看大图")
    assert "警方供图" not in body
    assert STORY[0] in body


def test_an_advertisements_slot_under_its_label_leaves_the_text_and_the_story_under_it_stays() -> None:
    body = _article(STORY[0], "广告", "江城湾·滨江大宅 首付20万起", "点击了解详情")
    assert "滨江大宅" not in body and "了解详情" not in body
    assert STORY[1] in body


def test_a_note_about_the_writer_under_the_text_leaves_it() -> None:
    body = _article(after=("作者简介：王晓东，青溪日报记者，长期关注城市治理与民生话题。",))
    assert "作者简介" not in body
    assert STORY[-1] in body


def test_a_replys_floor_label_and_poster_above_its_stamp_leave_with_the_replies() -> None:
    lines = ["青溪县新建乡村公路一百二十公里", "", "楼主", "老街坊", "发表于 2023-05-08 10:26 | 只看该作者", *STORY[:2]]
    for n, floor in enumerate(["沙发", "板凳", "5#"]):
        lines += [floor, f"路人{n}", f"发表于 2023-05-0{n + 8} 11:0{n} | 只看该作者", "说得好，支持一下！"]
    body = extract(RawDocument("made-up", "made-up.txt", "\n".join(lines), "0" * 32, "utf-8", {})).body
    assert STORY[1] in body
    assert "沙发" not in body and "路人0" not in body


def test_a_posters_id_and_points_between_bars_are_chrome() -> None:
    assert is_chrome_line("UID 880 | 积分 40")


def test_a_gallerys_slide_counter_before_its_caption_is_chrome() -> None:
    assert is_chrome_line("1/12 活动现场的东城掠影")
    assert not is_chrome_line("1/3 的受访者表示支持这项政策。")


def test_a_gallerys_buttons_are_chrome() -> None:
    assert is_chrome_line("上一张 下一张")


def test_controls_under_dropdown_carets_are_a_control_row() -> None:
    assert is_control_row("转载▼") and is_control_row("字号▾  收藏▾")


def test_a_phrase_pointing_at_a_picture_below_is_no_control_row() -> None:
    assert not is_control_row("如这样▼")


def test_a_badge_under_the_headline_is_left_out_of_a_page_read_alone() -> None:
    lines = ["青溪县新建乡村公路一百二十公里", "独家", "2023年5月8日 来源：青溪日报", "", *STORY]
    body = extract(RawDocument("made-up", "made-up.txt", "\n".join(lines), "0" * 32, "utf-8", {})).body
    assert "独家" not in body and STORY[0] in body


def test_a_list_under_a_heading_with_its_more_link_is_left_out_of_a_page_read_alone() -> None:
    body = _article(after=("相关新闻 更多>>", "青溪县举办首届橘子文化节", "白沙镇完成危桥改造三座"))
    assert "相关新闻" not in body and "橘子文化节" not in body and STORY[-1] in body


def test_an_owner_line_under_the_page_s_controls_is_left_out_of_a_page_read_alone() -> None:
    body = _article(after=("【打印本页】【关闭窗口】", "主办：青溪县人民政府办公室　承办：青溪县大数据中心"))
    assert "主办" not in body and STORY[-1] in body


def test_an_organiser_closing_a_notice_is_kept() -> None:
    body = _article(after=("主办单位：青溪县文化和旅游局",))
    assert "主办单位：青溪县文化和旅游局" in body


def test_a_comment_forms_count_and_heading_are_chrome() -> None:
    assert is_chrome_line("已有 3 条评论")
    assert _article(after=("网友评论 共3条", "我来说两句", "请您文明上网、理性发言")).endswith("实现村村通客车。")


def test_a_story_counting_comments_in_a_sentence_is_not_chrome() -> None:
    assert not is_chrome_line("该帖文已有3000多条评论，多数网友表示支持。")


def test_a_papers_page_and_its_name_alone_is_chrome() -> None:
    assert is_chrome_line("A5·民生")
    assert is_chrome_line("第3版·要闻")


def test_a_short_line_naming_a_summit_is_no_page_marker() -> None:
    assert not is_chrome_line("G20·杭州峰会开幕")
