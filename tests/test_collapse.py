"""One hit per story, whatever order the ranking made (index/search/collapse.py)."""

from __future__ import annotations

import numpy as np

from index.search.collapse import collapse, count_stories, every_copy, story_numbers

ARTICLES = ["庆阳", "庆阳-转载", "泉州", "商洛", "庆阳-繁体"]  # article numbers 0-4
GROUPS = [["庆阳", "庆阳-转载", "庆阳-繁体"]]  # one reprint group


def test_each_story_is_led_by_its_first_article_in_the_ranked_order() -> None:
    story, _ = story_numbers(ARTICLES, GROUPS)
    stories = collapse(np.array([3, 1, 2, 0, 4]), story, len(GROUPS))
    assert stories.leads.tolist() == [3, 1, 2]
    assert stories.others(1) == [0, 4] and stories.others(3) == []


def test_the_same_articles_in_another_order_have_another_lead() -> None:
    story, _ = story_numbers(ARTICLES, GROUPS)
    assert collapse(np.array([4, 2, 0]), story, len(GROUPS)).leads.tolist() == [4, 2]


def test_every_copy_keeps_each_article_as_a_hit_with_no_others() -> None:
    stories = every_copy(np.array([1, 0, 4]))
    assert stories.leads.tolist() == [1, 0, 4] and stories.others(1) == []


def test_facets_count_a_story_once_per_value_its_copies_have() -> None:
    story, _ = story_numbers(ARTICLES, GROUPS)
    sources = np.array([0, 0, 1, 1, 2])  # 新甘肃, 新甘肃, 新华网, 新华网, 中国网信
    counts = count_stories(sources, np.arange(5), story, len(GROUPS), 3)
    assert counts.tolist() == [1, 2, 1]  # the 庆阳 story once for 新甘肃 though two copies have it
