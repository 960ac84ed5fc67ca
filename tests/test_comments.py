"""Readers' comments and a thread's replies told by the shape they repeat (index.ingest.comments): three or more
sibling blocks each with a writer's stamp and a reply's or a vote's word (or a container named for comments)
leave the page; a thread's opening post, a story's dated paragraphs and a list of other pages stay."""

from __future__ import annotations

from index.ingest.comments import without_comments
from index.ingest.html import read_html

STORY = "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。"
REMARKS = [
    "青溪县今年新建乡村公路一百二十公里，修得好。",
    "我们村的路也通了，点个赞。",
    "希望后续的养护也能跟上。",
    "路是修好了，客车什么时候通？",
]


def _page(comments: str, story: str = f"<p>{STORY}</p>") -> str:
    return (
        "<html><head><title>青溪县新建乡村公路</title></head><body><h1>青溪县新建乡村公路</h1>"
        f"<div>{story}</div>{comments}</body></html>"
    )


def test_a_portals_comment_table_of_stamp_rows_and_remark_rows_leaves_the_page() -> None:
    rows = "".join(
        f"<tr><td>网友：山里人{n} IP：61.1.*.* 发表时间：2005-07-0{n + 1} 10:2{n}</td></tr><tr><td>{remark}</td></tr>"
        for n, remark in enumerate(REMARKS)
    )
    kept = without_comments(_page(f"<table><tr><td>网友评论</td></tr>{rows}</table>"))
    assert STORY in kept
    assert not any(remark in kept for remark in REMARKS)


def test_a_records_table_of_labelled_days_is_no_comment_list() -> None:
    rows = [("发表日期", "2005-07-01"), ("链接", "http://example.cn/a.html"), ("引用日期", "2005-07-20 16:02")]
    rows += [("收录时间", "2005-07-21 08:45:12"), ("更新时间", "2005-08-10 10:10:00")]
    table = "<table>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"
    kept = without_comments(_page(table))
    assert all(day in kept for _, day in rows)


def test_comments_in_plain_divs_with_a_reply_button_leave_the_page() -> None:
    items = "".join(
        f"<div><div>江边{n}号</div><div>10-0{n + 1} 13:37</div><div>{remark}</div>"
        "<div><span>12</span><span>回复</span></div></div>"
        for n, remark in enumerate(REMARKS)
    )
    kept = without_comments(_page(f"<div>{items}</div>"))
    assert STORY in kept
    assert "我们村的路也通了" not in kept


def test_a_comment_container_named_so_needs_no_reply_word() -> None:
    items = "".join(
        f'<li class="cmt-item"><b>读者{n}</b><i>{n + 1}小时前</i><p>{r}</p></li>' for n, r in enumerate(REMARKS)
    )
    assert "希望后续的养护" not in without_comments(_page(f"<ul>{items}</ul>"))


def test_a_threads_first_floor_is_the_post_and_stays() -> None:
    post = f"<div><b>老街坊</b> 楼主 发表于 2010-08-14 07:36<p>{STORY}</p></div>"
    replies = "".join(
        f"<div><b>路人{n}</b> {n + 2}楼 发表于 2010-08-1{n} 09:00<p>{r}</p><a>回复</a></div>"
        for n, r in enumerate(REMARKS)
    )
    kept = without_comments(_page(f"<div>{post}{replies}</div>", story=""))
    assert STORY in kept
    assert "点个赞" not in kept


def test_a_threads_post_under_a_stamped_title_bar_of_the_same_markup_stays() -> None:
    bar = "<div><div>楼主：老街坊 时间：2010-08-14 07:36:00 点击：3821 回复：4</div></div>"
    post = f"<div><div><b>老街坊</b> 发表于 2010-08-14 07:36</div><div>{STORY}</div></div>"
    replies = "".join(
        f"<div><div>第{n + 2}楼 <b>路人{n}</b> 发表于 2010-08-1{n} 09:00</div><div>{r}</div><a>回复</a></div>"
        for n, r in enumerate(REMARKS)
    )
    kept = without_comments(_page(f"<div>{bar}{post}{replies}</div>", story=""))
    assert STORY in kept
    assert "点个赞" not in kept


def test_a_storys_dated_paragraphs_stay() -> None:
    timeline = "".join(
        f"<p>2023-05-0{n + 1} 09:00 第{n + 1}段公路开工，施工队在沿线设置了临时便道。</p>" for n in range(4)
    )
    markup = _page("", story=timeline)
    assert without_comments(markup) == markup


def test_a_list_of_other_pages_with_their_days_is_no_comment_list() -> None:
    links = "".join(f'<li><a href="/{n}.html">青溪县第{n}批公路开工回复</a> 2023-04-0{n + 1}</li>' for n in range(4))
    markup = _page(f"<ul>{links}</ul>")
    assert without_comments(markup) == markup


def test_a_short_story_under_a_long_thread_of_remarks_quoting_it_is_read_alone() -> None:
    items = "".join(
        f'<div class="x{n % 3}"><span>网易四川成都网友</span><span>2016-03-0{n % 9 + 1} 19:5{n % 10}</span>'
        f"<p>{REMARKS[n % 4]}</p><a>顶[{n}]</a></div>"
        for n in range(30)
    )
    text, _ = read_html(_page(f"<div><h3>跟贴 715 参与 72723</h3>{items}</div>"))
    assert STORY in text
    assert "网友" not in text and "我们村的路也通了" not in text


def test_a_flat_list_of_names_times_and_remarks_leaves_the_page() -> None:
    flat = "".join(
        f'<p class="who">来自江城的网友</p><p class="when">05月1{n}日 12:30</p><p>{remark}</p>'
        for n, remark in enumerate(REMARKS)
    )
    kept = without_comments(_page(f"<div><p>{STORY}</p><h4>热门评论</h4>{flat}</div>", story=""))
    assert STORY in kept
    assert "来自江城的网友" not in kept and "我们村的路也通了" not in kept


def test_a_vote_with_its_count_marks_a_comment_whatever_its_word() -> None:
    rows = "".join(
        f"<tr><td>游客{n}</td><td>{r}<br><font>2015-11-2{n} 21:46</font> <a>有用({n})</a></td></tr>"
        for n, r in enumerate(REMARKS)
    )
    assert "希望后续的养护" not in without_comments(_page(f"<table>{rows}</table>"))


def test_an_interviews_stamped_turns_as_long_as_its_first_stay() -> None:
    turns = "".join(
        f"<div><span>[{'网友 江畔' if n % 2 == 0 else '县交通局局长'}]</span> <span>2012-03-04 09:0{n}:12</span>"
        f"<p>{STORY}请问第{n}段路什么时候完工？县里会在今年年底前全部完成，并同步开通客运班线。</p></div>"
        for n in range(4)
    )
    markup = _page(f"<div>{turns}</div>", story="")
    assert without_comments(markup) == markup


def test_a_pages_stamped_parts_around_its_story_are_no_comment_list() -> None:
    story = "".join(f"<p>{STORY}</p>" for _ in range(3))
    markup = (
        "<html><body><h1>青溪县新建乡村公路</h1>"
        "<div class='info'><div>林晓</div><div>发布于 2021-03-01 21:14</div></div>"
        f"<div class='article'>{story}<p>编辑于 2021-03-02 10:02</p><p>赞同 1520</p></div>"
        "<div class='comments'><p>李二狗 2021-03-02 好真实</p></div></body></html>"
    )
    assert without_comments(markup) == markup


def test_a_forum_threads_short_opening_post_stays_alone_above_longer_replies() -> None:
    card = "<dl><dt>积分</dt><dd>1286</dd><dt>在线时间</dt><dd>520 小时</dd></dl>"
    post = f"<div><b>老街坊</b>{card}<em>楼主</em> 发表于 2010-08-14 07:36<p>{STORY}</p></div>"
    reply = "这件事我们小区也在讨论，物业昨天已经贴了通知，大家都说早该这样办了，希望后续能落到实处，不要只是一阵风。"
    replies = "".join(
        f"<div><b>路人{n}</b>{card}<em>{n + 2}#</em> 发表于 2010-08-1{n} 09:00<p>{reply}</p><a>回复</a></div>"
        for n in range(4)
    )
    kept = without_comments(_page(f"<div>{post}{replies}</div>", story=""))
    assert STORY in kept
    assert "物业昨天已经贴了通知" not in kept
