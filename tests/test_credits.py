"""Credit runs (index.ingest.credits), an account's page owner (index.ingest.accounts) and ROC years
(index.ingest.roc_years), read alone and through extraction."""

from __future__ import annotations

import lxml.html

from index.article import Article, RawDocument
from index.ingest import accounts, author_cards, credits, script_writers, spaced_labels
from index.ingest.days import roc_years
from index.ingest.extract import extract, read_date

STORY = [
    "入冬以来，江城市持续推进老旧小区供暖管网改造，今年共完成改造管网四十二公里，惠及居民一万余户。",
    "“家里暖和多了，老人孩子都不怕冷了。”家住东湖小区的刘大爷说，改造前屋里温度常常不到十六度。",
]


def _article(*lines: str) -> Article:
    text = "\n".join(["江城老旧小区供暖管网改造完成", "2021-12-06 09:30 来源：江城日报", *lines])
    return extract(RawDocument("made-up", "made-up.txt", text, "0" * 32, "utf-8", {}))


def test_a_closing_line_with_a_bar_credits_the_name_after_the_department() -> None:
    assert credits.run("供稿|后勤管理处 欧阳丽") == ["欧阳丽"]


def test_an_editors_reviewers_and_proofreaders_lines_credit_no_writer() -> None:
    assert [credits.run(line) for line in ("编辑｜韩梅", "审核｜张国梁", "校对：吴敏")] == [[], [], []]


def test_an_anchor_and_a_producer_are_roles_not_names() -> None:
    assert credits.run("文/若水　主播/林浩　监制/周全") == ["若水"]


def test_names_after_each_role_word_are_split_at_the_next_role_word() -> None:
    assert credits.run("通讯员马晓东记者宋雨晴") == ["马晓东", "宋雨晴"]


def test_an_outlet_glued_before_a_reporter_role_is_no_name() -> None:
    assert credits.run("通讯员 吴海波 江城晚报记者 孔令辉 黄蕾") == ["吴海波", "孔令辉", "黄蕾"]


def test_a_sentence_holding_a_role_word_is_no_credit_run() -> None:
    assert credits.run("记者在现场看到工人们正在加紧铺设管道") is None


def test_names_run_together_are_cut_where_one_cut_makes_them_names() -> None:
    assert credits.split_glued("郑阳杨海忠") == ["郑阳", "杨海忠"]


def test_names_run_together_that_cut_two_ways_are_left_alone() -> None:
    assert credits.split_glued("王坚粤应宣") == []


def test_a_lead_credit_in_brackets_after_the_flash_mark_names_both_roles() -> None:
    lead = "江城新闻网江城3月2日讯（通讯员许文静记者邓超）" + STORY[0]
    assert credits.lead(lead) == ["许文静", "邓超"]


def test_a_resident_reporter_glued_after_the_flash_mark_is_the_writer() -> None:
    assert credits.lead("江城晚报讯驻沪记者高志远报道 " + STORY[0]) == ["高志远"]


def test_a_credit_run_after_the_last_sentence_names_the_writers() -> None:
    assert credits.closing(STORY[1] + "江城晚报记者孔令辉 通讯员黄蕾") == ["孔令辉", "黄蕾"]


def test_a_source_and_its_bracketed_reporter_after_the_last_sentence_name_the_reporter() -> None:
    assert credits.closing(STORY[1] + " 来源：江城晚报（记者 谢婉婷）") == ["谢婉婷"]


def test_an_op_eds_signature_is_cut_before_the_university_glued_to_it() -> None:
    assert credits.signature("（作者为韩立新南京大学历史学院教授）") == ["韩立新"]


def test_an_op_eds_signature_is_cut_before_the_leagues_provincial_body() -> None:
    assert credits.signature("(作者：罗晓梅团湖南省委青年讲师团成员、湖南大学青年教师)") == ["罗晓梅"]


def test_a_signature_naming_only_a_unit_names_no_writer() -> None:
    assert credits.signature("（作者单位：江城市委党校）") == []


def test_a_closing_block_of_credit_lines_gives_the_writer_and_leaves_the_text() -> None:
    article = _article(*STORY, "供稿|后勤管理处 欧阳丽", "编辑|韩梅", "审核|张国梁")
    assert (article.authors, article.body) == (["欧阳丽"], "\n".join(STORY))


def test_a_person_credited_for_the_text_wins_over_a_unit_labelled_as_author() -> None:
    article = _article("作者：宣传科", *STORY, "文字：黄晓萍", "图片：宣传科")
    assert article.authors == ["黄晓萍"]


def test_a_writing_platforms_card_with_its_counters_names_the_account() -> None:
    assert author_cards.counted_card("南山听雨 总资产58 共写了21.3W字 获得1204个赞") == "南山听雨"


def test_an_owners_link_beside_a_fan_count_and_follow_button_names_the_owner() -> None:
    tree = lxml.html.fromstring(
        '<div><div class="up"><a class="up-name" href="//space.example.com/88">阿木说车</a>'
        '<span>粉丝 3.2万</span><a href="#">+ 关注</a></div><p>正文</p></div>'
    )
    assert accounts.owner(tree) == "阿木说车"


def test_a_commenters_link_is_no_owner() -> None:
    tree = lxml.html.fromstring(
        '<div><p>正文</p><div class="comment-list"><a href="/u/12">路过的风</a><span>粉丝 12</span>'
        '<a href="#">+ 关注</a></div></div>'
    )
    assert accounts.owner(tree) is None


def test_a_blog_sidebar_profile_names_its_owner() -> None:
    tree = lxml.html.fromstring(
        "<div><table><tr><td>个人档案 昵称：青石巷 地区：江苏 南京 日志：87 篇 访问：3021</td></tr></table></div>"
    )
    assert accounts.owner(tree) == "青石巷"


def test_an_owner_record_in_a_script_state_names_the_writer() -> None:
    state = 'window.__INITIAL_STATE__={"read":{"title":"江城秋色","owner":{"mid":77,"name":"山野闲人"}}}'
    assert script_writers.owners([state], "江城秋色") == ["山野闲人"]


def test_a_two_digit_year_that_would_be_to_come_is_no_20xx_year() -> None:
    assert read_date("发表于 97/05/20 21:15") == "1997-05-20"


def test_a_traditional_page_with_a_two_digit_year_is_dated_in_roc_years() -> None:
    page = "請問高雄哪裡有好吃的海鮮\n發表於 96/07/15 10:20\n推薦一下"
    assert roc_years.in_roc_years("1996-07-15", [page]) == "2007-07-15"


def test_a_simplified_page_keeps_its_last_century_year() -> None:
    page = "请问哪里有好吃的海鲜\n发表于 96/07/15 10:20\n推荐一下，谢谢大家"
    assert roc_years.in_roc_years("1996-07-15", [page]) == "1996-07-15"


def test_two_names_run_together_split_where_a_common_surname_opens_the_second() -> None:
    assert credits.split_glued("秦岚吴冠标") == ["秦岚", "吴冠标"]


def test_a_dateline_with_two_names_run_together_credits_both() -> None:
    assert credits.lead("中新网江城5月6日电(秦岚吴冠标)" + STORY[0]) == ["秦岚", "吴冠标"]


def test_a_back_to_list_link_over_a_blog_post_is_no_headline() -> None:
    text = "返回日志列表\n写在三十岁生日这天\n2008-11-02 23:10 | 分类：随笔\n" + "\n".join(STORY)
    article = extract(RawDocument("made-up", "made-up.txt", text, "0" * 32, "utf-8", {}))
    assert article.title == "写在三十岁生日这天"


def test_a_posts_first_floor_word_is_no_writer() -> None:
    text = "自驾滇西七日游攻略\n楼主\n江南布衣\n注册时间 2015-3-2\n发表于 3 天前 2021-7-12 09:31\n" + "\n".join(STORY)
    article = extract(RawDocument("made-up", "made-up.txt", text, "0" * 32, "utf-8", {}))
    assert article.authors == ["江南布衣"]


def test_an_owner_record_is_no_writer_field() -> None:
    state = 'window.__INITIAL_STATE__={"read":{"title":"江城秋色","owner":{"mid":77,"name":"山野闲人"}}}'
    assert script_writers.writers([state], "江城秋色") == []


def test_a_thread_starters_link_beside_the_posters_panel_names_the_owner() -> None:
    tree = lxml.html.fromstring(
        '<div><table><tr><td class="pls"><div class="authi"><a href="space-uid-301.html">石桥流水</a></div>'
        "<dl><dt>积分</dt><dd>812</dd><dt>帖子</dt><dd>96</dd><dt>注册时间</dt><dd>2016-4-9</dd></dl></td>"
        "<td>正文</td></tr></table></div>"
    )
    assert accounts.owner(tree) == "石桥流水"


def test_a_linked_account_whose_name_ends_as_a_trade_is_named_by_its_card() -> None:
    tree = lxml.html.fromstring(
        '<div><div class="info"><a href="//weibo.example.com/u/51">江城观察员</a><span>粉丝 9万</span>'
        '<a href="#">+ 关注</a></div><p>正文</p></div>'
    )
    assert accounts.owner(tree) == "江城观察员"


def test_a_handle_with_digits_after_the_author_label_is_the_poster() -> None:
    text = "江城老街拆迁见闻\n作者：听风2005　提交日期：2005-6-3 10:23:00　访问：3120\n" + "\n".join(STORY)
    article = extract(RawDocument("made-up", "made-up.txt", text, "0" * 32, "utf-8", {}))
    assert article.authors == ["听风2005"]


def test_an_op_eds_signature_after_the_last_sentence_names_the_writer() -> None:
    assert credits.signature(STORY[1] + "（作者系韩立新南京大学历史学院教授）") == ["韩立新"]


def test_a_body_alone_after_a_writers_role_is_a_credit_naming_no_one() -> None:
    assert (credits.run("供稿：党委宣传部"), credits.is_credit_line("供稿：党委宣传部")) == ([], True)


def test_an_aside_in_brackets_after_a_name_is_no_name() -> None:
    assert credits.run("记者：丁一凡（实习）") == ["丁一凡"]


def test_an_up_info_record_with_a_uname_in_a_video_state_names_the_owner() -> None:
    state = 'window.__INITIAL_STATE__={"videoData":{"title":"江城秋色","upInfo":{"mid":5,"uname":"河边钓叟"}}}'
    assert script_writers.owners([state], "江城秋色") == ["河边钓叟"]


def test_a_bracketed_source_and_reporter_before_the_editors_label_name_the_reporter() -> None:
    assert credits.closing(STORY[1] + "（来源：江城电视台 记者/姜丽华 编辑/贝茜）责任编辑：时鑫") == ["姜丽华"]


def test_a_photo_mark_after_a_reporters_name_is_no_part_of_the_name() -> None:
    assert credits.run("本报记者 孟晓川 通讯员 贺一鸣并摄") == ["孟晓川", "贺一鸣"]


def test_an_outlet_glued_to_the_reporters_role_after_a_works_credit_is_no_name() -> None:
    assert credits.run("采写：江南都市报记者 汤雨桐 实习生 卜凡") == ["汤雨桐", "卜凡"]
    assert credits.run("采写：南都记者 汤雨桐") == ["汤雨桐"]


def test_a_cover_photographer_is_no_writer() -> None:
    assert credits.run("文/图：卢晓岚 封面摄影：郑一帆") == ["卢晓岚"]


def test_a_reporter_credited_only_for_the_picture_is_no_writer() -> None:
    assert credits.run("本报记者 韩冬青 摄") == []


def test_the_place_a_report_was_filed_from_is_no_writer() -> None:
    assert credits.run("齐鲁晚报记者 彭晓东 济南报道") == ["彭晓东"]


def test_a_media_centres_production_credit_names_its_reporters() -> None:
    assert credits.run("江城融媒出品记者：蒋一鸣通讯员：郝佳") == ["蒋一鸣", "郝佳"]


def test_a_photographers_reporter_role_in_a_leads_credit_names_no_writer() -> None:
    lead = "江城信息港讯（江城日报 记者孟晓彤 摄影记者柏海涛）5月23日，江城市交通局开展集中整治行动。"
    assert credits.lead(lead) == ["孟晓彤"]


def test_names_before_a_text_and_pictures_mark_closing_the_story_are_its_writers() -> None:
    story = "学校正以新的姿态把课堂办成孩子们喜欢的地方。 韩梦洁 刘科 卢晓芬 文/图"
    assert credits.closing(story) == ["韩梦洁", "刘科", "卢晓芬"]


def test_a_production_credit_closing_the_text_leaves_it_and_names_its_reporters() -> None:
    article = _article(
        "3月30日，江城地铁12号线正式开工，计划2024年建成通车，这是全市第一条独立环线。",
        "市领导参加了开工仪式，并到施工现场调研复工复产情况。",
        "江城融媒出品记者：蒋一鸣通讯员：郝佳",
    )
    assert article.authors == ["蒋一鸣", "郝佳"]
    assert "出品" not in article.body


def test_credit_labels_and_names_padded_to_line_up_are_read_closed_up() -> None:
    article = _article(
        "3月30日，江城地铁12号线正式开工，计划2024年建成通车，这是全市第一条独立环线。",
        "作   者：蒋一鸣",
        "编   辑：郝  佳",
    )
    assert (article.authors, article.editor) == (["蒋一鸣"], "郝佳")


def test_a_story_line_with_spaces_before_a_colon_is_left_as_written() -> None:
    assert spaced_labels.unspaced("他说 记 者 会上：我们会公开") == "他说 记 者 会上：我们会公开"
