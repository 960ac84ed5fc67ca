"""Another story's teaser on the page: its opening cut off and a link to the rest (index.ingest.teasers)."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.extract import extract
from index.ingest.teasers import is_teaser

STORY = [
    "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。",
    "下一步，全县还将改造危桥十八座，力争年底前实现村村通客车。",
]


def test_a_lead_cut_off_with_a_read_on_link_is_a_teaser() -> None:
    assert is_teaser("江城讯 江城地铁三号线今日开通，沿线十二个站点同步启用，市民可……[详细]")


def test_a_paragraph_trailing_off_in_speech_is_no_teaser() -> None:
    assert not is_teaser("老周望着新修的公路，半天才说：“这路修得好啊……”")


def test_another_storys_teaser_under_the_story_leaves_the_body() -> None:
    teaser = "江城讯 江城地铁三号线今日开通，沿线十二个站点同步启用，市民可……[详细]"
    text = "\n".join(["青溪县新建乡村公路一百二十公里", *STORY, teaser])
    body = extract(RawDocument("made-up", "made-up.txt", text, "0" * 32, "utf-8", {})).body
    assert body.split("\n") == STORY


def test_a_page_whose_only_writing_is_a_teaser_keeps_it() -> None:
    teaser = "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了……[全文]"
    body = extract(RawDocument("made-up", "made-up.txt", teaser, "0" * 32, "utf-8", {"title": "青溪修路"})).body
    assert body == teaser


def test_a_datelined_lead_cut_off_in_an_ellipsis_is_a_teaser() -> None:
    assert is_teaser("江城网5月3日电 江城地铁三号线今日开通，沿线十二个站点同步启用，市民可……")


def test_a_story_opening_with_its_dateline_and_ending_its_sentence_is_no_teaser() -> None:
    assert not is_teaser("江城网5月3日电 江城地铁三号线今日开通，沿线十二个站点同步启用。")
