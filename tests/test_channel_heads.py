"""An outlet's name and its channel over the headline (index.ingest.channel_heads)."""

from __future__ import annotations

from index.ingest.channel_heads import channel_heads

LEAD = (
    "县交通局负责人介绍，新路采用沥青路面，并在急弯处加装了防护栏和反光标志。"
    "沿线六个乡镇的农产品运输时间平均缩短了一半。"
)


def test_a_name_and_a_channel_joined_by_a_bar_over_the_headline_go() -> None:
    assert channel_heads(["江城观察 丨 时政", "青溪县新建乡村公路一百二十公里", LEAD]) == {0}


def test_a_kicker_said_whole_over_the_headline_stays() -> None:
    assert not channel_heads(["网信工作进行时", "青溪县新建乡村公路一百二十公里", LEAD])


def test_two_names_inside_the_text_stay() -> None:
    assert not channel_heads([LEAD, "青溪 · 白沙", "青溪县新建乡村公路一百二十公里", LEAD])


def test_a_headline_naming_its_programme_stays() -> None:
    assert not channel_heads(["江城新闻联播｜全市春耕生产全面铺开", "2021-04-02 19:30  来源：江城广电", LEAD])


def test_an_editor_s_credit_over_another_credit_stays() -> None:
    assert not channel_heads(["作者｜周超臣", "编辑｜苗正卿", "题图｜视觉中国", LEAD])
