"""A writer's profile box beside the post names its writer; a commenter's card does not (index.ingest.profile_boxes)."""

from __future__ import annotations

from index.ingest.profile_boxes import box_owner

TEXT = "随着国外疫情的爆发式增长，全球多家博物馆宣布临时闭馆。与此同时，上线开馆的博物馆数量也在增加。"


def test_a_name_with_its_counters_and_a_follow_button_is_the_writers_box() -> None:
    assert box_owner([TEXT, "陈默然", "城市规划学者", "文章 86 · 粉丝 1.2万", "关注"]) == "陈默然"


def test_a_commenters_card_without_counters_names_no_one() -> None:
    assert box_owner([TEXT, "全部评论 12", "咖啡不加糖", "关注", "写得真好，想去看看。"]) is None


def test_two_boxes_of_different_names_name_no_one() -> None:
    boxes = ["陈默然", "文章 86 粉丝 1.2万", "+ 关注", TEXT, "山间听雨", "文章 128 粉丝 2.3万", "关注"]
    assert box_owner(boxes) is None


def test_a_boxs_counters_can_put_each_number_on_a_line_over_its_label() -> None:
    assert box_owner(["山间听雨", "128", "文章", "2.3万", "粉丝", "+ 关注", TEXT]) == "山间听雨"
