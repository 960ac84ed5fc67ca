"""One hit per story: the step between ranking and paging.

Whatever orders the matching articles (relevance, date, or a ranking yet to come), `collapse` keeps the
first article of each story in that order and files the story's other matching copies under it. Stories
are numbered per article by the open generation (`story_numbers`): a reprint group shares one number,
every other article has its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def story_numbers(article_ids: list[str], groups: list[list[str]]) -> tuple[np.ndarray, int]:
    """Per article number: its story's number (group i is story i; an ungrouped article a is story
    len(groups) + a), and how many story numbers there are."""
    numbers = {article_id: g for g, group in enumerate(groups) for article_id in group}
    ungrouped = len(groups) + np.arange(len(article_ids))
    stories = np.fromiter(
        (numbers.get(article_id, ungrouped[a]) for a, article_id in enumerate(article_ids)),
        dtype=np.int64,
        count=len(article_ids),
    )
    return stories, len(groups) + len(article_ids)


@dataclass(frozen=True)
class Stories:
    """Ranked articles collapsed: the lead article of each story in rank order, and for the leads of
    reprint groups the group's other matching articles (in rank order)."""

    leads: np.ndarray  # article numbers
    others: dict[int, list[int]]  # lead article number -> the other matching articles of its story

    def __len__(self) -> int:
        return len(self.leads)


def collapse(ranked: np.ndarray, story: np.ndarray, groups: int) -> Stories:
    """`ranked` article numbers (best first) -> one per story; `story` numbers every article, the first
    `groups` numbers being reprint groups."""
    stories = story[ranked]
    grouped = np.flatnonzero(stories < groups)
    if not len(grouped):
        return Stories(ranked, {})
    _, first = np.unique(stories, return_index=True)
    leads = ranked[np.sort(first)]
    members: dict[int, list[int]] = {}
    for position in grouped:
        members.setdefault(int(stories[position]), []).append(int(ranked[position]))
    others = {copies[0]: copies[1:] for copies in members.values() if len(copies) > 1}
    return Stories(leads, others)


def count_stories(values: np.ndarray, articles: np.ndarray, story: np.ndarray, groups: int, size: int) -> np.ndarray:
    """How many stories have each value (0..size-1), given each matching article's value: each article
    counts once, less the copies of a story that repeat a value one of its copies already has."""
    counts = np.bincount(values, minlength=size)
    stories = story[articles]
    grouped = stories < groups
    if grouped.any():
        pairs = np.unique(np.stack([values[grouped], stories[grouped]]), axis=1)
        counts -= np.bincount(values[grouped], minlength=size) - np.bincount(pairs[0], minlength=size)
    return counts
