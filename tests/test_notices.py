"""A page's notices about the article itself (index.ingest.notices): a platform's statement, a reprint notice, an
earlier headline, known by their subject and predicate together, while a story's sentences about copyright stay."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.extract import extract
from index.ingest.notices import is_notice

STORY = [
    "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。",
    "县交通局负责人介绍，新路采用沥青路面，并在急弯处加装了防护栏和反光标志。",
    "村民老周说：“以前拉一车橘子进城要走大半天，现在两个小时就到了。”",
    "下一步，全县还将改造危桥十八座，力争年底前实现村村通客车。",
]


def _body(*before: str, after: tuple[str, ...] = ()) -> str:
    lines = ["青溪县新建乡村公路一百二十公里", "2023年5月8日 来源：青溪日报", "", *before, *STORY, "", *after]
    return extract(RawDocument("made-up", "made-up.txt", "\n".join(lines), "0" * 32, "utf-8", {})).body


def test_a_platform_statement_about_whose_views_the_text_holds_is_a_notice() -> None:
    assert is_notice("平台声明：该文观点仅代表作者本人，青溪号系信息发布平台，仅提供信息存储空间服务。")


def test_an_accounts_reprint_terms_written_as_a_sentence_are_a_notice() -> None:
    assert is_notice("本文系青溪发布原创，转载请注明出处。")


def test_a_takedown_request_for_pictures_from_the_web_is_a_notice() -> None:
    assert is_notice("图片来源于网络，如有侵权请联系删除")


def test_an_earlier_headline_above_the_text_is_a_notice() -> None:
    assert is_notice("原标题：青溪乡村公路通车（民生观察）")


def test_a_story_reporting_an_unauthorised_reprint_is_not_a_notice() -> None:
    assert not is_notice("法院认定，被告未经授权转载原告的摄影作品，构成侵权。")


def test_a_papers_sentence_about_its_own_approach_is_not_a_notice() -> None:
    assert not is_notice("本文从社会学的视角出发，讨论乡村公路对农产品流通的影响。")


def test_a_sites_own_dateline_on_a_copyright_story_is_not_a_notice() -> None:
    assert not is_notice("本网讯 近日，市版权局开展打击网络侵权盗版专项行动。")


def test_a_notice_with_a_label_about_something_else_is_not_a_notice() -> None:
    assert not is_notice("特别声明：本次招聘不收取任何费用。")


def test_a_quoted_speaker_disowning_a_view_is_not_a_notice() -> None:
    assert not is_notice("他表示，这一观点不代表公司立场。")


def test_notices_around_a_story_leave_its_text_whole() -> None:
    body = _body(
        "原标题：青溪乡村公路通车（民生观察）",
        after=(
            "本文系青溪发布原创，转载请注明出处。",
            "平台声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务。",
        ),
    )
    assert body.split("\n") == STORY


def test_a_pictures_credit_glued_to_a_paragraph_of_the_story_leaves_the_paragraph() -> None:
    assert not is_notice("图片来源于网络  去年冬天，老周把自家的橘子装上三轮车，沿着新修的公路第一次送进了县城。")


def test_a_notice_going_on_about_its_standing_for_several_sentences_is_one_notice() -> None:
    assert is_notice("本文仅代表作者个人观点，与本站无关。其原创性以及文中陈述文字和内容未经本站证实，请读者仅作参考。")


def test_a_disclaimer_over_readers_comments_is_a_notice() -> None:
    assert is_notice("网友评论仅供网友表达个人看法，并不表明本网同意其观点或证实其描述")


def test_a_note_on_the_writers_field_of_research_is_not_a_notice() -> None:
    assert not is_notice("本文作者系青溪师范学院教授，长期研究著作权法。")


def test_a_notice_in_brackets_is_a_notice() -> None:
    assert is_notice("（本文为青溪发布原创稿件）")


def test_a_platform_statement_that_it_only_stores_what_users_upload_is_a_notice() -> None:
    statement = "特别声明：以上内容(如有图片亦包括在内)为自媒体平台“青溪号”用户上传并发布，本平台仅提供信息存储服务。"
    assert is_notice(statement)


def test_a_story_about_videos_a_platform_published_is_not_a_notice() -> None:
    assert not is_notice("该平台上传并发布的视频中，有三成涉嫌侵权，已被责令下架。")


def test_an_account_describing_itself_under_the_story_is_a_notice() -> None:
    assert is_notice("本公众号由溪山镇融媒体中心主办，致力于传递本镇政务信息和乡村故事，欢迎关注。")


def test_a_portals_statement_naming_itself_as_who_ran_the_text_is_a_notice() -> None:
    assert is_notice("溪山网声明：溪山网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。")


def test_a_papers_statement_of_its_own_aim_is_no_notice() -> None:
    assert not is_notice("本文旨在梳理溪山县乡村公路建设的经验，为山区县提供借鉴。")


def test_an_account_naming_itself_as_an_official_account_is_a_notice() -> None:
    assert is_notice("溪山发布是溪山镇党委宣传办官方微信公众平台，致力于传递本镇政务信息，欢迎关注。")


def test_a_story_line_on_a_new_official_account_with_a_full_stop_alone_stays() -> None:
    assert not is_notice("溪山县融媒体中心于今年三月开通官方微信公众号。")


def test_a_blogs_original_work_reprint_terms_are_a_notice() -> None:
    assert is_notice("原创文章，转载请注明：转载自临江听雨的博客")
