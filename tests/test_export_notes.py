"""A note taker's, a sharer's and a study site's lines around an article leave; the article's own lines stay."""

from __future__ import annotations

from index.ingest.export_notes import note_lines

TITLE = "江城市启动2020年网络安全宣传周活动"
LEAD = "9月14日上午，2020年江城市网络安全宣传周在市民广场启动，现场设置了个人信息保护、防范电信诈骗等展区。"
SECOND = "活动期间，各区县将组织网络安全知识进社区、进校园、进企业，并开展网络安全技能竞赛和有奖问答。"


def test_a_clips_note_lines_above_the_headline_leave() -> None:
    notes = ["标签：网信；转载", "备注：周四例会前通读", "剪藏自：https://news.example.cn/a/1.html"]
    lines = [*notes, TITLE, LEAD, SECOND]
    assert note_lines(lines) == {0, 1, 2}


def test_a_labelled_line_under_the_first_paragraph_is_the_articles() -> None:
    lines = [TITLE, LEAD, "备注：活动期间市民可凭身份证免费参观。", SECOND]
    assert note_lines(lines) == set()


def test_a_share_mails_sharer_and_system_lines_leave() -> None:
    tail = ["来自江城新闻客户端", "此邮件由系统代发，请勿回复"]
    lines = ["您的好友 江小城 向您分享了一篇新闻", TITLE, LEAD, SECOND, *tail]
    assert note_lines(lines) == {0, 4, 5}


def test_a_headline_that_recommends_stays() -> None:
    assert note_lines(["教育部推荐", LEAD, SECOND]) == set()


def test_exam_boxes_leave_only_where_the_page_has_a_kaodian_box() -> None:
    boxed = ["【考点延伸】网络安全法", LEAD, "【解析】本题考查政府职能。", SECOND, "2021省考笔试系统班 立即报名"]
    assert note_lines(boxed) == {0, 2, 4}
    assert note_lines(["【解析】专家解读新政", LEAD, SECOND]) == set()


def test_a_scripts_label_alone_leaves() -> None:
    assert note_lines([TITLE, "【文稿】", LEAD, SECOND]) == {1}
