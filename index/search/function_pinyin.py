"""Function and question words typed in pinyin inside Chinese text (`交警做了些shenme`, `质量ruhe`), written as
the words they are, so that the query leaves them out as it leaves out 什么 and 如何.

The index's vocabulary holds no function words (they are no completions), so the pinyin reader
(index/text/readings.py) read such letters as the rarest homophone the index holds, and required it: `shenme` as
甚么, `ruhe` as 入河 or 入盒, `keyi` as 可疑, `guanyu` as 关羽, or, with none (`zenme`, `zhege`, `shifou`), as Latin
letters no article holds. A function word of two characters or more is taken when the index holds it, with the
Chinese characters typed beside it, more often than each of its words of that reading so (`held`: sections, for
characters in a row an upper bound by their bigrams): its own evidence, not a list of meanings, so `做了些jiqi`
reads 及其 where `工业jiqi人` keeps 机器. A Latin word the index holds itself is left as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from index.text.lexicon import QUERY_STOPWORDS
from index.text.readings import Readings, reading

_HAN = re.compile(r"[\u4e00-\u9fff]")
_LETTERS = re.compile(r"(?<![a-z0-9])[a-z]+(?![a-z0-9])", re.IGNORECASE)


@cache
def _function_words() -> dict[str, tuple[str, ...]]:
    """The function and question words of two characters or more, by their toneless pinyin (哪个 and 那个 share
    nage)."""
    out: dict[str, list[str]] = {}
    for word in sorted(QUERY_STOPWORDS):
        syllables = reading(word) if len(word) >= 2 else None
        if syllables:
            out.setdefault("".join(syllables), []).append(word)
    return {letters: tuple(words) for letters, words in out.items()}


def written_out(text: str, readings: Readings | None, held: Callable[[str], int] | None, notes: list[str]) -> str:
    """`text` with each run of Latin letters that is a function word's pinyin, in a text that holds Chinese
    characters, written as that word where the index holds it beside the characters typed around it more often
    than the index's words of that reading (`held`: how many sections hold a text); each is noted. Unchanged
    without the index's `readings`."""
    if readings is None or held is None or not _HAN.search(text):
        return text
    words = _function_words()

    def replace(match: re.Match) -> str:
        letters = match.group(0).lower()
        candidates = words.get(letters)
        if not candidates or letters in readings:
            return match.group(0)
        before = text[match.start() - 1] if match.start() and _HAN.match(text[match.start() - 1]) else ""
        after = text[match.end()] if match.end() < len(text) and _HAN.match(text[match.end()]) else ""

        def beside(word: str) -> int:
            return held(before + word + after)

        word = max(candidates, key=beside)
        if beside(word) <= max((beside(other) for other in readings.sounding(letters)), default=0):
            return match.group(0)
        notes.append(f"read the pinyin {letters} as {word}, a function word")
        return word

    return _LETTERS.sub(replace, text)
