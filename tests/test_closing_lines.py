"""A body's closing line the page shows again (index.ingest.closing_lines): a signature a poster typed into each
post is the page's; a story's short last paragraph, told once and ending a sentence, is the story's."""

from __future__ import annotations

from index.ingest.closing_lines import without_repeated_closing

POST = [
    "今天去东湖绿道骑了一圈，新铺的路面很平整，沿途还多了好几个休息驿站。",
    "目前，相关工作仍在推进中。",
]
SIGN = "人生若只如初见，何事秋风悲画扇"


def _thread(*posts: str) -> str:
    return "<html><body>" + "".join(f"<div class='post'>{p}</div>" for p in posts) + "</body></html>"


def test_a_signature_closing_two_posts_of_the_page_leaves_the_body() -> None:
    markup = _thread("<br>".join([*POST, SIGN]), f"谢谢大家关注，有新进展再来更新。<br><br>{SIGN}")
    assert without_repeated_closing([*POST, SIGN], markup) == POST


def test_a_signature_shown_once_stays() -> None:
    assert without_repeated_closing([*POST, SIGN], _thread("<br>".join([*POST, SIGN]))) == [*POST, SIGN]


def test_a_short_last_paragraph_that_ends_a_sentence_stays_though_the_page_repeats_it() -> None:
    markup = _thread("<br>".join(POST), f"引用：{POST[-1]}")
    assert without_repeated_closing(POST, markup) == POST


def test_an_editors_line_the_page_shows_twice_stays_for_its_field() -> None:
    markup = _thread("<br>".join([*POST, "责任编辑：王晓东"]), "责任编辑：王晓东")
    assert without_repeated_closing([*POST, "责任编辑：王晓东"], markup) == [*POST, "责任编辑：王晓东"]


def test_a_signature_written_with_entities_is_found_twice() -> None:
    sign = "江城骑友会 · 每周六东湖绿道集合"
    first = "<br>".join([*POST, "江城骑友会 &middot; 每周六东湖绿道集合"])
    markup = _thread(first, "江城骑友会 &#183; 每周六东湖绿道集合")
    assert without_repeated_closing([*POST, sign], markup) == POST
