"""Question frames: the words a question puts after what it asks about (`…有什么影响`, `…有哪些措施`, `…是什么情况`,
`…有哪些新规定`), scored but not required of an article.

A question that closes a query names the kind of answer it wants with words any text may hold: 影响 of 有什么影响,
措施 of 有哪些措施, 情况 of 是什么情况. Required, they weighed like the words of the headline or the name asked
about, and the answer, which need not write 影响 or 措施, fell below every article holding them beside the other
words. The frame is the words after the query's last question word, up to its end, where each is a function word
or held by FRAME_SHARE of the articles or more and there are at most FRAME_WORDS of them; a rarer word among them
means the question word opened a clause (`为什么突然对中国如此仇恨`), and nothing is a frame; so does a question
asking how (`我们该如何避免`: 避免 is what is asked about, and read as a frame it lost the furnished and traditional
test halves that article). Words before the
question word are never its frame: there the subject ends (`复工怎么样了`, `口罩抗疫是怎么回事`), and reading the
common ones among them so lost the headline, furnished and traditional test halves a query each (figures in
benchmarks/RESULTS.md, 2026-12-07, typo17).
"""

from __future__ import annotations

from collections.abc import Callable

from index.text.lexicon import QUERY_STOPWORDS

# what a question word holds: 什么 (凭什么, 干什么), 怎么 (怎么办, 怎么回事), 哪 (哪些, 哪里), 如何, 为何, 啥, 咋
QUESTION_PARTS = ("什么", "怎么", "怎样", "哪", "如何", "为何", "啥", "咋")
# question words that hold none of those: a sentence's final particle, how many, whether
QUESTION_WORDS = frozenset({"吗", "呢", "多少", "几", "谁", "何时", "何地", "是否", "是不是", "有没有", "能否", "可否"})
MANNER = ("怎", "如何")  # a question asking how: 怎么, 怎样, 如何
FRAME_WORDS = 3  # content words a frame holds at most (有哪些新规定: 新, 规定)
# articles holding a word, of every article, for it to be part of a question's frame (影响 18%, 措施 12%, 情况 28%); at
# 2%, 为食 of 以什么为食 and 意思 of 是什么意思 were frames in the question set's small index and lost it three queries
FRAME_SHARE = 0.1


def is_question(word: str) -> bool:
    """Whether `word` asks something: 什么, 怎么办, 哪些, 吗, 是否."""
    return word in QUESTION_WORDS or any(part in word for part in QUESTION_PARTS)


def framed(words: list[str], share: Callable[[str], float]) -> set[str]:
    """The words of `words` (a run's words in order) that are the frame of the question closing it: after its last
    question word, one asking what or which, each a function word or held by FRAME_SHARE of the articles
    (`share`). After a question asking how (`如何避免`, `怎么申请`) stands the action asked about, never a frame."""
    asks = [at for at, word in enumerate(words) if is_question(word)]
    if not asks or any(part in words[asks[-1]] for part in MANNER):
        return set()
    after = [w for w in words[asks[-1] + 1 :] if w not in QUERY_STOPWORDS and not is_question(w)]
    if len(after) > FRAME_WORDS or any(share(w) < FRAME_SHARE for w in after):
        return set()
    return set(after)
