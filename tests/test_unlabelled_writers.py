"""Writers and titles real pages give outside a byline element: a mirror's uploader over the mirrored article's
header, a theme's author box, a unit's tail credit, a wire's credit, a time glued to a Taiwan paper's byline, a
bulletin's spaced letterhead, an issue's file name and a PDF's running head (index.ingest.mirrors, author_boxes,
credits, bylines, issue_pages)."""

from __future__ import annotations

import lxml.html
from writer_pages import PARAGRAPHS, STORY, page, text

from index.ingest import author_boxes, bylines, credits, issue_pages, listed_headlines, mirrors, wechat_headers


def test_a_mirrored_wechat_posts_header_names_its_writer_not_the_uploader() -> None:
    lines = ["菜市场里的烟火气", "发布者：看点用户2231 2021-01-17 09:02", "原创 南山有雾 小城日常 2021-01-15", *STORY]
    assert mirrors.mirrored_writers(lines, ["看点用户2231"]) == ["南山有雾"]


def test_a_threads_poster_is_no_uploader_and_keeps_the_post() -> None:
    lines = ["老城区的早点摊还剩几家", "城南旧事 发表于 2018-09-02 07:41", "作者：林小北", *STORY]
    assert mirrors.mirrored_writers(lines, ["城南旧事"]) == []


def test_a_mirror_page_is_credited_to_the_mirrored_posts_writer() -> None:
    article = text(
        "菜市场里的烟火气", "发布者：看点用户2231 2021-01-17 09:02", "原创 南山有雾 小城日常 2021-01-15", *STORY
    )
    assert article.authors == ["南山有雾"]


AUTHOR_CARD = """<html><head><meta charset="utf-8"><title>在山里开一间书店</title></head><body>
<article><h1>在山里开一间书店</h1><time datetime="2021-07-14">2021年7月14日</time>{text}
<footer><section class="author-card"><img class="author-profile-image" src="/a.jpg">
<section><h4 class="author-card-name"><a href="/author/xqh/">许青禾</a></h4>
<p>写字的人，住在山脚下，养一只猫。</p></section></section></footer></article>
{comments}</body></html>"""


def test_a_themes_author_box_names_the_writer() -> None:
    tree = lxml.html.fromstring(AUTHOR_CARD.format(text=PARAGRAPHS, comments=""))
    assert author_boxes.box_writer(tree) == "许青禾"


def test_a_commenters_box_names_no_writer() -> None:
    card = '<div class="author-info"><img src="/c.jpg"><b class="name">路过的人</b></div>'
    comment = f'<div class="comments">{card}</div>'
    markup = f"<html><body><h1>在山里开一间书店</h1>{PARAGRAPHS}{comment}</body></html>"
    assert author_boxes.box_writer(lxml.html.fromstring(markup)) is None


def test_two_writers_boxes_name_no_one() -> None:
    box = '<div class="author-box"><img src="/{0}.jpg"><h3>{0}</h3></div>'
    markup = f"<html><body>{PARAGRAPHS}{box.format('许青禾')}{box.format('周望舒')}</body></html>"
    assert author_boxes.box_writer(lxml.html.fromstring(markup)) is None


def test_a_page_with_only_an_author_box_is_credited_to_its_name() -> None:
    assert page(AUTHOR_CARD.format(text=PARAGRAPHS, comments="")).authors == ["许青禾"]


def test_the_unit_that_supplied_a_piece_is_no_writer_beside_its_writer() -> None:
    assert credits.run("供稿单位：县应急管理局　撰稿：吴海燕　审核：周涛") == ["吴海燕"]


def test_a_unit_alone_supplying_a_piece_names_no_writer() -> None:
    assert credits.run("供稿单位：县应急管理局") == []


def test_a_wires_and_a_picture_agencys_credits_are_no_people() -> None:
    assert [bylines.is_wire(word) for word in ("汤森路透", "路透社", "法新社", "新华社发", "视觉中国供图", "汤森")] == [
        True,
        True,
        True,
        True,
        True,
        False,
    ]


def test_a_wires_credit_in_the_authors_field_names_no_writer() -> None:
    assert text("老码头变身城市客厅", "2022-08-16 来源：新华网 作者：新华社发", *STORY).authors == []


def test_a_time_glued_to_a_taiwan_papers_byline_leaves_its_writer() -> None:
    assert bylines.writers("2022-10-12 14:20联合报 | 李欣怡 综合报导") == ["李欣怡"]


def test_a_name_a_dot_and_a_day_with_its_time_under_the_headline_is_the_writer() -> None:
    assert text("小区加装电梯的一百天", "何一帆 · 2020-04-01 10:21", *STORY).authors == ["何一帆"]


def test_a_spaced_out_bulletins_name_over_its_issue_number_is_the_issues() -> None:
    head = ["组 工 信 息", "第12期", "中共清河县委组织部　　　　2020年4月28日"]
    lines = [*head, "关于开展干部教育培训工作的通报", *STORY]
    assert issue_pages.issue_lines(lines) == {0, 1}


def test_a_file_name_naming_only_an_issue_is_no_headline() -> None:
    titles = ("组工信息第12期", "江城市人民政府公报2020年第4期", "第5期网信讲堂开讲")
    assert [issue_pages.is_issue_name(title) for title in titles] == [True, True, False]


def test_a_bulletin_exports_headline_under_its_letterhead_is_the_title() -> None:
    markup = (
        '<html><head><meta charset="utf-8"><title>组工信息第12期.pdf</title></head><body><p>组 工 信 息</p>'
        "<p>第12期</p><p>中共清河县委组织部　　　　2020年4月28日</p><p>关于开展干部教育培训工作的通报</p>"
        f"{PARAGRAPHS}</body></html>"
    )
    assert page(markup).title == "关于开展干部教育培训工作的通报"


def test_a_gazettes_running_head_above_and_below_the_text_is_the_issues() -> None:
    lines = ["江城市人民政府公报", "关于公布第三批非物质文化遗产名录的通知", *STORY, "江城市人民政府公报", STORY[0]]
    assert issue_pages.issue_lines(lines) == {0, 5}


def test_a_headline_ending_like_a_bulletin_listed_above_itself_stays() -> None:
    headline = "江城市2019年统计公报"
    assert issue_pages.issue_lines(["本版标题导航", headline, "江城新闻", headline, *STORY]) == set()


def test_a_taiwan_desk_before_a_reporters_slash_is_no_one() -> None:
    credits_ = ("国际中心／李欣怡综合报导", "国际中心／综合外电报导")
    assert [bylines.writers(line) for line in credits_] == [["李欣怡"], []]


def test_a_sites_staff_named_by_the_job_is_no_writer() -> None:
    assert text("一座小城的夜市经济", "2020-04-03 作者：小编", *STORY).authors == []


def test_an_epapers_headline_named_by_its_pages_list_of_titles_is_the_title() -> None:
    listed = "<div>本版标题导航</div><div><a>城市更新让老街区焕发新活力</a></div><div><a>地铁四号线试运行</a></div>"
    article = "<div>城市更新让老街区焕发新活力</div><div class='author'>赵书宁</div>"
    markup = f"<html><head><title>江城日报</title></head><body><div>2021年11月02日</div>{listed}{article}{PARAGRAPHS}"
    assert page(markup + "</body></html>").title == "城市更新让老街区焕发新活力"


def test_a_line_above_the_text_that_the_page_shows_once_is_no_listed_headline() -> None:
    assert listed_headlines.listed_headline(["江城日报", "城市更新让老街区焕发新活力", *STORY], STORY) is None


def test_a_desk_as_the_source_is_no_writer() -> None:
    assert text("全市中小学开展秋季消防演练", "2019-10-09 来源：安全科", *STORY).authors == []


def test_a_wechat_header_shown_a_field_a_line_is_joined_into_one() -> None:
    lines = ["原创", "南山有雾", "小城日常", "2021-01-15", STORY[0]]
    assert wechat_headers.joined(lines) == ["原创 南山有雾 小城日常 2021-01-15", "", "", "", STORY[0]]


def test_an_original_mark_over_the_text_alone_joins_nothing() -> None:
    assert wechat_headers.joined(["原创", STORY[0], STORY[1]]) == ["原创", STORY[0], STORY[1]]


def test_a_mirrors_split_wechat_header_names_the_writer_not_the_uploader() -> None:
    lines = ["一座小城的夜市经济", "发布者：文库小编 2020-04-03", "原创", "林深见鹿", "县域观察", "2020-04-01", *STORY]
    assert text(*lines).authors == ["林深见鹿"]


def test_a_note_repeated_under_each_picture_is_no_running_head() -> None:
    lines = ["网络源于图片，供参考", *STORY[:2], "网络源于图片，供参考", STORY[2]]
    assert issue_pages.issue_lines(lines) == set()
