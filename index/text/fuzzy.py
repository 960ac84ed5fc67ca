"""Fuzzy pinyin: the readings an input method's fuzzy mode also accepts for a syllable (模糊音).

Input methods let speakers of southern Mandarin type zh as z, ch as c, sh as s, n as l and the nasal finals
an/ang, en/eng, in/ing alike, so a character of a slightly different reading comes up among the candidates
and is picked by mistake (防控 typed 凡控: fang as fan). Only the confusions the issue names (issue 23) are
here: f/h and r/l, which fewer users switch on, are left out.
"""

from __future__ import annotations

from functools import cache

from index.text.readings import SYLLABLES

_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("n", "l"))
_FINALS = (("ang", "an"), ("eng", "en"), ("ing", "in"))


@cache
def confusions(syllable: str) -> tuple[str, ...]:
    """The valid syllables one fuzzy confusion away from `syllable` (`zhang` -> zang, zhan), none if it has
    no confusable initial or final."""
    out = []
    for long, short in _INITIALS:
        if syllable.startswith(long):
            out.append(short + syllable[len(long) :])
        elif syllable.startswith(short) and not (short in ("z", "c", "s") and syllable[1:2] == "h"):
            out.append(long + syllable[len(short) :])
    for long, short in _FINALS:
        if syllable.endswith(long):
            out.append(syllable[: -len(long)] + short)
        elif syllable.endswith(short):
            out.append(syllable + "g")
    return tuple(s for s in dict.fromkeys(out) if s in SYLLABLES and s != syllable)
