"""Captions a page marks as captions (index.ingest.marked_captions): a pointing mark, a figure's number, a
caption's label, who gave the pictures; a story's own line, a bullet of a sentence, stays."""

from __future__ import annotations

from index.ingest.marked_captions import is_marked_caption


def test_a_short_line_after_a_pointing_mark_is_a_caption() -> None:
    assert is_marked_caption("▲新建的乡村公路")
    assert is_marked_caption("△小琴的车连撞 3 棵树，翻倒在路边")


def test_a_bullet_that_is_a_sentence_is_no_caption() -> None:
    assert not is_marked_caption("▲加强监管。县交通局将对沿线十八座危桥逐一检测，并在年底前完成加固。")


def test_a_figures_number_opens_a_caption() -> None:
    assert is_marked_caption("图1 全国降水量预报图（2月12日08时-13日08时）")


def test_a_sentence_about_a_figure_is_no_caption() -> None:
    assert not is_marked_caption("图2显示，今年一季度全县农产品外运量同比增长三成。")


def test_a_captions_label_opens_a_caption() -> None:
    assert is_marked_caption("上图：新建的乡村公路；下图：沿线景区")
    assert is_marked_caption("图说：青溪县新建的乡村公路穿过茶园。")


def test_who_gave_the_pictures_is_a_caption() -> None:
    assert is_marked_caption("本文图片均由青溪县交通局提供")
    assert is_marked_caption("图据青溪发布")
    assert is_marked_caption("（图片来源：网络，如有侵权请联系删除）")
