"""An account's name given as a page's title: a self-media platform's page names its account, not the article.

A platform that shows one account's article can declare the account's name as the page's `<title>` and
`og:title` (`江城发布`) and show it again on the account's card, over a follow button or its count of followers
(`粉丝 3.2万`, `+关注`, a page's `政府组织 · 4.1万人关注`), above the article's own headline and publication line. A
headline is never followed by a follow button, so a title the page shows as such a card's name is the account's;
the headline is then the post's own in 【】 opening its text (index.ingest.opening_brackets), else the line above
the publication line under it (index.ingest.publication).
"""

from __future__ import annotations

import re

from index.ingest.author_cards import CARD_LINES, is_follow_button

# a card's count of followers or subscribers: `粉丝 3.2万`, `1.2万 粉丝`, `订阅者：860`
# (or a page's, after its kind: `政府组织 · 4.1万人关注`)
_FOLLOWERS = re.compile(
    r"^(?:[^\s·|]{1,8}\s*[·|]\s*)?"
    r"(?:(?:粉丝|关注者|订阅者|订阅数|订阅)\s*[:：]?\s*[\d.,]+\s*[万千亿kKwW]?"
    r"|[\d.,]+\s*[万千亿kKwW]?\s*(?:粉丝|关注者|订阅者|人关注|人订阅))$"
)


def is_account_name(lines: list[str], title: str) -> bool:
    """`title` is shown on a line of its own with a follow button or a count of followers within CARD_LINES
    lines under it: an account's card."""
    for i, line in enumerate(lines):
        if line == title:
            after = lines[i + 1 : i + 1 + CARD_LINES]
            if any(is_follow_button(shown) or _FOLLOWERS.match(shown) for shown in after):
                return True
    return False
