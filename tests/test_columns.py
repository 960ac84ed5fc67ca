"""A column of short unrelated items beside the story leaves the text (index.ingest.columns)."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.extract import extract

STORY = [
    "青溪县今年新建乡村公路一百二十公里，沿线六个乡镇的农产品运输时间平均缩短了一半。",
    "下一步，全县还将改造危桥十八座，力争年底前实现村村通客车。",
]
ADS = [
    "分类广告",
    "城南 两房出租 每月1800元",
    "诚聘 面点师傅 城北",
    "搬家 保洁 上门服务 价格公道",
    "Eastwood 商铺转让 电话 0412 345 678",
    "驾校 包过 每小时95元",
    "家教 初中数学 英语 周末班",
]


def _body(*after: str) -> list[str]:
    text = "\n".join(["青溪县新建乡村公路", "2023年5月8日 来源：青溪日报", *STORY, *after])
    return extract(RawDocument("made-up", "made-up.txt", text, "0" * 32, "utf-8", {})).body.split("\n")


def test_a_column_of_classified_ads_under_a_short_story_leaves_the_text() -> None:
    assert _body(*ADS) == STORY


def test_a_list_the_story_introduces_with_a_colon_stays() -> None:
    schedule = ["5月1日 开幕式", "5月2日 龙舟预赛", "5月3日 龙舟决赛", "5月4日 颁奖", "5月5日 闭幕式"]
    body = _body(*STORY[:0], "比赛日程安排如下：", *schedule)
    assert body[-5:] == schedule


def test_a_poems_lines_under_the_story_stay() -> None:
    poem = ["山路弯弯", "通到村口", "橘子红了", "客车来了", "老人笑了"]
    assert _body(*poem)[-5:] == poem


def test_a_storys_list_of_labelled_hotlines_stays() -> None:
    hotlines = [
        "外交部领事保护应急热线：010-12308",
        "驻江城总领馆领事保护电话：021-5555-0572",
        "江城机场咨询电话：1577-2600",
        "江城旅游咨询翻译电话：1330",
        "江城外国人支援中心电话：02-2075-4138",
    ]
    assert _body(*hotlines)[-5:] == hotlines
