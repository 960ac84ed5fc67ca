"""Function and question words typed in pinyin inside Chinese text (`做了些shenme`, `质量ruhe`, `zenmeyang了`).

The index's vocabulary holds no function words, so pinyin inside the text (index/search/query.py) read `shenme`
as 甚么, `ruhe` as 入河, `keyi` as 可疑, and each was required of every article; `zenme` and `shifou`, which sound
like no word of the vocabulary, stayed Latin and were required too, so that no article held the query. Here such
a Latin word is written out as the function word it sounds like, which the query then leaves out like the
same word typed in characters, where the index says it is the likelier reading: the characters typed beside it
are held together with it (the character before, the word, the character after) more often than with any other
word of the index of that reading (`些什么` against `些甚么`; `工业jiqi人` stays 机器: `业机器人`, not `业及其人`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from index.text.lexicon import QUERY_STOPWORDS
from index.text.readings import Readings, sound, split

_LATIN_IN_TEXT = re.compile(r"(?<=[\u4e00-\u9fff])[a-z]+|[a-z]+(?=[\u4e00-\u9fff])", re.IGNORECASE)
_HAN = re.compile(r"[\u4e00-\u9fff]")


@cache
def _function_words() -> dict[str, str]:
    """Toneless pinyin -> the function or question word of that reading (什么 for shenme), for those of two
    characters or more: a single syllable (`de`, `ma`) typed inside text is as often a name's or a slip's."""
    out: dict[str, str] = {}
    for word in sorted(QUERY_STOPWORDS):
        letters = sound(word)
        if letters and len(word) > 1:
            out.setdefault(letters, word)
    return out


def written_out(text: str, readings: Readings | None, held: Callable[[str], int] | None, notes: list[str]) -> str:
    """`text` with each Latin word inside Chinese text that sounds like a function or question word written as
    that word, where the index holds it between the characters typed beside it more often than any of its other
    words of that reading (a note for each); unchanged without the index's `readings` and `held` (sections
    holding characters in a row)."""
    if readings is None or held is None:
        return text
    functions = _function_words()
    out, last = [], 0
    for match in _LATIN_IN_TEXT.finditer(text):
        letters = match.group().lower()
        word = functions.get(letters)
        if word is None or letters in readings or split(letters) is None:
            continue
        start, end = match.span()
        before = text[start - 1] if start and _HAN.match(text[start - 1]) else ""
        after = text[end] if end < len(text) and _HAN.match(text[end]) else ""
        found = held(before + word + after)
        if found and all(held(before + other + after) < found for other in readings.sounding(letters) if other != word):
            out.append(text[last:start] + word)
            last = end
            notes.append(f"read the pinyin {letters} as {word}, a function word")
    return "".join(out) + text[last:]
