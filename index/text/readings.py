"""Pinyin: the syllables, Latin text split into them, and the toneless reading of Chinese words.

Chinese text is never folded to pinyin in the index (景点 and 经典 would become one word). Instead the
vocabulary (index/store/vocabulary.py) keeps, beside each of its Chinese words and phrases, its reading, and a
query or prefix typed in Latin letters is looked up among those readings.

Readings come from pypinyin's data: its per-character table (first, most common reading) and its phrase
dictionary, matched longest-first as `pypinyin.lazy_pinyin` does, so heteronyms read as in context (重庆 is
chongqing, 银行 yinhang). `lazy_pinyin` itself took 100 µs a word (24,337 distinct words of 300 corpus
articles); the same readings from its tables take 9 µs on average: a word of two characters, or one without
heteronyms, needs no phrase segmentation (tests/test_pinyin.py checks the readings agree).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Protocol


@cache  # pypinyin's tables hold 1,559 distinct syllables in 197,318 readings: tables() 0.35 -> 0.23 s CPU
def _toneless(syllable: str) -> str:
    """`lǜ` -> `lv`, `ê̄` -> `e`: tone marks dropped, ü written v as keyboards type it."""
    decomposed = unicodedata.normalize("NFD", syllable)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) or c == "\u0308")
    return unicodedata.normalize("NFC", kept).replace("ü", "v").replace("ê", "e")


# The toneless syllables of Standard Chinese as pypinyin's character table has them (tests/test_pinyin.py
# checks they agree), without the interjections hm, hng, m, n and ng, which would let `hmm` pass for pinyin.
# Written out, so that the service reads Latin queries without loading pypinyin's tables (70 MB, 1.7 s).
SYLLABLES = frozenset(
    """a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu ca cai can cang cao
    ce cei cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui
    chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die din
    ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan
    gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng
    hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
    ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei
    len leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang mao me
    mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nia nian niang
    niao nie nin ning niu nong nou nu nuan nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao
    pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren
    reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei
    shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan
    tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo
    wong wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo
    yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng
    zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo""".split()
)
_SPELLINGS = {"lue": "lve", "nue": "nve"}  # how keyboards without ü spell 略 and 虐
_LONGEST = max(map(len, SYLLABLES))
_PREFIXES = frozenset(s[:i] for s in (*SYLLABLES, *_SPELLINGS) for i in range(1, len(s) + 1))
_LATIN = re.compile(r"[a-z']+")
# Readings pypinyin's phrase dictionary does not know, for words of the bundled dictionary that hold a
# heteronym: the 都 of 一都四区 is dū, a capital (中国康养之都), not dōu.
_DOMAIN_READINGS = {"一都四区": ["yi", "du", "si", "qu"]}


@dataclass(frozen=True)
class _Tables:
    """pypinyin's data, toneless: each character's readings and each phrase's, and its phrase segmenter."""

    readings: dict[str, list[str]]
    first: dict[str, str]  # a character's most common reading
    heteronyms: frozenset[str]
    phrases: dict[str, list[str]]
    segmenter: object


@cache
def tables() -> _Tables:
    """Loaded at the first reading (by a build), never by a service that only reads Latin queries."""
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT
    from pypinyin.seg.mmseg import seg

    readings = {chr(cp): [_toneless(r) for r in found.split(",")] for cp, found in PINYIN_DICT.items()}
    return _Tables(
        readings=readings,
        first={ch: found[0] for ch, found in readings.items()},
        heteronyms=frozenset(ch for ch, found in readings.items() if len(set(found)) > 1),
        phrases={phrase: [_toneless(r[0]) for r in found] for phrase, found in PHRASES_DICT.items()},
        segmenter=seg,
    )


def reading(word: str) -> list[str] | None:
    """The toneless syllables of a Chinese word (`重庆` -> chong, qing), or None when a character of it
    has no reading (Latin letters, digits, punctuation)."""
    data = tables()
    found = _DOMAIN_READINGS.get(word) or data.phrases.get(word)
    if found is not None and len(found) == len(word):
        return list(found)
    first = data.first
    if not all(ch in first for ch in word):
        return None
    if len(word) <= 2 or not any(ch in data.heteronyms for ch in word):  # no phrase of it to look for
        return [first[ch] for ch in word]
    out: list[str] = []
    for piece in data.segmenter.cut(word):
        phrase = data.phrases.get(piece)
        out.extend(phrase if phrase is not None and len(phrase) == len(piece) else (first[ch] for ch in piece))
    return out


@cache
def _first_readings() -> dict[str, str]:
    """Each character's most common toneless reading, from pypinyin's character table alone (0.4 s, a tenth
    of its phrase tables): what a query's typing slips need (index/search/respell.py)."""
    from pypinyin.pinyin_dict import pinyin_dict

    return {chr(cp): _toneless(found.split(",")[0]) for cp, found in pinyin_dict.items()}


def sound(text: str) -> str | None:
    """The toneless reading of `text`, each character by its most common reading, joined (`诈偏` -> zhapian);
    None when a character has none. A slip of pinyin input is a character picked for the reading typed, and
    that is nearly always its common one: trying every reading of each heteronym (接 xié, 厕 sì) took 公厕 for
    公司 and 接回 for 协会 on the typo set's tuning half."""
    table = _first_readings()
    found = [table.get(ch) for ch in text]
    return "".join(found) if all(found) else None


def initials(syllables: list[str]) -> str:
    """The first letter of each syllable, as input methods take abbreviations (网络安全 -> wlaq)."""
    return "".join(s[0] for s in syllables)


def latin(text: str) -> str | None:
    """`text` as lowercase letters when it is made of Latin letters only (spaces and `'` between syllables
    allowed: `dong shu xi suan`, `xi'an`), else None."""
    folded = "".join(text.lower().split())
    return folded.replace("'", "") if folded and _LATIN.fullmatch(folded) else None


@lru_cache(maxsize=4096)
def split(letters: str) -> tuple[str, ...] | None:
    """`letters` (lowercase, no spaces) as valid pinyin syllables, longest first where there is a choice
    (`xian` -> xian, `dongshuxisuan` -> dong shu xi suan), or None when they are not pinyin (`apple`)."""
    if not letters:
        return None

    @cache
    def rest(start: int) -> tuple[str, ...] | None:
        if start == len(letters):
            return ()
        for end in range(min(len(letters), start + _LONGEST), start, -1):
            syllable = letters[start:end]
            syllable = _SPELLINGS.get(syllable, syllable)
            if syllable in SYLLABLES and (tail := rest(end)) is not None:
                return (syllable, *tail)
        return None

    return rest(0)


def is_prefix(letters: str) -> bool:
    """True when `letters` could be the beginning of pinyin: whole syllables, then the start of one
    (`wangl`, `dongshux`); False for what only initials could be (`wlaq`)."""

    @cache
    def ok(start: int) -> bool:
        if letters[start:] in _PREFIXES:
            return True
        for end in range(start + 1, min(len(letters), start + _LONGEST) + 1):
            syllable = letters[start:end]
            if _SPELLINGS.get(syllable, syllable) in SYLLABLES and end < len(letters) and ok(end):
                return True
        return False

    return bool(letters) and ok(0)


class Readings(Protocol):
    """What reading a query needs of the index: its words, the articles holding one, and its Chinese words by
    their pinyin."""

    def __contains__(self, key: str) -> bool: ...

    def count(self, key: str) -> int: ...

    def sounding(self, letters: str) -> list[str]: ...


RUN_WORDS = 8  # `dong shu xi suan`: at most this many space-separated syllable groups are read together


def read_run(values: list[str], index: Readings) -> tuple[int, list[str]] | None:
    """How many of `values` (a word of a query and the words after it) read together as pinyin, and the
    Chinese words of the index they stand for (the most common first); None when the first is no pinyin.

    The longest run of Latin-letter words that, joined, splits into syllables and sounds like a word or
    phrase of the index is taken (`dong shu xi suan` -> 东数西算). A Latin word the index holds itself
    (IPv6 and 5G hold digits; APP, English names) is never read as pinyin, nor is a run that spells one.
    """
    run: list[str] = []
    for value in values[:RUN_WORDS]:
        letters = latin(value)
        if letters is None:
            break
        run.append(letters)
    for length in range(len(run), 0, -1):
        joined = "".join(run[:length])
        if joined in index:
            if length == 1:
                return None
            continue
        if split(joined) is not None and (words := index.sounding(joined)):
            return length, words
    return None
