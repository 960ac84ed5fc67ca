"""A thread's replies told by the header line they repeat (index.ingest.reply_headers): three or more lines of
one shape, a poster and a machine's stamp, after the post's writing begin the replies; a story's timeline has
no word of posting and stays."""

from __future__ import annotations

from index.ingest.reply_headers import header_shape, thread_start

POST = [
    "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。",
    "县交通局负责人介绍，新路采用沥青路面，并在急弯处加装了防护栏和反光标志。",
]
REMARKS = ["路修好了，回家方便多了。", "希望客车早点开通。", "我们村也盼着这一天。"]


def _thread(header: str) -> list[str]:
    lines = [*POST]
    for n, remark in enumerate(REMARKS):
        lines += [header.format(name=f"山里人{n}", minute=10 + n), remark]
    return lines


def test_replies_under_repeated_author_and_reply_date_headers_begin_at_the_first() -> None:
    assert thread_start(_thread("作者：{name} 回复日期：2006-3-14 10:{minute}:45")) == 2


def test_replies_under_repeated_posted_at_headers_begin_at_the_first() -> None:
    assert thread_start(_thread("{name} 发表于 2006-3-14 10:{minute}")) == 2


def test_two_replies_make_no_thread() -> None:
    assert thread_start(_thread("{name} 发表于 2006-3-14 10:{minute}")[:-2]) is None


def test_posters_of_different_names_share_one_shape() -> None:
    assert header_shape("作者：老街坊 回复日期：2006-3-14 10:23:45") == header_shape(
        "作者：山里人12 回复日期：2006-3-15 09:01:02"
    )


def test_a_storys_timeline_is_no_reply_header() -> None:
    assert header_shape("2023-05-08 10:20 救援队到达现场") is None


def test_the_posts_own_header_of_the_replies_shape_stays_above_it() -> None:
    header = "作者：{name} 发表时间：2006-3-14 10:{minute}"
    lines = ["青溪县新建公路，村民出行更方便", header.format(name="老街坊", minute=9), *_thread(header)]
    assert thread_start(lines) == 4
