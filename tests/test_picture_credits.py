"""Picture credits (index.ingest.picture_credits): where a picture came from, alone on its line or closing a
short caption, is never one of the story's paragraphs; a story's line about pictures stays."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.extract import extract
from index.ingest.html import read_html
from index.ingest.picture_credits import is_picture_credit

STORY = [
    "<p>青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。</p>",
    "<p>县交通局负责人介绍，新路采用沥青路面，并在急弯处加装了防护栏和反光标志。</p>",
    "<p>下一步，全县还将改造危桥十八座，力争年底前实现村村通客车。</p>",
]


def _body(*inside: str) -> str:
    page = (
        "<html><head><title>青溪县新建乡村公路</title></head><body><h1>青溪县新建乡村公路</h1><div class='text'>"
        + STORY[0]
        + "".join(inside)
        + "".join(STORY[1:])
        + "</div></body></html>"
    )
    text, meta = read_html(page)
    return extract(RawDocument("made-up", "made-up.html", text, "0" * 32, "utf-8", meta)).body


def test_a_labelled_credit_is_a_picture_credit() -> None:
    assert is_picture_credit("图片来源：东方图库")


def test_a_credit_after_a_comma_is_a_picture_credit() -> None:
    assert is_picture_credit("图像来源，Getty Images")


def test_a_bracketed_credit_is_a_picture_credit() -> None:
    assert is_picture_credit("（图/青溪融媒）")


def test_a_photographers_name_before_his_role_is_a_picture_credit() -> None:
    assert is_picture_credit("本报记者 林海 摄")


def test_a_short_caption_closed_by_a_credit_is_a_picture_credit() -> None:
    assert is_picture_credit("资料图：新修的盘山公路（图片来源：网络）")


def test_a_credit_behind_a_marker_pointing_at_the_picture_is_a_picture_credit() -> None:
    assert is_picture_credit("▲图片来源：东方图库")


def test_a_line_naming_only_the_pictures_kind_is_a_picture_credit() -> None:
    assert is_picture_credit("△资料图")


def test_who_gave_the_picture_is_a_picture_credit() -> None:
    assert is_picture_credit("（图片由受访者提供）")


def test_a_story_line_closed_by_the_pictures_kind_alone_stays() -> None:
    assert not is_picture_credit("5月8日 增开青溪至临江的客车三班(资料图)")


def test_a_storys_sentence_about_pictures_is_no_credit() -> None:
    assert not is_picture_credit("图片来源于群众拍摄，记者已核实。")


def test_a_word_ending_in_picture_is_no_credit() -> None:
    assert not is_picture_credit("交通地图")


def test_a_caption_like_first_sentence_without_credit_is_no_credit() -> None:
    assert not is_picture_credit("5月8日，村民在新修的公路旁晾晒稻谷。")


def test_a_figure_caption_holding_a_credit_leaves_the_body() -> None:
    caption = "<figcaption><span>图像来源，</span><span>东方图库</span></figcaption>"
    body = _body(f"<figure><img src='a.jpg'>{caption}</figure>")
    assert "东方图库" not in body and "危桥十八座" in body


def test_a_figure_caption_without_a_credit_leaves_the_body_too() -> None:
    body = _body("<figure><img src='a.jpg'><figcaption>村民在新修的公路旁晾晒稻谷</figcaption></figure>")
    assert "晾晒稻谷" not in body and "危桥十八座" in body


def test_a_text_of_captions_alone_keeps_them() -> None:
    caption = "5月8日，青溪县新修的盘山公路通车。（图片来源：青溪融媒）"
    text = f"青溪县盘山公路通车\n{caption}\n{caption}"
    assert caption in extract(RawDocument("made-up", "made-up.txt", text, "0" * 32, "utf-8", {})).body


def test_a_caption_signed_by_its_photographer_after_its_stop_is_a_picture_credit() -> None:
    assert is_picture_credit("图为青溪县新建的乡村公路。本报记者 王晓东 摄")


def test_a_storys_sentence_about_photographs_is_no_picture_credit() -> None:
    assert not is_picture_credit("当天下午，不少市民专程赶来拍照留念，有人把图片发到朋友圈，引来众多网友关注。")


def test_a_storys_sentence_before_a_run_on_caption_keeps_its_line() -> None:
    assert not is_picture_credit("今天下午，记者来到朱师傅的葡萄种植园进行了实地采访。图为倒塌后的大棚 记者 张清颖/摄")


def test_a_caption_and_its_credit_all_in_brackets_is_a_picture_credit() -> None:
    assert is_picture_credit("（图为青溪县新建的乡村公路。记者 王晓东 摄）")
