"""Writers on community pages (issue 22, item 5; writers18): a page's own byline over the credits of the wire story
it reposts (index.ingest.reposts), a poster shown only as a name linked to their profile beside the post's day
(index.ingest.author_links), a Latin name after a writer's role (index.ingest.bylines), a handle with an
underscore kept whole."""

from __future__ import annotations

import lxml.html

from index.ingest import author_links, bylines, reposts
from tests.writer_pages import PARAGRAPHS, STORY, page, text


def test_a_wire_leads_reporters_under_the_pages_own_byline_are_not_its_writers() -> None:
    article = text(
        "沿江生态廊道建设进入收尾阶段",
        "发布时间：2019-08-27　作者：吴磊　来源：新华网",
        f"新华社江城8月27日电（记者 何川 钱进）{STORY[0]}",
        *STORY[1:],
    )
    assert article.authors == ["吴磊"]


def test_a_closing_reporters_credit_naming_none_of_the_byline_adds_no_one() -> None:
    article = text(
        "江城至滨海城际铁路全线铺轨完成",
        "2021-06-18 10:24　来源：江城日报　记者 李明",
        *STORY[:-1],
        STORY[-1] + "（记者 刘忠俊 王鹏）",
    )
    assert article.authors == ["李明"]


def test_a_closing_credit_sharing_a_name_with_the_byline_is_the_same_team() -> None:
    assert not reposts.another_newsrooms(["李明"], ["李明", "王鹏"], "（记者 李明 王鹏）")


def test_a_correspondent_beside_the_bylines_reporter_is_the_same_story() -> None:
    assert not reposts.another_newsrooms(["罗斌"], ["鲁佳"], "首例机器人辅助手术（通讯员 鲁佳），患者术后恢复良好")


def test_a_paper_crediting_its_own_reporters_is_no_other_newsroom() -> None:
    assert not reposts.another_newsrooms(["李明"], ["刘忠俊", "王鹏"], "本报记者 刘忠俊 王鹏")


def test_a_wire_datelines_reporters_are_another_newsrooms() -> None:
    assert reposts.another_newsrooms(["吴磊"], ["何川", "钱进"], "新华社江城8月27日电（记者 何川 钱进）")


def test_a_name_linked_to_a_users_profile_beside_the_posts_day_is_the_writer() -> None:
    article = page(
        "<html><head><title>周末去西山徒步的路线分享</title></head><body><h1>周末去西山徒步的路线分享</h1>"
        '<div class="info"><a href="./memberlist.php?mode=viewprofile&amp;u=412">山野闲人</a> 2018-04-22 19:05</div>'
        f"{PARAGRAPHS}</body></html>"
    )
    assert article.authors == ["山野闲人"]


def test_a_name_linked_to_a_personal_subdomains_home_beside_the_day_is_the_writer() -> None:
    article = page(
        "<html><head><title>秋天的旧书店</title></head><body><h2>秋天的旧书店</h2>"
        f'{PARAGRAPHS}<div class="info"><a href="https://qingning.lofter.com/">青柠不酸</a> 2017-10-14</div>'
        "</body></html>"
    )
    assert article.authors == ["青柠不酸"]


def test_a_source_linked_to_its_home_after_its_label_is_no_writer() -> None:
    article = page(
        "<html><head><title>秋天的旧书店</title></head><body><h2>秋天的旧书店</h2>"
        '<div class="info">来源：<a href="https://news.jcrb.cn/">江城新闻</a> 2017-10-14</div>'
        f"{PARAGRAPHS}</body></html>"
    )
    assert article.authors == []


def test_a_latin_name_after_the_writers_role_is_one_writer() -> None:
    assert bylines.writers("作者：Sean Liu　2020-09-16") == ["Sean Liu"]


def test_a_latin_name_after_a_writers_mark_before_a_dot_is_the_writer() -> None:
    assert bylines.writers("文 / Emily Zhang · 2019-05-03") == ["Emily Zhang"]


def test_an_outlets_english_name_after_by_is_no_writer() -> None:
    assert bylines.writers("By China Daily") == []


def test_a_posters_handle_with_an_underscore_is_kept_whole() -> None:
    assert bylines.poster("车在囧途_老王 发表于 2018-07-30 23:05") == "车在囧途_老王"


def test_a_handle_linked_to_its_profile_is_the_writer_without_its_at_mark() -> None:
    tree = lxml.html.fromstring(
        "<html><body><h1>周末去江心岛露营的一点经验</h1>"
        '<div class="post-user"><a href="/u/tree_hole_07">@tree_hole_07</a> 2021-10-17 20:15</div></body></html>'
    )
    assert author_links.author_beside_time(tree) == "tree_hole_07"
