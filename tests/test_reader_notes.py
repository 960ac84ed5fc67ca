"""What readers and the site's lists add to a page's text (index.ingest.reader_notes): a highlight note anywhere,
and under the story inline comments, run-together lists, glued sidebar headlines, a bar-marked closing block and a
bio line leave the text; a deadline line and the story's own paragraphs stay."""

from __future__ import annotations

from index.ingest.reader_notes import is_reader_note, reader_lines

STORY = [
    "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。",
    "县交通局负责人介绍，新路采用沥青路面，并在急弯处加装了防护栏和反光标志，确保行车安全。",
    "下一步，全县还将改造危桥十八座，力争年底前实现村村通客车，方便群众出行和农产品外运。",
]


def test_a_readers_highlight_note_between_paragraphs_leaves_the_text() -> None:
    lines = [STORY[0], "小满：喜欢这段09-15", *STORY[1:]]
    assert reader_lines(lines) == {1}


def test_a_deadline_line_is_no_highlight_note() -> None:
    assert not is_reader_note("报名时间：即日起至04-15")


def test_comments_lists_and_a_bio_under_the_story_leave_it() -> None:
    tail = [
        "网友 10:15 支持整治！",
        "用户8821 10:33 早就该管管了",
        "往期荐读",
        "●江城推进网络文明建设●白沙开展网络安全宣传周活动",
        "东城县人民政府东城召开网络安全工作会议Nov 9",
        "▍图文编辑：李明",
        "更多相关资讯请关注：数字经济专题",
        "林小满，七十年代末生人，江城人，业余写点东西。",
    ]
    assert reader_lines([*STORY, *tail]) == set(range(len(STORY), len(STORY) + len(tail)))


def test_the_storys_own_paragraphs_stay() -> None:
    assert reader_lines(STORY) == set()


def test_a_closing_line_about_news_workers_is_no_bio() -> None:
    closing = [*STORY, "上连党心，下接民心——作为新闻工作者，就要始终当好党和政府与人民群众的桥梁和纽带。"]
    assert reader_lines(closing) == set()


def test_a_saying_closing_an_essay_is_no_bio() -> None:
    assert reader_lines([*STORY, "孟子说生于忧患，死于安乐。"]) == set()


def test_a_line_naming_someones_birth_year_is_no_bio() -> None:
    assert reader_lines([*STORY, "还有1995年出生的他"]) == set()
