"""Lines about the file (who made, forwarded or generated the copy) leave at the text's edges; a forward's heading
gives way to the forwarded headline under it."""

from __future__ import annotations

from index.ingest.file_credits import credit_lines, forwarded_headline

TEXT = [
    "4月1日，江城市网信办召开全市网络安全工作会议，部署今年网络安全重点工作。",
    "会议要求，各单位要压实网络安全责任，加强关键信息基础设施保护。",
]
HEADLINE = "江城市召开网络安全工作会议"


def test_an_e_books_credits_at_its_head_and_foot_leave() -> None:
    lines = [
        "本书由江城书友会整理制作",
        "电子书下载：www.jcbook.example.com",
        HEADLINE,
        *TEXT,
        "——摘自《江城纪实》第三章",
    ]
    assert credit_lines(lines) == {0, 1, 5}


def test_a_reports_generated_note_and_a_forwards_line_leave() -> None:
    assert credit_lines(["转发自 江城区委网信办", *TEXT, "（本报告由江城舆情监测系统自动生成）"]) == {0, 3}


def test_the_same_words_inside_a_paragraph_stay() -> None:
    inside = "本报告由中国互联网络信息中心发布，显示我国网民规模达9.04亿，互联网普及率达64.5%。"
    assert credit_lines([*TEXT, inside]) == set()


def test_a_forward_heading_gives_way_to_the_headline_under_it() -> None:
    lines = ["【转发】关于做好网信工作信息报送的通知", "", HEADLINE, "来源：江城日报　2020年4月1日", *TEXT]
    assert forwarded_headline(lines, None) == (0, HEADLINE)


def test_a_forward_title_gives_way_past_the_posters_line() -> None:
    title = f"【转发】关于转发《{HEADLINE}》的通知"
    lines = [title, "发布者：校办　浏览：81", HEADLINE, "2020-04-01　来源：江城日报", *TEXT]
    assert forwarded_headline(lines, title) == (0, HEADLINE)


def test_a_forward_mark_over_the_text_itself_is_the_articles_own_title() -> None:
    assert forwarded_headline([f"【转发】{HEADLINE}", *TEXT], None) is None


def test_empty_input() -> None:
    assert credit_lines([]) == set()
    assert forwarded_headline([], None) is None
    assert forwarded_headline(["", ""], "【转发】") is None
