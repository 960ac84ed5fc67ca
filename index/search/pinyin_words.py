"""Pinyin inside Chinese text that sounds like no one word of the index but like several in a row: `tuanjiehezuo`
for 团结合作 (团结 + 合作), `jingpinlvyouxianlu` for 精品旅游线路, which the index holds as words and no phrase, so
that `read_run` (index/text/readings.py) left them Latin and required, held by no article.

Measured on the 400-query sets of benchmarks/relevance.py (every set's queries parsed with and without it; those
whose reading changes searched both ways, /work/tmp/ranking9/ab2.py): 8 queries change, all of the mixed sets
(mixed-names tuning 3, mixed-check tuning 2, mixed-fresh 2 and 1), 6 of them read as their headline writes them
(打扫战场, 坚守阵地, 中拉共克, 十佳评选, 电视电话, 护林防火) and 2 as common words where the headline holds a name or
a word the index never writes (`wuerhequ` 乌尔禾区 as 五儿河渠, `sijiayuanlin` 私家园林 as 四家园林); no answer's rank
moves, so no set's MRR@10."""

from __future__ import annotations

from index.text.readings import Readings, split

MAX_SYLLABLES = 12  # a longer run of letters is not read so (the splits tried grow with the square of its syllables)


def words_in_a_row(letters: str, readings: Readings) -> str | None:
    """`letters` (lowercase, no word of the index) as the fewest words of the index of two syllables or more end
    to end, each the commonest word of its reading, of those the split whose rarest word the index holds most
    often; None when they are no pinyin, or not such words."""
    if letters in readings:
        return None
    syllables = split(letters)
    if syllables is None or not 4 <= len(syllables) <= MAX_SYLLABLES:
        return None
    # best[i]: (pieces, minus the rarest word's count, words) for the first i syllables
    best: list[tuple[int, int, tuple[str, ...]] | None] = [(0, -(1 << 62), ())] + [None] * len(syllables)
    for end in range(2, len(syllables) + 1):
        for start in range(0, end - 1):
            before = best[start]
            sounding = readings.sounding("".join(syllables[start:end])) if before is not None else []
            if not sounding:
                continue
            word = sounding[0]
            found = (before[0] + 1, max(before[1], -readings.count(word)), (*before[2], word))
            if best[end] is None or found[:2] < best[end][:2]:
                best[end] = found
    last = best[len(syllables)]
    return "".join(last[2]) if last is not None and len(last[2]) > 1 else None
