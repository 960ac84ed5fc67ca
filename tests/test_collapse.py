"""One hit per story, whatever order the ranking made (index/search/collapse.py)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.search.collapse import collapse, count_stories, every_copy, story_numbers

ARTICLES = ["庆阳", "庆阳-转载", "泉州", "商洛", "庆阳-繁体"]  # article numbers 0-4
GROUPS = [["庆阳", "庆阳-转载", "庆阳-繁体"]]  # one reprint group


def test_each_story_is_led_by_its_first_article_in_the_ranked_order() -> None:
    story, _ = story_numbers(ARTICLES, GROUPS)
    stories = collapse(np.array([3, 1, 2, 0, 4]), story, len(GROUPS))
    assert stories.leads.tolist() == [3, 1, 2]
    assert stories.others(stories.leads) == {3: [], 1: [0, 4], 2: []}


def test_the_same_articles_in_another_order_have_another_lead() -> None:
    story, _ = story_numbers(ARTICLES, GROUPS)
    assert collapse(np.array([4, 2, 0]), story, len(GROUPS)).leads.tolist() == [4, 2]


def test_every_copy_keeps_each_article_as_a_hit_with_no_others() -> None:
    stories = every_copy(np.array([1, 0, 4]))
    assert stories.leads.tolist() == [1, 0, 4] and stories.others(stories.leads) == {1: [], 0: [], 4: []}


def test_facets_count_a_story_once_per_value_its_copies_have() -> None:
    story, _ = story_numbers(ARTICLES, GROUPS)
    sources = np.array([0, 0, 1, 1, 2])  # 新甘肃, 新甘肃, 新华网, 新华网, 中国网信
    counts = count_stories(sources, np.arange(5), story, len(GROUPS), 3)
    assert counts.tolist() == [1, 2, 1]  # the 庆阳 story once for 新甘肃 though two copies have it


def test_a_story_whose_copies_agree_counts_once_for_their_value() -> None:
    story, _ = story_numbers(ARTICLES, GROUPS)
    provinces = np.array([0, 0, 1, 0, 0])  # 甘肃 for every copy of the 庆阳 story and for 商洛, 福建 for 泉州
    assert count_stories(provinces, np.arange(5), story, len(GROUPS), 2).tolist() == [2, 1]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2)), max_size=30), st.integers(1, 4))
def test_stories_count_as_their_distinct_values(rows: list[tuple[int, int]], groups: int) -> None:
    """Each matching article is (its group, or none past the groups; its value): a story counts once a value."""
    story = np.array([g if g < groups else groups + n for n, (g, _) in enumerate(rows)], dtype=np.int64)
    values = np.array([v for _, v in rows], dtype=np.int64)
    pairs = {(int(story[n]), v) for n, (_, v) in enumerate(rows)}
    expected = [sum(1 for _, v in pairs if v == value) for value in range(3)]
    counts = count_stories(values, np.arange(len(rows)), story, groups, 3)
    assert counts.tolist() == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 5), max_size=30), st.integers(1, 4), st.randoms(use_true_random=False))
def test_each_story_is_led_by_its_best_ranked_copy(groups_of: list[int], groups: int, rng) -> None:
    """Article n is in group groups_of[n] (none past the groups); any ranking of them keeps each story's first."""
    story = np.array([g if g < groups else groups + n for n, g in enumerate(groups_of)], dtype=np.int64)
    ranked = np.array(rng.sample(range(len(groups_of)), len(groups_of)), dtype=np.int64)
    seen: set[int] = set()
    expected = [a for a in ranked.tolist() if not (story[a] in seen or seen.add(int(story[a])))]
    assert collapse(ranked, story, groups).leads.tolist() == expected
