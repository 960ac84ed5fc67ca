"""A blog's sidebar profile with no counters (a picture, the owner's name, a line about them) names the blog's
owner, who writes a post that names no one; a post with a byline stays its writer's (index.ingest.sidebar_profiles,
profile_boxes)."""

from __future__ import annotations

import lxml.html
from writer_pages import PARAGRAPHS, page

from index.ingest.profile_boxes import about_owner
from index.ingest.sidebar_profiles import profile_owner

ABOUT = (
    '<aside class="sidebar"><div class="widget widget-about"><h3>關於我</h3><img src="/me.jpg"><h4>小芸</h4>'
    "<p>住在台南的插畫家，喜歡貓、植物和咖啡。</p></div></aside>"
)


def _blog(post: str, side: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>把陽台變成一座小菜園 - 芸的手帳</title></head><body>'
        f'<main><h1>把陽台變成一座小菜園</h1><div class="date">2021-04-18</div>{post}{PARAGRAPHS}</main>{side}'
        "</body></html>"
    )


def test_a_sidebar_box_of_a_picture_a_name_and_a_bio_names_the_owner() -> None:
    assert profile_owner(lxml.html.fromstring(_blog("", ABOUT))) == "小芸"


def test_a_sidebar_profile_writes_a_post_that_names_no_one() -> None:
    assert page(_blog("", ABOUT)).authors == ["小芸"]


def test_a_guest_posts_byline_wins_over_the_sidebar_profile() -> None:
    assert page(_blog("<p>作者：陈建宏</p>", ABOUT)).authors == ["陈建宏"]


def test_a_sidebar_list_of_two_writers_names_no_one() -> None:
    side = (
        '<div class="side"><div class="card"><img src="/a.jpg"><strong>老周</strong><p>十年程序员</p></div>'
        '<div class="card"><img src="/b.jpg"><strong>晚风</strong><p>中学语文老师</p></div></div>'
    )
    assert profile_owner(lxml.html.fromstring(_blog("", side))) is None


def test_a_box_with_counters_is_no_bio_profile() -> None:
    side = (
        '<div class="side"><div class="card"><img src="/a.jpg"><strong>老周</strong><p>文章 86 · 粉丝 1.2万</p></div>'
        "</div>"
    )
    assert profile_owner(lxml.html.fromstring(_blog("", side))) is None


def test_a_profile_outside_any_sidebar_names_no_one() -> None:
    body = '<div class="card"><img src="/a.jpg"><strong>老周</strong><p>十年程序员，写点技术和生活。</p></div>'
    assert profile_owner(lxml.html.fromstring(_blog(body, ""))) is None


def test_a_name_over_its_labelled_bio_names_the_owner() -> None:
    assert about_owner(["发表评论", "太小心", "[作者简介] (个人情况保密)", "[太小心]个人类别"]) == "太小心"


def test_an_empty_or_odd_page_names_no_one() -> None:
    assert profile_owner(lxml.html.fromstring("<html><body><aside></aside></body></html>")) is None
    assert about_owner(["[作者简介]"] * 3) is None
