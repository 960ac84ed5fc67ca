"""A short-video or social post: topics, mentions, the account, counters and comments are not the story."""

from __future__ import annotations

from index.ingest.social_posts import is_card, post_lines, untagged

TITLE = "江城市开展网络安全宣传周活动"
LEAD = "9月13日上午，江城市2021年国家网络安全宣传周活动在市民广场启动，现场设置了二十余个展位。"


def test_a_captions_topics_and_mentions_leave_its_headline() -> None:
    assert untagged(f"{TITLE} #网信江城 #清朗行动 @江城发布") == TITLE


def test_a_microblogs_closed_topics_with_a_platform_tag_leave() -> None:
    assert untagged(f"#网络安全宣传周# #江城[超话]# {TITLE}") == TITLE


def test_a_line_without_a_topic_keeps_its_mentions_and_signs() -> None:
    line = "市民可@江城发布留言，或拨打热线12345 #咨询。"
    assert untagged(line) == line and untagged("C# 程序员 #1") == "C# 程序员 #1"


def test_a_posts_account_counters_region_stamp_and_comments_leave() -> None:
    lines = ["江城网信", "@jcwx001  抖音号：jcwangxin", TITLE, "❤ 2.3万  💬 1024  ⭐ 512", LEAD]
    lines += ["编辑于 09-13 江苏", "共 88 条评论", "小明：说得好"]
    assert post_lines(lines) == {0, 1, 3, 5, 6, 7}


def test_a_name_with_its_follow_button_at_the_head_leaves() -> None:
    assert post_lines(["江城网信小助手  关注", TITLE, LEAD]) == {0}


def test_a_sentence_with_figures_is_no_counter_row() -> None:
    assert post_lines([LEAD, "全市点赞 300 人次，评论 56 条，转发 12 次，参与热情高涨。"]) == set()


def test_text_between_two_signs_is_no_topic() -> None:
    for line in ["#p#分页标题#e#正文", "价格每吨上调至7570元，0#国v汽油#、4#", "号牌为晋ad58##，车辆已注销。"]:
        assert untagged(line) == line


def test_a_sentence_opening_with_a_mention_is_no_handle_line_nor_a_phone_list_a_counter_row() -> None:
    assert (
        post_lines(["将迎新年以来最强降水", "@广东天气 今早11时许 发来前线消息——", "+1-646-2178489+1-646-2178518"])
        == set()
    )


def test_a_labelled_field_of_tags_is_left_to_its_labels_reader() -> None:
    assert untagged("标签:: #网信 #待读") == "标签:: #网信 #待读"


def test_topics_written_one_after_another_all_leave() -> None:
    assert untagged(f"#城市v聚力##大连爆料#{TITLE}") == TITLE


def test_a_comments_floor_number_is_no_topic() -> None:
    assert untagged("#1楼 2006-03-02 09:10 路人甲") == "#1楼 2006-03-02 09:10 路人甲"


def test_a_posts_card_line_naming_its_account_stamp_and_client_leaves() -> None:
    assert post_lines(["@江城公安 3月5日 10:21 来自 微博 weibo.com", f"【{TITLE}】{LEAD}"]) == {0}
    assert is_card("@江城网警 发布于 3-30 10:21 · 来自 微博网页版")


def test_a_sentence_opening_with_a_mention_and_a_day_is_no_card() -> None:
    assert not is_card("@江城公安 3月5日10时21分，市民王女士报警称其手机被盗，民警随即赶到现场。")
