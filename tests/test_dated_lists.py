"""A feed's or a site's list of other items, each a title with its day, above the headline or closing the text
leaves it, as does a sidebar run together on one line; a story's own dated lines stay."""

from __future__ import annotations

from index.article import RawDocument
from index.ingest.dated_lists import glued_items, list_lines
from index.ingest.extract import extract

HEADLINE = "江城部署网络生态治理专项行动"
STORY = [
    "江城市网信办近日召开专题会议，部署开展网络生态治理专项行动，要求各部门压实主体责任，切实维护网络空间清朗。",
    "会议指出，要坚持问题导向，聚焦群众反映强烈的突出问题，集中整治网络谣言、网络暴力等乱象，形成长效机制。",
]
ITEMS = [
    "广东东莞在建重大项目复工率达98.2%",
    "2020-03-29",
    "六旬老人开藏书馆 近万册图书见证晋东南地区变迁",
    "2020-03-28",
    "农民工讨薪案“云调解”半小时办结",
    "2020-03-27",
]


def _article(lines: list[str]):
    raw = RawDocument(id="x", path="x.txt", text="\n".join(lines), content_hash="h", encoding="utf-8")
    return extract(raw)


def test_a_feeds_items_with_their_days_above_the_headline_leave_the_page() -> None:
    article = _article(["江城发布 · 全部文章", *ITEMS, HEADLINE, "江城发布 · 2020-04-28 08:30", *STORY])
    assert article.title == HEADLINE and article.date == "2020-04-28"
    assert "复工率" not in article.body and "全部文章" not in article.body


def test_a_feeds_items_closing_the_text_leave_it() -> None:
    article = _article([HEADLINE, "2020-04-28", *STORY, *ITEMS])
    assert article.body.endswith("形成长效机制。")


def test_a_sites_latest_posts_with_days_in_brackets_above_the_post_leave_it() -> None:
    column = ["最新文章", *(f"· {title}（03-{29 - k}）" for k, title in enumerate(ITEMS[::2]))]
    article = _article([*column, HEADLINE, "2020-04-28", *STORY])
    assert "最新文章" not in article.body and "复工率" not in article.body


def test_a_storys_own_dated_lines_are_no_list() -> None:
    schedule = ["4月28日，召开动员部署会议，明确任务分工。", "5月10日，开展第一轮集中检查。", "6月1日，总结评估。"]
    lines = [HEADLINE, "2020-04-28", STORY[0], *schedule, STORY[1]]
    assert not list_lines(lines)


def test_two_items_with_their_days_are_no_list() -> None:
    assert not list_lines([HEADLINE, "2020-04-28", *STORY, *ITEMS[:4]])


def test_a_sidebar_run_together_with_english_days_closing_the_text_leaves_it() -> None:
    glued = "广东东莞在建重大项目复工率达98.2%12Mar 5, 2021农民工讨薪案“云调解”半小时办结7Mar 6, 2021"
    article = _article([HEADLINE, "2020-04-28", *STORY, glued])
    assert "复工率" not in article.body and article.body.endswith("形成长效机制。")


def test_one_glued_item_counts_where_a_figure_runs_into_its_day() -> None:
    assert glued_items("六旬老人开藏书馆 近万册图书见证晋东南地区变迁12Mar 5, 2021") == 1
    assert glued_items("六旬老人开藏书馆 近万册图书见证晋东南地区变迁 Mar 5, 2021") == 0


def test_a_sentence_naming_an_english_day_is_no_glued_list() -> None:
    assert glued_items("该条约于Mar 5, 2021生效，双方随后互换了批准书。") == 0
    assert glued_items("") == 0 and glued_items("Mar 5, 2021" * 3000) == 0
